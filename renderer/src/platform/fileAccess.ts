/**
 * Project files the renderer can save back to (issue 23 item 13): a `FileLink` names the
 * .baton file a project came from, or was saved as, and the version of it Baton last read or
 * wrote. Three hosts, one shape:
 * - the desktop shell: an opaque token of the main process (which keeps the path and checks
 *   the file before writing, electron/main/projectFiles.ts);
 * - a browser with the File System Access API (Chromium): a FileSystemFileHandle from
 *   showOpenFilePicker / showSaveFilePicker, checked here the same way (time and size, then
 *   the content's SHA-256) and written through createWritable (Chromium writes a swap file
 *   and moves it over the file on close, so a failed write leaves the old file);
 * - any other browser: no link; Save as… downloads the file.
 * A link lives in memory only (a handle cannot go to the document or a file).
 */
import type { BatonDesktopApi, FileVersion, OpenedFile } from './contract';

// The File System Access API's parts used here (not all of it is in TypeScript's DOM types).
interface WritableFile {
  write(data: BufferSource | Blob): Promise<void>;
  close(): Promise<void>;
}
interface FileHandle {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<WritableFile>;
  queryPermission?(d: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(d: { mode: 'readwrite' }): Promise<PermissionState>;
}
interface PickerType {
  description: string;
  accept: Record<string, string[]>;
}
interface PickerWindow {
  showOpenFilePicker?(o: { types: PickerType[]; excludeAcceptAllOption?: boolean; id?: string }): Promise<FileHandle[]>;
  showSaveFilePicker?(o: { types: PickerType[]; suggestedName?: string; id?: string }): Promise<FileHandle>;
}

/** What Baton last read from or wrote to a file in the browser. */
interface BrowserVersion {
  readonly lastModified: number;
  readonly size: number;
  readonly sha256: string;
}

export type FileLink =
  | { readonly kind: 'desktop'; readonly name: string; readonly token: string; readonly version: FileVersion }
  | { readonly kind: 'browser'; readonly name: string; readonly handle: FileHandle; readonly version: BrowserVersion };

export interface PickedFile extends OpenedFile {
  /** Where to save back to: absent where the host cannot (an <input> file, a download-only browser). */
  readonly link?: FileLink;
}

export type SaveBackResult =
  | { readonly ok: true; readonly link: FileLink }
  /** changed: someone wrote the file since; missing: it is gone; denied: the browser refused to
   * write it (permission); unavailable: this link cannot be saved to (Save as instead). */
  | { readonly ok: false; readonly reason: 'changed' | 'missing' | 'denied' | 'unavailable' };

const TYPES: PickerType[] = [{ description: 'Baton project', accept: { 'application/zip': ['.baton'] } }];
// The pickers remember their folder per id: the project files' own.
const PICKER_ID = 'baton-projects';

const desktopApi = (): BatonDesktopApi | undefined => (typeof window !== 'undefined' ? window.baton : undefined);
const pickers = (): PickerWindow | undefined =>
  typeof window !== 'undefined' && !window.baton ? (window as unknown as PickerWindow) : undefined;

async function sha256(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether a project opened here can be saved back to its file (else Save asks where, or downloads). */
export function canSaveBack(): boolean {
  const api = desktopApi();
  if (api) return typeof api.saveToFile === 'function';
  return typeof pickers()?.showSaveFilePicker === 'function';
}

/** The link of a file the desktop shell opened (dialog, file manager, Open recent). */
export function linkOfOpened(file: OpenedFile): FileLink | undefined {
  return file.file ? { kind: 'desktop', name: file.name, token: file.file.token, version: file.file.version } : undefined;
}

async function readHandle(handle: FileHandle): Promise<{ data: Uint8Array; version: BrowserVersion }> {
  const file = await handle.getFile();
  const data = new Uint8Array(await file.arrayBuffer());
  return { data, version: { lastModified: file.lastModified, size: data.byteLength, sha256: await sha256(data) } };
}

/** A DOMException's name, or '' for anything else. */
const errorName = (err: unknown) => (err instanceof Error || err instanceof DOMException ? err.name : '');

/**
 * Whether a picker's rejection is the person closing it (nothing to do) rather than the
 * picker being unavailable here (a policy, a sandboxed frame, or a DevTools-protocol client,
 * test automation included, that answers only an <input>'s file chooser: Chromium then
 * rejects the picker with an AbortError saying "Intercepted by
 * Page.setInterceptFileChooserDialog()"); then the <input> is offered instead.
 */
function closedByPerson(err: unknown): boolean {
  return errorName(err) === 'AbortError' && !/intercept/i.test(String((err as Error).message));
}

/**
 * Asks for a .baton file and reads it: the desktop's dialog, the File System Access picker,
 * or `fallback` (the browser's <input> file chooser). Null when the person cancels.
 */
export async function pickProjectFile(fallback: () => Promise<OpenedFile | null>): Promise<PickedFile | null> {
  const api = desktopApi();
  if (api) {
    const file = await api.openFile('.baton');
    if (!file) return null;
    const link = linkOfOpened(file);
    return link ? { ...file, link } : file;
  }
  const show = pickers()?.showOpenFilePicker;
  if (typeof show !== 'function') return fallback();
  let handle: FileHandle | undefined;
  try {
    [handle] = await show.call(window, { types: TYPES, excludeAcceptAllOption: false, id: PICKER_ID });
  } catch (err) {
    if (closedByPerson(err)) return null;
    return fallback();
  }
  if (!handle) return null;
  const { data, version } = await readHandle(handle);
  return { name: handle.name, data, link: { kind: 'browser', name: handle.name, handle, version } };
}

/**
 * A browser's handle from the open picker may write only once the person allows it: asks now
 * (call it straight from the key press or click, before building the file). True when allowed.
 */
export async function ensureWritable(link: FileLink): Promise<boolean> {
  if (link.kind === 'desktop' || !link.handle.queryPermission) return true;
  if ((await link.handle.queryPermission({ mode: 'readwrite' })) === 'granted') return true;
  const asked = await link.handle.requestPermission?.({ mode: 'readwrite' }).catch(() => 'denied' as const);
  return asked === 'granted';
}

/**
 * Writes `data` over the linked file if it is still the version Baton last read or wrote
 * (`overwrite`: whatever is there now, the person chose to). Answers the link with the new version.
 */
export async function saveBack(link: FileLink, data: Uint8Array, overwrite: boolean): Promise<SaveBackResult> {
  if (link.kind === 'desktop') {
    const api = desktopApi();
    if (!api?.saveToFile) return { ok: false, reason: 'unavailable' };
    const r = await api.saveToFile(link.token, data, overwrite ? null : link.version);
    if (!r.ok) return { ok: false, reason: r.reason === 'unknown-file' ? 'unavailable' : r.reason };
    return { ok: true, link: { ...link, name: r.name, version: r.version } };
  }
  const { handle } = link;
  if (handle.queryPermission && (await handle.queryPermission({ mode: 'readwrite' })) !== 'granted') {
    return { ok: false, reason: 'denied' };
  }
  if (!overwrite) {
    const conflict = await browserConflict(handle, link.version);
    if (conflict) return { ok: false, reason: conflict };
  }
  try {
    await writeHandle(handle, data);
  } catch (err) {
    const name = errorName(err);
    if (name === 'NotFoundError') return { ok: false, reason: 'missing' };
    if (name === 'NotAllowedError' || name === 'SecurityError') return { ok: false, reason: 'denied' };
    throw err;
  }
  return { ok: true, link: { ...link, version: await writtenVersion(handle, data) } };
}

async function writeHandle(handle: FileHandle, data: Uint8Array): Promise<void> {
  const writable = await handle.createWritable();
  await writable.write(data as BufferSource);
  await writable.close();
}

async function writtenVersion(handle: FileHandle, data: Uint8Array): Promise<BrowserVersion> {
  const file = await handle.getFile();
  return { lastModified: file.lastModified, size: file.size, sha256: await sha256(data) };
}

async function browserConflict(handle: FileHandle, expected: BrowserVersion): Promise<'changed' | 'missing' | null> {
  let file: File;
  try {
    file = await handle.getFile();
  } catch (err) {
    if (errorName(err) === 'NotFoundError') return 'missing';
    throw err;
  }
  if (file.lastModified === expected.lastModified && file.size === expected.size) return null;
  if (file.size !== expected.size) return 'changed';
  // Same size, another time: the content decides (a file touched but not changed is no conflict).
  return (await sha256(new Uint8Array(await file.arrayBuffer()))) === expected.sha256 ? null : 'changed';
}

/** Where Save as… writes, chosen before the file is built (a browser's picker needs the key
 * press or click that asked for it, which a long build would outlast). */
export interface SaveTarget {
  /** Writes the file; null when the person cancels (the desktop's dialog opens here). */
  write(data: Uint8Array): Promise<{ readonly name: string; readonly link?: FileLink } | null>;
}

/**
 * Save as…: the File System Access picker (asked now), the desktop's save dialog (when the
 * file is written), or elsewhere `download` (the downloads folder, no link). Null when the
 * person closes the picker.
 */
export async function chooseSaveTarget(suggestedName: string, download: (data: Uint8Array) => Promise<boolean>): Promise<SaveTarget | null> {
  const downloads: SaveTarget = { write: async (data) => ((await download(data)) ? { name: suggestedName } : null) };
  const api = desktopApi();
  if (api) {
    const saveFileAs = api.saveFileAs;
    if (!saveFileAs) return downloads;
    return {
      async write(data) {
        const saved = await saveFileAs(data, suggestedName);
        return saved && { name: saved.name, link: { kind: 'desktop', name: saved.name, token: saved.token, version: saved.version } };
      },
    };
  }
  const show = pickers()?.showSaveFilePicker;
  if (typeof show !== 'function') return downloads;
  let handle: FileHandle;
  try {
    handle = await show.call(window, { types: TYPES, suggestedName, id: PICKER_ID });
  } catch (err) {
    return closedByPerson(err) ? null : downloads;
  }
  return {
    async write(data) {
      await writeHandle(handle, data);
      return { name: handle.name, link: { kind: 'browser', name: handle.name, handle, version: await writtenVersion(handle, data) } };
    },
  };
}
