/**
 * platform.openFile(accept) on the desktop (issue 17): the renderer passes the accepted types,
 * the main process builds the open dialog's filters from an allow-list (.baton, CSV, pictures)
 * and refuses anything else, and reads the chosen file only when it is one of those types.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PICTURE_TYPES } from '../../renderer/src/domain/pictures';
import type { BatonDesktopApi } from '../../renderer/src/platform/contract';

const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
const showOpenDialog = vi.fn();
const exposed = new Map<string, unknown>();
const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => null),
});
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, h: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
      handlers.set(channel, h),
  },
  dialog: { showOpenDialog, showSaveDialog: vi.fn() },
  shell: { openExternal: vi.fn() },
  app: { getPath: () => '/home/ana/Documents' },
  BrowserWindow: { fromWebContents: () => null },
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer,
}));
vi.stubGlobal('__BATON_VERSION__', '9.9.9');

const { checkOpenFileAccept, isFileOfFilters } = await import('../../electron/main/guards');
const { registerIpcHandlers } = await import('../../electron/main/ipc');
const { IPC } = await import('../../renderer/src/platform/ipc');
const used: string[] = [];
registerIpcHandlers({ onProjectFileUsed: (f) => used.push(f) });
const fromApp = { sender: {}, senderFrame: { url: 'app://baton/index.html#/p/1', parent: null } };
const open = (...args: unknown[]) => handlers.get(IPC.openFile)!(fromApp, ...args);

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-open-'));
  for (const name of ['cards.csv', 'face.PNG', 'notes.txt', 'x.baton', 'run.exe', 'csv']) {
    await writeFile(path.join(dir, name), Buffer.from([7, 8]));
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(() => {
  showOpenDialog.mockReset();
  used.length = 0;
});

describe('checkOpenFileAccept (the allow-list)', () => {
  it('is .baton files when nothing is named (what older renderers send)', () => {
    for (const accept of [undefined, null, '']) {
      expect(checkOpenFileAccept(accept)).toEqual({ ok: true, value: [{ name: 'Baton project', extensions: ['baton'] }] });
    }
  });

  it('turns accept lists into dialog filters, whatever their case and spacing', () => {
    expect(checkOpenFileAccept('.CSV, text/csv')).toEqual({ ok: true, value: [{ name: 'CSV', extensions: ['csv'] }] });
    expect(checkOpenFileAccept(PICTURE_TYPES.join(','))).toEqual({
      ok: true,
      value: [{ name: 'Pictures', extensions: ['png', 'jpg', 'jpeg', 'webp', 'gif'] }],
    });
    expect(checkOpenFileAccept('.baton,.csv')).toEqual({
      ok: true,
      value: [
        { name: 'Baton project', extensions: ['baton'] },
        { name: 'CSV', extensions: ['csv'] },
      ],
    });
  });

  it.each([
    '.exe',
    '.csv,.exe',
    '*',
    '*/*',
    '.*',
    'image/svg+xml',
    '.svg',
    'text/html',
    '__proto__',
    'constructor',
    ' , ',
    '.csv\n.exe',
    'x'.repeat(300),
    42,
    ['.csv'],
    { accept: '.csv' },
  ])('refuses %j', (accept) => {
    expect(checkOpenFileAccept(accept).ok).toBe(false);
  });

  it('knows a file by its extension only', () => {
    const csv = [{ name: 'CSV', extensions: ['csv'] }];
    expect(isFileOfFilters('/a/cards.CSV', csv)).toBe(true);
    expect(isFileOfFilters('/a/cards.csv.exe', csv)).toBe(false);
    expect(isFileOfFilters('/a/csv', csv)).toBe(false);
    expect(isFileOfFilters('/a/.csv', csv)).toBe(false);
  });
});

describe('baton:open-file with accept', () => {
  it('shows a dialog for the accepted types and reads the chosen file', async () => {
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path.join(dir, 'cards.csv')] });
    const result = (await open('.csv')) as { name: string; data: Uint8Array };
    expect(showOpenDialog.mock.calls[0]![0]).toMatchObject({
      title: 'Open a file',
      properties: ['openFile'],
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    expect(result.name).toBe('cards.csv');
    expect([...result.data]).toEqual([7, 8]);
    expect(used).toEqual([]); // not a project: not added to Open recent
  });

  it('opens pictures by their MIME types', async () => {
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path.join(dir, 'face.PNG')] });
    expect(((await open('image/png,image/jpeg')) as { name: string }).name).toBe('face.PNG');
    expect(showOpenDialog.mock.calls[0]![0].filters).toEqual([{ name: 'Pictures', extensions: ['png', 'jpg', 'jpeg'] }]);
  });

  it('still opens .baton files when the renderer names them (and adds them to Open recent)', async () => {
    const file = path.join(dir, 'x.baton');
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    expect(((await open('.baton')) as { name: string }).name).toBe('x.baton');
    expect(showOpenDialog.mock.calls[0]![0]).toMatchObject({ title: 'Open a Baton project', filters: [{ name: 'Baton project', extensions: ['baton'] }] });
    expect(used).toEqual([file]);
  });

  it.each(['.exe', '*', 'image/svg+xml', 7])('refuses accept %j without showing a dialog', async (accept) => {
    await expect(open(accept)).rejects.toThrow(/Refused/);
    expect(showOpenDialog).not.toHaveBeenCalled();
  });

  it.each(['notes.txt', 'run.exe', 'csv', 'x.baton'])('does not read %s when CSV was asked for', async (name) => {
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path.join(dir, name)] });
    await expect(open('.csv')).rejects.toThrow(/Refused/);
    expect(used).toEqual([]);
  });
});

describe('the renderer passes accept through', () => {
  it('from platform.openFile, through the preload, to the channel', async () => {
    await import('../../electron/preload/index');
    const api = exposed.get('baton') as BatonDesktopApi;
    vi.stubGlobal('window', { baton: api });
    const { platform } = await import('../../renderer/src/platform/index');
    expect(platform.isDesktop).toBe(true);
    await platform.openFile('.csv');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.openFile, '.csv');
    await api.openFile();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.openFile);
    await api.openFile({ toString: () => '.exe' } as never);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.openFile, '.exe'); // a string only; main refuses it
    vi.unstubAllGlobals();
  });
});
