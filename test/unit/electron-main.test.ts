/**
 * The main process's wiring (electron/main/index.ts) against a fake Electron: Electron's
 * binary cannot run on every machine, and this is what would otherwise go untested there:
 * the order of start-up, the single-instance lock, and a .baton file handed over by a
 * second launch reaching the page.
 */
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

function makeFakeElectron(lock: boolean, userData: string) {
  let markReady!: () => void;
  const readyPromise = new Promise<void>((r) => (markReady = r));
  let ready = false;
  const windows: FakeWindow[] = [];

  class FakeWindow extends EventEmitter {
    readonly webContents = Object.assign(new EventEmitter(), {
      send: vi.fn(),
      setWindowOpenHandler: vi.fn(),
    });
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isVisible = () => true;
    isMaximized = () => false;
    isFullScreen = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1400, height: 900 });
    focus = vi.fn();
    show = vi.fn();
    restore = vi.fn();
    maximize = vi.fn();
    setFullScreen = vi.fn();
    static getAllWindows = () => windows;
    static fromWebContents = () => null;
  }

  const app = Object.assign(new EventEmitter(), {
    setPath: vi.fn(),
    getPath: (_name: string) => userData,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => lock),
    quit: vi.fn(),
    whenReady: () => readyPromise,
    isReady: () => ready,
    isPackaged: false,
    getVersion: () => '0.1.0',
    setAboutPanelOptions: vi.fn(),
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
  });
  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
  return {
    windows,
    becomeReady: () => {
      ready = true;
      markReady();
    },
    module: {
      app,
      BrowserWindow: FakeWindow,
      screen: {
        getPrimaryDisplay: () => ({ id: 1, workArea }),
        getAllDisplays: () => [{ id: 1, workArea }],
      },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          webRequest: { onHeadersReceived: vi.fn() },
        },
      },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (t: unknown) => t },
      dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })), showErrorBox: vi.fn() },
      ipcMain: { handle: vi.fn() },
      shell: { openExternal: vi.fn() },
    },
  };
}

let fake: ReturnType<typeof makeFakeElectron>;
// The mocked module is created once per file; its exports read the current fake, so each
// test (after vi.resetModules) runs index.ts against a fresh one.
vi.mock('electron', () => {
  const exports = {};
  for (const key of [
    'app',
    'BrowserWindow',
    'screen',
    'protocol',
    'session',
    'Menu',
    'dialog',
    'ipcMain',
    'shell',
  ]) {
    Object.defineProperty(exports, key, {
      enumerable: true,
      get: () => (fake.module as Record<string, unknown>)[key],
    });
  }
  return exports;
});

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-main-'));
  vi.stubEnv('BATON_USER_DATA_DIR', dir);
  vi.resetModules();
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

describe('main process start-up', () => {
  it('registers the app:// scheme before ready, then serves it, hardens, and opens one secure window', async () => {
    fake = makeFakeElectron(true, dir);
    const e = fake.module;
    await import('../../electron/main/index');

    // Before `ready`.
    expect(e.app.setPath).toHaveBeenCalledWith('userData', dir);
    expect(e.app.enableSandbox).toHaveBeenCalled();
    expect(e.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(e.protocol.handle).not.toHaveBeenCalled();
    expect(e.app.listenerCount('web-contents-created')).toBe(1);

    fake.becomeReady();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));

    expect(e.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(e.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(e.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(e.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(e.ipcMain.handle.mock.calls.map((c) => c[0]).sort()).toEqual([
      'baton:live-addresses',
      'baton:live-current',
      'baton:live-end',
      'baton:live-remove',
      'baton:live-set-locked',
      'baton:live-start',
      'baton:open-external',
      'baton:open-file',
      'baton:open-presenter',
      'baton:print-to-pdf',
      'baton:save-file',
      'baton:save-file-as',
      'baton:save-to-file',
    ]);
    expect(e.Menu.setApplicationMenu).toHaveBeenCalled();

    const win = fake.windows[0]!;
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(win.options.show).toBe(false);
    expect(win.loadURL).toHaveBeenCalledWith('app://baton/index.html');

    // Any web contents gets hardened.
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    e.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it('hands a .baton file from a second launch to the page once it has loaded, and remembers it', async () => {
    fake = makeFakeElectron(true, dir);
    const e = fake.module;
    await import('../../electron/main/index');
    fake.becomeReady();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const win = fake.windows[0]!;

    const file = path.join(dir, 'Q3 plan.baton');
    await writeFile(file, Buffer.from([1, 2, 3]));
    e.app.emit('second-instance', {}, ['/opt/Baton/baton', 'Q3 plan.baton'], dir);
    await vi.waitFor(() => expect(e.app.addRecentDocument).toHaveBeenCalledWith(file));
    expect(win.webContents.send).not.toHaveBeenCalled(); // the page is not loaded yet

    win.webContents.emit('did-finish-load');
    // With the token to save back to it (electron/main/projectFiles.ts), never its path.
    expect(win.webContents.send).toHaveBeenCalledWith('baton:open-file-event', {
      name: 'Q3 plan.baton',
      data: new Uint8Array([1, 2, 3]),
      file: { token: expect.stringMatching(/^[0-9a-f]{32}$/), version: expect.objectContaining({ size: 3 }) },
    });
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(path.join(dir, 'recent-files.json'), 'utf8'))).toEqual([
        file,
      ]),
    );
  });

  it('tells the user when a file cannot be opened', async () => {
    fake = makeFakeElectron(true, dir);
    const e = fake.module;
    await import('../../electron/main/index');
    fake.becomeReady();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    e.app.emit('second-instance', {}, ['baton', path.join(dir, 'missing.baton')], dir);
    await vi.waitFor(() => expect(e.dialog.showMessageBox).toHaveBeenCalled());
    expect(JSON.stringify(e.dialog.showMessageBox.mock.calls[0])).toContain('missing.baton');
  });

  it('quits when the last window closes, except on macOS', async () => {
    fake = makeFakeElectron(true, dir);
    await import('../../electron/main/index');
    fake.module.app.emit('window-all-closed');
    if (process.platform === 'darwin') expect(fake.module.app.quit).not.toHaveBeenCalled();
    else expect(fake.module.app.quit).toHaveBeenCalled();
  });

  it('a second instance quits at once and does nothing else', async () => {
    fake = makeFakeElectron(false, dir);
    await import('../../electron/main/index');
    expect(fake.module.app.quit).toHaveBeenCalled();
    expect(fake.module.app.listenerCount('second-instance')).toBe(0);
    expect(fake.module.app.listenerCount('web-contents-created')).toBe(0);
  });
});
