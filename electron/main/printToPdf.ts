/**
 * The leadership PDF in the desktop app: the report's print route is loaded in a hidden,
 * equally locked-down window of the app's own origin; once the page says it is ready (fonts
 * loaded, images decoded, layout settled: `body[data-report-ready]`), Chromium prints it to
 * a vector PDF. Printing before that signal is how other apps get blank pages.
 */
import { BrowserWindow, app, dialog } from 'electron';
import path from 'node:path';
import { APP_ENTRY_URL, IPC } from './constants';
import { atomicWriteFile } from './files';
import { checkPrintToPdfRequest } from './guards';
import { assertTrustedSender, ipcMain } from './ipc';
import { secureWebPreferences } from './security';

const READY_TIMEOUT_MS = 60_000;

/** Resolves when the report page has set its ready flag (or rejects after the timeout). */
const WAIT_FOR_READY = `new Promise((resolve, reject) => {
  if (document.body && document.body.dataset.reportReady === 'true') return resolve(true);
  const t = setTimeout(() => reject(new Error('The report did not finish loading.')), ${READY_TIMEOUT_MS});
  window.addEventListener('baton:report-ready', () => { clearTimeout(t); resolve(true); }, { once: true });
})`;

export function registerPrintToPdf(preloadPath: string): void {
  ipcMain.handle(IPC.printToPdf, async (event, request) => {
    assertTrustedSender(event);
    const checked = checkPrintToPdfRequest(request);
    if (!checked.ok) throw new Error(`Refused: ${checked.reason}.`);
    const req = checked.value;
    const parent = BrowserWindow.fromWebContents(event.sender);
    // Ask where to save first, so a cancelled dialog never renders anything.
    const options = {
      title: 'Save the report as PDF',
      defaultPath: path.join(app.getPath('documents'), req.suggestedName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    const target = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (target.canceled || !target.filePath) return false;

    // electronegativity flags this window (CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK,
    // AUXCLICK_JS_CHECK) because it can't follow secureWebPreferences() into security.ts, where
    // contextIsolation and sandbox are on (asserted in test/unit/electron-security.test.ts);
    // a middle-click's new window is denied by hardenWebContents' setWindowOpenHandler.
    const win = new BrowserWindow({
      show: false,
      webPreferences: { ...secureWebPreferences(preloadPath), backgroundThrottling: false },
    });
    try {
      await win.loadURL(`${APP_ENTRY_URL}${req.route}`);
      await win.webContents.executeJavaScript(WAIT_FOR_READY, true);
      const pdf = await win.webContents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        pageSize: req.pageSize,
        landscape: req.landscape,
        generateTaggedPDF: true,
      });
      await atomicWriteFile(target.filePath, pdf);
      return true;
    } finally {
      if (!win.isDestroyed()) win.destroy();
    }
  });
}
