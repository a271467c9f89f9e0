/**
 * Indexes over the projection, built once per snapshot of a collection and shared by every
 * component that asks. A selector that filters all cards runs on every store update in every
 * component that holds it; on a 10,000-card project a handful of those per saved keystroke
 * added up. The cache is keyed by the collection object itself, which the projection replaces
 * whenever (and only when) a record of it changes.
 */
import type { Card } from '../domain/types';
import type { ProjectSnapshot } from './projection';

const NONE: readonly Card[] = Object.freeze([]);
const cardsByMap = new WeakMap<ProjectSnapshot['cards'], Map<string, Card[]>>();

function mapIndex(cards: ProjectSnapshot['cards']): Map<string, Card[]> {
  let index = cardsByMap.get(cards);
  if (!index) {
    index = new Map();
    // for…in, not Object.values: no array of every card per snapshot (one per saved keystroke).
    for (const id in cards) {
      const c = cards[id] as Card;
      const list = index.get(c.mapId);
      if (list) list.push(c);
      else index.set(c.mapId, [c]);
    }
    cardsByMap.set(cards, index);
  }
  return index;
}

/** The cards of one map (the same array until a card of the project changes). */
export function cardsOfMap(s: Pick<ProjectSnapshot, 'cards'>, mapId: string): readonly Card[] {
  return mapIndex(s.cards).get(mapId) ?? NONE;
}

/** How many cards each map holds. */
export function cardCount(s: Pick<ProjectSnapshot, 'cards'>, mapId: string): number {
  return cardsOfMap(s, mapId).length;
}
