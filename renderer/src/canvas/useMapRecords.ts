import { useRef } from 'react';
import type { Card } from '../domain/types';
import { useProjectList } from '../features/project/ProjectContext';
import { cardsOfMap } from '../document/indexes';
import { useHiddenCardIds } from '../features/workshop/privacy';

/**
 * Where a card sits, without its text or colour. The layout depends only on this, so typing
 * in a card (a new Card object) keeps the same Placement object and the whole map is not laid
 * out again: only the card's own node re-renders. (Measured by `npm run bench`, "typing".)
 */
export type Placement = Pick<Card, 'id' | 'mapId' | 'stageId' | 'laneId' | 'order'>;

function usePlacements(mapId: string): Placement[] {
  const cache = useRef(new Map<string, Placement>());
  // Cards of a private vote round stay off others' screens until the reveal (features/workshop).
  const hidden = useHiddenCardIds(mapId);
  return useProjectList(
    (s) => {
      const out: Placement[] = [];
      const next = new Map<string, Placement>();
      for (const c of cardsOfMap(s, mapId)) {
        if (hidden.has(c.id)) continue;
        const prev = cache.current.get(c.id);
        const p =
          prev && prev.stageId === c.stageId && prev.laneId === c.laneId && prev.order === c.order
            ? prev
            : { id: c.id, mapId: c.mapId, stageId: c.stageId, laneId: c.laneId, order: c.order };
        next.set(c.id, p);
        out.push(p);
      }
      cache.current = next;
      return out;
    },
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
