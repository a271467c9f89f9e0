/**
 * What the app:// protocol answers, as a plain object: which file, which status, which
 * headers. No `electron` import (protocol.ts turns the answer into a Response), so the
 * whole behaviour, traversal attempts included, is tested against a temporary folder.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './constants';
import { resolveAppRequestPath } from './guards';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name; unknown types are served as opaque bytes, which
 * together with `nosniff` means the browser will not run them as script or style. */
export function contentTypeFor(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppFileResponse {
  readonly status: 200 | 404 | 405;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array | null;
}

/** Headers on every answer, errors included. */
const BASE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Never guess a type: a .txt or .json file must not run as a script.
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
} as const;

const notFound: AppFileResponse = {
  status: 404,
  headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  body: new TextEncoder().encode('Not found'),
};

/** Answers one app:// request from the files of `root` (the built renderer). */
export async function serveAppFile(
  root: string,
  url: string,
  method = 'GET',
): Promise<AppFileResponse> {
  if (method !== 'GET' && method !== 'HEAD') {
    return { status: 405, headers: { ...BASE_HEADERS, Allow: 'GET, HEAD' }, body: null };
  }
  const file = resolveAppRequestPath(root, url);
  if (file === null) return notFound;
  try {
    const info = await stat(file);
    if (!info.isFile()) return notFound;
    const body = method === 'HEAD' ? null : await readFile(file);
    return {
      status: 200,
      headers: {
        ...BASE_HEADERS,
        'Content-Type': contentTypeFor(file),
        'Content-Length': String(info.size),
      },
      body: body === null ? null : new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
    };
  } catch {
    return notFound;
  }
}
