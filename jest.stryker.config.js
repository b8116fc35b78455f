/**
 * Jest configuration for mutation testing (`npm run mutate`, stryker.config.json): the suite's configuration, limited
 * to the test files that exercise the mutated code (authorization, tenancy, event visibility, classification,
 * alignment, inbound staleness), fast rule tests first, so that each mutant costs seconds rather than the suite's
 * minutes.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  // The rule tests, and the token tests through a real hub. The integration suites of classification, alignment and
  // staleness (test/strategy, test/inbound) cost a minute per mutant on a 2-core machine: see README, Mutation testing.
  testMatch: ['**/test/events/visibility.test.ts', '**/test/foundation/auth.test.ts'],
  testSequencer: '<rootDir>/test/support/fast-first-sequencer.js',
  maxWorkers: 1,
};
