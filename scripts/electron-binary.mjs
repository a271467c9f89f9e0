// Where Electron's executable is, or null when it is not installed (on this kind of
// machine it cannot be downloaded). Used by `npm start` and the Electron end-to-end test.
//
// Why not `require('electron')`: when the binary is missing, the electron package's
// index.js tries to DOWNLOAD it right there (and throws when it cannot), so merely asking
// would start a network download. This reads the same two facts index.js reads instead:
// node_modules/electron/path.txt (written after a successful download) and the file it
// names under dist/ (or under ELECTRON_OVERRIDE_DIST_PATH, as index.js allows).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function findElectronBinary() {
  const require = createRequire(import.meta.url);
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null; // the electron package itself is not installed
  }
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const binary = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : join(pkgDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}
