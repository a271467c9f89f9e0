/**
 * What the app:// protocol answers, as a plain object: which file, which status, which
 * headers. No `electron` import (protocol.ts turns the answer into a Response), so the
 * whole behaviour, traversal attempts included, is tested against a temporary folder.
 */
import { readFile, stat } from 'node:fs/promises';
import { SECURITY_HEADERS, contentTypeFor } from '../../web/headers.mjs';
import { resolveAppRequestPath } from './guards';

/** The Content-Type for a file name (web/headers.mjs: one MIME table for every server). */
export { contentTypeFor };

export interface AppFileResponse {
  readonly status: 200 | 404 | 405;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array | null;
}

/** Headers on every answer, errors included. */
const BASE_HEADERS = { ...SECURITY_HEADERS, 'Cache-Control': 'no-cache' } as const;

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
