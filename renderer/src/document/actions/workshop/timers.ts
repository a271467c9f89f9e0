/**
 * The agenda's timers: start, pause, resume, extend, skip and finish an item. Every change goes
 * through `change()`: a live session's peers get the same four numbers (domain/workshop/timer.ts)
 * and compute the countdown themselves.
 */
import type * as Y from 'yjs';
import { WORKSHOP_LIMITS as L, type AgendaItem, type AgendaTimer } from '../../../domain/workshop/records';
import { extendTimer, finishTimer, pauseTimer, resumeTimer, skipTimer, startTimer } from '../../../domain/workshop/timer';
import { changeUntracked } from '../../history';
import { getRecord, patchChanged, type YRecordOf } from '../../schema';
import { done, refused, type ActionResult } from '../result';
import { facilitatorOnly, readOne } from './guard';
import { agendaOf } from './sessions';

export function writeTimer(rec: YRecordOf<'agendaItems'>, t: AgendaTimer): void {
  patchChanged(rec, {
    state: t.state,
    startedAt: t.startedAt,
    pausedAt: t.pausedAt,
    accumulatedPauseMs: t.accumulatedPauseMs,
    extraMs: t.extraMs,
    endedAt: t.endedAt,
  });
}

function timerAction(
  doc: Y.Doc,
  itemId: string,
  step: (item: AgendaItem) => AgendaTimer,
): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  const found = readOne(doc, 'agendaItems', itemId);
  if (!found) return refused({ code: 'notFound' });
  const next = step(found.value);
  if (next === found.value) return done(undefined);
  changeUntracked(doc, () => writeTimer(found.rec, next));
  return done(undefined);
}

/**
 * Starts an agenda item's countdown (or resumes it). The session must be running; whatever
 * item was running is marked done, so the room is on one item at a time.
 */
export function startAgendaItem(doc: Y.Doc, itemId: string, now = Date.now()): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  const found = readOne(doc, 'agendaItems', itemId);
  if (!found) return refused({ code: 'notFound' });
  const session = readOne(doc, 'sessions', found.value.sessionId);
  if (!session) return refused({ code: 'workshop.sessionMissing' });
  if (session.value.status !== 'running') return refused({ code: 'workshop.sessionNotRunning' });
  changeUntracked(doc, () => {
    for (const other of agendaOf(doc, found.value.sessionId)) {
      if (other.id !== itemId && (other.state === 'running' || other.state === 'paused')) {
        writeTimer(getRecord(doc, 'agendaItems', other.id)!, finishTimer(other, now));
      }
    }
    writeTimer(found.rec, startTimer(found.value, now));
  });
  return done(undefined);
}

export const pauseAgendaItem = (doc: Y.Doc, itemId: string, now = Date.now()) =>
  timerAction(doc, itemId, (t) => pauseTimer(t, now));

export const resumeAgendaItem = (doc: Y.Doc, itemId: string, now = Date.now()) =>
  timerAction(doc, itemId, (t) => resumeTimer(t, now));

export function extendAgendaItem(doc: Y.Doc, itemId: string, minutes: number): ActionResult {
  if (!(minutes > 0) || minutes > L.extendMinutes) return refused({ code: 'notFound' });
  return timerAction(doc, itemId, (t) => extendTimer(t, minutes));
}

/**
 * Ends an item as skipped or done and, while the session runs, starts the next item still to
 * do (one step: "next").
 */
function endItem(
  doc: Y.Doc,
  itemId: string,
  now: number,
  how: 'skipped' | 'done',
  startNext: boolean,
): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  const found = readOne(doc, 'agendaItems', itemId);
  if (!found) return refused({ code: 'notFound' });
  const session = readOne(doc, 'sessions', found.value.sessionId);
  const items = agendaOf(doc, found.value.sessionId);
  const next = items
    .slice(items.findIndex((i) => i.id === itemId) + 1)
    .find((i) => i.state === 'pending');
  changeUntracked(doc, () => {
    writeTimer(
      found.rec,
      how === 'skipped' ? skipTimer(found.value, now) : finishTimer(found.value, now),
    );
    if (startNext && next && session?.value.status === 'running') {
      writeTimer(getRecord(doc, 'agendaItems', next.id)!, startTimer(next, now));
    }
  });
  return done(undefined);
}

export const skipAgendaItem = (doc: Y.Doc, itemId: string, now = Date.now(), startNext = true) =>
  endItem(doc, itemId, now, 'skipped', startNext);

export const finishAgendaItem = (doc: Y.Doc, itemId: string, now = Date.now(), startNext = true) =>
  endItem(doc, itemId, now, 'done', startNext);
