import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import rendererConfig from './vite.config';

/**
 * The desktop build (`npx electron-vite build`):
 *   electron/main/index.ts     → out/main/index.js      ES module: package.json says
 *                                                        "type": "module", Electron ≥ 28 runs it
 *   electron/preload/index.ts  → out/preload/index.cjs  CommonJS, one file: a sandboxed
 *                                                        preload cannot load ES modules or
 *                                                        require anything but 'electron'
 *   renderer/                  → out/renderer/          vite.config.ts's settings
 */
const root = import.meta.dirname;
const pkgVersion = (rendererConfig.define as Record<string, string>).__BATON_VERSION__;

export default defineConfig({
  main: {
    // @y/websocket-server imports y-leveldb (a native database) when it loads; Baton keeps
    // rooms in memory only, so a stub stands in and no native binary is bundled.
    resolve: { alias: { 'y-leveldb': resolve(root, 'live/server/y-leveldb-stub.ts') } },
    build: {
      outDir: 'out/main',
      // Bundle everything: the packaged app ships only out/** (electron-builder.yml), so
      // the main process must not need node_modules at run time.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    define: { __BATON_VERSION__: pkgVersion },
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // One self-contained file: a sandboxed preload cannot load chunks.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: rendererConfig.plugins,
    define: rendererConfig.define,
    build: {
      ...rendererConfig.build,
      // vite.config.ts's outDir is relative to its root (renderer/); electron-vite resolves
      // it from the project folder instead.
      outDir: 'out/renderer',
      // electron-vite does not minify by default; the web build (plain Vite) does.
      minify: true,
      // The web build's chunking (the home screen's code in one chunk) with the desktop's entry.
      rolldownOptions: { ...rendererConfig.build?.rolldownOptions, input: resolve(root, 'renderer/index.html') },
    },
  },
});
