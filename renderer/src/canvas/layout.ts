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

/**
 * What a layout was made from and what it changed, for the next layout and the overview. Kept
 * beside the layout, not in it: consumers read the layout only.
 */
interface Basis {
  readonly stagesIn: Iterable<Stage>;
  readonly lanesIn: Iterable<Lane>;
  readonly cardsIn: readonly Placed[] | undefined;
  readonly stageIndex: ReadonlyMap<string, number>;
  readonly laneIds: ReadonlySet<string>;
  /** The layout this one was derived from, and the cells it laid out again; none when made whole. */
  readonly from: MapLayout | undefined;
  readonly changedCells: ReadonlySet<string>;
}
const bases = new WeakMap<MapLayout, Basis>();

/**
 * What has been laid out, for tests and probes: how many cells were sorted (a whole layout
 * sorts every cell; a layout after a drop, the two cells the card left and joined).
 */
export const layoutWork = { cellsSorted: 0, wholeLayouts: 0 };

/** Where `next` differs from the layout it was derived from: its cells laid out again, none if it was made whole. */
export function layoutChange(next: MapLayout, prev: MapLayout): ReadonlySet<string> | undefined {
  const b = bases.get(next);
  return b && b.from === prev ? b.changedCells : undefined;
}

/**
 * The layout of a map. With `prev` (the layout of the same stages, lanes and header a moment
 * ago), only the cells whose cards changed are laid out again: on a 20,000-card map a drop sorts
 * the two cells the card left and joined instead of every cell, and no card's position is
 * computed until asked for (`cardPos` reads it from the cell). The result equals a whole layout
 * (test/unit/layout-incremental.test.ts).
 */
export function computeLayout(
  stagesIn: Iterable<Stage>,
  lanesIn: Iterable<Lane>,
  cardsIn: Iterable<Placed>,
  headerH: number = GRID.headerH,
  prev?: MapLayout,
): MapLayout {
  const basis = prev && bases.get(prev);
  if (prev && basis && basis.stagesIn === stagesIn && basis.lanesIn === lanesIn && prev.headerH === headerH && basis.cardsIn && Array.isArray(cardsIn)) {
    const diff = diffPlacements(basis.cardsIn, cardsIn as readonly Placed[]);
    if (diff && !diff.gone.length && !diff.came.length) return prev;
    if (diff) return relayout(prev, basis, diff, cardsIn as readonly Placed[]);
  }
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
  layoutWork.cellsSorted += cells.size;
  layoutWork.wholeLayouts += 1;
  const lanes = bandsOf(laneList, stages, cells, headerH, undefined, undefined);
  const layout = assemble(headerH, stages, lanes, cells, new OverlayMap(cardById), stageIndex);
  bases.set(layout, {
    stagesIn,
    lanesIn,
    cardsIn: Array.isArray(cardsIn) ? (cardsIn as readonly Placed[]) : undefined,
    stageIndex,
    laneIds,
    from: undefined,
    changedCells: new Set(),
  });
  return layout;
}

/** More changed cards than this and a whole layout is cheaper than patching cells. */
const MOST_CHANGES = 256;

interface PlacementDiff {
  readonly gone: readonly Placed[];
  readonly came: readonly Placed[];
}

/**
 * The placements that left and came between two lists of the same map (placementsOf keeps every
 * unchanged Placement object where it was): a walk comparing objects, with single insertions and
 * deletions recognised; undefined when the lists differ more than that.
 */
function diffPlacements(a: readonly Placed[], b: readonly Placed[]): PlacementDiff | undefined {
  if (a === b) return { gone: [], came: [] };
  const gone: Placed[] = [];
  const came: Placed[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      i++;
      j++;
    } else if (x && y && x.id === y.id) {
      gone.push(x);
      came.push(y);
      i++;
      j++;
    } else if (y && (x === undefined || x === b[j + 1])) {
      came.push(y);
      j++;
    } else if (x && (y === undefined || a[i + 1] === y)) {
      gone.push(x);
      i++;
    } else return undefined;
    if (gone.length + came.length > MOST_CHANGES) return undefined;
  }
  return { gone, came };
}

