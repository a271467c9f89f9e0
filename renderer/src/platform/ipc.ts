/**
 * The desktop shell's IPC in one map: every channel, what goes in and what comes back. The
 * main process registers its handlers against it (electron/main/ipc.ts: `ipcMain.handle` is
 * typed by InvokeHandlers, its arguments arrive `unknown` and are checked before use), the
 * preload calls through it (`invoke` returns the map's result, not `any`), and the platform
 * contract (contract.ts) writes window.baton's methods as `Invoke<channel>`. Adding a call
 * means one line here; the compiler then asks for the handler and the preload's function.
 * (Actual Budget's `Handlers` map is the model.) Plain values and types only: no `electron`
 * import, so the preload bundle, the main process, the renderer and the tests share it.
 */
import type {
  LiveHostParticipant,
  LiveHostSession,
  LiveHostStartRequest,
  MenuCommand,
  OpenedFile,
  FileVersion,
  PrintToPdfRequest,
  SavedAsFile,
  SaveFileRequest,
  SaveToFileResult,
} from './contract';

/** IPC channels. Only these exist; the preload exposes one named function per channel. */
export const IPC = {
  /** renderer → main (invoke): show a save dialog and write the bytes. */
  saveFile: 'baton:save-file',
  /** renderer → main (invoke): write over a project file the person opened or picked, named by
   * its token, after checking it did not change on disk (projectFiles.ts). */
  saveToFile: 'baton:save-to-file',
  /** renderer → main (invoke): a save dialog for a .baton file; the file picked gets a token. */
  saveFileAs: 'baton:save-file-as',
  /** renderer → main (invoke): show an open dialog for the accepted types (.baton files when
   * none are named; main allows .baton, CSV and pictures only) and read the file. */
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

/** renderer → main (`ipcRenderer.invoke` / `ipcMain.handle`): channel → (arguments) => result. */
export interface InvokeHandlers {
  [IPC.saveFile]: (req: SaveFileRequest) => boolean;
  /** `accept`: an HTML accept list (`.csv`, `image/png,image/jpeg`, …); none means .baton. */
  [IPC.openFile]: (accept?: string) => OpenedFile | null;
  /** `expected`: the version last read or written; null overwrites whatever is on disk. */
  [IPC.saveToFile]: (token: string, data: Uint8Array, expected: FileVersion | null) => SaveToFileResult;
  [IPC.saveFileAs]: (data: Uint8Array, suggestedName: string) => SavedAsFile | null;
  [IPC.openExternal]: (url: string) => void;
  [IPC.liveAddresses]: () => string[];
  [IPC.liveStart]: (req: LiveHostStartRequest) => LiveHostSession;
  [IPC.liveCurrent]: () => LiveHostSession | null;
  [IPC.liveSetLocked]: (locked: boolean) => LiveHostSession;
  [IPC.liveRemove]: (participantId: string) => LiveHostSession;
  [IPC.liveEnd]: () => void;
  [IPC.printToPdf]: (req: PrintToPdfRequest) => boolean;
  [IPC.openPresenter]: (route: string) => void;
}

/** main → renderer (`webContents.send` / `ipcRenderer.on`): channel → what it carries. */
export interface MainEvents {
  [IPC.menuCommand]: MenuCommand;
  [IPC.openFileEvent]: OpenedFile;
  [IPC.liveParticipants]: LiveHostParticipant[];
}

export type InvokeChannel = keyof InvokeHandlers;
export type EventChannel = keyof MainEvents;

/** What the renderer's side of an invoke channel looks like: its arguments, a promise of its result. */
export type Invoke<K extends InvokeChannel> = (
  ...args: Parameters<InvokeHandlers[K]>
) => Promise<ReturnType<InvokeHandlers[K]>>;

/** The main process's side: the same arity, each argument `unknown` until checked. */
export type UncheckedArgs<K extends InvokeChannel> = Unknowns<Parameters<InvokeHandlers[K]>>;
type Unknowns<P extends unknown[]> = { [I in keyof P]: unknown };

// Every channel of IPC is in one of the two maps, and the maps hold no other (the compiler checks).
type Channel = (typeof IPC)[keyof typeof IPC];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type _EveryChannelMapped = Assert<Same<Channel, InvokeChannel | EventChannel>>;
export type _NoChannelInBoth = Assert<Same<Extract<InvokeChannel, EventChannel>, never>>;
