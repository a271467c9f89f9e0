/**
 * Dot votes: the tally (the oldest dots count when two offline devices accepted too many),
 * who sees which votes, hidden cards of a private round, the order of a round's cards.
 */
import type { Id } from '../types';
import type { Participant, Vote, VoteRound } from './records';

// ---- Dot votes ----

export interface VoteTally {
  /** Counted dots per card. */
  readonly byCard: ReadonlyMap<Id, number>;
  /** Counted dots per participant. */
  readonly byParticipant: ReadonlyMap<Id, number>;
  /** The votes that count, oldest first. */
  readonly counted: readonly Vote[];
  /** Cards with at least one dot, most dots first; ties keep the order of `cardOrder`. */
  readonly ranked: readonly { readonly cardId: Id; readonly dots: number; readonly rank: number }[];
}

const byTime = (a: Vote, b: Vote) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Counts a round's dots. A vote counts when its participant is still in the session, its card
 * is still in one of the round's lanes, and it is among the participant's first `dots` valid
 * votes (two offline devices can each let someone vote; the oldest dots win, the same on
 * every peer). Ranking: most dots first; ties share a rank ("1, 2, 2, 4") and keep the
 * order of `cardOrder` (the map's reading order), so the list never reshuffles by itself.
 */
export function tallyVotes(
  votes: readonly Vote[],
  opts: {
    readonly roundId: Id;
    readonly dots: number;
    readonly participantIds: ReadonlySet<Id>;
    readonly cardOrder: readonly Id[];
  },
): VoteTally {
  const eligible = new Set(opts.cardOrder);
  const byParticipant = new Map<Id, number>();
  const byCard = new Map<Id, number>();
  const counted: Vote[] = [];
  for (const v of votes.filter((x) => x.roundId === opts.roundId).sort(byTime)) {
    if (!opts.participantIds.has(v.participantId) || !eligible.has(v.cardId)) continue;
    const used = byParticipant.get(v.participantId) ?? 0;
    if (used >= opts.dots) continue;
    byParticipant.set(v.participantId, used + 1);
    byCard.set(v.cardId, (byCard.get(v.cardId) ?? 0) + 1);
    counted.push(v);
  }
  const position = new Map(opts.cardOrder.map((id, i) => [id, i]));
  const sorted = [...byCard.entries()]
    .map(([cardId, dots]) => ({ cardId, dots }))
    .sort(
      (a, b) => b.dots - a.dots || (position.get(a.cardId) ?? 0) - (position.get(b.cardId) ?? 0),
    );
  let rank = 0;
  const ranked = sorted.map((x, i) => {
    if (i === 0 || sorted[i - 1]!.dots !== x.dots) rank = i + 1;
    return { ...x, rank };
  });
  return { byCard, byParticipant, counted, ranked };
}

/** Dots a participant may still place. */
export function dotsLeft(tally: VoteTally, participantId: Id, dots: number): number {
  return Math.max(0, dots - (tally.byParticipant.get(participantId) ?? 0));
}

/** Who looks at the screen: the facilitator, or one participant (see document/identity.ts). */
export type Viewer =
  { readonly role: 'facilitator' } | { readonly role: 'participant'; readonly participantId: Id };

/**
 * What a viewer may see of a round's dots. Open rounds and revealed private rounds: every
 * dot. A private round before the reveal: a participant sees only their own dots; the
 * facilitator (whose screen is usually the projected one) sees none, only how many were cast.
 * A facilitation aid, not a secret: every device holds the whole document.
 */
export function visibleVotes(
  round: Pick<VoteRound, 'private' | 'revealed'>,
  counted: readonly Vote[],
  viewer: Viewer,
): Vote[] {
  if (!round.private || round.revealed) return [...counted];
  if (viewer.role === 'facilitator') return [];
  return counted.filter((v) => v.participantId === viewer.participantId);
}

/**
 * A card written by a participant during a private round stays hidden from everyone else
 * (the facilitator included) until that round is revealed or deleted.
 */
export function isCardHidden(
  card: { readonly authorId?: Id; readonly privateRoundId?: Id },
  rounds: Readonly<Record<Id, Pick<VoteRound, 'revealed'>>>,
  viewer: Viewer,
): boolean {
  if (!card.authorId || !card.privateRoundId) return false;
  const round = rounds[card.privateRoundId];
  if (!round || round.revealed) return false;
  return !(viewer.role === 'participant' && viewer.participantId === card.authorId);
}

/**
 * The cards a round votes on, in the map's reading order: stage by stage, then lane by lane
 * (in the lanes' order), then the cards' own order. Used for ranking ties and for lists.
 */
export function roundCardOrder(
  round: Pick<VoteRound, 'mapId' | 'laneIds'>,
  stages: readonly { readonly id: Id; readonly mapId: Id; readonly order: number }[],
  lanes: readonly { readonly id: Id; readonly mapId: Id; readonly order: number }[],
  cards: readonly {
    readonly id: Id;
    readonly mapId: Id;
    readonly stageId: Id;
    readonly laneId: Id;
    readonly order: number;
  }[],
): Id[] {
  const cmp = (a: { id: Id; order: number }, b: { id: Id; order: number }) =>
    a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const stagePos = new Map(
    stages
      .filter((s) => s.mapId === round.mapId)
      .sort(cmp)
      .map((s, i) => [s.id, i]),
  );
  const voted = new Set(round.laneIds);
  const lanePos = new Map(
    lanes
      .filter((l) => l.mapId === round.mapId && voted.has(l.id))
      .sort(cmp)
      .map((l, i) => [l.id, i]),
  );
  return cards
    .filter((c) => c.mapId === round.mapId && lanePos.has(c.laneId) && stagePos.has(c.stageId))
    .sort(
      (a, b) =>
        stagePos.get(a.stageId)! - stagePos.get(b.stageId)! ||
        lanePos.get(a.laneId)! - lanePos.get(b.laneId)! ||
        cmp(a, b),
    )
    .map((c) => c.id);
}

/** The round whose dots show on a map's cards: the open one, else the latest not taken off the map. */
export function shownRound(rounds: Iterable<VoteRound>, mapId: Id): VoteRound | undefined {
  let best: VoteRound | undefined;
  for (const r of rounds) {
    if (r.mapId !== mapId || r.archived) continue;
    if (
      !best ||
      (r.status === 'open' && best.status !== 'open') ||
      (r.status === best.status && r.createdAt > best.createdAt)
    )
      best = r;
  }
  return best;
}

type Keyed<T> = Readonly<Record<Id, T>>;
type Placed = { readonly id: Id; readonly mapId: Id; readonly order: number };

/** The records a round's tally reads (a project snapshot has them all). */
export interface VoteSource {
  readonly votes: Keyed<Vote>;
  readonly participants: Keyed<Pick<Participant, 'id' | 'sessionId'>>;
  readonly stages: Keyed<Placed>;
  readonly lanes: Keyed<Placed>;
  readonly cards: Keyed<Placed & { readonly stageId: Id; readonly laneId: Id }>;
}

/** A round's tally over the project's records, with the cards it votes on in reading order. */
export function tallyRound(s: VoteSource, round: VoteRound): { tally: VoteTally; order: Id[] } {
  const order = roundCardOrder(round, Object.values(s.stages), Object.values(s.lanes), Object.values(s.cards));
  const participantIds = new Set(
    Object.values(s.participants)
      .filter((p) => p.sessionId === round.sessionId)
      .map((p) => p.id),
  );
  const tally = tallyVotes(Object.values(s.votes), { roundId: round.id, dots: round.dots, participantIds, cardOrder: order });
  return { tally, order };
}

/**
 * The dots on each card of a map as the facilitator's (projected) screen shows them: the shown
 * round's counted dots, none before a private round is revealed. The map's exports read this.
 */
export function mapDots(s: VoteSource & { readonly voteRounds: Keyed<VoteRound> }, mapId: Id): ReadonlyMap<Id, number> {
  const round = shownRound(Object.values(s.voteRounds), mapId);
  const out = new Map<Id, number>();
  if (!round) return out;
  for (const v of visibleVotes(round, tallyRound(s, round).tally.counted, { role: 'facilitator' })) {
    out.set(v.cardId, (out.get(v.cardId) ?? 0) + 1);
  }
  return out;
}
