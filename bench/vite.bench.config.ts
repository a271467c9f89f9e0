import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// The benchmark build: the real app plus three bench pages, on one origin (so the seed page
// and the app share IndexedDB). Not used by the app or the tests.
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
        app: resolve(root, 'renderer/index.html'),
        seed: resolve(root, 'bench/pages/seed.html'),
        memory: resolve(root, 'bench/pages/memory.html'),
        baseline: resolve(root, 'bench/pages/baseline.html'),
      },
    },
  },
});
