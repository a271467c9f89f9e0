/**
 * One journey map read out of a project snapshot, in order, ready to draw on paper or in an
 * SVG file: stages, lanes and cards, and the alignment layer on them (who owns each stage and
 * card, the handoff markers, the personas and their emotion curves in the canvas's looks, the
 * dots of the vote round the map shows). The report's map pages, `mapToSvg` (the SVG and PNG
 * exports), the cards CSV and the deck all draw from this, so they show the same things the
 * canvas shows. No React here.
 */
import type { ProjectSnapshot } from '../document/projection';
import { emotionId } from '../document/schema';
import { ownerOf } from '../domain/alignment';
import { mapCurves, type CurveStyle } from '../domain/curveStyle';
import { DEFAULT_NAMES } from '../domain/defaultNames';
import { hardestMoment } from '../domain/hardestMoment';
import { byOrder, sortByOrder } from '../domain/ordering';
import { SHARED_OWNER, type Card, type Handoff, type Id, type JourneyMap, type Lane, type Stage } from '../domain/types';
import { isCardHidden, mapDots, shownRound } from '../domain/workshop/votes';
import { U } from '../i18n/ui';

export interface EmotionRow {
  /** One score per stage, in stage order (0 where none was given). */
  readonly scores: readonly number[];
  /** Whether anyone scored any stage of this curve. */
  readonly scored: boolean;
}

/** One curve of an emotion lane: the map's own or a persona's, in the canvas's look on paper. */
export interface CurveRow extends EmotionRow {
  /** The persona's id, or 'own'. */
  readonly key: string;
  readonly personaId?: Id;
  /** The persona's name; absent for the map's own curve. */
  readonly personaName?: string;
  readonly style: CurveStyle;
}

/** Who owns a stage or a card, ready to print: never a colour without a name. */
export interface OwnerMark {
  /** A team id, SHARED_OWNER, or '' (nobody, or a team that no longer exists). */
  readonly owner: string;
  /** The team's name, "Shared" or "No owner". */
  readonly name: string;
  /** The team's colour; null for shared and for no owner. */
  readonly color: string | null;
}

/** A handoff as the map shows it: on the boundary after a stage, or as a tag on a card. */
export interface HandoffMark {
  readonly id: Id;
  /** The handoff's name ("MQL to SQL"), or "From to To" when it has none. */
  readonly name: string;
  /** The stage names in each team's words ("MQL → SQL"); '' when neither is written. */
  readonly words: string;
  readonly from: OwnerMark;
  readonly to: OwnerMark;
  readonly agreed: boolean;
  /** Placed between stages: the index of the stage it follows (the next one takes over). */
  readonly afterStageIndex: number | null;
  /** Placed on a card: that card's id ('' otherwise). */
  readonly cardId: Id;
  /** The stages on either side ("between Consideration and Evaluation"); for a card, its stage twice. */
  readonly fromStage: Stage;
  readonly toStage: Stage;
}

export interface MapModel {
  readonly map: JourneyMap;
  readonly stages: readonly Stage[];
  readonly lanes: readonly Lane[];
  /** The cards of each cell in order; cards whose stage or lane is gone, or hidden in a private round, are left out. */
  cardsAt(stageId: string, laneId: string): readonly Card[];
  /** The main curve of an emotion lane (its first scored one): for outputs with room for one row. */
  emotion(laneId: string): EmotionRow;
  /** Every curve of an emotion lane, in the legend's order (domain/curveStyle's mapCurves). */
  curves(laneId: string): readonly CurveRow[];
  /** The personas on the map, in the order of its strip, each with its curve's look (the legend). */
  readonly personas: readonly { readonly id: Id; readonly name: string; readonly style: CurveStyle }[];
  stageOwner(stageId: string): OwnerMark;
  /** The card's own owner, or else its stage's. */
  cardOwner(card: Card): OwnerMark;
  /** Whether the card has an owner of its own (not inherited from the stage). */
  ownsItself(card: Card): boolean;
  /** The handoffs that can be drawn (their stage boundary or card still exists), in order. */
  readonly handoffs: readonly HandoffMark[];
  /** Handoffs placed on a card. */
  handoffsOnCard(cardId: string): readonly HandoffMark[];
  /** The dots on a card in the vote round the map shows (0 when none). */
  dots(cardId: string): number;
  /** Whether the card is in that round's lanes (so 0 dots means "voted on, none"). */
  inVote(card: Card): boolean;
  readonly hasVotes: boolean;
  readonly cardCount: number;
}

