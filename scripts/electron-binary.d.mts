/** Electron's executable, or null when its binary is not installed (see electron-binary.mjs). */
export function findElectronBinary(): string | null;
