/**
 * Jest configuration for mutation testing (`npm run mutate`, stryker.config.json): the suite's configuration, limited
 * to the test files that exercise the mutated code (authorization, tenancy, event visibility, classification,
 * alignment, inbound staleness), fast rule tests first, so that each mutant costs seconds rather than the suite's
 * minutes.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  // The rule tests; the token tests and the tenant scope's SQL filter through a real hub; classification and alignment (test/strategy: the regression
  // pins and the activity 3–4 suite) and inbound staleness (test/inbound/staleness.test.ts). The integration suites
  // cost seconds to a minute per mutant on a 2-core machine: see README, Mutation testing.
  testMatch: [
    '**/test/events/visibility.test.ts',
    '**/test/foundation/auth.test.ts',
    '**/test/foundation/tenant-scope.test.ts',
    '**/test/strategy/regressions.test.ts',
    '**/test/strategy/strategy.test.ts',
    '**/test/inbound/staleness.test.ts',
    '**/test/inbound/retractions.test.ts',
  ],
  testSequencer: '<rootDir>/test/support/fast-first-sequencer.js',
  maxWorkers: 1,
};
