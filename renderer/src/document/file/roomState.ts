/**
 * What only makes sense in the room, left out of a shared copy (issue 23 item 9): a `.baton`
 * written during or after a workshop must not hand a colleague a countdown that keeps running
 * (and turns red, overdue, on their screen) or a vote still open for dots. Presence (names,
 * pointers, selections of live peers) lives in the live session's awareness, never in the
 * document, so it cannot reach a file.
 *
 * `roomFreeCopy` works on a copy: the open project keeps its running timer and open vote. The
 * copy's state carries the pause and the close as ordinary Yjs changes, so a copy merged back
 * into the project it came from would bring them along: it would pause the clock still running
 * in the room, close the vote the room is voting in, or (Yjs settles concurrent writes key by
 * key) mix the copy's pause into a timer the room has since resumed or finished. A merge
 * therefore keeps the room's state of the records it already has (`keepRoomState`): a paused
 * timer or a closed vote from a file is news only for items this project does not hold.
 */
import * as Y from 'yjs';
import type { AgendaTimer, VoteRound } from '../../domain/workshop/records';
import { pauseTimer } from '../../domain/workshop/timer';
import { readAll } from '../actions/workshop/guard';
import { writeTimer } from '../actions/workshop/timers';
import { getRecord } from '../schema';

export interface RoomStateLeftOut {
  /** Agenda timers that were running and are paused in the copy, at `now`. */
  readonly pausedTimers: number;
  /** Dot votes that were open and are closed in the copy. */
  readonly closedVotes: number;
}

/** In place: pauses every running agenda timer at `now`, closes every open vote. */
export function leaveRoomStateOut(doc: Y.Doc, now: number): RoomStateLeftOut {
  const running = readAll(doc, 'agendaItems').filter((i) => i.state === 'running');
  const open = readAll(doc, 'voteRounds').filter((r) => r.status === 'open');
  if (running.length || open.length)
    doc.transact(() => {
      for (const item of running) writeTimer(getRecord(doc, 'agendaItems', item.id)!, pauseTimer(item, now));
      for (const round of open) getRecord(doc, 'voteRounds', round.id)!.set('status', 'closed');
    }, ROOM_STATE_ORIGIN);
  return { pausedTimers: running.length, closedVotes: open.length };
}

/** Changes made for a file, never by a person in this window (no undo manager tracks them). */
export const ROOM_STATE_ORIGIN = { name: 'room-state' } as const;

/** A copy of `doc` without the room's state; `doc` itself is untouched. The caller destroys the copy. */
export function roomFreeCopy(doc: Y.Doc, now: number): { copy: Y.Doc; left: RoomStateLeftOut } {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc), ROOM_STATE_ORIGIN);
  return { copy, left: leaveRoomStateOut(copy, now) };
}

/** This project's clocks and vote statuses, read just before a file is merged into it. */
export interface RoomState {
  readonly timers: ReadonlyMap<string, AgendaTimer>;
  readonly votes: ReadonlyMap<string, VoteRound['status']>;
}

export function readRoomState(doc: Y.Doc): RoomState {
  return {
    timers: new Map(readAll(doc, 'agendaItems').map((i) => [i.id, i])),
    votes: new Map(readAll(doc, 'voteRounds').map((r) => [r.id, r.status])),
  };
}

const TIMER_FIELDS = ['state', 'startedAt', 'pausedAt', 'accumulatedPauseMs', 'extraMs', 'endedAt'] as const;
const sameTimer = (a: AgendaTimer, b: AgendaTimer) => TIMER_FIELDS.every((k) => a[k] === b[k]);

/**
 * After a merge (in the merge's transaction): every timer the merge turned into a paused one
 * other than the one here, and every vote open here that the merge closed, is written back as
 * it was here. A file's pause and close are the copy leaving the room behind (or a room that
 * is not this one), never newer news about this room's clock. Returns how many were kept.
 */
export function keepRoomState(doc: Y.Doc, before: RoomState): number {
  let kept = 0;
  for (const item of readAll(doc, 'agendaItems')) {
    const here = before.timers.get(item.id);
    if (!here || item.state !== 'paused' || sameTimer(item, here)) continue;
    writeTimer(getRecord(doc, 'agendaItems', item.id)!, here);
    kept++;
  }
  for (const round of readAll(doc, 'voteRounds')) {
    if (before.votes.get(round.id) !== 'open' || round.status !== 'closed') continue;
    getRecord(doc, 'voteRounds', round.id)!.set('status', 'open');
    kept++;
  }
  return kept;
}
