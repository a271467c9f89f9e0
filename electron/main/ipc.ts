/**
 * The main-process side of the preload's API (window.baton). Five invoke handlers, each
 * of which first checks WHO is calling (our own top-level page, app://baton, and no other
 * frame or site) and then WHAT it was sent, before touching dialogs, disk or the shell.
 */
import {
  BrowserWindow,
  app,
  dialog,
  ipcMain as electronIpcMain,
  shell,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import path from 'node:path';
import type { OpenedFile } from '../../renderer/src/platform/contract';
import type {
  EventChannel,
  InvokeChannel,
  InvokeHandlers,
  MainEvents,
  UncheckedArgs,
} from '../../renderer/src/platform/ipc';
import { IPC, MAX_FILE_BYTES, PROJECT_EXTENSION, PROJECT_FILTER } from './constants';
import { atomicWriteFile, readFileLimited } from './files';
import {
  checkExternalUrl,
  checkFileData,
  checkOpenFileAccept,
  checkSaveFileRequest,
  checkSuggestedName,
  isFileOfFilters,
  isTrustedSender,
} from './guards';
import { ProjectFiles, checkFileVersion } from './projectFiles';

/**
 * ipcMain as the IPC map (renderer/src/platform/ipc.ts) types it: only the map's channels, a
 * handler's arguments `unknown` (they come from the renderer: check them first), its answer
 * the map's result. Only `handle`: the shell has no fire-and-forget `ipcMain.on`.
 */
export interface TypedIpcMain {
  handle<K extends InvokeChannel>(
    channel: K,
    handler: (
      event: IpcMainInvokeEvent,
      ...args: UncheckedArgs<K>
    ) => ReturnType<InvokeHandlers[K]> | Promise<ReturnType<InvokeHandlers[K]>>,
  ): void;
}
export const ipcMain: TypedIpcMain = electronIpcMain;

/** Sends the renderer one of the map's events, with what that event carries. */
export function sendToRenderer<K extends EventChannel>(contents: WebContents, channel: K, payload: MainEvents[K]): void {
  contents.send(channel, payload);
}

export interface IpcOptions {
  /** Called with every project file saved or opened through a dialog (for Open recent). */
  readonly onProjectFileUsed?: (file: string) => void;
  /** The allow-list of files the renderer may save back to (index.ts shares it with the file
   * manager's and Open recent's files). */
  readonly projectFiles?: ProjectFiles;
}

/** Rejects (and so fails the renderer's promise) unless the message comes from our page's
 * main frame. A frame can be null when it navigated away or was destroyed meanwhile. */
export function assertTrustedSender(event: IpcMainInvokeEvent): void {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isTrustedSender(frame.url)) {
    throw new Error('Refused: this request does not come from Baton.');
  }
}

const isProjectFile = (file: string) =>
  path.extname(file).toLowerCase() === `.${PROJECT_EXTENSION}`;

/** Reads a file for the renderer (a project, or what openFile's accept allowed): a name and
 * its bytes, at most 200 MB. A .baton file comes with the token to save back to it. */
export async function readProjectFile(file: string, projectFiles?: ProjectFiles): Promise<OpenedFile> {
  if (projectFiles && isProjectFile(file)) {
    const { name, data, token, version } = await projectFiles.read(file, MAX_FILE_BYTES);
    return { name, data, file: { token, version } };
  }
  const data = await readFileLimited(file, MAX_FILE_BYTES);
  return { name: path.basename(file), data };
}

