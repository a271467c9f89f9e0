/**
 * Dot votes. The facilitator starts, reveals and closes a vote; each participant places their
 * own dots (on a shared machine, whoever the participant switcher names). Limits are checked here
 * and counted again by `tallyVotes` (two offline devices can each accept a dot; the tally keeps
 * the oldest, the same on every peer).
 */
import type * as Y from 'yjs';
import { WORKSHOP_LIMITS as L, type VoteRound } from '../../../domain/workshop/records';
import { dotsLeft, roundCardOrder, tallyVotes, type VoteTally } from '../../../domain/workshop/votes';
import { change } from '../../history';
import { collection, field, fieldsOf, getRecord, newId, patch, putRecord, readers } from '../../schema';
import { deleteRecords } from '../../cascade';
import { done, refused, type ActionResult } from '../result';
import { facilitatorOnly, identityOf, readAll, readOne } from './guard';

function mapRecords(doc: Y.Doc, name: 'stages' | 'lanes' | 'cards', mapId: string) {
  const out: { id: string; mapId: string; stageId: string; laneId: string; order: number }[] = [];
  collection(doc, name).forEach((rec, id) => {
    if (field(rec, 'mapId') !== mapId) return;
    const o = field(rec, 'order');
    out.push({
      id,
      mapId,
      stageId: String(rec.get('stageId') ?? ''),
      laneId: String(rec.get('laneId') ?? ''),
      order: typeof o === 'number' ? o : 0,
    });
  });
  return out;
}

/** A round's tally, read straight from the document. */
export function roundTally(doc: Y.Doc, round: VoteRound): VoteTally {
  const participantIds = new Set(
    readAll(doc, 'participants')
      .filter((p) => p.sessionId === round.sessionId)
      .map((p) => p.id),
  );
  const cardOrder = roundCardOrder(
    round,
    mapRecords(doc, 'stages', round.mapId),
    mapRecords(doc, 'lanes', round.mapId),
    mapRecords(doc, 'cards', round.mapId),
  );
  return tallyVotes(readAll(doc, 'votes'), {
    roundId: round.id,
    dots: round.dots,
    participantIds,
    cardOrder,
  });
}

export interface NewVoteRound {
  readonly sessionId: string;
  readonly mapId: string;
  readonly laneIds: readonly string[];
  readonly dots: number;
  readonly private: boolean;
}

export function startVoteRound(
  doc: Y.Doc,
  input: NewVoteRound,
  now = Date.now(),
): ActionResult<string> {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  if (!getRecord(doc, 'sessions', input.sessionId)) return refused({ code: 'workshop.needSession' });
  if (!getRecord(doc, 'maps', input.mapId)) return refused({ code: 'notFound' });
  const laneIds = [...new Set(input.laneIds)].filter((id) => {
    const lane = getRecord(doc, 'lanes', id);
    return lane && field(lane, 'mapId') === input.mapId && field(lane, 'kind') !== 'emotion';
  });
  if (!laneIds.length) return refused({ code: 'workshop.noLanesChosen' });
  if (readAll(doc, 'voteRounds').some((r) => r.mapId === input.mapId && r.status === 'open'))
    return refused({ code: 'workshop.voteAlreadyOpen' });
  const dots = Math.max(
    1,
    Math.min(L.dots, Math.round(Number.isFinite(input.dots) ? input.dots : 3)),
  );
  const id = newId();
  change(doc, () => {
    // Earlier rounds of this map step back: their dots leave the cards, the new round's take their place.
    collection(doc, 'voteRounds').forEach((r) => {
      if (field(r, 'mapId') === input.mapId && field(r, 'archived') !== true) patch(r, { archived: true });
    });
    putRecord(doc, 'voteRounds', id, {
      sessionId: input.sessionId,
      mapId: input.mapId,
      laneIds,
      dots,
      private: input.private === true,
      revealed: false,
      status: 'open',
      createdAt: now,
    });
  });
  return done(id);
}

function roundOf(doc: Y.Doc, roundId: string) {
  return readOne(doc, 'voteRounds', roundId);
}

/**
 * Places one dot. The voter is the participant the current identity names; the facilitator
 * may place a dot for any participant (on a shared machine, for whoever is at the keyboard).
 */
export function castVote(
  doc: Y.Doc,
  roundId: string,
  participantId: string,
  cardId: string,
  now = Date.now(),
): ActionResult<string> {
  const round = roundOf(doc, roundId);
  if (!round) return refused({ code: 'notFound' });
  if (round.value.status !== 'open') return refused({ code: 'workshop.voteNotOpen' });
  const me = identityOf(doc);
  if (me.role === 'participant' && me.participantId !== participantId)
    return refused({ code: 'workshop.onlyFacilitator' });
  const p = getRecord(doc, 'participants', participantId);
  if (!p || field(p, 'sessionId') !== round.value.sessionId) return refused({ code: 'workshop.pickVoter' });
  const card = getRecord(doc, 'cards', cardId);
  if (
    !card ||
    field(card, 'mapId') !== round.value.mapId ||
    !round.value.laneIds.includes(String(field(card, 'laneId')))
  ) {
    return refused({ code: 'workshop.notInRound' });
  }
  const tally = roundTally(doc, round.value);
  if (dotsLeft(tally, participantId, round.value.dots) <= 0)
    return refused({ code: 'workshop.noDotsLeft', dots: round.value.dots });
  const id = newId();
  change(doc, () => putRecord(doc, 'votes', id, { roundId, participantId, cardId, at: now }));
  return done(id);
}

/** Takes back the participant's latest dot on a card. */
export function retractVote(
  doc: Y.Doc,
  roundId: string,
  participantId: string,
  cardId: string,
): ActionResult {
  const round = roundOf(doc, roundId);
  if (!round) return refused({ code: 'notFound' });
  if (round.value.status !== 'open') return refused({ code: 'workshop.voteNotOpen' });
  const me = identityOf(doc);
  if (me.role === 'participant' && me.participantId !== participantId)
    return refused({ code: 'workshop.onlyFacilitator' });
  const mine = readAll(doc, 'votes')
    .filter(
      (v) => v.roundId === roundId && v.participantId === participantId && v.cardId === cardId,
    )
    .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
  if (!mine[0]) return done(undefined);
  const id = mine[0].id;
  change(doc, () => deleteRecords(doc, 'votes', [id]));
  return done(undefined);
}

function setRoundField(
  doc: Y.Doc,
  roundId: string,
  field: 'revealed' | 'status' | 'archived',
  value: unknown,
): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  const round = getRecord(doc, 'voteRounds', roundId);
  if (!round) return refused({ code: 'notFound' });
  if (round.get(field) !== value) change(doc, () => round.set(field, value));
  return done(undefined);
}

/** Shows every dot and every participant's private cards to everyone. */
export const revealVoteRound = (doc: Y.Doc, roundId: string) =>
  setRoundField(doc, roundId, 'revealed', true);
export const closeVoteRound = (doc: Y.Doc, roundId: string) =>
  setRoundField(doc, roundId, 'status', 'closed');
export const reopenVoteRound = (doc: Y.Doc, roundId: string) =>
  setRoundField(doc, roundId, 'status', 'open');
/** Takes a round's dots off the map (the round stays in the session's record). */
export const archiveVoteRound = (doc: Y.Doc, roundId: string) =>
  setRoundField(doc, roundId, 'archived', true);

/** The text of a card, for sentences (empty when gone). */
export function cardText(doc: Y.Doc, cardId: string): string {
  const rec = getRecord(doc, 'cards', cardId);
  return rec ? readers.cards(cardId, fieldsOf(rec)).text : '';
}
