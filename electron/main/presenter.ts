/**
 * The presenter view: a second window of the app's own origin, full screen on a second
 * display when there is one (the projector), showing #/p/<project>/workshop/present. It follows
 * the facilitator's window through the renderer's BroadcastChannel tab sync.
 */
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL, IPC } from './constants';
import { checkPresenterRoute } from './guards';
import { assertTrustedSender, ipcMain } from './ipc';
import { secureWebPreferences } from './security';

let presenter: BrowserWindow | null = null;

export function registerPresenter(preloadPath: string, getMain: () => BrowserWindow | null): void {
  ipcMain.handle(IPC.openPresenter, async (event, route) => {
    assertTrustedSender(event);
    const checked = checkPresenterRoute(route);
    if (!checked.ok) throw new Error(`Refused: ${checked.reason}.`);
    const url = `${APP_ENTRY_URL}${checked.value}`;
    if (presenter && !presenter.isDestroyed()) {
      await presenter.loadURL(url);
      presenter.focus();
      return;
    }
    const main = getMain();
    const mainDisplay = main ? screen.getDisplayMatching(main.getBounds()) : screen.getPrimaryDisplay();
    const other = screen.getAllDisplays().find((d) => d.id !== mainDisplay.id);
    const area = (other ?? mainDisplay).workArea;
    // electronegativity flags this window (CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK,
    // AUXCLICK_JS_CHECK) because it can't follow secureWebPreferences() into security.ts, where
    // contextIsolation and sandbox are on; new windows are denied by hardenWebContents.
    presenter = new BrowserWindow({
      x: area.x,
      y: area.y,
      width: Math.min(1280, area.width),
      height: Math.min(800, area.height),
      title: 'Baton — presenter view',
      fullscreen: !!other,
      webPreferences: secureWebPreferences(preloadPath),
    });
    presenter.on('closed', () => {
      presenter = null;
    });
    await presenter.loadURL(url);
  });
}
