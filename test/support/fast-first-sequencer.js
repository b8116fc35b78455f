/**
 * Test order for mutation testing (jest.stryker.config.js): the fast rule tests first, then the rest by size, so a
 * mutant is usually killed before a test file that starts a hub runs (Stryker stops at the first failure).
 */
const Sequencer = require('@jest/test-sequencer').default;
const fs = require('node:fs');

class FastFirst extends Sequencer {
  sort(tests) {
    const weight = (t) => (/visibility\.test\.ts$/.test(t.path) ? 0 : fs.statSync(t.path).size);
    return [...tests].sort((a, b) => weight(a) - weight(b));
  }
}
module.exports = FastFirst;
