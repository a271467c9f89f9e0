#!/usr/bin/env node
// Serves the built renderer (out/renderer) on 127.0.0.1 only, with the same Content-Security-
// Policy as the desktop app. Used by `npm run web` and by the end-to-end tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// BATON_WEB_ROOT lets parallel test runs serve their own build (relative to the project).
const root = process.env.BATON_WEB_ROOT
  ? resolve(fileURLToPath(new URL('..', import.meta.url)), process.env.BATON_WEB_ROOT)
  : resolve(fileURLToPath(new URL('../out/renderer', import.meta.url)));
const port = Number(process.env.PORT || 5173);
const host = process.env.HOST || '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

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
      res.writeHead(403).end('Forbidden');
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
}).listen(port, host, () => {
  console.log(`Baton is running at http://${host}:${port}/ — open it in Chromium, Chrome or Edge. Press Ctrl+C to stop.`);
});
