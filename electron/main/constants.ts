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

/** IPC channels. Only these exist; the preload exposes one named function per channel. */
export const IPC = {
  /** renderer → main (invoke): show a save dialog and write the bytes. */
  saveFile: 'baton:save-file',
  /** renderer → main (invoke): show an open dialog for .baton files and read one. */
  openFile: 'baton:open-file',
  /** renderer → main (invoke): open an http(s) link in the system browser. */
  openExternal: 'baton:open-external',
  /** main → renderer: a menu item the renderer handles (New project, Undo, …). */
  menuCommand: 'baton:menu-command',
  /** main → renderer: a .baton file opened from the file manager, the command line or
   * File › Open recent. */
  openFileEvent: 'baton:open-file-event',
  /** renderer → main (invoke): the live-session host (live.ts), one channel per method. */
  liveAddresses: 'baton:live-addresses',
  liveStart: 'baton:live-start',
  liveCurrent: 'baton:live-current',
  liveSetLocked: 'baton:live-set-locked',
  liveRemove: 'baton:live-remove',
  liveEnd: 'baton:live-end',
  /** renderer → main (invoke): print the leadership report to a PDF file (printToPdf.ts). */
  printToPdf: 'baton:print-to-pdf',
  /** renderer → main (invoke): open the workshop's presenter view in a second window. */
  openPresenter: 'baton:open-presenter',
  /** main → renderer: who is connected to the live session. */
  liveParticipants: 'baton:live-participants',
} as const;

/** The Content-Security-Policy of every app:// response: web/headers.mjs, the one policy of
 * every server Baton has (scripts/serve.mjs and the live session's server send it too). */
export { CONTENT_SECURITY_POLICY } from '../../web/headers.mjs';
