import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// Everything ipc.ts takes from Electron, faked: the handlers are called directly with a
// fake event, as ipcMain would call them.
const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
const showSaveDialog = vi.fn();
const showOpenDialog = vi.fn();
const openExternal = vi.fn(async (_url: string) => undefined);
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, h: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
      handlers.set(channel, h),
  },
  dialog: { showSaveDialog, showOpenDialog },
  shell: { openExternal },
  app: { getPath: () => '/home/ana/Documents' },
  BrowserWindow: { fromWebContents: () => null },
}));

const { registerIpcHandlers } = await import('../../electron/main/ipc');
const { IPC } = await import('../../electron/main/constants');
const { ProjectFiles } = await import('../../electron/main/projectFiles');

const used: string[] = [];
const projectFiles = new ProjectFiles(false);
registerIpcHandlers({ onProjectFileUsed: (f) => used.push(f), projectFiles });

const fromApp = { sender: {}, senderFrame: { url: 'app://baton/index.html#/p/1', parent: null } };
const untrusted = [
  ['another site', { sender: {}, senderFrame: { url: 'https://evil.example/', parent: null } }],
  [
    'a look-alike host',
    { sender: {}, senderFrame: { url: 'app://baton.evil.com/index.html', parent: null } },
  ],
  ['a file: page', { sender: {}, senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
  [
    'a subframe of the app',
    { sender: {}, senderFrame: { url: 'app://baton/index.html', parent: {} } },
  ],
  ['a destroyed frame', { sender: {}, senderFrame: null }],
] as const;

const call = (channel: string, event: unknown, ...args: unknown[]) =>
  handlers.get(channel)!(event, ...args);
const validSave = {
  suggestedName: 'Q3.baton',
  data: new Uint8Array([1, 2, 3]),
  filters: [{ name: 'BATON', extensions: ['baton'] }],
};

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-ipc-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  showSaveDialog.mockReset();
  showOpenDialog.mockReset();
  openExternal.mockClear();
  used.length = 0;
});

it('registers exactly the five channels of the preload', () => {
  expect([...handlers.keys()].sort()).toEqual(
    [IPC.openExternal, IPC.openFile, IPC.saveFile, IPC.saveToFile, IPC.saveFileAs].sort(),
  );
});

