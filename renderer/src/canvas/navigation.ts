/**
 * Keyboard movement over the map, as pure functions of the layout: the cursor walks through
 * the cards of a cell, then on to the next lane; left and right go to the neighbouring stage.
 */
import { holdsCards } from '../domain/types';
import type { Cursor } from './editorState';
import { cellKey, type MapLayout } from './layout';

export type Direction = 'left' | 'right' | 'up' | 'down';

export function firstCursor(layout: MapLayout): Cursor | null {
  const stage = layout.stages[0];
  const band = layout.lanes.find((b) => holdsCards(b.lane.kind)) ?? layout.lanes[0];
  return stage && band ? { stageId: stage.id, laneId: band.lane.id } : null;
}

/** Keeps a cursor valid after stages, lanes or cards changed under it. */
export function validCursor(layout: MapLayout, c: Cursor | null): Cursor | null {
  if (!c) return null;
  const si = layout.stages.findIndex((s) => s.id === c.stageId);
  const li = layout.lanes.findIndex((b) => b.lane.id === c.laneId);
  if (si < 0 || li < 0) return firstCursor(layout);
  if (c.cardId && !layout.cells.get(cellKey(c.stageId, c.laneId))?.some((x) => x.id === c.cardId)) {
    return { stageId: c.stageId, laneId: c.laneId };
  }
  return c;
}

export function moveCursor(layout: MapLayout, c: Cursor | null, dir: Direction): Cursor | null {
  const cur = validCursor(layout, c) ?? firstCursor(layout);
  if (!cur) return null;
  const si = layout.stages.findIndex((s) => s.id === cur.stageId);
  const li = layout.lanes.findIndex((b) => b.lane.id === cur.laneId);
  const cards = layout.cells.get(cellKey(cur.stageId, cur.laneId)) ?? [];
  const ci = cur.cardId ? cards.findIndex((x) => x.id === cur.cardId) : -1;

  if (dir === 'left' || dir === 'right') {
    const stage = layout.stages[si + (dir === 'left' ? -1 : 1)];
    if (!stage) return cur;
    const target = layout.cells.get(cellKey(stage.id, cur.laneId)) ?? [];
    const card = ci >= 0 ? target[Math.min(ci, target.length - 1)] : undefined;
    return { stageId: stage.id, laneId: cur.laneId, cardId: card?.id };
  }
  if (dir === 'down') {
    if (ci + 1 < cards.length) return { ...cur, cardId: cards[ci + 1]!.id };
    const band = layout.lanes[li + 1];
    if (!band) return cur;
    const first = layout.cells.get(cellKey(cur.stageId, band.lane.id))?.[0];
    return { stageId: cur.stageId, laneId: band.lane.id, cardId: first?.id };
  }
  // up
  if (ci > 0) return { ...cur, cardId: cards[ci - 1]!.id };
  if (ci === 0) return { stageId: cur.stageId, laneId: cur.laneId };
  const band = layout.lanes[li - 1];
  if (!band) return cur;
  const above = layout.cells.get(cellKey(cur.stageId, band.lane.id)) ?? [];
  return { stageId: cur.stageId, laneId: band.lane.id, cardId: above[above.length - 1]?.id };
}

/** The neighbouring cell that can hold cards (emotion lanes are skipped). */
export function neighbourCell(
  layout: MapLayout,
  from: { stageId: string; laneId: string },
  dir: Direction,
): { stageId: string; laneId: string } | null {
  const si = layout.stages.findIndex((s) => s.id === from.stageId);
  let li = layout.lanes.findIndex((b) => b.lane.id === from.laneId);
  if (dir === 'left' || dir === 'right') {
    const stage = layout.stages[si + (dir === 'left' ? -1 : 1)];
    return stage ? { stageId: stage.id, laneId: from.laneId } : null;
  }
  const step = dir === 'up' ? -1 : 1;
  for (li += step; li >= 0 && li < layout.lanes.length; li += step) {
    const band = layout.lanes[li]!;
    if (holdsCards(band.lane.kind)) return { stageId: from.stageId, laneId: band.lane.id };
  }
  return null;
}

/**
 * Home and End: along the lane to the first or last stage (on a card, to the card at the same
 * place in that cell, or its last); with Ctrl/Cmd, to the map's first or last cell (the last
 * one on its last card, if it has any).
 */
export function edgeCursor(layout: MapLayout, c: Cursor | null, end: boolean, wholeMap: boolean): Cursor | null {
  if (wholeMap) {
    if (!end) return firstCursor(layout);
    const stage = layout.stages[layout.stages.length - 1];
    const band = [...layout.lanes].reverse().find((b) => holdsCards(b.lane.kind));
    if (!stage || !band) return firstCursor(layout);
    const cards = layout.cells.get(cellKey(stage.id, band.lane.id)) ?? [];
    return { stageId: stage.id, laneId: band.lane.id, cardId: cards[cards.length - 1]?.id };
  }
  const cur = validCursor(layout, c) ?? firstCursor(layout);
  const stage = layout.stages[end ? layout.stages.length - 1 : 0];
  if (!cur || !stage) return cur;
  const ci = cur.cardId ? (layout.cells.get(cellKey(cur.stageId, cur.laneId)) ?? []).findIndex((x) => x.id === cur.cardId) : -1;
  const target = layout.cells.get(cellKey(stage.id, cur.laneId)) ?? [];
  return { stageId: stage.id, laneId: cur.laneId, cardId: ci >= 0 ? target[Math.min(ci, target.length - 1)]?.id : undefined };
}