const key = (stageId: string, laneId: string) => `${stageId}|${laneId}`;
const FACILITATOR = { role: 'facilitator' } as const;

/**
 * Models already built, per snapshot (snapshots are immutable, so a model never goes stale).
 * One screen asks for the same map's model many times: the report's sections test whether they
 * are empty, count cards for the summary, then draw; at 10,000 cards each build costs tens of
 * milliseconds, so the report preview and the PDF built it five times over.
 */
const built = new WeakMap<ProjectSnapshot, Map<string, MapModel | null>>();

export function buildMapModel(snapshot: ProjectSnapshot, mapId: string): MapModel | null {
  let forSnapshot = built.get(snapshot);
  if (!forSnapshot) built.set(snapshot, (forSnapshot = new Map()));
  if (!forSnapshot.has(mapId)) forSnapshot.set(mapId, buildMapModelNow(snapshot, mapId));
  return forSnapshot.get(mapId)!;
}

function buildMapModelNow(snapshot: ProjectSnapshot, mapId: string): MapModel | null {
  const map = snapshot.maps[mapId];
  if (!map) return null;
  const stages = sortByOrder(Object.values(snapshot.stages).filter((s) => s.mapId === mapId));
  const lanes = sortByOrder(Object.values(snapshot.lanes).filter((l) => l.mapId === mapId));
  const stageIds = new Set(stages.map((s) => s.id));
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const laneIds = new Set(lanes.filter((l) => l.kind !== 'emotion' && l.kind !== 'ownership').map((l) => l.id));
  const cells = new Map<string, Card[]>();
  const cardIds = new Set<string>();
  let cardCount = 0;
  for (const card of Object.values(snapshot.cards)) {
    if (card.mapId !== mapId || !stageIds.has(card.stageId) || !laneIds.has(card.laneId)) continue;
    // What the facilitator's screen hides (a private round's cards before the reveal) no file shows.
    if (card.privateRoundId && isCardHidden(card, snapshot.voteRounds, FACILITATOR)) continue;
    const k = key(card.stageId, card.laneId);
    const list = cells.get(k);
    if (list) list.push(card);
    else cells.set(k, [card]);
    cardIds.add(card.id);
    cardCount++;
  }
  for (const list of cells.values()) list.sort(byOrder);

  // Owners.
  const teams = new Map(Object.values(snapshot.teams).map((t) => [t.id, t]));
  const teamIds = new Set(teams.keys());
  const mark = (value: string | undefined): OwnerMark => {
    const owner = ownerOf(value, teamIds);
    if (owner === SHARED_OWNER) return { owner, name: U.fields.shared, color: null };
    const team = owner ? teams.get(owner) : undefined;
    return team ? { owner, name: team.name, color: team.color } : { owner: '', name: U.fields.noOwner, color: null };
  };
  const stageOwners = new Map(stages.map((s) => [s.id, mark(s.ownerTeamId)]));
  const noOwner = mark('');
  const stageOwner = (stageId: string) => stageOwners.get(stageId) ?? noOwner;
  const ownsItself = (card: Card) => ownerOf(card.ownerTeamId, teamIds) !== '';

  // Personas and their curves.
  const personas = map.personaIds
    .map((id) => snapshot.personas[id])
    .filter((p) => p !== undefined)
    .map((p) => ({ id: p.id, name: p.name || DEFAULT_NAMES.unnamedPersona }));
  const names = new Map(personas.map((p) => [p.id, p.name]));
  const curvesByLane = new Map<string, CurveRow[]>();
  for (const lane of lanes) {
    if (lane.kind !== 'emotion') continue;
    const ownHasPoints = stages.some((s) => !!snapshot.emotions[emotionId(lane.id, s.id)]);
    curvesByLane.set(
      lane.id,
      mapCurves(
        personas.map((p) => p.id),
        ownHasPoints,
        'light',
      ).map((c) => {
        let scored = false;
        const scores = stages.map((s) => {
          const point = snapshot.emotions[emotionId(lane.id, s.id, c.personaId)];
          if (point) scored = true;
          return point?.score ?? 0;
        });
        return { ...c, ...(c.personaId ? { personaName: names.get(c.personaId) } : {}), scores, scored };
      }),
    );
  }
  const personaLooks = mapCurves(
    personas.map((p) => p.id),
    false,
    'light',
  );
  const personasOut = personas.map((p) => ({ ...p, style: personaLooks.find((c) => c.personaId === p.id)!.style }));
  const unscored = (): EmotionRow => ({ scores: stages.map(() => 0), scored: false });

  // Handoffs.
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const cardById = new Map<string, Card>();
  for (const list of cells.values()) for (const c of list) cardById.set(c.id, c);
  const handoffs: HandoffMark[] = [];
  const onCard = new Map<string, HandoffMark[]>();
  for (const h of sortByOrder(Object.values(snapshot.handoffs).filter((x) => x.mapId === mapId))) {
    const m = handoffMark(h, mark, stages, stageIndex, stageById, cardById);
    if (!m) continue;
    handoffs.push(m);
    if (m.cardId) {
      const list = onCard.get(m.cardId);
      if (list) list.push(m);
      else onCard.set(m.cardId, [m]);
    }
  }

  // Dots.
  const dotsByCard = mapDots(snapshot, mapId);
  const votedLanes = new Set(shownRound(Object.values(snapshot.voteRounds), mapId)?.laneIds ?? []);
  let hasVotes = false;
  for (const [id, n] of dotsByCard) if (n > 0 && cardIds.has(id)) hasVotes = true;

  return {
    map,
    stages,
    lanes,
    cardsAt: (stageId, laneId) => cells.get(key(stageId, laneId)) ?? [],
    emotion: (laneId) => curvesByLane.get(laneId)?.find((c) => c.scored) ?? unscored(),
    curves: (laneId) => curvesByLane.get(laneId) ?? [],
    personas: personasOut,
    stageOwner,
    cardOwner: (card) => (ownsItself(card) ? mark(card.ownerTeamId) : stageOwner(card.stageId)),
    ownsItself,
    handoffs,
    handoffsOnCard: (cardId) => onCard.get(cardId) ?? [],
    dots: (cardId) => (cardIds.has(cardId) ? (dotsByCard.get(cardId) ?? 0) : 0),
    inVote: (card) => cardIds.has(card.id) && votedLanes.has(card.laneId),
    hasVotes,
    cardCount,
  };
}

