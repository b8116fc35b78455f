/**
 * Jest configuration for mutation testing (`npm run mutate`, stryker.config.json): the suite's configuration, limited
 * to the test files that exercise the mutated code (authorization, tenancy, event visibility, classification,
 * alignment, inbound staleness), fast rule tests first, so that each mutant costs seconds rather than the suite's
 * minutes.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testMatch: [
    '**/test/events/visibility.test.ts',
    '**/test/foundation/auth.test.ts',
    '**/test/events/tenancy.test.ts',
    '**/test/strategy/strategy.test.ts',
    '**/test/inbound/sources.test.ts',
  ],
  testSequencer: '<rootDir>/test/support/fast-first-sequencer.js',
  maxWorkers: 1,
};
