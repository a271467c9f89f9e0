import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../electron/main/constants';
import {
  checkPresenterRoute,
  checkPrintToPdfRequest,
  checkExternalUrl,
  checkFilters,
  checkSaveFileRequest,
  checkSuggestedName,
  findProjectFileInArgv,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isAllowedPermission,
  isInsideFolder,
  isTrustedSender,
  resolveAppRequestPath,
} from '../../electron/main/guards';

describe('isTrustedSender: only app://baton', () => {
  it.each([
    'app://baton/index.html',
    'app://baton/',
    'app://baton',
    'app://baton/index.html#/p/abc/m/def',
    'app://baton/index.html?x=1',
    'app://BATON/index.html',
  ])('trusts %s', (url) => expect(isTrustedSender(url)).toBe(true));

  it.each([
    'app://baton.evil.com/index.html',
    'app://baton@evil/index.html',
    'app://baton:x@baton/index.html',
    'app://evil/baton',
    'app://evil.com/app://baton/',
    'app://baton:8080/index.html',
    'app://batonx/index.html',
    'app://baton%2eevil.com/',
    'app:baton/index.html',
    'app:///index.html',
    'https://baton/index.html',
    'http://localhost:5173/',
    'file:///index.html',
    'file:///home/user/app://baton/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    '',
    'not a url',
    `app://baton/${'a'.repeat(5000)}`,
  ])('refuses %s', (url) => expect(isTrustedSender(url)).toBe(false));

  it('refuses non-strings', () => {
    expect(isTrustedSender(undefined as unknown as string)).toBe(false);
    expect(isTrustedSender(null as unknown as string)).toBe(false);
    expect(isTrustedSender({ toString: () => 'app://baton/' } as unknown as string)).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('allows moving within the app', () => {
    expect(isAllowedNavigation('app://baton/index.html#/p/1')).toBe(true);
  });
  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'app://baton.evil.com/',
    'javascript:void 0',
  ])('stops %s', (url) => expect(isAllowedNavigation(url)).toBe(false));
});

