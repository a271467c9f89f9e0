#!/usr/bin/env node
// `npm start`: builds the desktop app (main, preload, renderer) and runs it in Electron.
// Where Electron's binary could not be installed, says so in one sentence instead of
// failing somewhere inside electron-vite or the electron package.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const electron = findElectronBinary();
if (!electron) {
  console.error(
    "Baton's desktop runtime (Electron) could not be downloaded on this machine, so the desktop app can't start here; run `npm run web` to use Baton in your browser.",
  );
  process.exit(1);
}

const require = createRequire(import.meta.url);
const electronVite = join(
  dirname(require.resolve('electron-vite/package.json')),
  'bin',
  'electron-vite.js',
);
const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// Extra arguments go to the app: `npm start -- path/to/project.baton`.
const app = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
