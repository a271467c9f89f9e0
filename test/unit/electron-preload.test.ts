import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { BatonDesktopApi, OpenedFile } from '../../renderer/src/platform/contract';

// The preload against a fake contextBridge and ipcRenderer: what it exposes, and what it
// lets through from the main process.
const exposed = new Map<string, unknown>();
const ipc = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined),
});
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: ipc,
}));
vi.stubGlobal('__BATON_VERSION__', '9.9.9');

const { IPC } = await import('../../electron/main/constants');
let api: BatonDesktopApi;
const file: OpenedFile = { name: 'a.baton', data: new Uint8Array([1]) };

beforeAll(async () => {
  // A file opened at launch, before the page subscribed: it must wait for the listener.
  await import('../../electron/preload/index');
  ipc.emit(IPC.openFileEvent, {}, file);
  api = exposed.get('baton') as BatonDesktopApi;
});

describe('window.baton', () => {
  it('is the only thing exposed, with named functions only (no ipcRenderer)', () => {
    expect([...exposed.keys()]).toEqual(['baton']);
    expect(Object.keys(api).sort()).toEqual([
      'live',
      'onMenuCommand',
      'onOpenFile',
      'openExternal',
      'openFile',
      'openPresenterWindow',
      'platform',
      'printToPdf',
      'saveFile',
      'saveFileAs',
      'saveToFile',
      'version',
    ]);
    for (const value of Object.values(api)) expect(value).not.toBe(ipc);
    expect(Object.keys(api.live!).sort()).toEqual(['addresses', 'current', 'end', 'onParticipants', 'remove', 'setLocked', 'start']);
    for (const value of Object.values(api.live!)) expect(typeof value).toBe('function');
    expect(api.version).toBe('9.9.9');
    expect(['darwin', 'win32', 'linux', 'other']).toContain(api.platform);
  });

  it('sends the live-session host only the known fields, on its own channels', async () => {
    const invoke = vi.spyOn(ipc, 'invoke').mockResolvedValue(null);
    await api.live!.start({ projectId: 'p1', host: '127.0.0.1', port: 5300, extra: 'x' } as never);
    expect(invoke).toHaveBeenCalledWith(IPC.liveStart, { projectId: 'p1', host: '127.0.0.1', port: 5300 });
    await api.live!.setLocked('yes' as never);
    expect(invoke).toHaveBeenCalledWith(IPC.liveSetLocked, false);
    const seen = vi.fn();
    const off = api.live!.onParticipants(seen);
    ipc.emit(IPC.liveParticipants, { sender: ipc }, [{ id: 'a' }]);
    ipc.emit(IPC.liveParticipants, { sender: ipc }, 'not a list');
    expect(seen).toHaveBeenCalledTimes(1);
    off();
    invoke.mockRestore();
  });

  it('hands a file that arrived before any listener to the first listener', () => {
    const got: OpenedFile[] = [];
    const off = api.onOpenFile((f) => got.push(f));
    expect(got).toEqual([file]);
    ipc.emit(IPC.openFileEvent, {}, { name: 'b.baton', data: new Uint8Array([2]) });
    ipc.emit(IPC.openFileEvent, {}, { name: 'bad', data: 'not bytes' });
    expect(got.map((f) => f.name)).toEqual(['a.baton', 'b.baton']);
    off();
  });

  it('passes on known menu commands only, never the Electron event, and unsubscribes', () => {
    const listener = vi.fn();
    const off = api.onMenuCommand(listener);
    ipc.emit(IPC.menuCommand, { sender: ipc }, 'undo');
    ipc.emit(IPC.menuCommand, { sender: ipc }, 'rm -rf');
    ipc.emit(IPC.menuCommand, { sender: ipc }, { command: 'undo' });
    expect(listener.mock.calls).toEqual([['undo']]);
    off();
    ipc.emit(IPC.menuCommand, {}, 'redo');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipc.listenerCount(IPC.menuCommand)).toBe(0);
  });

  it('refuses listeners that are not functions', () => {
    expect(() => api.onMenuCommand('x' as never)).toThrow(TypeError);
    expect(() => api.onOpenFile(null as never)).toThrow(TypeError);
  });

  it('sends only the known fields of a save request', async () => {
    ipc.invoke.mockResolvedValueOnce(true);
    const req = {
      suggestedName: 'a.baton',
      data: new Uint8Array([1]),
      filters: [],
      sneaky: '/etc/passwd',
    };
    await expect(api.saveFile(req)).resolves.toBe(true);
    expect(ipc.invoke).toHaveBeenLastCalledWith(IPC.saveFile, {
      suggestedName: 'a.baton',
      data: req.data,
      filters: [],
    });
    ipc.invoke.mockResolvedValueOnce('yes');
    await expect(api.saveFile(req)).resolves.toBe(false);
  });

  it('returns an opened file, or null for anything else', async () => {
    ipc.invoke.mockResolvedValueOnce({ name: 'x.baton', data: new Uint8Array([3]), extra: 1 });
    await expect(api.openFile()).resolves.toEqual({ name: 'x.baton', data: new Uint8Array([3]) });
    ipc.invoke.mockResolvedValueOnce(null);
    await expect(api.openFile()).resolves.toBeNull();
    ipc.invoke.mockResolvedValueOnce({ name: 3 });
    await expect(api.openFile()).resolves.toBeNull();
  });

  it('passes an opened file’s ref on field by field, and drops a malformed one', async () => {
    const version = { mtimeMs: 1, size: 1, sha256: 'a'.repeat(64) };
    ipc.invoke.mockResolvedValueOnce({ name: 'x.baton', data: new Uint8Array([3]), file: { token: 't', version, path: '/etc' } });
    await expect(api.openFile()).resolves.toEqual({ name: 'x.baton', data: new Uint8Array([3]), file: { token: 't', version } });
    ipc.invoke.mockResolvedValueOnce({ name: 'x.baton', data: new Uint8Array([3]), file: { token: 't' } });
    await expect(api.openFile()).resolves.toEqual({ name: 'x.baton', data: new Uint8Array([3]) });
  });

  it('saves back by token, sending only the token, bytes and version', async () => {
    const version = { mtimeMs: 1, size: 1, sha256: 'a'.repeat(64) };
    ipc.invoke.mockResolvedValueOnce({ ok: true, name: 'x.baton', version });
    const data = new Uint8Array([1]);
    await expect(api.saveToFile!('t', data, { ...version, extra: 1 } as never)).resolves.toEqual({ ok: true, name: 'x.baton', version });
    expect(ipc.invoke).toHaveBeenLastCalledWith(IPC.saveToFile, 't', data, version);
    ipc.invoke.mockResolvedValueOnce({ ok: false, reason: 'changed' });
    await expect(api.saveToFile!('t', data, null)).resolves.toEqual({ ok: false, reason: 'changed' });
    ipc.invoke.mockResolvedValueOnce({ ok: 'maybe' });
    await expect(api.saveToFile!('t', data, null)).rejects.toThrow();
    ipc.invoke.mockResolvedValueOnce({ name: 'y.baton', token: 'u', version });
    await expect(api.saveFileAs!(data, 'y.baton')).resolves.toEqual({ name: 'y.baton', token: 'u', version });
    expect(ipc.invoke).toHaveBeenLastCalledWith(IPC.saveFileAs, data, 'y.baton');
    ipc.invoke.mockResolvedValueOnce(null);
    await expect(api.saveFileAs!(data, 'y.baton')).resolves.toBeNull();
  });

  it('forwards openExternal, for strings only', async () => {
    await api.openExternal('https://example.com/');
    expect(ipc.invoke).toHaveBeenLastCalledWith(IPC.openExternal, 'https://example.com/');
    await expect(api.openExternal(42 as never)).rejects.toThrow(TypeError);
  });
});
