/**
 * The part of the map React Flow is told about: the cards in a window around the view, not
 * every card of the map. React Flow walks its whole node list on every change of its store —
 * adopting a new `nodes` array on each pointer move of a drag, and `getNodesInside` (what
 * `onlyRenderVisibleElements` draws) on every pan frame — so with every card handed over, a
 * drag on a 20,000-card map cost three times the drag on a 2,000-card one (`npm run bench`,
 * "dragscale"), and React Flow kept a second copy of every card (its internal node) in memory.
 * With the window it walks what a screen can show, whatever the size of the map.
 *
 * The window is the view with half a view more on every side, so a pan of up to half a screen
 * hands React Flow nothing new; it is moved only when the view leaves it. Pure geometry, no
 * React: the canvas (JourneyCanvas) keeps the window and builds the nodes from it.
 */
import type { Connector } from '../domain/types';
import { CARD_STEP, cellKey, GRID, stageX, type MapLayout } from './layout';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What the pane shows, in flow coordinates: React Flow's transform and the pane's size. */
export function viewRect(transform: readonly [number, number, number], width: number, height: number): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

/** The window for a view: `margin` views more on every side. */
export function windowAround(view: Rect, margin = 0.5): Rect {
  return {
    x: view.x - view.width * margin,
    y: view.y - view.height * margin,
    width: view.width * (1 + 2 * margin),
    height: view.height * (1 + 2 * margin),
  };
}

/**
 * Whether `win` still serves `view`: it holds the whole view and is not much bigger than a
 * window around it would be (after zooming in, a window from far out would hand React Flow
 * many more cards than the screen can show).
 */
export function windowServes(win: Rect | null, view: Rect): boolean {
  if (!win) return false;
  const inside = view.x >= win.x && view.y >= win.y && view.x + view.width <= win.x + win.width && view.y + view.height <= win.y + win.height;
  return inside && win.width * win.height <= 9 * view.width * view.height;
}

const meets = (r: Rect, x: number, y: number, w: number, h: number) => x < r.x + r.width && x + w > r.x && y < r.y + r.height && y + h > r.y;

/**
 * The cards whose box meets `win`, stage by stage, lane by lane, top to bottom: found from the
 * grid (stages are fixed-width columns, cards a fixed step apart in their cell), so the cost is
 * the cards in the window, not the cards of the map.
 */
export function cardsIn(layout: MapLayout, win: Rect): string[] {
  const out: string[] = [];
  const first = Math.max(0, Math.floor((win.x - GRID.laneLabelW) / GRID.stageW));
  const last = Math.min(layout.stages.length - 1, Math.floor((win.x + win.width - GRID.laneLabelW) / GRID.stageW));
  for (let i = first; i <= last; i++) {
    const stage = layout.stages[i]!;
    const x = stageX(i) + GRID.pad;
    if (x >= win.x + win.width || x + GRID.cardW <= win.x) continue;
    for (const band of layout.lanes) {
      if (band.y >= win.y + win.height || band.y + band.h <= win.y) continue;
      const list = layout.cells.get(cellKey(stage.id, band.lane.id));
      if (!list?.length) continue;
      const top = layout.cardPos.get(list[0]!.id)?.y ?? band.y + GRID.pad;
      // Cards k with top + k·step < bottom of the window and top + k·step + cardH > its top.
      const from = Math.max(0, Math.floor((win.y - GRID.cardH - top) / CARD_STEP) + 1);
      const to = Math.min(list.length - 1, Math.ceil((win.y + win.height - top) / CARD_STEP) - 1);
      for (let k = from; k <= to; k++) out.push(list[k]!.id);
    }
  }
  return out;
}

/**
 * Both ends of every connector whose box (its two cards') meets `win`: React Flow draws an edge
 * only when it knows both of its nodes, so a connector from a card in view to one far off keeps
 * its far end.
 */
export function connectorEnds(layout: MapLayout, connectors: readonly Connector[], win: Rect): string[] {
  const out: string[] = [];
  for (const c of connectors) {
    const a = layout.cardPos.get(c.fromCardId);
    const b = layout.cardPos.get(c.toCardId);
    if (!a || !b) continue;
    const x = Math.min(a.x, b.x);
    const y = Math.min(a.y, b.y);
    if (meets(win, x, y, Math.max(a.x, b.x) + GRID.cardW - x, Math.max(a.y, b.y) + GRID.cardH - y)) out.push(c.fromCardId, c.toCardId);
  }
  return out;
}

/**
 * The cards to hand React Flow: those in the window (all of them without one: before the pane
 * is measured and the view fitted), then connectors' ends, then `pinned` — the selected and the
 * dragged cards, wherever they are, so React Flow's selection and a drag of several cards stay
 * whole when the window moves. Each card once, in that order (a card keeps its place among the
 * window's cards from one window to the next, so React moves few elements).
 */
export function shownCards(layout: MapLayout, win: Rect | null, connectors: readonly Connector[], pinned: Iterable<string>): string[] | undefined {
  if (!win) return undefined;
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (id: string) => {
    if (seen.has(id) || !layout.cardPos.has(id)) return;
    seen.add(id);
    out.push(id);
  };
  for (const id of cardsIn(layout, win)) add(id);
  for (const id of connectorEnds(layout, connectors, win)) add(id);
  for (const id of pinned) add(id);
  return out;
}
