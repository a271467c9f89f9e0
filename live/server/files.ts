/**
 * Serving the built renderer to browsers in the room: path-traversal-safe, with the headers
 * and MIME types of web/headers.mjs (as scripts/serve.mjs and the desktop app's app:// protocol).
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { SECURITY_HEADERS, contentTypeFor } from '../../web/headers.mjs';

/** The security headers every answer carries (web/headers.mjs: the same as scripts/serve.mjs
 * and the desktop app's app:// protocol send). */
export { SECURITY_HEADERS };

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
    return { status: 200, body: await readFile(real), type: contentTypeFor(real) };
  } catch {
    return { status: 404 };
  }
}
