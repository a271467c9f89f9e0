import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer's build, used by the web build (`npm run web`), the end-to-end tests and,
// through electron.vite.config.ts, the desktop app. Relative base: it is served from
// app://baton/ in Electron and from http://127.0.0.1:PORT/ in a browser.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  define: { __BATON_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
});
