import { describe, expect, it } from 'vitest';
import { parseClipboard, serializeCards } from '../../renderer/src/canvas/clipboard';
import { buildNodes, mergeNodes } from '../../renderer/src/canvas/buildNodes';
import { overviewFrame } from '../../renderer/src/canvas/MapOverview';
import { cellAt, computeLayout, GRID, stageX, type LaneBand } from '../../renderer/src/canvas/layout';
import { edgeCursor, moveCursor, neighbourCell } from '../../renderer/src/canvas/navigation';
import { cleanText } from '../../renderer/src/domain/limits';
import { orderAt } from '../../renderer/src/domain/ordering';
import type { Card, Lane, Stage } from '../../renderer/src/domain/types';
import { parseRoute, routePath } from '../../renderer/src/ui/router';
import { FROZEN_STRIP_H, FROZEN_TAG_H, frozenView, keyboardTarget, panToShow, withHeadings } from '../../renderer/src/canvas/viewport';
import { placementsOf } from '../../renderer/src/canvas/useMapRecords';

const stage = (id: string, order: number): Stage => ({ id, mapId: 'm', name: id, description: '', order });
const lane = (id: string, order: number, kind: Lane['kind'] = 'text'): Lane => ({ id, mapId: 'm', name: id, kind, order });
const card = (id: string, stageId: string, laneId: string, order: number): Card => ({
  id,
  mapId: 'm',
  stageId,
  laneId,
  text: id,
  color: 'yellow',
  order,
});

const stages = [stage('s2', 2), stage('s1', 1)];
const lanes = [lane('l1', 1), lane('emo', 2, 'emotion'), lane('l2', 3)];
const cards = [card('b', 's1', 'l1', 2), card('a', 's1', 'l1', 1), card('c', 's2', 'l2', 1), card('orphan', 'gone', 'l1', 1)];

