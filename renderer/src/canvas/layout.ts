/**
 * Where everything sits on the canvas: a pure function of the ordered stages, lanes and the
 * cards in each cell. Stages are columns, lanes are rows; cards stack in their cell. No React
 * here, so it is unit-tested and cheap to recompute.
 */
import { byOrder, sortByOrder } from '../domain/ordering';
import type { Card, Lane, Stage } from '../domain/types';

/** What the layout needs of a card: where it is, not what it says. */
export type Placed = Pick<Card, 'id' | 'stageId' | 'laneId' | 'order'>;

export const GRID = {
  laneLabelW: 200,
  stageW: 280,
  // Room for the name, two lines of description and one row of StageBadges (owner, KPIs…).
  headerH: 144,
  /**
   * The stage header of a readable canvas (room mode, the projector theme): the same name, two
   * lines of description and up to two rows of badges in type that reads from the back of the
   * room, every word whole (the 144 px header cut the badges and the description's last line).
   */
  readableHeaderH: 188,
  cardW: 252,
  cardH: 84,
  gap: 10,
  pad: 14,
  emotionLaneH: 190,
  /** The ownership lane holds one row of owner chips, not cards. */
  ownershipLaneH: 84,
  /**
   * The band above the stage headers where features put markers (the handoffs'). Always there,
   * so "fit to screen" and the overview keep room for it.
   */
  bandAboveH: 84,
} as const;

/** From the top of one card of a cell to the top of the next. */
export const CARD_STEP = GRID.cardH + GRID.gap;

/** Room for one card plus a little space to drop or double-click under it. */
const MIN_LANE_H = GRID.pad * 2 + GRID.cardH + 36;

export interface LaneBand {
  readonly lane: Lane;
  readonly y: number;
  readonly h: number;
}

export interface MapLayout {
  /** The stage headers' height: GRID.headerH, or GRID.readableHeaderH on a readable canvas. */
  readonly headerH: number;
  readonly stages: readonly Stage[];
  readonly lanes: readonly LaneBand[];
  readonly width: number;
  readonly height: number;
  readonly cardPos: ReadonlyMap<string, { x: number; y: number }>;
  /** Cards of each cell in order, keyed by `cellKey`. */
  readonly cells: ReadonlyMap<string, readonly Placed[]>;
  /** Every laid-out card by id: where it sits without a search through the cells. */
  readonly cardById: ReadonlyMap<string, Placed>;
}

export const cellKey = (stageId: string, laneId: string) => `${stageId}|${laneId}`;

export const stageX = (index: number) => GRID.laneLabelW + index * GRID.stageW;

export function computeLayout(
  stagesIn: Iterable<Stage>,
  lanesIn: Iterable<Lane>,
  cardsIn: Iterable<Placed>,
  headerH: number = GRID.headerH,
): MapLayout {
  const stages = sortByOrder(stagesIn);
  const laneList = sortByOrder(lanesIn);
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const laneIds = new Set(laneList.map((l) => l.id));
  const cells = new Map<string, Placed[]>();
  const cardById = new Map<string, Placed>();
  for (const card of cardsIn) {
    if (!stageIndex.has(card.stageId) || !laneIds.has(card.laneId)) continue; // orphan: skip
    cardById.set(card.id, card);
    const key = cellKey(card.stageId, card.laneId);
    const list = cells.get(key);
    if (list) list.push(card);
    else cells.set(key, [card]);
  }
  for (const list of cells.values()) list.sort(byOrder);

  const lanes: LaneBand[] = [];
  let y = headerH;
  for (const lane of laneList) {
    let h: number;
    if (lane.kind === 'emotion') h = GRID.emotionLaneH;
    else if (lane.kind === 'ownership') h = GRID.ownershipLaneH;
    else {
      let most = 0;
      for (const s of stages) most = Math.max(most, cells.get(cellKey(s.id, lane.id))?.length ?? 0);
      h = Math.max(MIN_LANE_H, GRID.pad * 2 + most * CARD_STEP + 36);
    }
    lanes.push({ lane, y, h });
    y += h;
  }

  const cardPos = new Map<string, { x: number; y: number }>();
  for (const band of lanes) {
    stages.forEach((s, i) => {
      const list = cells.get(cellKey(s.id, band.lane.id));
      list?.forEach((card, k) => {
        cardPos.set(card.id, {
          x: stageX(i) + GRID.pad,
          y: band.y + GRID.pad + k * CARD_STEP,
        });
      });
    });
  }

  return {
    headerH,
    stages,
    lanes,
    width: stageX(stages.length),
    height: y,
    cardPos,
    cells,
    cardById,
  };
}

export interface CellHit {
  readonly stageId: string;
  readonly laneId: string;
  /** Where a dropped card would go among the cell's cards. */
  readonly index: number;
}

/** The cell under a point of the canvas (in flow coordinates), if any. */
export function cellAt(layout: MapLayout, x: number, y: number): CellHit | null {
  const si = Math.floor((x - GRID.laneLabelW) / GRID.stageW);
  const stage = layout.stages[si];
  if (!stage || x < GRID.laneLabelW) return null;
  const band = layout.lanes.find((b) => y >= b.y && y < b.y + b.h);
  if (!band) return null;
  const count = layout.cells.get(cellKey(stage.id, band.lane.id))?.length ?? 0;
  const index = Math.max(0, Math.min(count, Math.round((y - band.y - GRID.pad) / CARD_STEP)));
  return { stageId: stage.id, laneId: band.lane.id, index };
}

/** The index a stage (or lane) dragged to `pos` should take. */
export function indexAt(pos: number, start: number, size: number, count: number): number {
  return Math.max(0, Math.min(count - 1, Math.floor((pos - start) / size)));
}
