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
    // .vite/manifest.json: which chunks the home screen loads (scripts/measure-home-js.mjs).
    manifest: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // What the home screen needs (the entry's static imports) in one chunk: dozens of small
        // shared chunks would each compress on their own and cost a request each. Screens and
        // parts imported on demand (ui/lazyPart.tsx) keep their own chunks.
        codeSplitting: { groups: [{ name: 'home', tags: ['$initial'] }] },
      },
    },
  },
  server: { host: '127.0.0.1' },
});
