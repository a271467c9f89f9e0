import { describe, expect, it } from 'vitest';
import { placementsOf } from '../../renderer/src/canvas/useMapRecords';
import type { Card } from '../../renderer/src/domain/types';

const card = (id: string, order: number): Card => ({ id, mapId: 'm', stageId: 's', laneId: 'l', text: id, color: 'yellow', order });

describe('placements hold no copy of the cards (issue 21: the heap at 10,000 cards)', () => {
  it('a placement is the card record itself, kept while only the text changes and replaced when the card moves', () => {
    const cards = [card('a', 1), card('b', 2)];
    const first = placementsOf(cards, new Set(), []);
    expect(first[0]).toBe(cards[0]);
    expect(first[1]).toBe(cards[1]);
    const typed = [{ ...cards[0]!, text: 'a, edited' }, cards[1]!];
    expect(placementsOf(typed, new Set(), first)).toBe(first);
    const moved = [{ ...cards[0]!, order: 3 }, cards[1]!];
    const after = placementsOf(moved, new Set(), first);
    expect(after[0]).toBe(moved[0]);
    expect(after[1]).toBe(cards[1]);
  });
});
