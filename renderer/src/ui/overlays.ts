/**
 * Which app-wide dialog is open (the command palette, the shortcut sheet, help, about, display
 * settings). UI-only state: never saved, never exported. One at a time.
 */
import { createStore } from 'zustand/vanilla';

export type Overlay = 'palette' | 'shortcuts' | 'help' | 'about' | 'settings';

export interface OverlayState {
  readonly open: Overlay | null;
  /** Help opened on a topic (its id), or the search it starts with. */
  readonly helpQuery: string;
}

export const overlays = createStore<OverlayState>(() => ({ open: null, helpQuery: '' }));

export function openOverlay(open: Overlay, helpQuery = ''): void {
  overlays.setState({ open, helpQuery });
}

export function closeOverlay(): void {
  overlays.setState({ open: null });
}
