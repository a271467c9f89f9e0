/**
 * The preload: runs before the page, in an isolated world of a sandboxed renderer, and
 * exposes window.baton, a handful of named functions (BatonDesktopApi in
 * renderer/src/platform/contract.ts). Nothing generic crosses the bridge: no ipcRenderer,
 * no `send(channel, …)`, no Electron event objects (their `sender` IS ipcRenderer).
 *
 * Bundled into one CommonJS file (out/preload/index.cjs) by electron.vite.config.ts: a
 * sandboxed preload can `require('electron')` and little else, and cannot load ES modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  MENU_COMMANDS,
  type BatonDesktopApi,
  type DesktopFileRef,
  type FileVersion,
  type LiveHostParticipant,
  type LiveHostStartRequest,
  type MenuCommand,
  type PrintToPdfRequest,
  type OpenedFile,
  type SavedAsFile,
  type SaveFileRequest,
  type SaveToFileResult,
} from '../../renderer/src/platform/contract';
import { IPC, type EventChannel, type InvokeChannel, type InvokeHandlers } from '../../renderer/src/platform/ipc';

/** ipcRenderer.invoke as the IPC map types it: the channel's arguments in, its result out
 * (instead of `any`), so `satisfies BatonDesktopApi` below checks every call. */
function invoke<K extends InvokeChannel>(
  channel: K,
  ...args: Parameters<InvokeHandlers[K]>
): Promise<ReturnType<InvokeHandlers[K]>> {
  return ipcRenderer.invoke(channel, ...args);
}

/** ipcRenderer.on for one of the map's events. What arrives is `unknown` until checked: the
 * preload passes on only what its checks let through. */
function on(channel: EventChannel, listener: (event: unknown, payload: unknown) => void): () => void {
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
}

const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

const isOpenedFile = (value: unknown): value is OpenedFile =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as OpenedFile).name === 'string' &&
  (value as OpenedFile).data instanceof Uint8Array;

const isFileVersion = (value: unknown): value is FileVersion =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as FileVersion).mtimeMs === 'number' &&
  typeof (value as FileVersion).size === 'number' &&
  typeof (value as FileVersion).sha256 === 'string';

/** A file ref from the main process, copied field by field (or undefined when malformed). */
function fileRef(value: unknown): DesktopFileRef | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { token, version } = value as DesktopFileRef;
  if (typeof token !== 'string' || !isFileVersion(version)) return undefined;
  return { token, version: { mtimeMs: version.mtimeMs, size: version.size, sha256: version.sha256 } };
}

/** An opened file with only its known fields (the ref only when well-formed). */
function openedFile(file: OpenedFile): OpenedFile {
  const ref = fileRef(file.file);
  return ref ? { name: file.name, data: file.data, file: ref } : { name: file.name, data: file.data };
}

function assertListener(listener: unknown): asserts listener is (...args: never[]) => void {
  if (typeof listener !== 'function') throw new TypeError('listener must be a function');
}

// Files can arrive before the renderer subscribes (a double-clicked .baton file at
// launch): they wait here and go to the first listener.
const fileListeners = new Set<(file: OpenedFile) => void>();
const waitingFiles: OpenedFile[] = [];
on(IPC.openFileEvent, (_event, file) => {
  if (!isOpenedFile(file)) return;
  const opened = openedFile(file);
  if (fileListeners.size === 0) waitingFiles.push(opened);
  else for (const l of fileListeners) l(opened);
});

function toPlatform(p: string): BatonDesktopApi['platform'] {
  return p === 'darwin' || p === 'win32' || p === 'linux' ? p : 'other';
}