function handoffMark(
  h: Handoff,
  mark: (owner: string) => OwnerMark,
  stages: readonly Stage[],
  stageIndex: ReadonlyMap<string, number>,
  stageById: ReadonlyMap<string, Stage>,
  cardById: ReadonlyMap<string, Card>,
): HandoffMark | null {
  const from = mark(h.fromTeamId);
  const to = mark(h.toTeamId);
  const base = {
    id: h.id,
    name: h.name.trim() || DEFAULT_NAMES.handoff(from.name, to.name),
    words: h.fromStageName || h.toStageName ? `${h.fromStageName || '…'} → ${h.toStageName || '…'}` : '',
    from,
    to,
    agreed: h.agreedFrom && h.agreedTo,
  };
  if (h.cardId) {
    // Drawn where the canvas draws it: on the card, or nowhere when the card is gone.
    const card = cardById.get(h.cardId);
    const stage = card && stageById.get(card.stageId);
    return stage ? { ...base, afterStageIndex: null, cardId: h.cardId, fromStage: stage, toStage: stage } : null;
  }
  const i = stageIndex.get(h.afterStageId);
  if (i === undefined || i >= stages.length - 1) return null;
  return { ...base, afterStageIndex: i, cardId: '', fromStage: stages[i]!, toStage: stages[i + 1]! };
}

/** The maps of a project in their order. */
export function orderedMaps(snapshot: ProjectSnapshot): JourneyMap[] {
  return sortByOrder(Object.values(snapshot.maps));
}

/**
 * The stage where the customer feels worst on any scored curve of the map (the map's own or a
 * persona's), if any is below 0, and whose curve it is (domain/hardestMoment.ts).
 */
export function lowestMoment(model: MapModel): { stage: Stage; score: number; personaName?: string } | null {
  const curves = model.lanes.filter((l) => l.kind === 'emotion').flatMap((l) => model.curves(l.id));
  const low = hardestMoment(curves);
  const stage = low && model.stages[low.stageIndex];
  if (!low || !stage) return null;
  const name = curves[low.curveIndex]?.personaName;
  return { stage, score: low.score, ...(name !== undefined ? { personaName: name } : {}) };
}
