// Builds the dashboard (src/dashboard/app) into dist/dashboard with Vite, only when its sources changed since the
// last build (like the incremental tsc build, so `npm start` stays quick). `--if-possible` (used by `npm start`):
// when Vite is not installed or the build fails, say so and exit 0 — the hub starts anyway and /dashboard explains.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const appDir = path.join(here, 'app');
const outDir = path.join(root, 'dist', 'dashboard');
const stamp = path.join(outDir, '.build-stamp');
const ifPossible = process.argv.includes('--if-possible');
const force = process.argv.includes('--force');

function newest(p) {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(p).map((f) => newest(path.join(p, f))));
}

function giveUp(message, err) {
  process.stderr.write(`dashboard: ${message}${err ? `: ${err.message ?? err}` : ''}\n`);
  if (ifPossible) {
    process.stderr.write('dashboard: the hub starts without it; /dashboard says how to build it (npm run build:dashboard)\n');
    process.exit(0);
  }
  process.exit(1);
}

const inputs = Math.max(newest(appDir), newest(path.join(root, 'package-lock.json')), statSync(fileURLToPath(import.meta.url)).mtimeMs);
if (!force && existsSync(stamp) && existsSync(path.join(outDir, 'index.html')) && statSync(stamp).mtimeMs >= inputs) {
  process.exit(0);
}

let vite;
try {
  vite = await import('vite');
} catch (err) {
  giveUp('Vite is not installed (a development dependency)', err);
}
const started = Date.now();
try {
  await vite.build({ configFile: path.join(appDir, 'vite.config.mts'), logLevel: 'warn' });
} catch (err) {
  giveUp('the build failed', err);
}
writeFileSync(stamp, new Date().toISOString() + '\n');
process.stderr.write(`dashboard: built into dist/dashboard in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
