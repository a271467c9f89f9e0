import { describe, expect, it } from 'vitest';
import { cardsIn, connectorEnds, shownCards, viewRect, windowAround, windowServes, type Rect } from '../../renderer/src/canvas/cardWindow';
import { computeLayout, GRID, type MapLayout } from '../../renderer/src/canvas/layout';
import type { Card, Connector, Lane, Stage } from '../../renderer/src/domain/types';

const stages: Stage[] = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, mapId: 'm', name: `S${i}`, description: '', order: i }));
const lanes: Lane[] = [
  { id: 'l0', mapId: 'm', name: 'L0', kind: 'text', order: 0 },
  { id: 'emo', mapId: 'm', name: 'E', kind: 'emotion', order: 1 },
  { id: 'l1', mapId: 'm', name: 'L1', kind: 'text', order: 2 },
];
// Uneven cells: 0 to 39 cards each.
const cards: Card[] = stages.flatMap((s, i) =>
  ['l0', 'l1'].flatMap((laneId, j) =>
    Array.from({ length: (i * 7 + j * 13) % 40 }, (_, k) => ({ id: `${s.id}-${laneId}-${k}`, mapId: 'm', stageId: s.id, laneId, text: '', color: 'yellow' as const, order: k })),
  ),
);
const layout = computeLayout(stages, lanes, cards);

/** What the window must hold: every card whose box meets it, found the slow way. */
function bruteForce(l: MapLayout, r: Rect): string[] {
  return [...l.cardPos]
    .filter(([, p]) => p.x < r.x + r.width && p.x + GRID.cardW > r.x && p.y < r.y + r.height && p.y + GRID.cardH > r.y)
    .map(([id]) => id)
    .sort();
}

describe('the window of cards React Flow is told about', () => {
  it('holds exactly the cards that meet it, wherever it is and whatever its size', () => {
    const rects: Rect[] = [
      { x: 0, y: 0, width: 1400, height: 900 },
      { x: 900, y: 2000, width: 700, height: 450 },
      { x: -500, y: -500, width: 400, height: 400 },
      { x: 3000, y: 3900, width: 2800, height: 1800 },
      { x: 200 + GRID.pad + GRID.cardW - 1, y: 150, width: 2, height: 2 },
      { x: -1e5, y: -1e5, width: 2e5, height: 2e5 },
    ];
    for (const r of rects) expect([...cardsIn(layout, r)].sort(), JSON.stringify(r)).toEqual(bruteForce(layout, r));
    expect(cardsIn(layout, rects.at(-1)!)).toHaveLength(cards.length);
  });

  it('is the view with half a view more on each side, kept until the view leaves it or zooms far in', () => {
    const view = viewRect([-1000, -500, 0.5], 1400, 900);
    expect(view).toEqual({ x: 2000, y: 1000, width: 2800, height: 1800 });
    const win = windowAround(view);
    expect(win).toEqual({ x: 600, y: 100, width: 5600, height: 3600 });
    expect(windowServes(win, view)).toBe(true);
    expect(windowServes(win, { ...view, x: view.x + 1300 })).toBe(true);
    expect(windowServes(win, { ...view, x: view.x + 1500 })).toBe(false);
    expect(windowServes(win, viewRect([-1000, -500, 2], 1400, 900))).toBe(false);
    expect(windowServes(null, view)).toBe(false);
  });

  it('keeps both ends of a connector that crosses it, and the pinned cards, each once', () => {
    const far = 's11-l1-9';
    const near = 's1-l0-0';
    const connectors: Connector[] = [
      { id: 'c1', mapId: 'm', fromCardId: near, toCardId: far },
      { id: 'c2', mapId: 'm', fromCardId: 's10-l1-0', toCardId: 's11-l1-1' },
    ];
    const win = { x: 0, y: 0, width: 800, height: 600 };
    expect(connectorEnds(layout, connectors, win)).toEqual([near, far]);
    const shown = shownCards(layout, win, connectors, ['s9-l0-2', near, 'gone'])!;
    expect(shown).toContain(far);
    expect(shown).toContain('s9-l0-2');
    expect(shown).not.toContain('gone');
    expect(new Set(shown).size).toBe(shown.length);
    expect(shownCards(layout, null, connectors, [])).toBeUndefined();
  });
});
