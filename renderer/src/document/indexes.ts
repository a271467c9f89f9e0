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
    for (const c of Object.values(cards)) {
      const list = index.get(c.mapId);
      if (list) list.push(c);
      else index.set(c.mapId, [c]);
    }
    cardsByMap.set(cards, index);
  }
  return index;
}

/**
 * Builds the index of `next` from that of `prev` when only `changed` ids differ: only the maps
 * those cards are (or were) on get new arrays, instead of walking every card again (a walk of
 * 10,000 cards costs ~2.5 ms, on every saved keystroke). The order of a map's list carries no
 * meaning (the canvas orders cards by their own `order`).
 */
export function carryCardIndex(
  prev: ProjectSnapshot['cards'],
  next: ProjectSnapshot['cards'],
  changed: Iterable<string>,
): void {
  const before = cardsByMap.get(prev);
  if (!before) return; // nobody asked yet: built on first use
  const index = new Map(before);
  const copied = new Set<string>();
  const listOf = (mapId: string): Card[] => {
    if (!copied.has(mapId)) {
      index.set(mapId, [...(index.get(mapId) ?? [])]);
      copied.add(mapId);
    }
    return index.get(mapId) as Card[];
  };
  for (const id of changed) {
    const old = prev[id];
    const now = next[id];
    if (old && now && old.mapId === now.mapId) {
      const list = listOf(old.mapId);
      const at = list.indexOf(old);
      if (at >= 0) list[at] = now;
      else list.push(now);
      continue;
    }
    if (old) {
      const list = listOf(old.mapId);
      const at = list.indexOf(old);
      if (at >= 0) list.splice(at, 1);
    }
    if (now) listOf(now.mapId).push(now);
  }
  for (const [mapId, list] of index) if (!list.length) index.delete(mapId);
  cardsByMap.set(next, index);
}

/** The cards of one map (the same array until a card of the project changes). */
export function cardsOfMap(s: Pick<ProjectSnapshot, 'cards'>, mapId: string): readonly Card[] {
  return mapIndex(s.cards).get(mapId) ?? NONE;
}

/** How many cards each map holds. */
export function cardCount(s: Pick<ProjectSnapshot, 'cards'>, mapId: string): number {
  return cardsOfMap(s, mapId).length;
}
