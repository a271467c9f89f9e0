import { describe, expect, it } from 'vitest';
import { computeLayout, layoutWork, type MapLayout, type Placed } from '../../renderer/src/canvas/layout';
import type { Lane, Stage } from '../../renderer/src/domain/types';

const stages: Stage[] = [0, 1, 2, 3].map((i) => ({ id: `s${i}`, mapId: 'm', name: `S${i}`, description: '', order: 3 - i }));
const lanes: Lane[] = [
  { id: 'l0', mapId: 'm', name: 'L0', kind: 'text', order: 0 },
  { id: 'emo', mapId: 'm', name: 'Feel', kind: 'emotion', order: 1 },
  { id: 'l1', mapId: 'm', name: 'L1', kind: 'text', order: 2 },
  { id: 'l2', mapId: 'm', name: 'L2', kind: 'text', order: 3 },
];
const textLanes = ['l0', 'l1', 'l2'];

/** A small random generator with a seed, so a failure is the same every run. */
function random(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

/** What a user can see of a layout: every band, every cell's cards in order, every card's place. */
function seen(l: MapLayout) {
  return {
    headerH: l.headerH,
    stages: l.stages.map((s) => s.id),
    lanes: l.lanes.map((b) => [b.lane.id, b.y, b.h]),
    width: l.width,
    height: l.height,
    cells: [...l.cells].map(([k, list]) => [k, list.map((c) => c.id)]).sort(),
    cardById: [...l.cardById].map(([id, c]) => [id, c]).sort(),
    cardPos: [...l.cardPos].map(([id, p]) => [id, p.x, p.y]),
    each: [...l.cardById.keys()].sort().map((id) => [id, l.cardPos.get(id)]),
    size: [l.cardPos.size, l.cardById.size],
  };
}

describe('a layout after a change equals a whole layout', () => {
  it('through 400 random moves, reorders, additions and removals (a card to a lane that grows, to one that shrinks, to no cell)', () => {
    const rnd = random(7);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
    let cards: Placed[] = Array.from({ length: 120 }, (_, i) => ({ id: `c${i}`, stageId: pick(stages).id, laneId: pick(textLanes), order: Math.floor(rnd() * 40) }));
    let layout = computeLayout(stages, lanes, cards);
    let next = 120;
    for (let step = 0; step < 400; step++) {
      const r = rnd();
      const at = Math.floor(rnd() * cards.length);
      if (r < 0.6) {
        // A drop: another cell, another place in it (sometimes an orphan's cell).
        const c = cards[at]!;
        const stageId = rnd() < 0.05 ? 'gone' : pick(stages).id;
        cards = cards.map((x, i) => (i === at ? { ...c, stageId, laneId: pick(textLanes), order: rnd() * 40 } : x));
      } else if (r < 0.75) {
        cards = cards.filter((_, i) => i !== at);
      } else if (r < 0.9) {
        cards = [...cards.slice(0, at), { id: `c${next++}`, stageId: pick(stages).id, laneId: pick(textLanes), order: Math.floor(rnd() * 40) }, ...cards.slice(at)];
      } else {
        // Two cards change at once (a drop of a selection).
        const b = Math.floor(rnd() * cards.length);
        cards = cards.map((x, i) => (i === at || i === b ? { ...x, laneId: pick(textLanes), order: rnd() * 40 } : x));
      }
      const before = layoutWork.wholeLayouts;
      layout = computeLayout(stages, lanes, cards, undefined, layout);
      expect(layoutWork.wholeLayouts).toBe(before); // laid out from the last one, not whole
      expect(seen(layout)).toEqual(seen(computeLayout(stages, lanes, cards)));
    }
  });

  it('a drop sorts only the two cells the card left and joined, not every cell', () => {
    const cards: Placed[] = [];
    for (const s of stages) for (const l of textLanes) for (let k = 0; k < 50; k++) cards.push({ id: `${s.id}-${l}-${k}`, stageId: s.id, laneId: l, order: k });
    const first = computeLayout(stages, lanes, cards);
    expect(first.cells.size).toBe(12);
    const sorted = layoutWork.cellsSorted;
    const whole = layoutWork.wholeLayouts;
    const moved = cards.map((c) => (c.id === 's0-l0-3' ? { ...c, stageId: 's2', laneId: 'l1', order: 10.5 } : c));
    const after = computeLayout(stages, lanes, moved, undefined, first);
    expect(layoutWork.cellsSorted - sorted).toBe(2);
    expect(layoutWork.wholeLayouts).toBe(whole);
    expect(after.cells.get('s2|l1')!.map((c) => c.id).indexOf('s0-l0-3')).toBe(11);
    // The lane the card joined grew by a card; everything below it moved down by a card.
    expect(after.lanes.map((b) => b.y)).toEqual(first.lanes.map((b, i) => b.y + (i >= 3 ? 94 : 0)));
    expect(seen(after)).toEqual(seen(computeLayout(stages, lanes, moved)));
  });

  it('new stages or lanes lay the map out whole', () => {
    const cards: Placed[] = [{ id: 'a', stageId: 's0', laneId: 'l0', order: 1 }];
    const first = computeLayout(stages, lanes, cards);
    const whole = layoutWork.wholeLayouts;
    const fewer = stages.slice(1);
    const after = computeLayout(fewer, lanes, cards, undefined, first);
    expect(layoutWork.wholeLayouts).toBe(whole + 1);
    expect(after.cardPos.has('a')).toBe(false);
  });
});
