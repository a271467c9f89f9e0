/**
 * The window of the map whose cards React Flow is told about (cardWindow.ts), kept around the
 * view: read from React Flow's store on every change of the view, and set — a render of the
 * canvas — only when the view leaves it, so most pan frames cost nothing here.
 */
import { useStoreApi, type Viewport } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { viewRect, windowAround, windowServes, type Rect } from './cardWindow';

/**
 * Before React Flow has measured its pane: the view the map opens on, as big as the browser's
 * window (the pane is no bigger), so the first frame already has its cards. Without a saved
 * view the map opens fitted to the screen, which shows every card: no window until then.
 */
function firstWindow(initial: Viewport | undefined): Rect | null {
  if (!initial || typeof window === 'undefined') return null;
  return windowAround(viewRect([initial.x, initial.y, initial.zoom], window.innerWidth, window.innerHeight));
}

export function useCardWindow(initial: Viewport | undefined): Rect | null {
  const store = useStoreApi();
  const [win, setWin] = useState<Rect | null>(() => firstWindow(initial));
  const current = useRef(win);
  useEffect(() => {
    const follow = (transform: readonly [number, number, number], width: number, height: number) => {
      if (!width || !height) return;
      const view = viewRect(transform, width, height);
      if (windowServes(current.current, view)) return;
      current.current = windowAround(view);
      setWin(current.current);
    };
    let last = store.getState();
    follow(last.transform, last.width, last.height);
    // Only the view's own numbers matter: most store updates (a drag's moves, selection) are skipped.
    return store.subscribe((s) => {
      if (s.transform === last.transform && s.width === last.width && s.height === last.height) return;
      last = s;
      follow(s.transform, s.width, s.height);
    });
  }, [store]);
  return win;
}
