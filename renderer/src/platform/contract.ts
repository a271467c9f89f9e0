/**
 * The contract between the renderer and the desktop shell: the few named functions the
 * preload exposes as `window.baton`. The preload checks itself against this type
 * (`satisfies BatonDesktopApi`), and the renderer only reaches it through `platform/`. The
 * functions that call the main process take their arguments and results from the IPC map
 * (ipc.ts, `Invoke<channel>`), which the main process's handlers are typed by too.
 */
import type { IPC, Invoke } from './ipc';

export type MenuCommand =
  | 'new-project'
  | 'open-file'
  | 'save'
  | 'save-as'
  | 'save-copy'
  | 'undo'
  | 'redo'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'room-mode'
  | 'command-palette'
  | 'shortcuts'
  | 'help';

export const MENU_COMMANDS: readonly MenuCommand[] = [
  'new-project',
  'open-file',
  'save',
  'save-as',
  'save-copy',
  'undo',
  'redo',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'room-mode',
  'command-palette',
  'shortcuts',
  'help',
];

export interface SaveFileRequest {
  /** A suggested file name only; the user picks the folder and may rename it. */
  readonly suggestedName: string;
  readonly data: Uint8Array;
  readonly filters: readonly { name: string; extensions: readonly string[] }[];
}

export interface OpenedFile {
  readonly name: string;
  readonly data: Uint8Array;
  /** Desktop, .baton files only: the file to save back to (saveToFile). */
  readonly file?: DesktopFileRef;
}

/**
 * A project file as the desktop shell lets the renderer name it: an opaque token (the main
 * process keeps the path; a token it did not hand out writes nothing) and the version of the
 * file the renderer last read or wrote, for conflict detection.
 */
export interface DesktopFileRef {
  readonly token: string;
  readonly version: FileVersion;
}

/** What a file on disk was when Baton last read or wrote it. */
export interface FileVersion {
  readonly mtimeMs: number;
  readonly size: number;
  /** SHA-256 of the content, hex: decides when the time or size moved. */
  readonly sha256: string;
}

/**
 * A save back to a file: written (with the file's new version), or not, and why: the file
 * changed on disk since Baton read it, it is gone, or the token is not one the shell handed out.
 */
export type SaveToFileResult =
  | { readonly ok: true; readonly name: string; readonly version: FileVersion }
  | { readonly ok: false; readonly reason: 'changed' | 'missing' | 'unknown-file' };

/** A file picked in Save as… and written: its name and the ref to save back to it. */
export interface SavedAsFile extends DesktopFileRef {
  readonly name: string;
}

/** Paper of a PDF printed by the shell (the report view's own `@page` rule wins where it names one). */
export type PdfPageSize = 'A4' | 'Letter' | 'A3';

export interface PrintToPdfRequest {
  readonly pageSize: PdfPageSize;
  readonly landscape: boolean;
  /** A suggested file name only (ends in .pdf); the user picks the folder and may rename it. */
  readonly suggestedName: string;
  /**
   * The hash route of the report's print view, e.g. `#/p/<project>/report/print`: the page the
   * shell loads in a hidden window of the app's own origin. The shell accepts only this shape.
   */
  readonly route: string;
}

export interface BatonDesktopApi {
  readonly version: string;
  readonly platform: 'darwin' | 'win32' | 'linux' | 'other';
  /** Shows a save dialog and writes the file; resolves false when the user cancels. */
  saveFile: Invoke<typeof IPC.saveFile>;
  /**
   * Shows an open dialog for the types `accept` names (an HTML accept list; .baton files when
   * it is left out) and reads the chosen file; resolves null when the user cancels. The shell
   * opens only .baton, CSV and picture files, and refuses any other type.
   */
  openFile: Invoke<typeof IPC.openFile>;
  /**
   * Optional (older shells lack it): writes `data` over the project file behind `token` when
   * it is still `expected` on disk (null: overwrite whatever is there), atomically.
   */
  saveToFile?: Invoke<typeof IPC.saveToFile>;
  /** Optional: a save dialog for .baton files; writes the file and grants it a token. Null when cancelled. */
  saveFileAs?: Invoke<typeof IPC.saveFileAs>;
  /** Menu items the renderer handles (New project, Undo, …). Returns an unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Files opened from the file manager or the command line. */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
  /** Opens an http(s) link in the system browser. */
  openExternal: Invoke<typeof IPC.openExternal>;
  /**
   * Optional: opens the workshop's presenter view (`route` is a hash route of the app, e.g.
   * `#/p/<project>/workshop/present`) in a second window of the app's own origin, full screen on
   * a second display when there is one. The shell accepts only that route shape.
   */
  openPresenterWindow?: Invoke<typeof IPC.openPresenter>;
  /**
   * Optional (older shells lack it): renders `req.route` in a hidden window, waits for the
   * report's ready signal (`document.body.dataset.reportReady === 'true'`, also the
   * `baton:report-ready` event), prints it with `webContents.printToPDF` and saves the file
   * through a save dialog. Resolves false when the user cancels the dialog.
   */
  printToPdf?: Invoke<typeof IPC.printToPdf>;
  /**
   * Optional: hosting a live session (issue 7). The main process runs live/server's
   * `startLiveServer` for one project at a time; see LiveHostApi.
   */
  readonly live?: LiveHostApi;
}

/** What the host asks for: which project, on which address and port (editable before start). */
export interface LiveHostStartRequest {
  readonly projectId: string;
  /** '0.0.0.0' (every network of this computer) or one of `addresses()`; '127.0.0.1' = this computer only. */
  readonly host: string;
  /** 1024-65535, or 0 for any free port. */
  readonly port: number;
}

/** A running session as the host's window sees it (it changes when the code is rotated). */
export interface LiveHostSession {
  readonly projectId: string;
  readonly host: string;
  readonly port: number;
  /** The join link (http://<address>:<port>/?code=…#/join/<project>) for the QR code. */
  readonly url: string;
  /** The same link for each address of this computer. */
  readonly urls: readonly string[];
  readonly joinCode: string;
  /** ws://127.0.0.1:<port>/sync: where the host's own window connects. */
  readonly wsUrl: string;
  /** The host window's own participant token (never removable). */
  readonly hostToken: string;
  readonly locked: boolean;
}

export interface LiveHostParticipant {
  readonly id: string;
  readonly name: string;
  readonly team: string;
  readonly color: string;
  readonly host: boolean;
  readonly address: string;
  readonly connections: number;
}

export interface LiveHostApi {
  /** The IPv4 addresses of this computer's networks, for the address field. */
  addresses: Invoke<typeof IPC.liveAddresses>;
  /** Starts the one session (ending any other first). Rejects with a sentence (e.g. port in use). */
  start: Invoke<typeof IPC.liveStart>;
  /** The running session, or null. */
  current: Invoke<typeof IPC.liveCurrent>;
  setLocked: Invoke<typeof IPC.liveSetLocked>;
  /** Disconnects and bans a participant; the join code changes (the result has the new one). */
  remove: Invoke<typeof IPC.liveRemove>;
  end: Invoke<typeof IPC.liveEnd>;
  /** Who is connected, pushed whenever it changes. Returns an unsubscribe. */
  onParticipants(listener: (list: LiveHostParticipant[]) => void): () => void;
}

declare global {
  interface Window {
    baton?: BatonDesktopApi;
  }
}
