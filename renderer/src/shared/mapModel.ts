/**
 * One journey map read out of a project snapshot, in order, ready to draw on paper or in an
 * SVG file. The report's map pages and `mapToSvg` both draw from this, so they show the same
 * stages, lanes, cards and curve. No React here.
 */
import type { ProjectSnapshot } from '../document/projection';
import { emotionId } from '../document/schema';
import { byOrder, sortByOrder } from '../domain/ordering';
import type { Card, JourneyMap, Lane, Stage } from '../domain/types';

export interface EmotionRow {
  /** One score per stage, in stage order (0 where none was given). */
  readonly scores: readonly number[];
  /** Whether anyone scored any stage of this lane. */
  readonly scored: boolean;
}

export interface MapModel {
  readonly map: JourneyMap;
  readonly stages: readonly Stage[];
  readonly lanes: readonly Lane[];
  /** The cards of each cell in order; cards whose stage or lane is gone are left out. */
  cardsAt(stageId: string, laneId: string): readonly Card[];
  /** The curve of an emotion lane. */
  emotion(laneId: string): EmotionRow;
  readonly cardCount: number;
}

const key = (stageId: string, laneId: string) => `${stageId}|${laneId}`;

export function buildMapModel(snapshot: ProjectSnapshot, mapId: string): MapModel | null {
  const map = snapshot.maps[mapId];
  if (!map) return null;
  const stages = sortByOrder(Object.values(snapshot.stages).filter((s) => s.mapId === mapId));
  const lanes = sortByOrder(Object.values(snapshot.lanes).filter((l) => l.mapId === mapId));
  const stageIds = new Set(stages.map((s) => s.id));
  const laneIds = new Set(lanes.filter((l) => l.kind !== 'emotion').map((l) => l.id));
  const cells = new Map<string, Card[]>();
  let cardCount = 0;
  for (const card of Object.values(snapshot.cards)) {
    if (card.mapId !== mapId || !stageIds.has(card.stageId) || !laneIds.has(card.laneId)) continue;
    const k = key(card.stageId, card.laneId);
    const list = cells.get(k);
    if (list) list.push(card);
    else cells.set(k, [card]);
    cardCount++;
  }
  for (const list of cells.values()) list.sort(byOrder);
  const emotions = new Map<string, EmotionRow>();
  for (const lane of lanes) {
    if (lane.kind !== 'emotion') continue;
    let scored = false;
    const scores = stages.map((s) => {
      const point = snapshot.emotions[emotionId(lane.id, s.id)];
      if (point) scored = true;
      return point?.score ?? 0;
    });
    emotions.set(lane.id, { scores, scored });
  }
  return {
    map,
    stages,
    lanes,
    cardsAt: (stageId, laneId) => cells.get(key(stageId, laneId)) ?? [],
    emotion: (laneId) => emotions.get(laneId) ?? { scores: stages.map(() => 0), scored: false },
    cardCount,
  };
}

/** The maps of a project in their order. */
export function orderedMaps(snapshot: ProjectSnapshot): JourneyMap[] {
  return sortByOrder(Object.values(snapshot.maps));
}

/** The stage where the customer feels worst on any scored curve of the map, if any is below 0. */
export function lowestMoment(model: MapModel): { stage: Stage; score: number } | null {
  let best: { stage: Stage; score: number } | null = null;
  for (const lane of model.lanes) {
    if (lane.kind !== 'emotion') continue;
    const row = model.emotion(lane.id);
    if (!row.scored) continue;
    row.scores.forEach((score, i) => {
      const stage = model.stages[i];
      if (stage && score < 0 && (!best || score < best.score)) best = { stage, score };
    });
  }
  return best;
}
