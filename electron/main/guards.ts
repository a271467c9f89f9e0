/**
 * Pure checks the shell runs before it trusts anything coming from a web page, a URL or
 * an IPC message. No `electron` import, so every rule here is unit-tested directly
 * (test/unit/electron-guards.test.ts).
 */
import path from 'node:path';
import type { SaveFileRequest } from '../../renderer/src/platform/contract';
import { APP_HOST, APP_SCHEME, MAX_FILE_BYTES } from './constants';

/** Longer URLs are refused outright: no legitimate link of ours is anywhere near this. */
const MAX_URL_LENGTH = 2048;

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for URLs of our own origin, app://baton, and nothing else. The parts are compared
 * one by one rather than with a prefix test, which `app://baton.evil.com` or
 * `app://baton@evil` would pass. (`URL.origin` is "null" for schemes Node does not know,
 * so it cannot be used here.)
 */
export function isAppUrl(url: unknown): boolean {
  const u = parseUrl(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname.toLowerCase() === APP_HOST &&
    u.username === '' &&
    u.password === '' &&
    u.port === ''
  );
}

/** Whether an IPC message comes from our own page (pass `event.senderFrame.url`). */
export function isTrustedSender(url: string): boolean {
  return isAppUrl(url);
}

/** Whether a window may navigate to `url`: only within the app itself. Everything else
 * (links, redirects, a dropped file) is stopped; http(s) links go to the system browser. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Whether `url` may be handed to the operating system (shell.openExternal): http and https
 * only, never file:, javascript:, smb: or a custom scheme that would start another program,
 * and never with credentials in it (`https://user:pass@host` is a phishing classic).
 */
export function isAllowedExternalUrl(url: unknown): boolean {
  const u = parseUrl(url);
  return (
    u !== null &&
    (u.protocol === 'http:' || u.protocol === 'https:') &&
    u.hostname !== '' &&
    u.username === '' &&
    u.password === ''
  );
}

/**
 * Whether `candidate` lies strictly inside the folder `root` once both are resolved: the
 * path-traversal check of the app:// protocol handler. `pathApi` is for tests of the
 * Windows rules (drive letters, backslashes, case) on any machine.
 */
export function isInsideFolder(
  root: string,
  candidate: string,
  pathApi: path.PlatformPath = path,
): boolean {
  if (typeof root !== 'string' || typeof candidate !== 'string') return false;
  if (root === '' || candidate.includes('\0')) return false;
  const rel = pathApi.relative(pathApi.resolve(root), pathApi.resolve(candidate));
  return (
    rel !== '' &&
    rel !== '..' &&
    !rel.startsWith(`..${pathApi.sep}`) &&
    // On Windows, a path on another drive comes back absolute.
    !pathApi.isAbsolute(rel)
  );
}

/**
 * Maps an app:// request URL to a file inside `root`, or null when the URL is not ours or
 * points outside `root` (`..`, `%2e%2e`, an encoded `/` or `\`, a NUL byte). `/` is
 * index.html.
 */
export function resolveAppRequestPath(
  root: string,
  requestUrl: string,
  pathApi: path.PlatformPath = path,
): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const u = new URL(requestUrl);
  let decoded: string;
  try {
    decoded = decodeURIComponent(u.pathname);
  } catch {
    return null; // malformed %-escape
  }
  if (decoded.includes('\0')) return null;
  if (decoded === '' || decoded === '/') decoded = '/index.html';
  const candidate = pathApi.join(root, decoded);
  return isInsideFolder(root, candidate, pathApi) ? candidate : null;
}

/**
 * Permissions web content may get. Everything is denied except persistent storage for our
 * own origin: the projects live only in IndexedDB, and without it Chromium treats that
 * storage as "best effort" and may evict it when the disk runs low.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage']);

export function isAllowedPermission(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

// ---------------------------------------------------------------------------------------
// IPC argument validators. Arguments arrive from the renderer, which is trusted code but
// the most exposed part of the app; the main process checks shape, type and size anyway.
// ---------------------------------------------------------------------------------------

export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

const MAX_NAME_LENGTH = 200;
const MAX_FILTERS = 10;
const MAX_FILTER_NAME_LENGTH = 100;
const MAX_EXTENSIONS = 10;
const EXTENSION = /^(?:[A-Za-z0-9]{1,16}|\*)$/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A file name suggested to a save dialog: a name only, never a path. */
export function checkSuggestedName(name: unknown): Checked<string> {
  if (typeof name !== 'string') return fail('suggestedName must be a string');
  if (name.trim() === '') return fail('suggestedName is empty');
  if (name.length > MAX_NAME_LENGTH)
    return fail(`suggestedName is longer than ${MAX_NAME_LENGTH} characters`);
  if (name.includes('/') || name.includes('\\'))
    return fail('suggestedName must not contain a path separator');
  if (CONTROL_CHARS.test(name)) return fail('suggestedName must not contain control characters');
  if (name === '.' || name === '..') return fail('suggestedName must be a file name');
  return { ok: true, value: name };
}