function relayout(prev: MapLayout, basis: Basis, diff: PlacementDiff, cardsIn: readonly Placed[]): MapLayout {
  const { stageIndex, laneIds } = basis;
  const cells = new Map(prev.cells as Map<string, readonly Placed[]>);
  const cardById = (prev.cardById as OverlayMap<string, Placed>).edit();
  const changed = new Set<string>();
  // Each touched cell: its cards less those that left, then those that came, in order.
  const lists = new Map<string, Placed[]>();
  const touchedLanes = new Set<string>();
  const listOf = (p: Placed) => {
    const key = cellKey(p.stageId, p.laneId);
    touchedLanes.add(p.laneId);
    let list = lists.get(key);
    if (!list) {
      list = [...(cells.get(key) ?? [])];
      lists.set(key, list);
    }
    return list;
  };
  const laidOut = (p: Placed) => stageIndex.has(p.stageId) && laneIds.has(p.laneId);
  for (const p of diff.gone) {
    if (!laidOut(p) || cardById.get(p.id) !== p) continue;
    const list = listOf(p);
    const at = list.indexOf(p);
    if (at >= 0) list.splice(at, 1);
    cardById.delete(p.id);
  }
  for (const p of diff.came) {
    if (!laidOut(p)) continue;
    const list = listOf(p);
    // Another placement of the same card still laid out (a duplicate id): as a whole layout, the last wins in cardById.
    list.splice(sortedIndex(list, p), 0, p);
    cardById.set(p.id, p);
  }
  for (const [key, list] of lists) {
    if (list.length) cells.set(key, list);
    else cells.delete(key);
    changed.add(key);
  }
  layoutWork.cellsSorted += lists.size;
  const lanes = bandsOf(
    prev.lanes.map((b) => b.lane),
    prev.stages,
    cells,
    prev.headerH,
    prev.lanes,
    touchedLanes,
  );
  const layout = assemble(prev.headerH, prev.stages, lanes, cells, cardById.done(), stageIndex);
  bases.set(layout, { ...basis, cardsIn, from: prev, changedCells: changed });
  return layout;
}

/** Where `p` goes in a cell's sorted list (after any it ties with: ids are unique). */
function sortedIndex(list: readonly Placed[], p: Placed): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byOrder(list[mid]!, p) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The lanes' bands. A text lane is as tall as its fullest cell; with `prev`, only the lanes in
 * `touched` are measured again, and a band keeps its object where its place and height stayed.
 */
function bandsOf(
  laneList: readonly Lane[],
  stages: readonly Stage[],
  cells: ReadonlyMap<string, readonly Placed[]>,
  headerH: number,
  prev: readonly LaneBand[] | undefined,
  touched: ReadonlySet<string> | undefined,
): LaneBand[] {
  const lanes: LaneBand[] = [];
  let y = headerH;
  laneList.forEach((lane, i) => {
    const old = prev?.[i];
    let h: number;
    if (old && !touched?.has(lane.id)) h = old.h;
    else if (lane.kind === 'emotion') h = GRID.emotionLaneH;
    else if (lane.kind === 'ownership') h = GRID.ownershipLaneH;
    else {
      let most = 0;
      for (const s of stages) most = Math.max(most, cells.get(cellKey(s.id, lane.id))?.length ?? 0);
      h = Math.max(MIN_LANE_H, GRID.pad * 2 + most * CARD_STEP + 36);
    }
    lanes.push(old && old.y === y && old.h === h ? old : { lane, y, h });
    y += h;
  });
  return lanes;
}

function assemble(
  headerH: number,
  stages: readonly Stage[],
  lanes: readonly LaneBand[],
  cells: ReadonlyMap<string, readonly Placed[]>,
  cardById: OverlayMap<string, Placed>,
  stageIndex: ReadonlyMap<string, number>,
): MapLayout {
  const last = lanes[lanes.length - 1];
  return {
    headerH,
    stages,
    lanes,
    width: stageX(stages.length),
    height: last ? last.y + last.h : headerH,
    cardPos: new CardPositions(stages, lanes, cells, cardById, stageIndex),
    cells,
    cardById,
  };
}

/**
 * A read-only map over a shared base Map and a few changes of its own: a layout after a drop
 * shares the cards of the one before instead of copying a Map of every card. Folded into a new
 * base once the changes pile up, so a lookup stays two Map reads.
 */
export class OverlayMap<K, V> implements ReadonlyMap<K, V> {
  constructor(
    private readonly base: ReadonlyMap<K, V>,
    /** Changed entries; `undefined` marks one removed from the base. */
    private readonly over: ReadonlyMap<K, V | undefined> = new Map(),
    readonly size: number = base.size,
  ) {}