describe.each(untrusted)('a message from %s', (_label, event) => {
  it('is refused by every handler before anything happens', async () => {
    await expect(call(IPC.saveFile, event, validSave)).rejects.toThrow(/Refused/);
    await expect(call(IPC.openFile, event)).rejects.toThrow(/Refused/);
    await expect(call(IPC.openExternal, event, 'https://example.com/')).rejects.toThrow(/Refused/);
    await expect(call(IPC.saveToFile, event, projectFiles.grant(path.join(dir, 'x.baton')), new Uint8Array([1]), null)).rejects.toThrow(/Refused/);
    await expect(call(IPC.saveFileAs, event, new Uint8Array([1]), 'x.baton')).rejects.toThrow(/Refused/);
    expect(await readdir(dir)).not.toContain('x.baton');
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(showOpenDialog).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('baton:save-file', () => {
  it('shows a save dialog in the documents folder and writes the file', async () => {
    const target = path.join(dir, 'Q3.baton');
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(call(IPC.saveFile, fromApp, validSave)).resolves.toBe(true);
    expect(showSaveDialog.mock.calls[0]![0]).toMatchObject({
      defaultPath: path.join('/home/ana/Documents', 'Q3.baton'),
      filters: [{ name: 'BATON', extensions: ['baton'] }],
    });
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    expect(await readdir(dir)).toEqual(['Q3.baton']); // no temporary file left
    expect(used).toEqual([target]);
  });

  it('resolves false when the user cancels', async () => {
    showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(call(IPC.saveFile, fromApp, validSave)).resolves.toBe(false);
  });

  it('does not add other files (a PDF, say) to the recent projects', async () => {
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'report.pdf') });
    await call(IPC.saveFile, fromApp, { ...validSave, suggestedName: 'report.pdf' });
    expect(used).toEqual([]);
  });

  it.each([
    ['a path as the name', { ...validSave, suggestedName: '../../.bashrc' }],
    ['no data', { ...validSave, data: undefined }],
    ['bad filters', { ...validSave, filters: 'baton' }],
    ['nothing', undefined],
  ])('refuses %s without showing a dialog', async (_label, req) => {
    await expect(call(IPC.saveFile, fromApp, req)).rejects.toThrow(/Refused/);
    expect(showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('baton:open-file', () => {
  it('shows an open dialog for .baton files and returns the name and bytes', async () => {
    const file = path.join(dir, 'Open me.baton');
    await writeFile(file, Buffer.from([4, 5, 6]));
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    const result = (await call(IPC.openFile, fromApp)) as { name: string; data: Uint8Array };
    expect(showOpenDialog.mock.calls[0]![0]).toMatchObject({
      properties: ['openFile'],
      filters: [{ name: 'Baton project', extensions: ['baton'] }],
    });
    expect(result.name).toBe('Open me.baton');
    expect([...result.data]).toEqual([4, 5, 6]);
    expect(used).toEqual([file]);
  });

  it('resolves null when the user cancels', async () => {
    showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(call(IPC.openFile, fromApp)).resolves.toBeNull();
  });

  it('rejects a file that vanished', async () => {
    showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: [path.join(dir, 'gone.baton')],
    });
    await expect(call(IPC.openFile, fromApp)).rejects.toThrow();
  });
});

describe('baton:open-file and baton:save-to-file', () => {
  it('hands a .baton file out with a token; a save to it writes the file, an edit on disk stops it', async () => {
    const file = path.join(dir, 'Saved back.baton');
    await writeFile(file, Buffer.from([1]));
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    const opened = (await call(IPC.openFile, fromApp)) as { file: { token: string; version: unknown } };
    expect(opened.file.token).toMatch(/^[0-9a-f]{32}$/);
    const saved = (await call(IPC.saveToFile, fromApp, opened.file.token, new Uint8Array([2, 2]), opened.file.version)) as {
      ok: boolean;
      version: unknown;
    };
    expect(saved.ok).toBe(true);
    expect([...(await readFile(file))]).toEqual([2, 2]);
    expect(used).toContain(file);
    await writeFile(file, Buffer.from([9, 9, 9]));
    await expect(call(IPC.saveToFile, fromApp, opened.file.token, new Uint8Array([3]), saved.version)).resolves.toEqual({
      ok: false,
      reason: 'changed',
    });
    expect([...(await readFile(file))]).toEqual([9, 9, 9]);
  });

  it('gives no token for files other than projects (a CSV)', async () => {
    const file = path.join(dir, 'leads.csv');
    await writeFile(file, 'a,b');
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    expect(await call(IPC.openFile, fromApp, '.csv')).not.toHaveProperty('file');
  });

  it('answers unknown-file for a path or a made-up token, and refuses bad arguments', async () => {
    const target = path.join(dir, 'elsewhere.baton');
    await expect(call(IPC.saveToFile, fromApp, target, new Uint8Array([1]), null)).resolves.toEqual({
      ok: false,
      reason: 'unknown-file',
    });
    await expect(call(IPC.saveToFile, fromApp, 'f'.repeat(32), new Uint8Array([1]), null)).resolves.toMatchObject({ ok: false });
    const token = projectFiles.grant(target);
    await expect(call(IPC.saveToFile, fromApp, token, 'not bytes', null)).rejects.toThrow(/Refused/);
    await expect(call(IPC.saveToFile, fromApp, token, new Uint8Array([1]), { size: 'x' })).rejects.toThrow(/Refused/);
    expect(await readdir(dir)).not.toContain('elsewhere.baton');
  });
});

describe('baton:save-file-as', () => {
  it('asks where, for .baton files, writes it and answers a token to save back to', async () => {
    const target = path.join(dir, 'Plan B');
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const saved = (await call(IPC.saveFileAs, fromApp, new Uint8Array([5]), 'Plan B.baton')) as { token: string; name: string };
    expect(showSaveDialog.mock.calls[0]![0]).toMatchObject({
      defaultPath: path.join('/home/ana/Documents', 'Plan B.baton'),
      filters: [{ name: 'Baton project', extensions: ['baton'] }],
    });
    // A name typed without the extension gets it.
    expect(saved.name).toBe('Plan B.baton');
    expect([...(await readFile(`${target}.baton`))]).toEqual([5]);
    expect(used).toEqual([`${target}.baton`]);
    await expect(call(IPC.saveToFile, fromApp, saved.token, new Uint8Array([6]), null)).resolves.toMatchObject({ ok: true });
    expect([...(await readFile(`${target}.baton`))]).toEqual([6]);
  });

  it('resolves null when the user cancels, and refuses a path as the name', async () => {
    showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(call(IPC.saveFileAs, fromApp, new Uint8Array([5]), 'a.baton')).resolves.toBeNull();
    showSaveDialog.mockReset();
    await expect(call(IPC.saveFileAs, fromApp, new Uint8Array([5]), '../a.baton')).rejects.toThrow(/Refused/);
    expect(showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('baton:open-external', () => {
  it('opens http(s) links', async () => {
    await call(IPC.openExternal, fromApp, 'https://example.com/help');
    expect(openExternal).toHaveBeenCalledWith('https://example.com/help');
  });
  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/x', 42, undefined])(
    'refuses %s',
    async (url) => {
      await expect(call(IPC.openExternal, fromApp, url)).rejects.toThrow(/Refused/);
      expect(openExternal).not.toHaveBeenCalled();
    },
  );
});
