import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// The benchmark's own pages (the seed page and bare React Flow), built into out/bench; the app
// itself is built by its own vite.config.ts into out/bench/renderer (bench/run.mjs), so it is
// chunked as shipped. One origin: the seed page and the app share IndexedDB. Not used by the
// app or the tests.
const root = resolve(import.meta.dirname, '..');
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  define: { __BATON_VERSION__: JSON.stringify('bench') },
  logLevel: 'warn',
  build: {
    outDir: resolve(root, 'out/bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        seed: resolve(root, 'bench/pages/seed.html'),
        baseline: resolve(root, 'bench/pages/baseline.html'),
      },
    },
  },
});