describe('layout', () => {
  const layout = computeLayout(stages, lanes, cards);
  it('orders stages and lanes, stacks cards in their cell, and skips orphans', () => {
    expect(layout.stages.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(layout.lanes.map((b) => b.lane.id)).toEqual(['l1', 'emo', 'l2']);
    expect(layout.cardPos.get('a')!.y).toBeLessThan(layout.cardPos.get('b')!.y);
    expect(layout.cardPos.get('a')!.x).toBe(stageX(0) + GRID.pad);
    expect(layout.cardPos.get('c')!.x).toBe(stageX(1) + GRID.pad);
    expect(layout.cardPos.has('orphan')).toBe(false);
    expect(layout.lanes[1]!.h).toBe(GRID.emotionLaneH);
    expect(layout.lanes[0]!.h).toBeGreaterThan(2 * GRID.cardH);
  });
  it('finds the cell and the drop index under a point', () => {
    const l1 = layout.lanes[0]!;
    expect(cellAt(layout, stageX(0) + 5, l1.y + 2)).toEqual({ stageId: 's1', laneId: 'l1', index: 0 });
    expect(cellAt(layout, stageX(0) + 5, l1.y + l1.h - 2)).toMatchObject({ index: 2 });
    expect(cellAt(layout, 10, l1.y + 2)).toBeNull();
    expect(cellAt(layout, stageX(5), l1.y + 2)).toBeNull();
  });
  it('moves the keyboard cursor through cards, lanes and stages', () => {
    let c = moveCursor(layout, null, 'down');
    expect(c).toEqual({ stageId: 's1', laneId: 'l1', cardId: 'a' });
    c = moveCursor(layout, c, 'down');
    expect(c?.cardId).toBe('b');
    c = moveCursor(layout, c, 'down');
    expect(c).toEqual({ stageId: 's1', laneId: 'emo', cardId: undefined });
    c = moveCursor(layout, c, 'right');
    expect(c).toEqual({ stageId: 's2', laneId: 'emo', cardId: undefined });
    c = moveCursor(layout, c, 'right');
    expect(c?.stageId).toBe('s2');
    expect(neighbourCell(layout, { stageId: 's1', laneId: 'l1' }, 'down')).toEqual({ stageId: 's1', laneId: 'l2' });
    expect(neighbourCell(layout, { stageId: 's1', laneId: 'l1' }, 'up')).toBeNull();
  });
});

describe('placements (what the layout is computed from)', () => {
  const none = new Set<string>();
  it('are the very same list after a text edit, and keep unchanged objects when a card moves', () => {
    const first = placementsOf(cards, none, []);
    expect(first.map((p) => p.id)).toEqual(['b', 'a', 'c', 'orphan']);
    const typed = cards.map((c) => (c.id === 'a' ? { ...c, text: 'a, edited' } : c));
    expect(placementsOf(typed, none, first)).toBe(first);
    const moved = cards.map((c) => (c.id === 'a' ? { ...c, stageId: 's2' } : c));
    const after = placementsOf(moved, none, first);
    expect(after).not.toBe(first);
    expect(after[1]).toMatchObject({ id: 'a', stageId: 's2' });
    expect(after[0]).toBe(first[0]);
    expect(after[2]).toBe(first[2]);
    // Same order value, new lane: a move too.
    expect(placementsOf(cards.map((c) => (c.id === 'c' ? { ...c, laneId: 'l1' } : c)), none, first)[2]).toMatchObject({ laneId: 'l1' });
    expect(placementsOf(cards.map((c) => (c.id === 'c' ? { ...c, order: 9 } : c)), none, first)[2]).toMatchObject({ order: 9 });
  });

  it('follow cards that come, go, change places in the list or are hidden', () => {
    const first = placementsOf(cards, none, []);
    const gone = placementsOf(cards.slice(1), none, first);
    expect(gone.map((p) => p.id)).toEqual(['a', 'c', 'orphan']);
    expect(gone[0]).toBe(first[1]);
    const added = placementsOf([...cards, card('d', 's1', 'l2', 1)], none, first);
    expect(added.map((p) => p.id)).toEqual(['b', 'a', 'c', 'orphan', 'd']);
    const shuffled = placementsOf([cards[2]!, cards[0]!, cards[3]!, cards[1]!], none, first);
    expect(shuffled.map((p) => p.id)).toEqual(['c', 'b', 'orphan', 'a']);
    expect(shuffled[0]).toBe(first[2]);
    const hidden = placementsOf(cards, new Set(['a']), first);
    expect(hidden.map((p) => p.id)).toEqual(['b', 'c', 'orphan']);
    expect(placementsOf(cards, new Set(['a']), hidden)).toBe(hidden);
    expect(placementsOf(cards, none, hidden).map((p) => p.id)).toEqual(['b', 'a', 'c', 'orphan']);
    expect(placementsOf([], none, first)).toEqual([]);
  });
});

describe('nodes for React Flow', () => {
  const layout = computeLayout(stages, lanes, cards);
  it('keeps the very same node list when nothing moved (React Flow re-adopts every node of a new list)', () => {
    const first = mergeNodes([], buildNodes(layout, 'm', null));
    expect(mergeNodes(first, buildNodes(layout, 'm', null))).toBe(first);
    expect(layout.cardById.get('a')).toMatchObject({ stageId: 's1', laneId: 'l1' });
  });
  it('hands over a new list, keeping untouched nodes, when a card moves', () => {
    const first = mergeNodes([], buildNodes(layout, 'm', null));
    const moved = computeLayout(stages, lanes, cards.map((c) => (c.id === 'c' ? { ...c, laneId: 'l1', order: 3 } : c)));
    const next = mergeNodes(first, buildNodes(moved, 'm', null));
    expect(next).not.toBe(first);
    expect(next.find((n) => n.id === 'a')).toBe(first.find((n) => n.id === 'a'));
    expect(next.find((n) => n.id === 'c')!.position).not.toEqual(first.find((n) => n.id === 'c')!.position);
  });
  it('keeps the order of the nodes when a card moves to another cell, so React moves no element (a moved element loses focus)', () => {
    const first = mergeNodes([], buildNodes(layout, 'm', null));
    // 'c' goes from the last cell to the first: in the layout's order it now comes first.
    const moved = computeLayout(stages, lanes, cards.map((c) => (c.id === 'c' ? { ...c, stageId: 's1', laneId: 'l1', order: 0 } : c)));
    expect(buildNodes(moved, 'm', null).map((n) => n.id)).not.toEqual(first.map((n) => n.id));
    const next = mergeNodes(first, buildNodes(moved, 'm', null));
    expect(next.map((n) => n.id)).toEqual(first.map((n) => n.id));
    expect(next.find((n) => n.id === 'c')!.position).toEqual(moved.cardPos.get('c'));
  });
});

describe('the map overview', () => {
  it('fits both the map and the view, centred, whichever is further out', () => {
    const map = { x: 0, y: 0, w: 2000, h: 1000 };
    const inside = overviewFrame(map, { x: 100, y: 100, w: 500, h: 300 }, 200, 150);
    expect(inside.scale).toBeCloseTo(0.1);
    expect(inside.oy).toBeCloseTo((150 - 100) / 2); // centred vertically
    // A view far to the right of the map: the overview shrinks so both still show.
    const away = overviewFrame(map, { x: 6000, y: 0, w: 2000, h: 1000 }, 200, 150);
    expect(away.scale).toBeCloseTo(200 / 8000);
    expect(away.ox + 8000 * away.scale).toBeCloseTo(200);
  });
});

describe('Home and End', () => {
  const three = [stage('s1', 1), stage('s2', 2), stage('s3', 3)];
  const row = [card('a1', 's1', 'l1', 1), card('a2', 's1', 'l1', 2), card('c1', 's3', 'l1', 1), card('z', 's3', 'l2', 1), card('z2', 's3', 'l2', 2)];
  const layout = computeLayout(three, lanes, row);
  it('go along the lane to the first or last stage, to the card at the same place in the cell', () => {
    expect(edgeCursor(layout, { stageId: 's1', laneId: 'l1', cardId: 'a2' }, true, false)).toEqual({ stageId: 's3', laneId: 'l1', cardId: 'c1' });
    expect(edgeCursor(layout, { stageId: 's3', laneId: 'l1', cardId: 'c1' }, false, false)).toEqual({ stageId: 's1', laneId: 'l1', cardId: 'a1' });
    expect(edgeCursor(layout, { stageId: 's3', laneId: 'l1' }, false, false)).toEqual({ stageId: 's1', laneId: 'l1', cardId: undefined });
    expect(edgeCursor(layout, { stageId: 's3', laneId: 'l2', cardId: 'z2' }, false, false)).toEqual({ stageId: 's1', laneId: 'l2', cardId: undefined });
  });
  it('with Ctrl or Cmd, go to the map\'s first or last cell (past the emotion lane), on its last card', () => {
    expect(edgeCursor(layout, { stageId: 's3', laneId: 'l2' }, false, true)).toEqual({ stageId: 's1', laneId: 'l1' });
    expect(edgeCursor(layout, null, true, true)).toEqual({ stageId: 's3', laneId: 'l2', cardId: 'z2' });
    expect(edgeCursor(computeLayout([], [], []), null, true, true)).toBeNull();
  });
});

describe('the view follows the keyboard', () => {
  const layout = computeLayout(stages, lanes, cards);
  const view = { x: 0, y: 0, zoom: 1, width: 800, height: 600 };
  it('aims at the card being edited, else the cursor card, else the cursor cell', () => {
    const b = layout.cardPos.get('b')!;
    expect(keyboardTarget(layout, { stageId: 's1', laneId: 'l1', cardId: 'a' }, 'b')).toEqual({ x: b.x, y: b.y, width: GRID.cardW, height: GRID.cardH });
    expect(keyboardTarget(layout, { stageId: 's1', laneId: 'l1', cardId: 'b' }, null)!.y).toBe(b.y);
    const l2 = layout.lanes[2]!;
    expect(keyboardTarget(layout, { stageId: 's2', laneId: 'l2' }, null)).toEqual({ x: stageX(1), y: l2.y, width: GRID.stageW, height: l2.h });
    // A card opened before it is laid out: nothing yet (the next layout has it).
    expect(keyboardTarget(layout, { stageId: 's2', laneId: 'l2' }, 'new')).toBeNull();
    expect(keyboardTarget(layout, null, null)).toBeNull();
  });
  it('does not move what is in view, and moves the least that shows the rest whole', () => {
    expect(panToShow(view, { x: 100, y: 100, width: 250, height: 80 })).toBeNull();
    // Below the bottom edge: up just enough, x unchanged.
    expect(panToShow(view, { x: 100, y: 700, width: 250, height: 80 })).toEqual({ x: 0, y: 600 - 24 - 780 });
    // Half off the left edge at zoom 2: right just enough.
    expect(panToShow({ ...view, x: -300, zoom: 2 }, { x: 100, y: 50, width: 250, height: 80 })).toEqual({ x: 24 - 200, y: 0 });
    // Off the right edge.
    expect(panToShow(view, { x: 900, y: 50, width: 250, height: 80 })).toEqual({ x: 800 - 24 - 1150, y: 0 });
  });
  it('keeps clear of what covers the bottom of the pane, in the columns it covers', () => {
    const overview = { x: 600, y: 450, width: 190, height: 140 };
    // Under the overview: lifted above it.
    expect(panToShow(view, { x: 560, y: 460, width: 200, height: 80 }, [overview])).toEqual({ x: 0, y: 450 - 24 - 540 });
    // Beside it: the pane's own edge is the floor.
    expect(panToShow(view, { x: 100, y: 460, width: 200, height: 80 }, [overview])).toBeNull();
  });
  it('brings the headings along in the first lane or the first stage', () => {
    const box = { x: 500, y: 200, width: 250, height: 80 };
    // Stages are ordered s1, s2; lanes l1, emo, l2.
    expect(withHeadings(layout, { stageId: 's2', laneId: 'l2' }, box)).toBe(box);
    expect(withHeadings(layout, { stageId: 's2', laneId: 'l1' }, box)).toEqual({ x: 500, y: 0, width: 250, height: 280 });
    expect(withHeadings(layout, { stageId: 's1', laneId: 'l2' }, box)).toEqual({ x: 0, y: 200, width: 750, height: 80 });
    expect(withHeadings(layout, { stageId: 's1', laneId: 'l1' }, box)).toEqual({ x: 0, y: 0, width: 750, height: 280 });
    expect(withHeadings(layout, null, box)).toBe(box);
  });
  it('keeps clear of the frozen stage names along the top', () => {
    const strip = { x: 0, y: 0, width: 800, height: FROZEN_STRIP_H };
    expect(panToShow({ ...view, y: -200 }, { x: 100, y: 210, width: 250, height: 80 }, [strip])).toEqual({ x: 0, y: FROZEN_STRIP_H + 24 - 210 });
    expect(panToShow({ ...view, y: -200 }, { x: 100, y: 300, width: 250, height: 80 }, [strip])).toBeNull();
  });
  it('shows the start of a box taller than the view, and leaves it be when its start shows', () => {
    expect(panToShow(view, { x: 100, y: 2000, width: 250, height: 900 })).toEqual({ x: 0, y: 24 - 2000 });
    expect(panToShow({ ...view, y: -1900 }, { x: 100, y: 2000, width: 250, height: 900 })).toBeNull();
    expect(panToShow({ ...view, width: 0 }, { x: 900, y: 0, width: 10, height: 10 })).toBeNull();
  });
});

describe('frozen stage and lane names', () => {
  const layout = computeLayout(stages, lanes, cards);
  const [l1, emo, l2] = layout.lanes as [LaneBand, LaneBand, LaneBand];
  const view = { x: 0, y: 0, zoom: 1, height: 600 };
  it('stay away while the real headers show', () => {
    expect(frozenView(layout, view)).toEqual({ stages: false, lanes: [] });
    // A little scrolled: the names are still on screen.
    expect(frozenView(layout, { ...view, x: -90, y: -40 })).toEqual({ stages: false, lanes: [] });
  });
  it('name the stages once the header row has scrolled up, at any zoom', () => {
    expect(frozenView(layout, { ...view, y: -60 }).stages).toBe(true);
    expect(frozenView(layout, { ...view, y: -30, zoom: 0.5 }).stages).toBe(true);
    expect(frozenView(layout, { ...view, y: -20, zoom: 0.5 }).stages).toBe(false);
    expect(frozenView(computeLayout([], lanes, []), { ...view, y: -600 }).stages).toBe(false);
  });
  it('name each lane at the left edge, stuck to the top of what shows of its row', () => {
    // Scrolled right only: each name at the top of its row.
    expect(frozenView(layout, { ...view, x: -150 }).lanes).toEqual([
      { index: 0, top: l1.y },
      { index: 1, top: emo.y },
      { index: 2, top: l2.y },
    ]);
    // Scrolled into the first row too: its name sticks under the strip of stage names.
    const y = -(l1.y + 20);
    expect(frozenView(layout, { ...view, x: -150, y }).lanes[0]).toEqual({ index: 0, top: FROZEN_STRIP_H });
    // The row's bottom pushes its name up, then out of sight.
    const pushed = -(l1.y + l1.h - FROZEN_STRIP_H - 10);
    expect(frozenView(layout, { ...view, x: -150, y: pushed }).lanes[0]).toEqual({ index: 0, top: 10 + FROZEN_STRIP_H - FROZEN_TAG_H });
    expect(frozenView(layout, { ...view, x: -150, y: -(l1.y + l1.h) }).lanes.map((l) => l.index)).toEqual([1, 2]);
    // Rows below the pane have no name yet.
    expect(frozenView(layout, { ...view, x: -150, height: l2.y - 1 }).lanes.map((l) => l.index)).toEqual([0, 1]);
  });
});

describe('clipboard', () => {
  it('round-trips Baton cards and turns plain text into one card per line', () => {
    const { json, text } = serializeCards([card('a', 's1', 'l1', 1)]);
    expect(parseClipboard(json, text)).toEqual({ kind: 'cards', drafts: [{ text: 'a', color: 'yellow' }], limited: false });
    expect(parseClipboard(undefined, ' one \n\n two ')).toMatchObject({ drafts: [{ text: 'one' }, { text: 'two' }] });
    expect(parseClipboard('{"baton":"cards","version":9}', '')).toEqual({ kind: 'nothing' });
    expect(parseClipboard('{"__proto__":{"x":1}}', 'fallback')).toMatchObject({ drafts: [{ text: 'fallback' }] });
    const many = Array.from({ length: 250 }, (_, i) => `line ${i}`).join('\n');
    expect(parseClipboard(undefined, many)).toMatchObject({ limited: true });
  });
});

describe('text limits and ordering', () => {
  it('trims, refuses empty, cuts long text by characters without splitting an emoji', () => {
    expect(cleanText('  hi  ', 10)).toEqual({ ok: true, value: 'hi', truncated: false });
    expect(cleanText(' \n ', 10)).toEqual({ ok: false, reason: 'empty' });
    expect(cleanText('🚀🚀🚀', 2)).toEqual({ ok: true, value: '🚀🚀', truncated: true });
    expect(cleanText('a\u0000b\u0007c', 10)).toMatchObject({ value: 'abc' });
    expect(cleanText('one\ntwo', 10, { singleLine: true })).toMatchObject({ value: 'one two' });
  });
  it('places an order key between neighbours', () => {
    const list = [
      { id: 'a', order: 1 },
      { id: 'b', order: 2 },
    ];
    expect(orderAt(list, 0)).toBe(0);
    expect(orderAt(list, 1)).toBe(1.5);
    expect(orderAt(list, 2)).toBe(3);
    expect(orderAt([], 0)).toBe(1);
  });
});

describe('routes', () => {
  it('parses and prints the three screens and falls back to home', () => {
    expect(parseRoute('#/p/abc-1/m/xyz_2')).toEqual({ name: 'map', projectId: 'abc-1', mapId: 'xyz_2' });
    expect(parseRoute('#/p/abc')).toEqual({ name: 'project', projectId: 'abc' });
    expect(parseRoute('#/p/<script>')).toEqual({ name: 'home' });
    expect(routePath({ name: 'map', projectId: 'a', mapId: 'b' })).toBe('#/p/a/m/b');
  });
});
