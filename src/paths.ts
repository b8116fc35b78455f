import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root, whether running from src/ (tests) or dist/src/ (npm start). */
export const projectRoot = (() => {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) || dir.endsWith(`${path.sep}dist`)) {
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
})();
