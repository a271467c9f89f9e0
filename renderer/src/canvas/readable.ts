/**
 * Readable from the back of the room, as pure functions. Text on a projected map is never below
 * 18 CSS pixels on screen (STYLE.md), and what a card shows on screen is its font size times the
 * viewport's zoom: so the zoom the view settles on in room mode and the projector theme is at
 * least 18 / (the smallest font on a card). At "Fit map to screen" a 7-stage map at 1440 px
 * drew card text at ~7 px (issue 18).
 *
 * The plan: fit the map's width when that zoom is readable; otherwise take the readable zoom and
 * show the map a few stages at a time, the leftmost stage chosen by the person (PageDown and
 * PageUp) or by the agenda (the session's focused stage comes into view).
 */
import { GRID, stageX, type MapLayout } from './layout';

/** The smallest text on a projected canvas, in CSS pixels on screen. */
export const READABLE_PX = 18;

/** Screen pixels kept clear around what a readable view shows. */
export const READABLE_MARGIN = 12;

/** The map's drawing starts above its stage headers: the band of handoff markers. */
const MAP_TOP = -GRID.bandAboveH;

export interface Pane {
  readonly width: number;
  readonly height: number;
}

export interface ViewportLike {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export type ReadablePlan =
  /** The whole width fits at a readable zoom. */
  | { readonly kind: 'width'; readonly zoom: number }
  /** It does not: a few stages at a time, at the readable zoom. */
  | { readonly kind: 'stages'; readonly zoom: number };

/**
 * The least zoom at which text of `minFontPx` (in flow units: the card's computed font size)
 * shows at `target` px. Rounded up, so rounding never lands a hair below the target.
 */
export function readableZoom(minFontPx: number, target = READABLE_PX): number {
  if (!(minFontPx > 0)) return 1;
  return Math.ceil((target / minFontPx) * 1000) / 1000;
}

/**
 * How to show this map on this pane readably. A small map fitted by width is not blown up past
 * half again the readable zoom (two stages at 2.5x would show three cards on a screen).
 */
export function readablePlan(layout: Pick<MapLayout, 'width'>, pane: Pane, minFontPx: number, maxZoom = 2.5): ReadablePlan {
  const least = Math.min(readableZoom(minFontPx), maxZoom);
  const fitWidth = layout.width > 0 ? (pane.width - 2 * READABLE_MARGIN) / layout.width : maxZoom;
  if (fitWidth >= least) return { kind: 'width', zoom: Math.min(fitWidth, maxZoom, Math.max(least * 1.5, 1)) };
  return { kind: 'stages', zoom: least };
}

/** How many whole stages show side by side at a plan's zoom (at least one). */
export function stagesPerScreen(pane: Pane, plan: ReadablePlan): number {
  return Math.max(1, Math.floor((pane.width - 2 * READABLE_MARGIN) / (GRID.stageW * plan.zoom)));
}

/** The viewport's x that puts stage `index` at the pane's left (the lane names with the first). */
function xForStage(layout: Pick<MapLayout, 'width' | 'stages'>, pane: Pane, zoom: number, index: number): number {
  if (index <= 0) return READABLE_MARGIN;
  const x = READABLE_MARGIN - stageX(index) * zoom;
  // Never past the map's end: the last stages fill the pane rather than leave it half empty.
  const end = pane.width - READABLE_MARGIN - layout.width * zoom;
  return Math.min(READABLE_MARGIN, Math.max(x, end));
}

/**
 * The viewport of a plan with stage `index` in view: the first stages and the map's top when
 * the view is new, the current height (`keepY`) when the person is moving along the stages.
 */
export function readableViewport(
  layout: Pick<MapLayout, 'width' | 'stages'>,
  pane: Pane,
  plan: ReadablePlan,
  index = 0,
  keepY?: number,
): ViewportLike {
  const { zoom } = plan;
  const y = keepY ?? READABLE_MARGIN - MAP_TOP * zoom;
  if (plan.kind === 'width') return { x: (pane.width - layout.width * zoom) / 2, y, zoom };
  const last = Math.max(0, layout.stages.length - 1);
  return { x: xForStage(layout, pane, zoom, Math.max(0, Math.min(index, last))), y, zoom };
}

/** The stage at the view's left edge: the first whose column starts in the pane (or the one cut by it). */
export function leftStage(layout: Pick<MapLayout, 'stages'>, view: ViewportLike): number {
  const count = layout.stages.length;
  if (!count) return 0;
  const flowLeft = (READABLE_MARGIN - view.x) / view.zoom;
  const i = Math.ceil((flowLeft - GRID.laneLabelW - 1) / GRID.stageW);
  return Math.max(0, Math.min(count - 1, i));
}

/** Whether stage `index`'s whole column is across the pane. */
export function stageInView(pane: Pane, view: ViewportLike, index: number): boolean {
  const left = view.x + stageX(index) * view.zoom;
  const right = left + GRID.stageW * view.zoom;
  return left >= -1 && right <= pane.width + 1;
}

/**
 * PageDown (+1) and PageUp (-1): the next or previous stage at the pane's left, at the readable
 * zoom, the view's height kept. Null at either end (nothing to move to).
 */
export function stepStage(
  layout: Pick<MapLayout, 'width' | 'stages'>,
  pane: Pane,
  plan: ReadablePlan,
  view: ViewportLike,
  step: 1 | -1,
): { index: number; viewport: ViewportLike } | null {
  if (plan.kind === 'width' || !layout.stages.length) return null;
  const from = Math.abs(view.zoom - plan.zoom) < 1e-3 ? leftStage(layout, view) : 0;
  const index = from + step;
  if (index < 0 || index >= layout.stages.length) return null;
  const viewport = readableViewport(layout, pane, plan, index, view.y);
  if (Math.abs(viewport.x - view.x) < 1 && Math.abs(viewport.zoom - view.zoom) < 1e-3) return null;
  return { index, viewport };
}

/**
 * Follow the agenda: the viewport that brings the focused stage into view at the readable zoom,
 * or null when it is in view at a readable zoom already (the view does not jump for nothing).
 */
export function showStage(
  layout: Pick<MapLayout, 'width' | 'stages'>,
  pane: Pane,
  plan: ReadablePlan,
  view: ViewportLike,
  index: number,
): ViewportLike | null {
  if (index < 0 || index >= layout.stages.length) return null;
  const readable = view.zoom >= plan.zoom - 1e-3;
  if (readable && stageInView(pane, view, index)) return null;
  return readableViewport(layout, pane, plan, index, readable ? view.y : undefined);
}