const api = {
  // Replaced at build time with package.json's version (electron.vite.config.ts).
  version: __BATON_VERSION__,
  platform: toPlatform(process.platform),

  async saveFile(req: SaveFileRequest): Promise<boolean> {
    // Only the known fields are sent; the main process validates them again.
    const { suggestedName, data, filters } = req;
    return (await invoke(IPC.saveFile, { suggestedName, data, filters })) === true;
  },

  async openFile(accept?: string): Promise<OpenedFile | null> {
    // Only a string crosses; the main process checks it against its allow-list.
    const result: unknown = await (accept === undefined ? invoke(IPC.openFile) : invoke(IPC.openFile, String(accept)));
    return isOpenedFile(result) ? openedFile(result) : null;
  },

  async saveToFile(token: string, data: Uint8Array, expected: FileVersion | null): Promise<SaveToFileResult> {
    if (typeof token !== 'string') throw new TypeError('token must be a string');
    if (!(data instanceof Uint8Array)) throw new TypeError('data must be a Uint8Array');
    const version = expected === null ? null : { mtimeMs: expected.mtimeMs, size: expected.size, sha256: expected.sha256 };
    const result: unknown = await invoke(IPC.saveToFile, token, data, version);
    const r = result as SaveToFileResult;
    if (r?.ok === true && typeof r.name === 'string' && isFileVersion(r.version)) {
      return { ok: true, name: r.name, version: { mtimeMs: r.version.mtimeMs, size: r.version.size, sha256: r.version.sha256 } };
    }
    if (r?.ok === false && (r.reason === 'changed' || r.reason === 'missing' || r.reason === 'unknown-file')) {
      return { ok: false, reason: r.reason };
    }
    throw new Error('The save could not be confirmed.');
  },

  async saveFileAs(data: Uint8Array, suggestedName: string): Promise<SavedAsFile | null> {
    if (!(data instanceof Uint8Array)) throw new TypeError('data must be a Uint8Array');
    const result: unknown = await invoke(IPC.saveFileAs, data, String(suggestedName));
    const ref = fileRef(result);
    const name = (result as SavedAsFile | null)?.name;
    return ref && typeof name === 'string' ? { name, ...ref } : null;
  },

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    assertListener(listener);
    // Only the command string reaches the page, and only a known one.
    return on(IPC.menuCommand, (_event, command) => {
      if (isMenuCommand(command)) listener(command);
    });
  },

  onOpenFile(listener: (file: OpenedFile) => void): () => void {
    assertListener(listener);
    fileListeners.add(listener);
    for (const file of waitingFiles.splice(0)) listener(file);
    return () => {
      fileListeners.delete(listener);
    };
  },

  async openExternal(url: string): Promise<void> {
    if (typeof url !== 'string') throw new TypeError('url must be a string');
    await invoke(IPC.openExternal, url);
  },

  async printToPdf(req: PrintToPdfRequest): Promise<boolean> {
    const { pageSize, landscape, suggestedName, route } = req;
    return (await invoke(IPC.printToPdf, { pageSize, landscape, suggestedName, route })) === true;
  },

  async openPresenterWindow(route: string): Promise<void> {
    await invoke(IPC.openPresenter, String(route));
  },

  // Hosting a live session: one named function per main-process handler (electron/main/live.ts).
  live: {
    addresses: () => invoke(IPC.liveAddresses),
    start: (req: LiveHostStartRequest) =>
      invoke(IPC.liveStart, { projectId: req.projectId, host: req.host, port: req.port }),
    current: () => invoke(IPC.liveCurrent),
    setLocked: (locked: boolean) => invoke(IPC.liveSetLocked, locked === true),
    remove: (participantId: string) => invoke(IPC.liveRemove, String(participantId)),
    end: () => invoke(IPC.liveEnd),
    onParticipants(listener: (list: LiveHostParticipant[]) => void): () => void {
      assertListener(listener);
      return on(IPC.liveParticipants, (_event, list) => {
        if (Array.isArray(list)) listener(list as LiveHostParticipant[]);
      });
    },
  },
} satisfies BatonDesktopApi;

contextBridge.exposeInMainWorld('baton', api);
