/**
 * Keeping what the keyboard is on in view, as pure functions. React Flow draws only what is on
 * screen (onlyRenderVisibleElements), so a cursor walked past the edge with the arrow keys, or a
 * card opened there with Enter, was invisible — and the card's text field never opened, so the
 * keys typed next went nowhere a person could see.
 */
import type { Cursor } from './editorState';
import { GRID, stageX, type MapLayout } from './layout';

/** A box in flow coordinates. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** React Flow's viewport: the offset and zoom, and the size of the pane in screen pixels. */
export interface View {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
}

/** Where the keyboard is: the card being edited, else the cursor's card, else its cell. */
export function keyboardTarget(layout: MapLayout, cursor: Cursor | null, editingCardId: string | null): Rect | null {
  const cardId = editingCardId ?? cursor?.cardId;
  const at = cardId ? layout.cardPos.get(cardId) : undefined;
  if (at) return { x: at.x, y: at.y, width: GRID.cardW, height: GRID.cardH };
  if (!cursor || editingCardId) return null; // a card being opened is not laid out yet: wait for it
  const si = layout.stages.findIndex((s) => s.id === cursor.stageId);
  const band = layout.lanes.find((b) => b.lane.id === cursor.laneId);
  if (si < 0 || !band) return null;
  return { x: stageX(si), y: band.y, width: GRID.stageW, height: band.h };
}

/** Something drawn over the pane (the overview, the zoom buttons), in pane pixels. */
export type Obstacle = Rect;

/** Pixels kept clear between what is shown and the pane's edge or what covers it. */
export const VIEW_MARGIN = 24;

/** One axis: the offset that shows [start, start+length) between `low` and `high` screen pixels. */
function axis(offset: number, zoom: number, start: number, length: number, low: number, high: number): number {
  const from = offset + start * zoom;
  const to = from + length * zoom;
  // Larger than the room: show its start, unless the start is on screen already.
  if (to - from > high - low) return from >= 0 && from <= high ? offset : low - start * zoom;
  if (from < low) return low - start * zoom;
  if (to > high) return high - (start + length) * zoom;
  return offset;
}

/**
 * The viewport offset that shows `rect` whole, clear of the pane's edges and of the
 * `obstacles` in the corners, with the least movement; null when it is in view already. The
 * zoom never changes (a spreadsheet scrolls to the cell, it doesn't zoom to it).
 */
export function panToShow(view: View, rect: Rect, obstacles: readonly Obstacle[] = [], margin = VIEW_MARGIN): { x: number; y: number } | null {
  if (view.width <= 0 || view.height <= 0) return null;
  const x = axis(view.x, view.zoom, rect.x, rect.width, margin, view.width - margin);
  // Across the columns it will take on screen, what covers the bottom of the pane lifts its floor.
  const left = x + rect.x * view.zoom;
  const right = left + rect.width * view.zoom;
  let floor = view.height - margin;
  for (const o of obstacles) {
    if (o.x < right && o.x + o.width > left && o.y > view.height / 2) floor = Math.min(floor, o.y - margin);
  }
  const y = axis(view.y, view.zoom, rect.y, rect.height, margin, floor);
  return x === view.x && y === view.y ? null : { x, y };
}
