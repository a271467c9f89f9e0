import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';

const openExternal = vi.fn(async (_url: string) => undefined);
vi.mock('electron', () => ({ shell: { openExternal } }));

const { secureWebPreferences, hardenWebContents, hardenSession } =
  await import('../../electron/main/security');
const { CONTENT_SECURITY_POLICY } = await import('../../electron/main/constants');

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
    expect(readFileSync('scripts/serve.mjs', 'utf8')).toContain(CONTENT_SECURITY_POLICY);
    // frame-ancestors is ignored in <meta>, so the page's tag leaves it out.
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
      readFileSync('renderer/index.html', 'utf8'),
    );
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });
});
