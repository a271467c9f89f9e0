/**
 * What only makes sense in the room, left out of a shared copy (issue 23 item 9): a `.baton`
 * written during or after a workshop must not hand a colleague a countdown that keeps running
 * (and turns red, overdue, on their screen) or a vote still open for dots. Presence (names,
 * pointers, selections of live peers) lives in the live session's awareness, never in the
 * document, so it cannot reach a file.
 *
 * `roomFreeCopy` works on a copy: the open project keeps its running timer and open vote. The
 * copy's state carries the pause and the close as ordinary changes, so a copy merged back into
 * the facilitator's project later brings them along (by then the workshop is over; the
 * facilitator resumes a timer or reopens a vote with one click if not).
 */
import * as Y from 'yjs';
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
