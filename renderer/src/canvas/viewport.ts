/**
 * Keeping what the keyboard is on in view, as pure functions. React Flow draws only what is on
 * screen (onlyRenderVisibleElements), so a cursor walked past the edge with the arrow keys, or a
 * card opened there with Enter, was invisible — and the card's text field never opened, so the
 * keys typed next went nowhere a person could see.
 */
import type { Cursor } from './editorState';
import { GRID, stageX, type MapLayout } from './layout';

/**
 * "Fit map to screen"'s margins: the map's bottom edge stays above the zoom controls in the
 * pane's bottom corner (about 4.5 rem tall with their margin, whatever the theme's type), so at
 * the fitted view nothing is drawn over a card. The overview leaves while the whole map shows
 * (MapOverview), so it needs no room.
 */
export function fitPadding() {
  const rem = typeof document === 'undefined' ? 16 : parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return { top: '12px', left: '12px', right: '12px', bottom: `${Math.round(rem * 4.5)}px` } as const;
}

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

/**
 * In the first lane the box takes in the stage names above it, in the first stage the lane
 * names to its left: as a spreadsheet shows its headings when the cursor reaches row 1 or
 * column A (so Ctrl+Home shows the map's corner). The caller keeps the plain box when the grown
 * one would push it out of sight.
 */
export function withHeadings(layout: MapLayout, cursor: Cursor | null, rect: Rect): Rect {
  if (!cursor) return rect;
  const top = layout.lanes[0]?.lane.id === cursor.laneId;
  const left = layout.stages[0]?.id === cursor.stageId;
  if (!top && !left) return rect;
  const x = left ? 0 : rect.x;
  const y = top ? 0 : rect.y;
  return { x, y, width: rect.x + rect.width - x, height: rect.y + rect.height - y };
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
 * `obstacles` along the top and in the bottom corners, with the least movement; null when it
 * is in view already. The zoom never changes (a spreadsheet scrolls to the cell, it doesn't
 * zoom to it).
 */
export function panToShow(view: View, rect: Rect, obstacles: readonly Obstacle[] = [], margin = VIEW_MARGIN): { x: number; y: number } | null {
  if (view.width <= 0 || view.height <= 0) return null;
  const x = axis(view.x, view.zoom, rect.x, rect.width, margin, view.width - margin);
  // Across the columns it will take on screen, what covers the pane lifts its floor or lowers its ceiling.
  const left = x + rect.x * view.zoom;
  const right = left + rect.width * view.zoom;
  let floor = view.height - margin;
  let ceiling = margin;
  for (const o of obstacles) {
    if (!(o.x < right && o.x + o.width > left)) continue;
    // What covers the top (the frozen stage names) lowers the ceiling.
    if (o.y > view.height / 2) floor = Math.min(floor, o.y - margin);
    else if (o.y + o.height < view.height / 2) ceiling = Math.max(ceiling, o.y + o.height + margin);
  }
  const y = axis(view.y, view.zoom, rect.y, rect.height, ceiling, floor);
  return x === view.x && y === view.y ? null : { x, y };
}

/** The height of the frozen strip of stage names, and of a frozen lane name, in screen pixels. */
export const FROZEN_STRIP_H = 40;
export const FROZEN_TAG_H = 34;

export interface FrozenView {
  /** Whether the strip of stage names shows: the names of the header row have scrolled up. */
  readonly stages: boolean;
  /** The lanes whose names show at the left edge, and how far down the pane (pixels). */
  readonly lanes: readonly { readonly index: number; readonly top: number }[];
}

/**
 * Which frozen headers show for a viewport (see FrozenHeaders.tsx). Stage names sit in the top
 * third of the header row, lane names in the left half of the label column: once those parts
 * are off screen, the frozen ones take their place. A lane's name sticks to the top of the
 * visible part of its row and leaves with the row's bottom, like a sticky heading.
 */
export function frozenView(layout: MapLayout, view: Pick<View, 'x' | 'y' | 'zoom' | 'height'>, tagWidth = 0): FrozenView {
  const { x, y, zoom, height } = view;
  const stages = layout.stages.length > 0 && y < (-GRID.headerH * zoom) / 3;
  const lanes: { index: number; top: number }[] = [];
  if (x < (-GRID.laneLabelW * zoom) / 2) {
    const floor = stages ? FROZEN_STRIP_H : 0;
    layout.lanes.forEach((band, index) => {
      const bandTop = y + band.y * zoom;
      const bandBottom = y + (band.y + band.h) * zoom;
      if (bandTop >= height) return;
      let top = Math.min(Math.max(bandTop, floor), bandBottom - FROZEN_TAG_H);
      // The row's bottom pushes its name up under the strip, and out of sight.
      if (top + FROZEN_TAG_H <= floor) return;
      if (tagWidth > 0) {
        // Never over a card: the name slides down to the first gap between the cards under it
        // (each cell keeps room below its last card), and leaves when the row has none in view.
        const covered = cardsUnder(layout, band.lane.id, x, zoom, tagWidth).map((c) => ({ top: y + c.top * zoom, bottom: y + c.bottom * zoom }));
        for (const c of covered) if (top < c.bottom + 2 && top + FROZEN_TAG_H > c.top - 2) top = c.bottom + 3;
        if (top + FROZEN_TAG_H > bandBottom || top >= height) return;
      }
      lanes.push({ index, top });
    });
  }
  return { stages, lanes };
}

/**
 * The cards of a lane under the pane's left `width` screen pixels (where its frozen name sits),
 * as flow-coordinate tops and bottoms, top first.
 */
function cardsUnder(layout: MapLayout, laneId: string, x: number, zoom: number, width: number): { top: number; bottom: number }[] {
  const out: { top: number; bottom: number }[] = [];
  layout.stages.forEach((stage, i) => {
    const left = x + (stageX(i) + GRID.pad) * zoom;
    const right = left + GRID.cardW * zoom;
    if (right <= 0 || left >= width) return;
    for (const card of layout.cells.get(`${stage.id}|${laneId}`) ?? []) {
      const at = layout.cardPos.get(card.id);
      if (at) out.push({ top: at.y, bottom: at.y + GRID.cardH });
    }
  });
  return out.sort((a, b) => a.top - b.top);
}
