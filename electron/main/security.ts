/**
 * The shell's security settings in one place: what every window's web page may do, where
 * it may go, and which permissions and headers its session gets. Checked item by item in
 * test/unit/electron-security.test.ts. Background: Electron's security checklist,
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
import { shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from './constants';
import { isAllowedExternalUrl, isAllowedNavigation, isAllowedPermission, isAppUrl } from './guards';

/** The webPreferences of every BrowserWindow Baton creates. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    // The preload runs in its own JavaScript world: the page cannot reach its variables,
    // its `require`, or Electron's objects; it only sees what contextBridge exposes.
    contextIsolation: true,
    // The renderer process runs in Chromium's OS-level sandbox, and the preload gets only
    // a small subset of Node (which is why the preload is bundled as one CommonJS file).
    sandbox: true,
    // No Node.js (require, process, fs) in the page, its workers or its frames: a script
    // injected into the page must not be able to touch the disk or start programs.
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    // Same-origin policy on: the page cannot read other origins' responses.
    webSecurity: true,
    // No http scripts or styles inside our secure app:// page.
    allowRunningInsecureContent: false,
    // No experimental Chromium features, and no Blink features switched on by hand: both
    // widen the attack surface for nothing Baton uses.
    experimentalFeatures: false,
    enableBlinkFeatures: undefined,
    // <webview> would embed arbitrary pages with their own preferences; we have none.
    webviewTag: false,
    // Dropping a file or link on the window must not navigate away from the app (and
    // load whatever was dropped with the app's privileges).
    navigateOnDragDrop: false,
    // Spell checking of card texts; works offline with the system dictionaries.
    spellcheck: true,
    preload: preloadPath,
  };
}

/**
 * Locks down any web contents (windows, and anything else Electron creates): no new
 * windows, no navigation away from app://baton, no <webview>. Links to http(s) pages open
 * in the user's browser instead.
 */
export function hardenWebContents(contents: WebContents): void {
  // electronegativity OPEN_EXTERNAL_JS_CHECK (here and below): only http(s) URLs without
  // credentials reach shell.openExternal (isAllowedExternalUrl, unit-tested in electron-guards).
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });

  const stopForeignNavigation = (event: { preventDefault(): void }, url: string) => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    // electronegativity OPEN_EXTERNAL_JS_CHECK: as above, http(s) only.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url).catch(() => undefined);
  };
  contents.on('will-navigate', (event) => stopForeignNavigation(event, event.url));
  // Subframes too (Baton has none, so any frame navigating elsewhere is unexpected).
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Sets `name` in a header map, replacing any variant of it in another letter case. */
function withHeader(
  headers: Record<string, string | string[]> | undefined,
  name: string,
  value: string,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {}))
    if (k.toLowerCase() !== name.toLowerCase()) out[k] = v;
  out[name] = value;
  return out;
}

/**
 * Session-wide rules: permissions (camera, microphone, geolocation, notifications…) are
 * refused without asking; see isAllowedPermission for the one exception. Every app://
 * response carries the Content-Security-Policy (the protocol handler already sets it;
 * this also covers responses that do not come from it).
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isAllowedPermission(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isAllowedPermission(permission, requestingOrigin),
  );
  // electronegativity CSP_GLOBAL_CHECK ("no CSP detected") looks for a literal policy in the
  // scanned files; ours is CONTENT_SECURITY_POLICY (constants.ts), set on every app:// response
  // here and in renderer/index.html's <meta>, and checked in Chromium by test/e2e/hardening-csp.spec.ts.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url)) {
      callback({});
      return;
    }
    callback({
      responseHeaders: withHeader(
        details.responseHeaders,
        'Content-Security-Policy',
        CONTENT_SECURITY_POLICY,
      ),
    });
  });
}
