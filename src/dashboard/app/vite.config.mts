import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The dashboard: built into dist/dashboard, served by the hub at /dashboard (src/dashboard/serve.ts). */
export default defineConfig({
  root: here,
  base: '/dashboard/',
  logLevel: 'warn',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: path.resolve(here, '../../../dist/dashboard'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks: (id) => (id.includes('node_modules/echarts') || id.includes('node_modules/zrender') ? 'charts' : id.includes('node_modules/react') ? 'react' : undefined),
      },
    },
  },
  server: { proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } } },
});
