// Preload (NODE_OPTIONS=--require) for a hub process under test: on SIGUSR2 it writes the npm packages loaded so far
// (from require's cache: the innermost node_modules/<name> of each file) to LOADED_PACKAGES_FILE, as a JSON array.
const fs = require('node:fs');

process.on('SIGUSR2', () => {
  const names = new Set();
  for (const file of Object.keys(require.cache)) {
    const m = /.*node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
    if (m) names.add(m[1].replace(/\\/g, '/'));
  }
  const target = process.env.LOADED_PACKAGES_FILE;
  fs.writeFileSync(`${target}.tmp`, JSON.stringify([...names].sort()));
  fs.renameSync(`${target}.tmp`, target);
});
