import { readdirSync, readFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';

const openExternal = vi.fn(async (_url: string) => undefined);
/** Every BrowserWindow the shell creates, with its options and the URLs it loads. */
const windows: FakeWindow[] = [];
class FakeWindow extends EventEmitter {
  loaded: string[] = [];
  webContents = new EventEmitter();
  constructor(readonly options: Record<string, unknown>) {
    super();
    windows.push(this);
  }
  static fromWebContents = () => null;
  async loadURL(url: string) {
    this.loaded.push(url);
  }
  isDestroyed = () => false;
  show = () => undefined;
  maximize = () => undefined;
  setFullScreen = () => undefined;
  getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 });
  isMaximized = () => false;
  isFullScreen = () => false;
  destroy = () => undefined;
}
/** Every ipcMain handler any module of the shell registers, by channel. */
const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
const ipcOn = vi.fn();
const showSaveDialog = vi.fn(async () => ({ canceled: true }));
const showOpenDialog = vi.fn(async () => ({ canceled: true, filePaths: [] }));
vi.mock('electron', () => {
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  return {
    shell: { openExternal },
    BrowserWindow: FakeWindow,
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display], getDisplayMatching: () => display },
    ipcMain: { handle: (channel: string, h: (event: unknown, ...args: unknown[]) => unknown) => handlers.set(channel, h), on: ipcOn },
    app: { getPath: () => tmpdir() },
    dialog: { showSaveDialog, showOpenDialog },
  };
});

const { secureWebPreferences, hardenWebContents, hardenSession } =
  await import('../../electron/main/security');
const { CONTENT_SECURITY_POLICY } = await import('../../electron/main/constants');
const { SECURITY_HEADERS } = await import('../../web/headers.mjs');

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: (h: typeof openHandler) => {
      openHandler = h;
    },
    on: (event: string, l: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), l]);
      return contents;
    },
  };
  hardenWebContents(contents as unknown as WebContents);
  const emit = (event: string, url: string) => {
    const e = { url, preventDefault: vi.fn() };
    for (const l of listeners.get(event) ?? []) l(e, url);
    return e.preventDefault;
  };
  return { open: (url: string) => openHandler!({ url }), emit, listeners };
}

beforeEach(() => openExternal.mockClear());

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs');

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['enableBlinkFeatures', undefined],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', true],
    ['preload', '/app/out/preload/index.cjs'],
  ] as const)('%s is %s', (key, value) => {
    expect(prefs[key]).toBe(value);
  });

  it('sets nothing else that could loosen the checklist', () => {
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'enableBlinkFeatures',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });
});

describe('hardenWebContents', () => {
  it('denies every new window and opens http(s) links in the system browser', () => {
    const c = fakeContents();
    expect(c.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(c.open('app://baton/index.html')).toEqual({ action: 'deny' });
    expect(c.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(c.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it('lets the app navigate within app://baton only', () => {
    const c = fakeContents();
    expect(c.emit('will-navigate', 'app://baton/index.html#/p/1')).not.toHaveBeenCalled();
    expect(c.emit('will-navigate', 'app://baton.evil.com/')).toHaveBeenCalled();
    expect(c.emit('will-navigate', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(c.emit('will-navigate', 'https://example.com/')).toHaveBeenCalled();
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it('stops foreign frame navigations and redirects, and every <webview>', () => {
    const c = fakeContents();
    expect(c.emit('will-frame-navigate', 'https://example.com/')).toHaveBeenCalled();
    expect(c.emit('will-frame-navigate', 'app://baton/index.html')).not.toHaveBeenCalled();
    expect(c.emit('will-redirect', 'https://example.com/')).toHaveBeenCalled();
    expect(c.emit('will-attach-webview', 'app://baton/index.html')).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const s = {
      request: undefined as undefined | ((...a: unknown[]) => void),
      check: undefined as undefined | ((...a: unknown[]) => boolean),
      headers: undefined as undefined | ((...a: unknown[]) => void),
    };
    const session = {
      setPermissionRequestHandler: (h: typeof s.request) => (s.request = h),
      setPermissionCheckHandler: (h: typeof s.check) => (s.check = h),
      webRequest: { onHeadersReceived: (h: typeof s.headers) => (s.headers = h) },
    };
    hardenSession(session as unknown as Session);
    return s;
  }

  it('denies permission requests and checks, except persistent storage for the app', () => {
    const s = fakeSession();
    const ask = (permission: string, requestingUrl: string) => {
      const cb = vi.fn();
      s.request!(null, permission, cb, { requestingUrl });
      return cb.mock.calls[0]![0];
    };
    expect(ask('media', 'app://baton/index.html')).toBe(false);
    expect(ask('notifications', 'app://baton/index.html')).toBe(false);
    expect(ask('geolocation', 'app://baton/index.html')).toBe(false);
    expect(ask('persistent-storage', 'app://baton/index.html')).toBe(true);
    expect(ask('persistent-storage', 'https://example.com/')).toBe(false);
    expect(s.check!(null, 'media', 'app://baton', {})).toBe(false);
    expect(s.check!(null, 'persistent-storage', 'app://baton', {})).toBe(true);
  });

  it('puts the Content-Security-Policy on app:// responses, replacing any other', () => {
    const s = fakeSession();
    const cb = vi.fn();
    s.headers!(
      {
        url: 'app://baton/index.html',
        responseHeaders: {
          'content-security-policy': ['default-src *'],
          'Content-Type': ['text/html'],
        },
      },
      cb,
    );
    expect(cb).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      },
    });
    const other = vi.fn();
    s.headers!({ url: 'https://example.com/', responseHeaders: {} }, other);
    expect(other).toHaveBeenCalledWith({});
  });

  it('is the same policy as the web server’s and the page’s own <meta> tag', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    // The web server sends the policy of the one module the desktop app takes it from.
    expect(readFileSync('scripts/serve.mjs', 'utf8')).toMatch(/import \{[^}]*\bSECURITY_HEADERS\b[^}]*\} from '\.\.\/web\/headers\.mjs'/);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    // frame-ancestors is ignored in <meta>, so the page's tag leaves it out.
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
      readFileSync('renderer/index.html', 'utf8'),
    );
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });
});

// ---------------------------------------------------------------------------------------
// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
// item by item, on the real window factory and the real IPC modules.
// ---------------------------------------------------------------------------------------

const SHELL = 'electron/main';
const shellSources = () =>
  readdirSync(SHELL)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: f, text: readFileSync(path.join(SHELL, f), 'utf8') }));

