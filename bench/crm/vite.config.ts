import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// The CRM bench's page (bench/crm/run.mjs): the real import client and worker, plus
// papaparse alone in a worker, built on their own so the main bench's build is untouched.
const root = resolve(import.meta.dirname, '../..');
export default defineConfig({
  root,
  base: '/',
  define: { __BATON_VERSION__: JSON.stringify('bench') },
  logLevel: 'warn',
  build: {
    outDir: resolve(root, 'out/bench-crm'),
    emptyOutDir: true,
    rollupOptions: { input: { crm: resolve(root, 'bench/crm/crm.html') } },
  },
});