export function registerIpcHandlers(options: IpcOptions = {}): void {
  const projectFiles = options.projectFiles ?? new ProjectFiles();
  ipcMain.handle(IPC.saveFile, async (event, request) => {
    assertTrustedSender(event);
    const checked = checkSaveFileRequest(request);
    if (!checked.ok) throw new Error(`Refused: ${checked.reason}.`);
    const { suggestedName, data, filters } = checked.value;
    const win = BrowserWindow.fromWebContents(event.sender);
    const dialogOptions = {
      title: 'Save a copy',
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
        'createDirectory' | 'showOverwriteConfirmation'
      >,
    };
    const result = win
      ? await dialog.showSaveDialog(win, dialogOptions)
      : await dialog.showSaveDialog(dialogOptions);
    if (result.canceled || !result.filePath) return false;
    await atomicWriteFile(result.filePath, data);
    if (isProjectFile(result.filePath)) options.onProjectFileUsed?.(result.filePath);
    return true;
  });

  ipcMain.handle(IPC.openFile, async (event, accept) => {
    assertTrustedSender(event);
    // The types to open come from an allow-list (.baton, CSV, pictures), never from the page.
    const checked = checkOpenFileAccept(accept);
    if (!checked.ok) throw new Error(`Refused: ${checked.reason}.`);
    const filters = checked.value;
    const projects = filters.length === 1 && filters[0]!.name === PROJECT_FILTER.name;
    const win = BrowserWindow.fromWebContents(event.sender);
    const dialogOptions = {
      title: projects ? 'Open a Baton project' : 'Open a file',
      properties: ['openFile'] as Array<'openFile'>,
      filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
    };
    const result = win
      ? await dialog.showOpenDialog(win, dialogOptions)
      : await dialog.showOpenDialog(dialogOptions);
    const file = result.filePaths[0];
    if (result.canceled || !file) return null;
    // A dialog may let the person type any name: only the asked-for types are read.
    if (!isFileOfFilters(file, filters)) throw new Error('Refused: that is not a file of the types asked for.');
    const opened = await readProjectFile(file, projectFiles);
    if (isProjectFile(file)) options.onProjectFileUsed?.(file);
    return opened;
  });

  ipcMain.handle(IPC.saveToFile, async (event, token, data, expected) => {
    assertTrustedSender(event);
    const bytes = checkFileData(data);
    if (!bytes.ok) throw new Error(`Refused: ${bytes.reason}.`);
    const version = expected === null ? null : checkFileVersion(expected);
    if (expected !== null && !version) throw new Error('Refused: expected must be a file version or null.');
    // An unknown token answers 'unknown-file' (the renderer then asks where to save): a path
    // can't be named here, only a file the person opened or picked.
    const result = await projectFiles.save(token, bytes.value, version);
    const file = result.ok ? projectFiles.pathOf(token) : null;
    if (file) options.onProjectFileUsed?.(file);
    return result;
  });

  ipcMain.handle(IPC.saveFileAs, async (event, data, suggestedName) => {
    assertTrustedSender(event);
    const bytes = checkFileData(data);
    if (!bytes.ok) throw new Error(`Refused: ${bytes.reason}.`);
    const name = checkSuggestedName(suggestedName);
    if (!name.ok) throw new Error(`Refused: ${name.reason}.`);
    const win = BrowserWindow.fromWebContents(event.sender);
    const dialogOptions = {
      title: 'Save as',
      defaultPath: path.join(app.getPath('documents'), name.value),
      filters: [{ name: PROJECT_FILTER.name, extensions: [...PROJECT_FILTER.extensions] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
        'createDirectory' | 'showOverwriteConfirmation'
      >,
    };
    const result = win
      ? await dialog.showSaveDialog(win, dialogOptions)
      : await dialog.showSaveDialog(dialogOptions);
    if (result.canceled || !result.filePath) return null;
    // Only .baton files become files to save back to (a typed name may drop the extension).
    const file = isProjectFile(result.filePath) ? result.filePath : `${result.filePath}.${PROJECT_EXTENSION}`;
    const saved = await projectFiles.saveAs(file, bytes.value);
    options.onProjectFileUsed?.(file);
    return saved;
  });

  ipcMain.handle(IPC.openExternal, async (event, url) => {
    assertTrustedSender(event);
    const checked = checkExternalUrl(url);
    if (!checked.ok) throw new Error(`Refused: ${checked.reason}.`);
    // electronegativity OPEN_EXTERNAL_JS_CHECK: only http(s) URLs without credentials get here
    // (checkExternalUrl → isAllowedExternalUrl), never file:, smb: or a custom scheme.
    await shell.openExternal(checked.value);
  });
}
