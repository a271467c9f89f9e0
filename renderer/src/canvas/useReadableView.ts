/**
 * The canvas's side of readable.ts: in room mode and in the projector theme the view settles on
 * a zoom that keeps card text at 18 px or more on screen, and can't be zoomed out below it (the
 * overview still shows the whole map). The smallest font is measured on the cards drawn now, so
 * whatever the theme and the badges make of a card, the figure is what the room sees.
 *
 * Entering room mode shows the agenda's focused stage (else the map's start); leaving it gives
 * back the view the person had. PageDown and PageUp step through the stages (and, through the
 * useFollowStage slot, move the room's focused stage with them).
 */
import { useReactFlow, useStoreApi, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { activeTheme, themeState } from '../ui/theme/theme';
import type { MapLayout } from './layout';
import { readablePlan, readableViewport, showStage, stageInView, stepStage, leftStage, type Pane, type ReadablePlan } from './readable';
import { roomState } from './room';
import { useFocusStage, useFollowStage } from './slots';

/** The least zoom outside the readable views. */
export const FREE_MIN_ZOOM = 0.05;
const MAX_ZOOM = 2.5;
const FALLBACK_FONT = 16;
/** How long a move of the readable view takes on screen. */
const STEP_MS = 250;

/** The smallest font (CSS px, before the zoom) of any text of its own in the cards under `root`. */
export function smallestCardFont(root: ParentNode): number | null {
  let min = Infinity;
  for (const card of root.querySelectorAll<HTMLElement>('[data-testid="card"]')) {
    for (const el of [card, ...card.querySelectorAll<HTMLElement>('*')]) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!own || el.getClientRects().length === 0) continue;
      const b = el.getBoundingClientRect();
      if (b.width < 2 || b.height < 2) continue; // screen-reader only text
      min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
    }
  }
  return Number.isFinite(min) ? min : null;
}

/**
 * The smallest font a card may have here: what the cards drawn now measure, and the floor the
 * styles set for every card (`--card-min-font`), so cards off screen (not drawn) are counted too.
 */
function readableFont(root: HTMLElement | null): number {
  if (!root) return FALLBACK_FONT;
  const floor = parseFloat(getComputedStyle(root).getPropertyValue('--card-min-font'));
  const measured = smallestCardFont(root);
  const both = [floor, measured ?? NaN].filter((n) => Number.isFinite(n) && n > 0);
  return both.length ? Math.min(...both) : FALLBACK_FONT;
}

/**
 * Whether the canvas is a readable one (room mode or the projector theme): its type is sized for
 * the back of the room (styles.css, "Readable canvas") and its stage headers are taller.
 */
export function useReadableCanvas(): boolean {
  const room = useStore(roomState, (s) => s.on);
  const projector = useStore(themeState, () => activeTheme() === 'projector');
  return room || projector;
}

export interface ReadableView {
  /** Room mode or the projector theme: the readable views apply. */
  readonly active: boolean;
  readonly minZoom: number;
  /** "Fit map to screen" while active: the readable view. False when not active. */
  fit(): boolean;
  /** PageDown / PageUp: the next or previous stage. False when there is none. */
  step(step: 1 | -1): boolean;
}