/** File bytes: a Uint8Array (a Node Buffer is one too) of at most MAX_FILE_BYTES. */
export function checkFileData(data: unknown): Checked<Uint8Array> {
  if (!(data instanceof Uint8Array)) return fail('data must be a Uint8Array');
  if (data.byteLength > MAX_FILE_BYTES) return fail('data is larger than 200 MB');
  return { ok: true, value: data };
}

type FileFilter = SaveFileRequest['filters'][number];

export function checkFilters(filters: unknown): Checked<FileFilter[]> {
  if (!Array.isArray(filters)) return fail('filters must be an array');
  if (filters.length > MAX_FILTERS) return fail(`at most ${MAX_FILTERS} filters`);
  const out: FileFilter[] = [];
  for (const f of filters as unknown[]) {
    if (!isRecord(f)) return fail('a filter must be an object');
    const { name, extensions } = f;
    if (
      typeof name !== 'string' ||
      name === '' ||
      name.length > MAX_FILTER_NAME_LENGTH ||
      CONTROL_CHARS.test(name)
    ) {
      return fail('a filter name must be a short string');
    }
    if (
      !Array.isArray(extensions) ||
      extensions.length === 0 ||
      extensions.length > MAX_EXTENSIONS
    ) {
      return fail(`a filter needs 1 to ${MAX_EXTENSIONS} extensions`);
    }
    if (!extensions.every((e): e is string => typeof e === 'string' && EXTENSION.test(e))) {
      return fail('an extension must be letters and digits only, without the dot');
    }
    // Copies: nothing but the checked fields reaches the dialog.
    out.push({ name, extensions: [...extensions] });
  }
  return { ok: true, value: out };
}

/** The argument of 'baton:save-file'. Returns a fresh object with the checked fields only. */
export function checkSaveFileRequest(req: unknown): Checked<SaveFileRequest> {
  if (!isRecord(req)) return fail('the save request must be an object');
  const name = checkSuggestedName(req.suggestedName);
  if (!name.ok) return name;
  const data = checkFileData(req.data);
  if (!data.ok) return data;
  const filters = checkFilters(req.filters);
  if (!filters.ok) return filters;
  return {
    ok: true,
    value: { suggestedName: name.value, data: data.value, filters: filters.value },
  };
}

/** The argument of 'baton:open-external'. */
export function checkExternalUrl(url: unknown): Checked<string> {
  return isAllowedExternalUrl(url)
    ? { ok: true, value: url as string }
    : fail('only http and https links can be opened');
}

/**
 * The .baton file named on a command line (a file manager's "Open with", a double click on
 * Windows and Linux, or a second launch). Skips the executable and any switch; accepts the
 * file:// URLs some Linux file managers pass. Relative paths resolve against `cwd`.
 */
export function findProjectFileInArgv(
  argv: readonly string[],
  cwd: string,
  pathApi: path.PlatformPath = path,
): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (typeof arg !== 'string' || arg === '' || arg.startsWith('-')) continue;
    let p = arg;
    if (/^file:\/\//i.test(arg)) {
      try {
        const u = new URL(arg);
        if (u.host !== '' && u.host !== 'localhost') continue; // a network share: no
        p = decodeURIComponent(u.pathname);
        // file:///C:/x on Windows
        if (pathApi.sep === '\\' && /^\/[A-Za-z]:/.test(p)) p = p.slice(1);
      } catch {
        continue;
      }
    }
    if (p.includes('\0') || !p.toLowerCase().endsWith('.baton')) continue;
    return pathApi.resolve(cwd, p);
  }
  return null;
}

const REPORT_ROUTE = /^#\/p\/[A-Za-z0-9_-]{1,64}\/report\/print$/;
const PAGE_SIZES = ['A4', 'Letter', 'A3'] as const;

export interface CheckedPrintRequest {
  readonly pageSize: (typeof PAGE_SIZES)[number];
  readonly landscape: boolean;
  readonly suggestedName: string;
  readonly route: string;
}