describe('the window factory (createMainWindow) follows the checklist', () => {
  it('creates the one window with every secure preference, hidden until painted, loading app:// (never file://)', async () => {
    const { createMainWindow } = await import('../../electron/main/window');
    windows.length = 0;
    await createMainWindow({ preloadPath: '/app/out/preload/index.cjs', stateFile: path.join(tmpdir(), 'no-such-window-state.json') });
    expect(windows).toHaveLength(1);
    const win = windows[0]!;
    const prefs = win.options.webPreferences as Record<string, unknown>;
    // 2, 3, 4: no Node.js in the page, isolated preload, Chromium's sandbox.
    expect(prefs).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      contextIsolation: true,
      sandbox: true,
      // 6: same-origin policy; 8: no http content in the page; 9, 10: no experimental features.
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // 11: no <webview>; dropping a file never navigates.
      webviewTag: false,
      navigateOnDragDrop: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs).toEqual(secureWebPreferences('/app/out/preload/index.cjs'));
    expect(win.options.show).toBe(false);
    // 17: a privileged custom protocol, not file://.
    expect(win.loaded).toEqual(['app://baton/index.html']);
  });

  it('every BrowserWindow anywhere in the shell is made with secureWebPreferences', () => {
    const made = shellSources().flatMap(({ file, text }) =>
      [...text.matchAll(/new BrowserWindow\(\{([\s\S]*?)\n\s*\}\);/g)].map((m) => ({ file, options: m[1]! })),
    );
    expect(made.length).toBeGreaterThanOrEqual(2); // the main window and the hidden print window (at least)
    for (const w of made) expect(w.options, w.file).toMatch(/webPreferences:\s*(\{\s*\.\.\.)?secureWebPreferences\(/);
    // Nothing loosens them afterwards or loads file:// or a remote page.
    for (const { file, text } of shellSources()) {
      if (file !== 'security.ts') expect(text, file).not.toMatch(/\b(nodeIntegration|allowRunningInsecureContent|experimentalFeatures)\s*:\s*true/);
      if (file !== 'security.ts') expect(text, file).not.toMatch(/\b(contextIsolation|sandbox|webSecurity)\s*:\s*false/);
      expect(text, file).not.toMatch(/loadURL\(\s*['`"](file|https?):/);
      expect(text, file).not.toMatch(/loadFile\(/);
    }
  });

  it('the app is sandboxed as a whole, and every web contents and the session are hardened at start', () => {
    const index = readFileSync(path.join(SHELL, 'index.ts'), 'utf8');
    expect(index).toMatch(/app\.enableSandbox\(\)/);
    expect(index).toMatch(/on\('web-contents-created', \(_event, contents\) => hardenWebContents\(contents\)\)/);
    expect(index).toMatch(/hardenSession\(session\.defaultSession\)/);
    expect(index).toMatch(/registerAppScheme\(\)/);
    // The scheme is standard and secure, and never bypasses the CSP.
    const protocol = readFileSync(path.join(SHELL, 'protocol.ts'), 'utf8');
    expect(protocol).toMatch(/privileges: \{ standard: true, secure: true, supportFetchAPI: true \}/);
    expect(protocol).not.toMatch(/bypassCSP:\s*true/);
  });
});

describe('16: every IPC handler checks its sender first', () => {
  const fromApp = { sender: {}, senderFrame: { url: 'app://baton/index.html#/p/1', parent: null } };
  const untrusted = [
    ['another site', { sender: {}, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a look-alike host', { sender: {}, senderFrame: { url: 'app://baton.evil.com/index.html', parent: null } }],
    ['a file: page', { sender: {}, senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
    ['a subframe of the app', { sender: {}, senderFrame: { url: 'app://baton/index.html', parent: {} } }],
    ['a destroyed frame', { sender: {}, senderFrame: null }],
  ] as const;

  async function registerAll() {
    handlers.clear();
    const { registerIpcHandlers } = await import('../../electron/main/ipc');
    const { registerLiveHandlers } = await import('../../electron/main/live');
    const { registerPrintToPdf } = await import('../../electron/main/printToPdf');
    registerIpcHandlers();
    registerLiveHandlers(tmpdir(), () => null);
    registerPrintToPdf('/app/out/preload/index.cjs');
    // Modules added later register the same way; each must be listed here to be called.
    const presenter = (await import('../../electron/main/presenter').catch(() => null)) as
      | { registerPresenter?: (p: string, w: () => null) => void }
      | null;
    presenter?.registerPresenter?.('/app/out/preload/index.cjs', () => null);
  }

  it('the handlers are exactly the invoke channels of constants.ts, and none is a fire-and-forget ipcMain.on', async () => {
    await registerAll();
    const { IPC } = await import('../../electron/main/constants');
    const channels = [...handlers.keys()].sort();
    expect(channels.length).toBeGreaterThanOrEqual(10);
    for (const c of channels) expect(Object.values(IPC)).toContain(c);
    for (const c of ['saveFile', 'openFile', 'openExternal', 'liveStart', 'liveEnd', 'liveRemove', 'printToPdf'] as const) {
      expect(channels).toContain(IPC[c]);
    }
    expect(ipcOn).not.toHaveBeenCalled();
    // Every module that talks to ipcMain registered what it has (so the loop below saw it).
    const registering = shellSources().filter((s) => /ipcMain\.(handle|on)\(/.test(s.text));
    for (const s of registering) {
      expect(s.text, s.file).toMatch(/assertTrustedSender\(event\)/);
      expect(s.text, s.file).not.toMatch(/ipcMain\.on\(/);
    }
    expect(registering.map((s) => s.file).sort()).toEqual(expect.arrayContaining(['ipc.ts', 'live.ts', 'printToPdf.ts']));
  });

  it.each(untrusted)('a message from %s is refused by every handler before anything happens', async (_label, event) => {
    await registerAll();
    for (const [channel, handle] of handlers) {
      await expect(Promise.resolve().then(() => handle(event, {})), channel).rejects.toThrow(/Refused/);
    }
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(showOpenDialog).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('our own page gets past the sender check (and then its arguments are checked)', async () => {
    await registerAll();
    const { IPC } = await import('../../electron/main/constants');
    await expect(Promise.resolve().then(() => handlers.get(IPC.openExternal)!(fromApp, 'javascript:alert(1)'))).rejects.toThrow(/only http and https/);
    await expect(Promise.resolve().then(() => handlers.get(IPC.printToPdf)!(fromApp, { route: '#/p/x/report/print' }))).rejects.toThrow(/Refused: pageSize/);
    await expect(Promise.resolve().then(() => handlers.get(IPC.liveStart)!(fromApp, { projectId: '../x' }))).rejects.toThrow(/not a project/);
    expect(await handlers.get(IPC.liveCurrent)!(fromApp)).toBeNull();
  });
});

describe('14: links leave the app for the system browser only when they are http(s)', () => {
  it.each([
    ['https://example.com/', true],
    ['http://example.com/page', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['https://user:pass@example.com/', false],
    ['app://baton/index.html', false],
  ])('%s → %s', async (url, allowed) => {
    const { isAllowedExternalUrl } = await import('../../electron/main/guards');
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });
});