export function useReadableView(layout: MapLayout, mapId: string, rootRef: React.RefObject<HTMLElement | null>): ReadableView {
  const flow = useReactFlow();
  const store = useStoreApi();
  const room = useStore(roomState, (s) => s.on);
  const active = useReadableCanvas();
  const [minZoom, setMinZoom] = useState(FREE_MIN_ZOOM);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const focusStageId = useFocusStage(mapId);
  const focusRef = useRef(focusStageId);
  focusRef.current = focusStageId;
  const beforeRoom = useRef<Viewport | null>(null);
  const follow = useFollowStage(mapId);
  const followRef = useRef(follow);
  followRef.current = follow;

  const pane = useCallback((): Pane => {
    const { width, height } = store.getState();
    return { width, height };
  }, [store]);

  const plan = useCallback((): ReadablePlan => {
    const font = readableFont(rootRef.current);
    const p = readablePlan(layoutRef.current, pane(), font, MAX_ZOOM);
    setMinZoom(Math.min(p.zoom, MAX_ZOOM));
    return p;
  }, [pane, rootRef]);

  const focusIndex = () => {
    const id = focusRef.current;
    return id ? layoutRef.current.stages.findIndex((s) => s.id === id) : -1;
  };

  // Where the view is going while a move runs: a second press (a clicker's double tap) steps
  // on from there, and following the agenda's stage reads it, not a view still on its way.
  const going = useRef<{ viewport: Viewport; until: number } | null>(null);
  const viewNow = useCallback(
    (): Viewport => (going.current && performance.now() < going.current.until ? going.current.viewport : flow.getViewport()),
    [flow],
  );
  const apply = useCallback(
    (vp: Viewport) => {
      going.current = { viewport: vp, until: performance.now() + STEP_MS };
      void flow.setViewport(vp, { duration: STEP_MS });
    },
    [flow],
  );

  // Turning on: room mode always starts from the focused stage (or the map's start); the
  // projector theme only corrects a view that is too small to read.
  const wasRoom = useRef(room);
  useEffect(() => {
    const enteringRoom = room && !wasRoom.current;
    const leavingRoom = !room && wasRoom.current;
    wasRoom.current = room;
    if (!active) {
      setMinZoom(FREE_MIN_ZOOM);
      if (leavingRoom && beforeRoom.current) apply(beforeRoom.current);
      beforeRoom.current = null;
      return;
    }
    if (enteringRoom) beforeRoom.current = flow.getViewport();
    if (leavingRoom && beforeRoom.current) {
      // Back to the projector theme alone: the view from before room mode, if it was readable.
      const back = beforeRoom.current;
      beforeRoom.current = null;
      requestAnimationFrame(() => {
        const p = plan();
        apply(back.zoom >= p.zoom ? back : readableViewport(layoutRef.current, pane(), p, leftStage(layoutRef.current, back)));
      });
      return;
    }
    // Two frames: the room's layout (no header, no toolbar) and its fonts are in place.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const p = plan();
        const now = flow.getViewport();
        if (!enteringRoom && now.zoom >= p.zoom - 1e-3) return;
        apply(readableViewport(layoutRef.current, pane(), p, Math.max(0, focusIndex())));
      });
    });
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, room]);

  // The pane changes size (full screen arrives, a side panel opens): the same stages, readable.
  useEffect(() => {
    if (!active) return;
    let last = pane();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsub = store.subscribe((s) => {
      if (s.width === last.width && s.height === last.height) return;
      const before = last;
      last = { width: s.width, height: s.height };
      clearTimeout(timer);
      timer = setTimeout(() => {
        const p = plan();
        const now = flow.getViewport();
        const vp = readableViewport(layoutRef.current, pane(), p, leftStage(layoutRef.current, now), now.zoom >= p.zoom ? now.y : undefined);
        // The agenda's focused stage stays in view if it was (entering room mode shows it, and the
        // header leaving resizes the pane just after: the last stage must not slide off the edge).
        const focus = focusIndex();
        const keep = focus >= 0 && stageInView(before, now, focus) ? showStage(layoutRef.current, pane(), p, vp, focus) : null;
        apply(keep ?? vp);
      }, 150);
    });
    return () => {
      clearTimeout(timer);
      unsub();
    };
  }, [active, store, pane, plan, flow, apply]);

  // Follow the agenda: the session's focused stage comes into view.
  useEffect(() => {
    if (!active || !focusStageId) return;
    const index = layoutRef.current.stages.findIndex((s) => s.id === focusStageId);
    if (index < 0) return;
    const frame = requestAnimationFrame(() => {
      const vp = showStage(layoutRef.current, pane(), plan(), viewNow(), index);
      if (vp) apply(vp);
    });
    return () => cancelAnimationFrame(frame);
  }, [active, focusStageId, pane, plan, viewNow, apply]);

  const fit = useCallback(() => {
    if (!active) return false;
    apply(readableViewport(layoutRef.current, pane(), plan(), 0));
    return true;
  }, [active, apply, pane, plan]);

  const step = useCallback(
    (dir: 1 | -1) => {
      const p = plan();
      const moved = stepStage(layoutRef.current, pane(), p, viewNow(), dir);
      if (!moved) return false;
      apply(moved.viewport);
      // The room's stage follows (the presenter view, the phones): the one now at the left.
      const stage = layoutRef.current.stages[moved.index];
      if (stage) followRef.current?.(stage.id);
      return true;
    },
    [plan, pane, viewNow, apply],
  );

  return { active, minZoom: active ? minZoom : FREE_MIN_ZOOM, fit, step };
}
