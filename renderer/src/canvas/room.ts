/**
 * Room mode: the projected map owns the window (and the screen, where the browser or the desktop
 * app allows it). A view state of this computer, never saved with the project or sent to peers
 * (ARCHITECTURE.md, "Room mode and the presenter"). The shells read it to fold their chrome away:
 * the project shell hides its header and sidebar, the map editor swaps its toolbar for the room
 * bar, and the canvas settles on a readable zoom (readable.ts).
 *
 * `room-mode` on <html> is for the few style rules that need it (toasts above the room bar).
 */
import { createStore } from 'zustand/vanilla';

export interface RoomState {
  readonly on: boolean;
}

export const roomState = createStore<RoomState>(() => ({ on: false }));

/** Whether room mode asked for the screen (so leaving full screen with the browser's Esc leaves it too). */
let askedFullscreen = false;

function reflect(on: boolean): void {
  if (typeof document === 'undefined') return;
  document.documentElement.classList.toggle('room-mode', on);
}

export function enterRoom(): void {
  if (roomState.getState().on) return;
  roomState.setState({ on: true });
  reflect(true);
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  // Where allowed (a click or key press, not inside a frame that forbids it); never required.
  if (!document.fullscreenElement && typeof root.requestFullscreen === 'function') {
    askedFullscreen = true;
    root.requestFullscreen({ navigationUI: 'hide' }).catch(() => {
      askedFullscreen = false;
    });
  }
}

export function leaveRoom(): void {
  if (!roomState.getState().on) return;
  roomState.setState({ on: false });
  reflect(false);
  if (typeof document === 'undefined') return;
  if (askedFullscreen && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  askedFullscreen = false;
}

export function toggleRoom(): void {
  if (roomState.getState().on) leaveRoom();
  else enterRoom();
}

// The browser's own Esc (or F11) ends the full screen before a page sees the key: room mode,
// which asked for it, ends with it.
if (typeof document !== 'undefined') {
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement && askedFullscreen) {
      askedFullscreen = false;
      leaveRoom();
    }
  });
}