/** A request to print the leadership report: only the report's print route of the app. */
export function checkPrintToPdfRequest(req: unknown): Checked<CheckedPrintRequest> {
  if (!isRecord(req)) return fail('the request must be an object');
  if (!(PAGE_SIZES as readonly unknown[]).includes(req.pageSize)) return fail('pageSize must be A4, Letter or A3');
  if (typeof req.landscape !== 'boolean') return fail('landscape must be true or false');
  const name = checkSuggestedName(req.suggestedName);
  if (!name.ok) return name;
  if (!/\.pdf$/i.test(name.value)) return fail('suggestedName must end in .pdf');
  if (typeof req.route !== 'string' || !REPORT_ROUTE.test(req.route)) return fail('route must be a report print route');
  return {
    ok: true,
    value: {
      pageSize: req.pageSize as CheckedPrintRequest['pageSize'],
      landscape: req.landscape,
      suggestedName: name.value,
      route: req.route,
    },
  };
}

const PRESENTER_ROUTE = /^#\/p\/[A-Za-z0-9_-]{1,64}\/workshop\/present$/;

/** The presenter view's route of a project, and nothing else, may open a second window. */
export function checkPresenterRoute(route: unknown): Checked<string> {
  if (typeof route !== 'string' || !PRESENTER_ROUTE.test(route)) return fail('route must be a presenter route');
  return { ok: true, value: route };
}

/**
 * What `platform.openFile(accept)` may ask the open dialog for: the file types Baton reads,
 * by the HTML `accept` names the renderer uses (`.csv`, `image/png`, …). Anything else is
 * refused, so a page can never widen the dialog to arbitrary files. SVG is not a picture
 * type here: it can carry script.
 */
const OPENABLE: Readonly<Record<string, { readonly filter: string; readonly extensions: readonly string[] }>> = {
  '.baton': { filter: 'Baton project', extensions: ['baton'] },
  '.csv': { filter: 'CSV', extensions: ['csv'] },
  'text/csv': { filter: 'CSV', extensions: ['csv'] },
  '.png': { filter: 'Pictures', extensions: ['png'] },
  'image/png': { filter: 'Pictures', extensions: ['png'] },
  '.jpg': { filter: 'Pictures', extensions: ['jpg', 'jpeg'] },
  '.jpeg': { filter: 'Pictures', extensions: ['jpg', 'jpeg'] },
  'image/jpeg': { filter: 'Pictures', extensions: ['jpg', 'jpeg'] },
  '.webp': { filter: 'Pictures', extensions: ['webp'] },
  'image/webp': { filter: 'Pictures', extensions: ['webp'] },
  '.gif': { filter: 'Pictures', extensions: ['gif'] },
  'image/gif': { filter: 'Pictures', extensions: ['gif'] },
  'image/*': { filter: 'Pictures', extensions: ['png', 'jpg', 'jpeg', 'webp', 'gif'] },
};
const MAX_ACCEPT_LENGTH = 200;

/**
 * The argument of 'baton:open-file': an HTML `accept` list, or nothing for .baton files (what
 * older renderers send). Returns the dialog's filters, built from the allow-list only.
 */
export function checkOpenFileAccept(accept: unknown): Checked<FileFilter[]> {
  if (accept === undefined || accept === null || accept === '') accept = '.baton';
  if (typeof accept !== 'string' || accept.length > MAX_ACCEPT_LENGTH || CONTROL_CHARS.test(accept)) {
    return fail('accept must be a short list of file types');
  }
  const byName = new Map<string, string[]>();
  for (const raw of accept.split(',')) {
    const token = raw.trim().toLowerCase();
    if (token === '') continue;
    const kind = Object.hasOwn(OPENABLE, token) ? OPENABLE[token] : undefined;
    if (!kind) return fail('accept names a file type Baton does not open');
    const list = byName.get(kind.filter) ?? [];
    for (const e of kind.extensions) if (!list.includes(e)) list.push(e);
    byName.set(kind.filter, list);
  }
  if (byName.size === 0) return fail('accept names no file type');
  return { ok: true, value: [...byName].map(([name, extensions]) => ({ name, extensions })) };
}

/** Whether the file the dialog returned is one of the types it was asked for (a dialog may
 * let the person type any name). */
export function isFileOfFilters(file: string, filters: readonly FileFilter[]): boolean {
  const ext = path.extname(file).slice(1).toLowerCase();
  return ext !== '' && filters.some((f) => f.extensions.includes(ext));
}
