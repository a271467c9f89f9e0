/**
 * The app:// protocol the renderer is loaded from (app://baton/index.html).
 *
 * Why not file://? A file:// page has an opaque, path-dependent origin and extra
 * privileges (reading other local files). A privileged standard scheme gives the renderer
 * a fixed origin, so its IndexedDB (where every project lives) stays the same across
 * releases and install folders, and the page can read nothing but the app's own files.
 */
import { protocol } from 'electron';
import { APP_SCHEME } from './constants';
import { serveAppFile } from './appFiles';

/**
 * Must run before the app's `ready` event (Electron's rule for privileged schemes).
 * - standard: parsed like http (host, path, relative URLs) and given real storage:
 *   IndexedDB, localStorage and cookies need it.
 * - secure: treated like https, so secure-context APIs (crypto.subtle, clipboard…) work.
 * - supportFetchAPI: fetch() of app:// URLs works.
 * Deliberately not granted: bypassCSP, corsEnabled, allowServiceWorkers, stream.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves app:// from `rendererRoot` (out/renderer). Call once the app is ready. */
export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await serveAppFile(rendererRoot, request.url, request.method);
    // Copy into a plain ArrayBuffer-backed view: what the Response constructor's types want.
    return new Response(answer.body ? new Uint8Array(answer.body) : null, {
      status: answer.status,
      headers: answer.headers,
    });
  });
}
