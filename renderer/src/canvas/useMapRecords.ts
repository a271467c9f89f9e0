import { useRef } from 'react';
import type { Card } from '../domain/types';
import { useProjectList } from '../shared/ProjectContext';
import { cardsOfMap } from '../document/indexes';
import { useHiddenCards } from './slots';

/**
 * Where a card sits, without its text or colour. The layout depends only on this, so typing
 * in a card (a new Card object) keeps the same Placement object and the whole map is not laid
 * out again: only the card's own node re-renders. (Measured by `npm run bench`, "typing".)
 */
export type Placement = Pick<Card, 'id' | 'mapId' | 'stageId' | 'laneId' | 'order'>;

const samePlace = (p: Placement | undefined, c: Card): p is Placement =>
  !!p && p.id === c.id && p.mapId === c.mapId && p.stageId === c.stageId && p.laneId === c.laneId && p.order === c.order;

/**
 * The placements of `cards` (less the hidden ones), reusing `prev`: the very same array when
 * nothing moved, came or went — a saved keystroke then allocates nothing (a new Map and array
 * of every placement per save was ~100 KB of garbage on a 2,000-card map, and the collector's
 * pauses landed on the next keystrokes) — and otherwise a new array that keeps every
 * unchanged Placement object, so the layout sees exactly what moved.
 */
export function placementsOf(cards: readonly Card[], hidden: ReadonlySet<string>, prev: Placement[]): Placement[] {
  // The common path (nothing moved) is an indexed loop: a for…of makes an iterator result per
  // card until the optimiser warms up.
  let k = 0;
  let same = true;
  for (let i = 0; i < cards.length; i++) {
    const c = cards[i] as Card;
    if (hidden.has(c.id)) continue;
    if (!samePlace(prev[k], c)) {
      same = false;
      break;
    }
    k += 1;
  }
  if (same && k === prev.length) return prev;
  let byId: Map<string, Placement> | undefined;
  const out: Placement[] = [];
  for (const c of cards) {
    if (hidden.has(c.id)) continue;
    let p = prev[out.length];
    if (!samePlace(p, c)) {
      byId ??= new Map(prev.map((x) => [x.id, x]));
      p = byId.get(c.id);
      // The card record itself is its placement: a copy per card was 10,000 objects (~0.5 MB)
      // at 10,000 cards (issue 21's heap). A text edit gives the card a new record and this
      // keeps the old one until the card moves: one stale record per edited card at most.
      if (!samePlace(p, c)) p = c;
    }
    out.push(p);
  }
  return out;
}

function usePlacements(mapId: string): Placement[] {
  const last = useRef<Placement[]>([]);
  // Cards of a private vote round stay off others' screens until the reveal (a module's useHiddenCards).
  const hidden = useHiddenCards(mapId);
  return useProjectList(
    (s) => (last.current = placementsOf(cardsOfMap(s, mapId), hidden, last.current)),
    (s) => [cardsOfMap(s, mapId), hidden, mapId],
  );
}

/** The records of one map. Arrays keep their identity while nothing the canvas draws changed. */
export function useMapRecords(mapId: string) {
  const stages = useProjectList(
    (s) => Object.values(s.stages).filter((x) => x.mapId === mapId),
    (s) => [s.stages, mapId],
  );
  const lanes = useProjectList(
    (s) => Object.values(s.lanes).filter((x) => x.mapId === mapId),
    (s) => [s.lanes, mapId],
  );
  const placements = usePlacements(mapId);
  const connectors = useProjectList(
    (s) => Object.values(s.connectors).filter((x) => x.mapId === mapId),
    (s) => [s.connectors, mapId],
  );
  return { stages, lanes, placements, connectors };
}
