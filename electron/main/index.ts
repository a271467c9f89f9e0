/**
 * Baton's main process: wires the modules of this folder together.
 *
 * - one instance, one window (window.ts explains why); a second launch focuses it and
 *   hands over the .baton file it was given;
 * - the renderer comes from app://baton (protocol.ts), never file:// or the network;
 * - every web contents is locked down (security.ts) and every IPC call is checked (ipc.ts);
 * - .baton files arrive from the command line (Windows, Linux), the `open-file` event
 *   (macOS), a second launch or File › Open recent, and are passed to the renderer;
 * - pending writes (window position, recent list, a save in progress) finish before quitting.
 */
import { BrowserWindow, Menu, app, dialog, session } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MenuCommand, OpenedFile } from '../../renderer/src/platform/contract';
import { IPC } from './constants';
import { FileRefusedError, whenWritesSettled } from './files';
import { findProjectFileInArgv } from './guards';
import { readProjectFile, registerIpcHandlers, sendToRenderer } from './ipc';
import { endLiveSession, registerLiveHandlers } from './live';
import { buildMenuTemplate } from './menu';
import { registerPresenter } from './presenter';
import { registerPrintToPdf } from './printToPdf';
import { ProjectFiles } from './projectFiles';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { addRecent, loadRecentList, removeRecent, saveRecentList } from './recent';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';

// The build puts this file in out/main/, next to out/preload/ and out/renderer/ (inside
// app.asar once packaged; Electron's fs reads from the archive transparently).
const here = path.dirname(fileURLToPath(import.meta.url));
const PRELOAD_PATH = path.join(here, '../preload/index.cjs');
const RENDERER_ROOT = path.join(here, '../renderer');

// A separate profile folder, for the end-to-end test (test/electron/app.spec.ts) and for
// trying things without touching one's real projects. Must be set before anything reads
// userData: the single-instance lock lives there too.
if (process.env.BATON_USER_DATA_DIR)
  app.setPath('userData', path.resolve(process.env.BATON_USER_DATA_DIR));

// Sandbox every renderer, whatever a window's own preferences say.
app.enableSandbox();
// Electron's rule: privileged schemes are registered before `ready`.
registerAppScheme();

const caseInsensitivePaths = process.platform === 'win32' || process.platform === 'darwin';
const userDataFile = (name: string) => path.join(app.getPath('userData'), name);

let mainWindow: BrowserWindow | null = null;
let windowPromise: Promise<BrowserWindow> | null = null;
/** True once the page has loaded, so that messages sent to it have a listener. */
let rendererLoaded = false;
/** Files opened before the page could receive them (at launch, typically). */
const pendingFiles: OpenedFile[] = [];
let recent: string[] = [];
/** The project files the renderer may save back to (opened or picked by the person). */
const projectFiles = new ProjectFiles(caseInsensitivePaths);

const liveWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

/** The main window, created when there is none (concurrent callers share one). */
function ensureWindow(): Promise<BrowserWindow> {
  const existing = liveWindow();
  if (existing) return Promise.resolve(existing);
  windowPromise ??= (async () => {
    rendererLoaded = false;
    const win = await createMainWindow({
      preloadPath: PRELOAD_PATH,
      stateFile: userDataFile('window-state.json'),
    });
    mainWindow = win;
    win.webContents.on('did-start-loading', () => {
      rendererLoaded = false;
    });
    win.webContents.on('did-finish-load', () => {
      rendererLoaded = true;
      for (const file of pendingFiles.splice(0)) sendToRenderer(win.webContents, IPC.openFileEvent, file);
    });
    win.on('closed', () => {
      if (mainWindow === win) {
        mainWindow = null;
        rendererLoaded = false;
      }
    });
    return win;
  })().finally(() => {
    windowPromise = null;
  });
  return windowPromise;
}

async function focusWindow(): Promise<void> {
  const win = await ensureWindow();
  if (win.isMinimized()) win.restore();
  if (win.isVisible()) win.focus();
}

function sendMenuCommand(command: MenuCommand): void {
  const win = liveWindow();
  if (win) sendToRenderer(win.webContents, IPC.menuCommand, command);
  // macOS with every window closed: the menu bar is still there; bring the window back.
  else void ensureWindow();
}

function deliverFile(file: OpenedFile): void {
  const win = liveWindow();
  if (win && rendererLoaded) sendToRenderer(win.webContents, IPC.openFileEvent, file);
  else pendingFiles.push(file);
}

function refreshMenu(): void {
  if (!app.isReady()) return;
  const template = buildMenuTemplate(process.platform, sendMenuCommand, recent, {
    openRecent: (file) => void openProjectPath(file),
    clearRecent,
    isDev: !app.isPackaged,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function setRecent(list: string[]): void {
  recent = list;
  void saveRecentList(userDataFile('recent-files.json'), recent).catch(() => undefined);
  refreshMenu();
}

function rememberRecent(file: string): void {
  app.addRecentDocument(file);
  setRecent(addRecent(recent, file, caseInsensitivePaths));
}

function clearRecent(): void {
  app.clearRecentDocuments();
  setRecent([]);
}

/** Reads a .baton file and hands it to the renderer; tells the user when it cannot. */
async function openProjectPath(file: string): Promise<void> {
  await app.whenReady();
  try {
    const opened = await readProjectFile(file, projectFiles);
    rememberRecent(file);
    deliverFile(opened);
    await focusWindow();
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing) setRecent(removeRecent(recent, file));
    const detail =
      err instanceof FileRefusedError
        ? err.message
        : missing
          ? 'The file no longer exists.'
          : 'The file could not be read.';
    const options = {
      type: 'error' as const,
      message: `Baton could not open ${path.basename(file)}`,
      detail,
    };
    const win = liveWindow();
    await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  }
}

function start(): void {
  // A second launch (double-clicking a .baton file while Baton runs, say) ends at once
  // and lands here, in the first instance, with its command line.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = findProjectFileInArgv(argv, workingDirectory);
    if (file) void openProjectPath(file);
    else void focusWindow();
  });

  // macOS delivers opened files as an event, possibly before `ready`.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void openProjectPath(file);
  });

  // Every web contents, whoever creates it, gets the navigation and window-open rules.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) void ensureWindow();
  });

  // Let writes in flight finish (the window's position is written as it closes).
  let writesFlushed = false;
  app.on('will-quit', (event) => {
    if (writesFlushed) return;
    event.preventDefault();
    // The live-session server closes with the app: nothing listens once Baton is gone.
    void Promise.all([whenWritesSettled(), endLiveSession()]).finally(() => {
      writesFlushed = true;
      app.quit();
    });
  });

  app
    .whenReady()
    .then(async () => {
      app.setAboutPanelOptions({ applicationName: 'Baton', applicationVersion: app.getVersion() });
      hardenSession(session.defaultSession);
      handleAppProtocol(RENDERER_ROOT);
      registerIpcHandlers({ onProjectFileUsed: rememberRecent, projectFiles });
      registerLiveHandlers(RENDERER_ROOT, liveWindow);
      registerPrintToPdf(PRELOAD_PATH);
      registerPresenter(PRELOAD_PATH, liveWindow);
      recent = await loadRecentList(userDataFile('recent-files.json'));
      refreshMenu();
      await ensureWindow();
      const file = findProjectFileInArgv(process.argv, process.cwd());
      if (file) await openProjectPath(file);
    })
    .catch((err: unknown) => {
      dialog.showErrorBox(
        'Baton could not start',
        err instanceof Error ? err.message : String(err),
      );
      app.quit();
    });
}

if (app.requestSingleInstanceLock()) start();
else app.quit();
