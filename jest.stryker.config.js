/**
 * Jest configuration for mutation testing (`npm run mutate`, stryker.config.json): the suite's configuration, limited
 * to the test files that exercise the mutated code (authorization, tenancy, event visibility, classification,
 * alignment, inbound staleness), so that each mutant runs in seconds rather than the whole suite's minutes.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testMatch: [
    '**/test/foundation/auth.test.ts',
    '**/test/foundation/tenancy.test.ts',
    '**/test/events/tenancy.test.ts',
    '**/test/events/visibility.test.ts',
    '**/test/strategy/strategy.test.ts',
    '**/test/strategy/tenancy.test.ts',
    '**/test/strategy/rules.test.ts',
    '**/test/inbound/sources.test.ts',
    '**/test/inbound/staleness.test.ts',
  ],
  maxWorkers: 1,
};
