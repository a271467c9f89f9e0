/**
 * What every answer Baton's three file servers send carries: the desktop app's app://
 * protocol (electron/main/appFiles.ts), the live session's server for the browsers in the room
 * (live/server/files.ts) and the local web server (scripts/serve.mjs). One Content-Security-
 * Policy, one set of security headers, one MIME table. Plain JavaScript, so that
 * `node scripts/serve.mjs` runs it without a build step; its types are in headers.d.mts.
 */

/**
 * `'unsafe-inline'` for styles only, because React Flow sets inline style attributes; scripts
 * come from the app's own files and nowhere else. `ws: wss:` is for the live-session
 * connection. `frame-ancestors` only works as a header, which is why the header exists on top
 * of the <meta> tag in renderer/index.html (test/unit/electron-security.test.ts checks that
 * the tag says META_CONTENT_SECURITY_POLICY).
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The policy of the page's own <meta> tag (a <meta> ignores frame-ancestors). */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The policy every served file carries, as a header. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** On every answer, errors included. */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Never guess a type: a .txt or .json file must not run as a script.
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
});

/** The types of the files a build of the renderer holds. */
export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
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
});

/**
 * The Content-Type for a file name. Unknown types are served as opaque bytes, which together
 * with `nosniff` means the browser will not run them as script or style.
 */
export function contentTypeFor(fileName) {
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  const dot = fileName.lastIndexOf('.');
  const ext = dot > slash + 1 ? fileName.slice(dot).toLowerCase() : '';
  return Object.hasOwn(MIME_TYPES, ext) ? MIME_TYPES[ext] : 'application/octet-stream';
}
