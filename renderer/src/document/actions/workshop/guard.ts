/**
 * What the journey map actions ask the workshop before they write: is the target locked by
 * the facilitator (for a participant), and is a participant's new card written during a
 * private vote round (then it carries its author and that round, and stays hidden from the
 * others until the reveal). The facilitator identity bypasses every lock.
 */
import type * as Y from 'yjs';
import { lockCovering, type EditTarget } from '../../../domain/workshop/locks';
import { workshopReaders } from '../../../domain/workshop/readers';
import type { Lock } from '../../../domain/workshop/records';
import type { Refusal } from '../../../domain/refusals';
import { identityIn, type Identity } from '../../identity';
import { collection, field, fieldsOf, getRecord, metaMap } from '../../schema';

export function projectIdOfDoc(doc: Y.Doc): string | undefined {
  const id = metaMap(doc).get('projectId');
  return typeof id === 'string' ? id : undefined;
}

export const identityOf = (doc: Y.Doc): Identity => identityIn(projectIdOfDoc(doc));

type WorkshopCollection =
  | 'sessions'
  | 'participants'
  | 'agendaItems'
  | 'questionSets'
  | 'questions'
  | 'answers'
  | 'voteRounds'
  | 'votes'
  | 'locks'
  | 'parkingLot'
  | 'decisions'
  | 'actionItems'
  | 'sessionTemplates';

/** Reads every record of a workshop collection straight from the document. */
export function readAll<N extends WorkshopCollection>(
  doc: Y.Doc,
  name: N,
): ReturnType<(typeof workshopReaders)[N]>[] {
  const read = workshopReaders[name] as (
    id: string,
    f: Record<string, unknown>,
  ) => ReturnType<(typeof workshopReaders)[N]>;
  const out: ReturnType<(typeof workshopReaders)[N]>[] = [];
  collection(doc, name).forEach((rec, id) => out.push(read(id, fieldsOf(rec))));
  return out;
}

export function readOne<N extends WorkshopCollection>(doc: Y.Doc, name: N, id: string) {
  const rec = getRecord(doc, name, id);
  if (!rec) return undefined;
  const read = workshopReaders[name] as (
    id: string,
    f: Record<string, unknown>,
  ) => ReturnType<(typeof workshopReaders)[N]>;
  return { rec, value: read(id, fieldsOf(rec)) };
}

export const facilitatorOnly = (doc: Y.Doc): Refusal | undefined =>
  identityOf(doc).role === 'facilitator' ? undefined : { code: 'workshop.onlyFacilitator' };

function locksOf(doc: Y.Doc): Record<string, Lock> {
  const out: Record<string, Lock> = {};
  collection(doc, 'locks').forEach((rec, id) => {
    out[id] = workshopReaders.locks(id, fieldsOf(rec));
  });
  return out;
}

/** A refusal when the current identity is a participant and the target is locked; else undefined. */
export function lockRefusal(doc: Y.Doc, target: EditTarget): Refusal | undefined {
  if (identityOf(doc).role === 'facilitator') return undefined;
  if (collection(doc, 'locks').size === 0) return undefined;
  const hit = lockCovering(locksOf(doc), target);
  if (!hit) return undefined;
  const name = (col: 'stages' | 'lanes') =>
    String(getRecord(doc, col, hit.targetId)?.get('name') ?? '');
  if (hit.scope === 'lane') return { code: 'workshop.lockedLane', name: name('lanes') };
  if (hit.scope === 'stage') return { code: 'workshop.lockedStage', name: name('stages') };
  return { code: 'workshop.lockedMap' };
}

/** The lock check for cards (by id): their map, stages and lanes. */
export function cardsLockRefusal(
  doc: Y.Doc,
  cardIds: readonly string[],
  also?: EditTarget,
): Refusal | undefined {
  if (identityOf(doc).role === 'facilitator') return undefined;
  for (const id of cardIds) {
    const c = getRecord(doc, 'cards', id);
    if (!c) continue;
    const r = lockRefusal(doc, {
      mapId: String(field(c, 'mapId') ?? ''),
      stageIds: [String(field(c, 'stageId') ?? '')],
      laneIds: [String(field(c, 'laneId') ?? '')],
    });
    if (r) return r;
  }
  return also ? lockRefusal(doc, also) : undefined;
}

/** A cell as an edit target. */
export const cellTarget = (cell: {
  mapId: string;
  stageId: string;
  laneId: string;
}): EditTarget => ({
  mapId: cell.mapId,
  stageIds: [cell.stageId],
  laneIds: [cell.laneId],
});

/**
 * Fields to add to a card a participant writes on a map with an open, private, unrevealed
 * vote round: its author and the round. Nothing for the facilitator or outside such a round.
 */
export function privateCardFields(
  doc: Y.Doc,
  mapId: string,
): { authorId: string; privateRoundId: string } | Record<string, never> {
  const me = identityOf(doc);
  if (me.role !== 'participant') return {};
  let roundId = '';
  collection(doc, 'voteRounds').forEach((rec, id) => {
    const r = workshopReaders.voteRounds(id, fieldsOf(rec));
    if (r.mapId === mapId && r.private && !r.revealed && r.status === 'open') roundId = id;
  });
  return roundId ? { authorId: me.participantId, privateRoundId: roundId } : {};
}
