/**
 * Turns the layout into React Flow nodes and edges. Pure; the canvas merges the result with
 * React Flow's own state so unchanged nodes keep their identity (and their measurements).
 */
// Types only: a value from @xyflow/react here would pull React Flow into the home screen's chunk.
import type { Edge, MarkerType, Node, NodeHandle, Position } from '@xyflow/react';
import type { Connector } from '../domain/types';
import { cellKey, GRID, stageX, type MapLayout, type Placed } from './layout';
import type { Cursor } from './editorState';

/**
 * A node's size, given and already "measured", with its handles. React Flow measures every node
 * the first time it is drawn and, when the measure is new, reports a change that replaces the
 * whole node list: on a 10,000-card map every pan brought new cards into view and paid for all
 * 10,000 each frame. And until it knows a node's handles (`internals.handleBounds`) it draws the
 * node whatever `onlyRenderVisibleElements` says (@xyflow/system's getNodesInside,
 * `forceInitialRender`), so opening a map mounted every card once and then removed all but the
 * visible ones: 10,018 nodes mounted, a 2–5 s task. Our nodes have fixed sizes and fixed handles,
 * so both are given up front (`handles`: none unless said) and React Flow never needs to measure.
 */
export function sized(width: number, height: number, handles: NodeHandle[] = []) {
  return { width, height, measured: { width, height }, handles };
}

/**
 * A card's two handles (CardNode: target on the left edge, source on the right, centred), where
 * React Flow would measure them: `.card-handle` is 10 px square, centred on the card's padding
 * edge, which is inside the card's 1 px border (styles.css). Edges start and end on these, so a
 * card off screen still has its connectors drawn to the right place;
 * test/e2e/map-open-offscreen.spec.ts compares them with the handles in the DOM.
 */
export const CARD_HANDLE = { size: 10, border: 1 } as const;
const handleY = CARD_HANDLE.border + (GRID.cardH - 2 * CARD_HANDLE.border) / 2 - CARD_HANDLE.size / 2;
const CARD_HANDLES: NodeHandle[] = [
  { type: 'target', position: 'left' as Position.Left, x: CARD_HANDLE.border - CARD_HANDLE.size / 2, y: handleY, width: CARD_HANDLE.size, height: CARD_HANDLE.size, id: null },
  {
    type: 'source',
    position: 'right' as Position.Right,
    x: GRID.cardW - CARD_HANDLE.border - CARD_HANDLE.size / 2,
    y: handleY,
    width: CARD_HANDLE.size,
    height: CARD_HANDLE.size,
    id: null,
  },
];

/**
 * The map's nodes: its grid, stages, lanes and the cursor, and the cards of `shown` (ids, in
 * that order; every card when undefined). The canvas shows the cards of a window around the
 * view (cardWindow.ts), not every card of the map.
 */
export function buildNodes(layout: MapLayout, mapId: string, cursor: Cursor | null, shown?: readonly string[]): Node[] {
  const nodes: Node[] = [];
  // The grid spans the whole map: "fit to screen" (React Flow's fitView, over the nodes it
  // knows) fits the map by it, though only the cards near the view are nodes. Measured by React
  // Flow, not sized here: its first measure is what the opening fitView waits for.
  nodes.push({
    id: 'grid',
    type: 'grid',
    position: { x: 0, y: 0 },
    data: {
      stageCount: layout.stages.length,
      bands: layout.lanes.map((b) => ({ y: b.y, h: b.h, emotion: b.lane.kind === 'emotion' })),
      width: layout.width,
      height: layout.height,
    },
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: -10,
    style: { pointerEvents: 'none' },
  });
  const stageCards = new Map<string, number>();
  const laneCards = new Map<string, number>();
  for (const [key, list] of layout.cells) {
    const [s, l] = key.split('|') as [string, string];
    stageCards.set(s, (stageCards.get(s) ?? 0) + list.length);
    laneCards.set(l, (laneCards.get(l) ?? 0) + list.length);
  }
  layout.stages.forEach((stage, i) => {
    nodes.push({
      id: stage.id,
      type: 'stage',
      position: { x: stageX(i), y: 0 },
      data: { index: i, count: layout.stages.length, cardCount: stageCards.get(stage.id) ?? 0 },
      ...sized(GRID.stageW, layout.headerH),
      selectable: false,
      focusable: false,
    });
  });
  layout.lanes.forEach((band, i) => {
    nodes.push({
      id: band.lane.id,
      type: 'lane',
      position: { x: 0, y: band.y },
      data: { index: i, count: layout.lanes.length, height: band.h, cardCount: laneCards.get(band.lane.id) ?? 0 },
      ...sized(GRID.laneLabelW, band.h),
      selectable: false,
      focusable: false,
    });
    if (band.lane.kind === 'emotion') {
      nodes.push({
        id: `emotion:${band.lane.id}`,
        type: 'emotion',
        position: { x: GRID.laneLabelW, y: band.y },
        data: { laneId: band.lane.id, mapId, width: layout.stages.length * GRID.stageW, height: band.h },
        draggable: false,
        selectable: false,
        focusable: false,
      });
    }
    if (band.lane.kind === 'ownership') {
      nodes.push({
        id: `ownership:${band.lane.id}`,
        type: 'ownership',
        position: { x: GRID.laneLabelW, y: band.y },
        data: { laneId: band.lane.id, mapId, width: layout.stages.length * GRID.stageW, height: band.h },
        draggable: false,
        selectable: false,
        focusable: false,
      });
    }
  });
  const stageName = new Map(layout.stages.map((s) => [s.id, s.name]));
  const laneName = new Map(layout.lanes.map((b) => [b.lane.id, b.lane.name]));
  const pushCard = (card: Placed) => {
    const pos = layout.cardPos.get(card.id);
    if (!pos) return;
    nodes.push({
      id: card.id,
      type: 'card',
      position: pos,
      data: { cardId: card.id, stageName: stageName.get(card.stageId) ?? '', laneName: laneName.get(card.laneId) ?? '' },
      ...sized(GRID.cardW, GRID.cardH, CARD_HANDLES),
    });
  };
  if (shown) {
    for (const id of shown) {
      const card = layout.cardById.get(id);
      if (card) pushCard(card);
    }
  } else {
    for (const list of layout.cells.values()) for (const card of list) pushCard(card);
  }
  if (cursor && !cursor.cardId) {
    const si = layout.stages.findIndex((s) => s.id === cursor.stageId);
    const band = layout.lanes.find((b) => b.lane.id === cursor.laneId);
    if (si >= 0 && band) {
      nodes.push({
        id: 'cursor',
        type: 'cursor',
        position: { x: stageX(si) + 3, y: band.y + 3 },
        data: { width: GRID.stageW - 6, height: band.h - 6 },
        draggable: false,
        selectable: false,
        focusable: false,
        zIndex: -5,
        style: { pointerEvents: 'none' },
      });
    }
  }
  return nodes;
}

