/**
 * Minimal require hook so a test can run the hub from its TypeScript sources in a child process
 * (`node -r ./test/support/swc-register.cjs src/main.ts`): @swc/core, already a dev dependency for jest, compiles each
 * .ts file on load with the same options as jest.config.js (legacy decorators and decorator metadata, which TypeORM
 * and type-graphql need). Starts in about a second, against ~20 s for a full `tsc` build.
 */
const fs = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = function compileTs(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
