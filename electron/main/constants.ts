/**
 * Names and limits shared by the main process and the preload. Plain values only: no
 * `electron` import, so the preload bundle and the unit tests can import this file.
 */

/** The privileged custom scheme the renderer is served from (never file:// or http://). */
export const APP_SCHEME = 'app';
/** The one host of that scheme. Together they make the origin IndexedDB is keyed by, so
 * they must never change between releases or every user's projects would seem to vanish. */
export const APP_HOST = 'baton';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The project file extension (without the dot) and its description in dialogs. */
export const PROJECT_EXTENSION = 'baton';
export const PROJECT_FILTER = { name: 'Baton project', extensions: [PROJECT_EXTENSION] };

/** The largest file Baton reads or writes: larger ones are refused, not loaded into memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** IPC channels: the one map of them, with their argument and result types, is
 * renderer/src/platform/ipc.ts. */
export { IPC } from '../../renderer/src/platform/ipc';

/** The Content-Security-Policy of every app:// response: web/headers.mjs, the one policy of
 * every server Baton has (scripts/serve.mjs and the live session's server send it too). */
export { CONTENT_SECURITY_POLICY } from '../../web/headers.mjs';