describe('isAllowedExternalUrl: http(s) without credentials', () => {
  it.each([
    'https://example.com/',
    'http://example.com/page?q=1#x',
    'https://sub.example.co.uk:8443/a/b',
    'HTTPS://EXAMPLE.COM/',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vscode://file/etc/passwd',
    'app://baton/index.html',
    'data:text/html,hi',
    'ftp://example.com/',
    'mailto:someone@example.com',
    'https://user:pass@example.com/',
    'https://user@example.com/',
    'http://',
    '//example.com',
    'example.com',
    '',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
  it('refuses non-strings', () => {
    expect(isAllowedExternalUrl(42)).toBe(false);
    expect(isAllowedExternalUrl(new URL('https://example.com/'))).toBe(false);
  });
});

describe('isInsideFolder', () => {
  const root = '/opt/baton/out/renderer';
  it.each([
    '/opt/baton/out/renderer/index.html',
    '/opt/baton/out/renderer/assets/a.js',
    '/opt/baton/out/renderer/..hidden',
  ])('accepts %s', (p) => expect(isInsideFolder(root, p, path.posix)).toBe(true));
  it.each([
    '/opt/baton/out/renderer',
    '/opt/baton/out/renderer/',
    '/opt/baton/out',
    '/opt/baton/out/renderer/../main/index.js',
    '/opt/baton/out/renderer/assets/../../../../etc/passwd',
    '/opt/baton/out/renderer-evil/index.html',
    '/etc/passwd',
    'relative/index.html',
    '/opt/baton/out/renderer/index.html\0.png',
  ])('refuses %s', (p) => expect(isInsideFolder(root, p, path.posix)).toBe(false));

  it('follows Windows rules (drives, backslashes, case)', () => {
    const winRoot = 'C:\\Program Files\\Baton\\resources\\app.asar\\out\\renderer';
    expect(isInsideFolder(winRoot, `${winRoot}\\index.html`, path.win32)).toBe(true);
    expect(isInsideFolder(winRoot, `${winRoot.toLowerCase()}\\assets\\a.js`, path.win32)).toBe(
      true,
    );
    expect(isInsideFolder(winRoot, `${winRoot}\\..\\..\\secret.txt`, path.win32)).toBe(false);
    expect(isInsideFolder(winRoot, `${winRoot}/../main/index.js`, path.win32)).toBe(false);
    expect(isInsideFolder(winRoot, 'D:\\index.html', path.win32)).toBe(false);
    expect(isInsideFolder(winRoot, '\\\\server\\share\\index.html', path.win32)).toBe(false);
  });

  it('refuses empty roots', () => {
    expect(isInsideFolder('', '/x', path.posix)).toBe(false);
  });
});

describe('resolveAppRequestPath (the protocol handler’s traversal check)', () => {
  const root = '/srv/renderer';
  const resolve = (url: string) => resolveAppRequestPath(root, url, path.posix);

  it('maps app://baton paths into the folder', () => {
    expect(resolve('app://baton/index.html')).toBe('/srv/renderer/index.html');
    expect(resolve('app://baton/')).toBe('/srv/renderer/index.html');
    expect(resolve('app://baton')).toBe('/srv/renderer/index.html');
    expect(resolve('app://baton/assets/index-abc.js?v=1#x')).toBe(
      '/srv/renderer/assets/index-abc.js',
    );
    expect(resolve('app://baton/assets/my%20font.woff2')).toBe(
      '/srv/renderer/assets/my font.woff2',
    );
  });

  it.each([
    'app://baton/../../etc/passwd', // the URL parser drops the dots: stays inside
    'app://baton/%2e%2e/%2e%2e/etc/passwd',
  ])('keeps %s inside the folder', (url) => {
    const p = resolve(url);
    expect(p === null || p.startsWith('/srv/renderer/')).toBe(true);
  });

  it.each([
    'app://baton/..%2f..%2fetc%2fpasswd',
    'app://baton/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://baton/assets%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://baton/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://baton/index.html%00.png',
    'app://baton/%E0%A4%A', // malformed escape
    'app://baton.evil.com/index.html',
    'app://evil/index.html',
    'file:///srv/renderer/index.html',
    'https://baton/index.html',
  ])('refuses %s', (url) => expect(resolve(url)).toBeNull());

  it('refuses encoded backslashes on Windows', () => {
    const winRoot = 'C:\\Baton\\out\\renderer';
    expect(
      resolveAppRequestPath(winRoot, 'app://baton/..%5c..%5cWindows%5cwin.ini', path.win32),
    ).toBeNull();
    expect(resolveAppRequestPath(winRoot, 'app://baton/index.html', path.win32)).toBe(
      `${winRoot}\\index.html`,
    );
  });
});

describe('isAllowedPermission', () => {
  it('grants persistent storage to the app only', () => {
    expect(isAllowedPermission('persistent-storage', 'app://baton')).toBe(true);
    expect(isAllowedPermission('persistent-storage', 'app://baton/index.html')).toBe(true);
    expect(isAllowedPermission('persistent-storage', 'https://example.com')).toBe(false);
  });
  it.each([
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'clipboard-read',
    'fullscreen',
    'hid',
    'usb',
    'unknown',
  ])('denies %s', (permission) =>
    expect(isAllowedPermission(permission, 'app://baton')).toBe(false),
  );
});

describe('IPC argument validators', () => {
  const valid = {
    suggestedName: 'Acme EMEA.baton',
    data: new Uint8Array([1, 2, 3]),
    filters: [{ name: 'BATON', extensions: ['baton'] }],
  };

  it('accepts a well-formed save request and returns only the known fields', () => {
    const r = checkSaveFileRequest({ ...valid, extra: 'ignored', defaultPath: '/etc/passwd' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(Object.keys(r.value).sort()).toEqual(['data', 'filters', 'suggestedName']);
  });

  it('accepts a Node Buffer (what IPC may deliver) as data', () => {
    expect(checkSaveFileRequest({ ...valid, data: Buffer.from('x') }).ok).toBe(true);
  });

  it.each([
    ['null', null],
    ['an array', [valid]],
    ['a string', 'save'],
    ['no name', { ...valid, suggestedName: undefined }],
    ['a numeric name', { ...valid, suggestedName: 42 }],
    ['an empty name', { ...valid, suggestedName: '  ' }],
    ['a long name', { ...valid, suggestedName: `${'a'.repeat(195)}.baton` }],
    ['a path', { ...valid, suggestedName: '../../.bashrc' }],
    ['an absolute path', { ...valid, suggestedName: '/etc/passwd' }],
    ['a Windows path', { ...valid, suggestedName: 'C:\\Windows\\evil.baton' }],
    ['a dot name', { ...valid, suggestedName: '..' }],
    ['a control character', { ...valid, suggestedName: 'a\nb.baton' }],
    ['a NUL byte', { ...valid, suggestedName: 'a\0.baton' }],
    ['data as a string', { ...valid, data: 'bytes' }],
    ['data as an array', { ...valid, data: [1, 2, 3] }],
    ['data as an ArrayBuffer', { ...valid, data: new ArrayBuffer(3) }],
    ['data as Uint16Array', { ...valid, data: new Uint16Array(3) }],
    ['no filters', { ...valid, filters: undefined }],
    ['filters as an object', { ...valid, filters: { name: 'x', extensions: ['x'] } }],
    ['a filter without extensions', { ...valid, filters: [{ name: 'x', extensions: [] }] }],
    ['an extension with a dot', { ...valid, filters: [{ name: 'x', extensions: ['.baton'] }] }],
    ['an extension with a path', { ...valid, filters: [{ name: 'x', extensions: ['a/b'] }] }],
    ['a filter without a name', { ...valid, filters: [{ extensions: ['baton'] }] }],
    [
      'too many filters',
      { ...valid, filters: Array.from({ length: 11 }, () => ({ name: 'x', extensions: ['x'] })) },
    ],
  ])('refuses %s', (_label, req) => {
    const r = checkSaveFileRequest(req);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/\w/);
  });

  it('refuses data over 200 MB without copying it', () => {
    // A view that claims to be huge, so the test does not allocate 200 MB.
    const huge = new Uint8Array(1);
    Object.defineProperty(huge, 'byteLength', { value: MAX_FILE_BYTES + 1 });
    expect(checkSaveFileRequest({ ...valid, data: huge })).toEqual({
      ok: false,
      reason: 'data is larger than 200 MB',
    });
  });

  it('accepts a name of exactly 200 characters and the wildcard extension', () => {
    expect(checkSuggestedName('a'.repeat(200)).ok).toBe(true);
    expect(checkFilters([{ name: 'All files', extensions: ['*'] }]).ok).toBe(true);
  });

  it('checks open-external URLs', () => {
    expect(checkExternalUrl('https://example.com/')).toEqual({
      ok: true,
      value: 'https://example.com/',
    });
    expect(checkExternalUrl('file:///etc/passwd').ok).toBe(false);
    expect(checkExternalUrl(['https://example.com/']).ok).toBe(false);
  });
});

describe('findProjectFileInArgv', () => {
  it('finds a .baton path after the executable, resolving it against the working folder', () => {
    expect(
      findProjectFileInArgv(['/opt/Baton/baton', 'plans/q3.baton'], '/home/ana', path.posix),
    ).toBe('/home/ana/plans/q3.baton');
    expect(findProjectFileInArgv(['/opt/Baton/baton', '/tmp/A.BATON'], '/', path.posix)).toBe(
      '/tmp/A.BATON',
    );
  });
  it('skips switches, the app folder in development and other files', () => {
    expect(findProjectFileInArgv(['electron', '.', '--no-sandbox'], '/w', path.posix)).toBeNull();
    expect(
      findProjectFileInArgv(['electron', '--open=/x.baton', 'notes.txt'], '/w', path.posix),
    ).toBeNull();
    expect(findProjectFileInArgv(['/x.baton'], '/w', path.posix)).toBeNull(); // argv[0] is the executable
  });
  it('accepts file:// URLs from Linux file managers, but not network ones', () => {
    expect(
      findProjectFileInArgv(['baton', 'file:///home/ana/My%20map.baton'], '/', path.posix),
    ).toBe('/home/ana/My map.baton');
    expect(
      findProjectFileInArgv(['baton', 'file://server/share/x.baton'], '/', path.posix),
    ).toBeNull();
  });
  it('handles Windows paths', () => {
    expect(
      findProjectFileInArgv(
        ['C:\\Baton\\Baton.exe', 'D:\\Maps\\q3.baton'],
        'C:\\Users\\ana',
        path.win32,
      ),
    ).toBe('D:\\Maps\\q3.baton');
    expect(
      findProjectFileInArgv(['Baton.exe', 'file:///D:/Maps/q3.baton'], 'C:\\', path.win32),
    ).toBe('D:\\Maps\\q3.baton');
  });
});

describe('checkPrintToPdfRequest', () => {
  const ok = { pageSize: 'A4', landscape: true, suggestedName: 'Acme report.pdf', route: '#/p/abc-1/report/print' };
  it('accepts the report print route of a project', () => {
    expect(checkPrintToPdfRequest(ok)).toEqual({ ok: true, value: ok });
  });
  it.each([
    ['another route', { ...ok, route: '#/p/abc/personas' }],
    ['a route with a query', { ...ok, route: '#/p/abc/report/print?x=1' }],
    ['a full URL', { ...ok, route: 'https://evil.example/#/p/a/report/print' }],
    ['a path as a name', { ...ok, suggestedName: '../../x.pdf' }],
    ['a name not ending in .pdf', { ...ok, suggestedName: 'report.exe' }],
    ['an unknown paper', { ...ok, pageSize: 'A0' }],
    ['a string for landscape', { ...ok, landscape: 'yes' }],
    ['no object', null],
  ])('refuses %s', (_label, req) => {
    expect(checkPrintToPdfRequest(req).ok).toBe(false);
  });
});

describe('checkPresenterRoute', () => {
  it('accepts only the presenter route of a project', () => {
    expect(checkPresenterRoute('#/p/abc_1/workshop/present')).toEqual({ ok: true, value: '#/p/abc_1/workshop/present' });
    for (const bad of ['#/p/abc/workshop', 'https://x.example/#/p/a/workshop/present', '#/p/a/workshop/present/../..', 42]) {
      expect(checkPresenterRoute(bad).ok).toBe(false);
    }
  });
});
