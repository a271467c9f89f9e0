/**
 * Serving the built renderer to browsers in the room: path-traversal-safe, with the same
 * headers as scripts/serve.mjs and the desktop app's app:// protocol.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Keep in step with scripts/serve.mjs and electron/main/constants.ts. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
} as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** The largest file we send (the renderer's biggest chunk is well under this). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type FileAnswer =
  | { readonly status: 200; readonly body: Buffer; readonly type: string }
  | { readonly status: 400 | 403 | 404 };

/** Finds the file a URL path names inside `root`, refusing anything outside it. */
export async function resolveFile(root: string, urlPath: string): Promise<FileAnswer> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return { status: 400 };
  }
  if (path.includes('\0') || path.includes('\\') || !path.startsWith('/')) return { status: 400 };
  if (path.endsWith('/')) path += 'index.html';
  const base = resolve(root);
  const file = normalize(join(base, path));
  if (!file.startsWith(base + sep)) return { status: 403 };
  try {
    // A symbolic link inside the folder must not lead outside it either.
    const real = await realpath(file);
    const realBase = await realpath(base);
    if (!real.startsWith(realBase + sep)) return { status: 403 };
    const info = await stat(real);
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return { status: 404 };
    return { status: 200, body: await readFile(real), type: TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream' };
  } catch {
    return { status: 404 };
  }
}