export function buildEdges(connectors: readonly Connector[], layout: MapLayout): Edge[] {
  return connectors
    .filter((c) => layout.cardPos.has(c.fromCardId) && layout.cardPos.has(c.toCardId))
    .map((c) => ({
      id: c.id,
      source: c.fromCardId,
      target: c.toCardId,
      markerEnd: { type: 'arrowclosed' as MarkerType.ArrowClosed, width: 18, height: 18 },
      ariaLabel: 'Connector between two cards',
    }));
}

function shallowEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const va = (a as Record<string, unknown>)[k];
    const vb = (b as Record<string, unknown>)[k];
    return va === vb || (Array.isArray(va) && Array.isArray(vb) && JSON.stringify(va) === JSON.stringify(vb));
  });
}

/**
 * Keeps React Flow's node objects (selection, measurements) where nothing we own changed. A
 * node being dragged keeps the place the pointer gave it (the window can move under a drag
 * that pans the view; the drop lays it out).
 */
export function mergeNodes(prev: readonly Node[], next: readonly Node[]): Node[] {
  const byId = new Map(prev.map((n) => [n.id, n]));
  const merged = next.map((d) => {
    const p = byId.get(d.id);
    if (!p) return d;
    const samePos = p.dragging || (p.position.x === d.position.x && p.position.y === d.position.y);
    const sameSize = p.width === d.width && p.height === d.height;
    if (samePos && sameSize && shallowEqual(p.data, d.data)) return p;
    return {
      ...p,
      position: samePos ? p.position : d.position,
      data: shallowEqual(p.data, d.data) ? p.data : d.data,
      ...(sameSize ? {} : { width: d.width, height: d.height, measured: d.measured }),
    };
  });
  // The same array when nothing changed: React Flow re-adopts every node on a new one.
  if (unchanged(prev, merged)) return prev as Node[];
  // The same nodes with the cards in a new order (a card dropped in another cell comes
  // elsewhere in the window's order): the cards keep their old order, so React moves no card's
  // element. Moving the dropped card's element blurred it and React focused it again, then read
  // the scroll of every ancestor: a forced style and layout of the whole window in the drop's
  // frame (~40% of a drop's work at 20,000 cards, 4x CPU). What the map shows is the nodes'
  // positions; the cards' order in the document follows the layout again when the window moves.
  // Stages and lanes keep the layout's order (their headers are read in it).
  return sameSet(prev, merged) ? cardsInOrderOf(prev, merged) : merged;
}

function sameSet(prev: readonly Node[], next: readonly Node[]): boolean {
  if (prev.length !== next.length) return false;
  const ids = new Set(prev.map((n) => n.id));
  return next.every((n) => ids.has(n.id));
}

/** `next`, its cards in the order they have in `prev` (same nodes), everything else where it is. */
function cardsInOrderOf(prev: readonly Node[], next: readonly Node[]): Node[] {
  const byId = new Map(next.map((n) => [n.id, n]));
  const cards = prev.filter((n) => n.type === 'card');
  let k = 0;
  return next.map((n) => (n.type === 'card' ? (byId.get(cards[k++]!.id) as Node) : n));
}

function unchanged<T>(prev: readonly T[], next: readonly T[]): boolean {
  return prev.length === next.length && prev.every((x, i) => x === next[i]);
}

export function mergeEdges(prev: readonly Edge[], next: readonly Edge[]): Edge[] {
  const byId = new Map(prev.map((e) => [e.id, e]));
  const merged = next.map((d) => {
    const p = byId.get(d.id);
    return p && p.source === d.source && p.target === d.target ? p : d;
  });
  return unchanged(prev, merged) ? (prev as Edge[]) : merged;
}

export { cellKey };