  get(key: K): V | undefined {
    return this.over.has(key) ? this.over.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.over.has(key) ? this.over.get(key) !== undefined : this.base.has(key);
  }

  /** A copy to change: set and delete, then `done()` for the new read-only map. */
  edit() {
    const base = this.base;
    const over = new Map(this.over);
    let size = this.size;
    const had = (key: K) => (over.has(key) ? over.get(key) !== undefined : base.has(key));
    return {
      get: (key: K) => (over.has(key) ? over.get(key) : base.get(key)),
      set(key: K, value: V) {
        if (!had(key)) size += 1;
        over.set(key, value);
      },
      delete(key: K) {
        if (had(key)) size -= 1;
        if (base.has(key)) over.set(key, undefined);
        else over.delete(key);
      },
      done: (): OverlayMap<K, V> => {
        if (over.size <= 64 || over.size * 8 <= base.size) return new OverlayMap(base, over, size);
        return new OverlayMap(new Map(entriesOf(base, over)), new Map(), size);
      },
    };
  }

  *entries(): MapIterator<[K, V]> {
    yield* entriesOf(this.base, this.over);
  }

  *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

function* entriesOf<K, V>(base: ReadonlyMap<K, V>, over: ReadonlyMap<K, V | undefined>): Generator<[K, V], undefined, unknown> {
  for (const [k, v] of base) {
    if (!over.has(k)) yield [k, v];
    else {
      const o = over.get(k);
      if (o !== undefined) yield [k, o];
    }
  }
  for (const [k, o] of over) if (o !== undefined && !base.has(k)) yield [k, o];
}

/** Each cell's cards by id, their index in it: built when a cell is first asked about. */
const slots = new WeakMap<readonly Placed[], Map<string, number>>();
function slotIn(list: readonly Placed[], id: string): number {
  let m = slots.get(list);
  if (!m) {
    m = new Map(list.map((c, k) => [c.id, k]));
    slots.set(list, m);
  }
  return m.get(id) ?? -1;
}

/**
 * Every laid-out card's top left, read from its cell when asked: the stage's column, the lane's
 * band and the card's place in the cell. A drop that makes a lane taller moves every card below
 * it; here that costs nothing until a card is asked for.
 */
class CardPositions implements ReadonlyMap<string, { x: number; y: number }> {
  private readonly bandOf: Map<string, LaneBand>;
  constructor(
    private readonly stages: readonly Stage[],
    private readonly lanes: readonly LaneBand[],
    private readonly cells: ReadonlyMap<string, readonly Placed[]>,
    private readonly cardById: ReadonlyMap<string, Placed>,
    private readonly stageIndex: ReadonlyMap<string, number>,
  ) {
    this.bandOf = new Map(lanes.map((b) => [b.lane.id, b]));
  }

  get size(): number {
    return this.cardById.size;
  }

  get(id: string): { x: number; y: number } | undefined {
    const card = this.cardById.get(id);
    if (!card) return undefined;
    const band = this.bandOf.get(card.laneId);
    const si = this.stageIndex.get(card.stageId);
    const list = this.cells.get(cellKey(card.stageId, card.laneId));
    if (!band || si === undefined || !list) return undefined;
    return { x: stageX(si) + GRID.pad, y: band.y + GRID.pad + slotIn(list, id) * CARD_STEP };
  }

  has(id: string): boolean {
    return this.cardById.has(id);
  }

  /** Lane by lane, stage by stage, top to bottom (the order a whole layout used to fill its Map in). */
  *entries(): MapIterator<[string, { x: number; y: number }]> {
    for (const band of this.lanes) {
      for (let i = 0; i < this.stages.length; i++) {
        const list = this.cells.get(cellKey(this.stages[i]!.id, band.lane.id));
        if (!list) continue;
        const x = stageX(i) + GRID.pad;
        for (let k = 0; k < list.length; k++) yield [list[k]!.id, { x, y: band.y + GRID.pad + k * CARD_STEP }];
      }
    }
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<{ x: number; y: number }> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, { x: number; y: number }]> {
    return this.entries();
  }

  forEach(fn: (value: { x: number; y: number }, key: string, map: ReadonlyMap<string, { x: number; y: number }>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
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
