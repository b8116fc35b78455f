#!/usr/bin/env node
// npm run fuzz -- --seed N --count M [--time-bound MS]: a long fuzz run through jest (same databases as npm test).
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const env = {
  ...process.env,
  FUZZ_SEED: opt('seed', String(Date.now() % 1_000_000)),
  FUZZ_COUNT: opt('count', '2000'),
  FUZZ_TIME_BOUND_MS: opt('time-bound', process.env.FUZZ_TIME_BOUND_MS ?? '10000'),
};
console.log(`fuzz: seed ${env.FUZZ_SEED}, ${env.FUZZ_COUNT} cases, time bound ${env.FUZZ_TIME_BOUND_MS} ms`);
const jest = path.join(__dirname, '..', '..', 'node_modules', '.bin', 'jest');
const r = spawnSync(jest, ['test/fuzz', '--runInBand'], { stdio: 'inherit', env, cwd: path.join(__dirname, '..', '..') });
process.exit(r.status ?? 1);
