/**
 * The main window. Baton uses ONE window: the home screen lists the projects and a project
 * opens in the same window (its hash route), so a file opened from the file manager or a
 * second launch is forwarded to that window rather than opening another.
 */
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './constants';
import { secureWebPreferences } from './security';
import { MIN_SIZE, clampBounds, loadWindowState, saveWindowState } from './windowState';

export interface MainWindowOptions {
  /** Absolute path of the built preload (out/preload/index.cjs). */
  readonly preloadPath: string;
  /** Where the window's size and position are remembered (in the user data folder). */
  readonly stateFile: string;
  /** A window icon (Linux uses it in the task bar when not installed from a package). */
  readonly icon?: string;
}

/** A window that never signals ready-to-show (a renderer crash) is shown anyway. */
const SHOW_ANYWAY_AFTER_MS = 5000;

export async function createMainWindow(opts: MainWindowOptions): Promise<BrowserWindow> {
  const saved = await loadWindowState(opts.stateFile);
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map(
    (d) => d.workArea,
  );
  const bounds = clampBounds(saved?.bounds, workAreas);

  // electronegativity flags this window (CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK,
  // AUXCLICK_JS_CHECK) because it can't follow secureWebPreferences() into security.ts, where
  // contextIsolation and sandbox are on (asserted in test/unit/electron-security.test.ts);
  // a middle-click's new window is denied by hardenWebContents' setWindowOpenHandler.
  const win = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Baton',
    // Hidden until the first paint, so the user never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    ...(opts.icon ? { icon: opts.icon } : {}),
    webPreferences: secureWebPreferences(opts.preloadPath),
  });

  let shown = false;
  const show = () => {
    if (shown || win.isDestroyed()) return;
    shown = true;
    if (saved?.maximized) win.maximize();
    if (saved?.fullScreen) win.setFullScreen(true);
    win.show();
  };
  win.once('ready-to-show', show);
  setTimeout(show, SHOW_ANYWAY_AFTER_MS).unref();

  // Remember the restored ("normal") bounds, so a maximized window comes back maximized
  // with its previous size underneath. index.ts waits for this write before quitting.
  win.on('close', () => {
    void saveWindowState(opts.stateFile, {
      bounds: win.getNormalBounds(),
      maximized: win.isMaximized(),
      fullScreen: win.isFullScreen(),
    }).catch(() => undefined);
  });

  void win.loadURL(APP_ENTRY_URL);
  return win;
}
