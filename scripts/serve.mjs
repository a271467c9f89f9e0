#!/usr/bin/env node
// Serves the built renderer (out/renderer) on 127.0.0.1 only, with the Content-Security-Policy,
// security headers and MIME types of web/headers.mjs (the desktop app's and the live session's
// too). Used by `npm run web` and by the end-to-end tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS, contentTypeFor } from '../web/headers.mjs';

// BATON_WEB_ROOT lets parallel test runs serve their own build (relative to the project).
const root = process.env.BATON_WEB_ROOT
  ? resolve(fileURLToPath(new URL('..', import.meta.url)), process.env.BATON_WEB_ROOT)
  : resolve(fileURLToPath(new URL('../out/renderer', import.meta.url)));
const port = Number(process.env.PORT || 5173);
const host = process.env.HOST || '127.0.0.1';

try {
  await stat(process.env.BATON_WEB_ROOT ? root : join(root, 'index.html'));
} catch {
  console.error('The renderer is not built yet: run `npm run build:web` (or `npm run web`, which builds it).');
  process.exit(1);
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url || '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403, SECURITY_HEADERS).end('Forbidden');
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-cache' });
    res.end(body);
  } catch {
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }
}).listen(port, host, () => {
  console.log(`Baton is running at http://${host}:${port}/ — open it in Chromium, Chrome or Edge. Press Ctrl+C to stop.`);
});
