/**
 * The live-session host in the main process: one session at a time (live/server/host.ts),
 * reached through six checked IPC handlers. Nothing listens on the network until the user
 * starts a session, and the server ends when the session ends or the app quits.
 */
import type { BrowserWindow } from 'electron';
import { createLiveHost, type LiveHost } from '../../live/server/host';
import type { InvokeChannel, InvokeHandlers, UncheckedArgs } from '../../renderer/src/platform/ipc';
import { APP_ORIGIN, IPC } from './constants';
import { assertTrustedSender, ipcMain, sendToRenderer } from './ipc';

let host: LiveHost | null = null;

export function registerLiveHandlers(rendererRoot: string, getWindow: () => BrowserWindow | null): void {
  host = createLiveHost({ webRoot: rendererRoot, allowedOrigins: [APP_ORIGIN] });
  const h = host;
  const handle = <K extends InvokeChannel>(
    channel: K,
    run: (...args: UncheckedArgs<K>) => Promise<ReturnType<InvokeHandlers[K]>>,
  ) =>
    ipcMain.handle(channel, (event, ...args) => {
      assertTrustedSender(event);
      return run(...args);
    });
  handle(IPC.liveAddresses, () => h.addresses());
  handle(IPC.liveStart, (req) => h.start(req));
  handle(IPC.liveCurrent, () => h.current());
  handle(IPC.liveSetLocked, (locked) => h.setLocked(locked));
  handle(IPC.liveRemove, (id) => h.remove(id));
  handle(IPC.liveEnd, () => h.end());
  h.onParticipants((list) => {
    const win = getWindow();
    if (win && !win.isDestroyed()) sendToRenderer(win.webContents, IPC.liveParticipants, list);
  });
}

/** Ends any running session (called before quitting). */
export async function endLiveSession(): Promise<void> {
  await host?.end().catch(() => undefined);
}
