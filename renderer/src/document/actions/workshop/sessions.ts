/**
 * Workshop sessions and their participants: create, rename, date, notes, start, end,
 * delete, the stage in focus. Running the meeting is the facilitator's; every write goes
 * through `change()`.
 */
import type * as Y from 'yjs';
import { orderAt, sortByOrder } from '../../../domain/ordering';
import { clampMinutes } from '../../../domain/workshop/readers';
import { WORKSHOP_LIMITS as L, type AgendaItem, type Session, type SessionTemplate } from '../../../domain/workshop/records';
import { isoDate, sessionsNewestFirst } from '../../../domain/workshop/sessions';
import { pickParticipantColour } from '../../../domain/workshop/participantColors';
import { questionSetId, templateList } from '../../../domain/workshop/templates';
import { finishTimer } from '../../../domain/workshop/timer';
import { DEFAULT_NAMES } from '../../../domain/defaultNames';
import { change, changeUntracked } from '../../history';
import { collection, field, getRecord, newId, patch, putRecord } from '../../schema';
import { deleteRecords } from '../../cascade';
import { done, refused, type ActionResult } from '../result';
import { facilitatorOnly, readAll, readOne } from './guard';
import { writeStandardQuestions } from './questionnaire';
import { DATE, clean, truncated } from './text';
import { writeTimer } from './timers';

// ---- Sessions ----

export function agendaOf(doc: Y.Doc, sessionId: string): AgendaItem[] {
  return sortByOrder(readAll(doc, 'agendaItems').filter((i) => i.sessionId === sessionId));
}

export function runningSession(doc: Y.Doc): Session | undefined {
  return readAll(doc, 'sessions').find((s) => s.status === 'running');
}

export interface NewSession {
  readonly title?: string;
  /** YYYY-MM-DD; today when absent. */
  readonly date?: string;
  readonly templateId?: string;
}

/**
 * Creates a planned session from an agenda template. The participants of the latest session
 * come along (a weekly check-in is usually the same people); questionnaire items bring the
 * standard questions into the project when it has none.
 */
export function createSession(
  doc: Y.Doc,
  input: NewSession,
  now = Date.now(),
): ActionResult<string> {
  const stored: Record<string, SessionTemplate> = {};
  for (const t of readAll(doc, 'sessionTemplates')) stored[t.id] = t;
  const template = input.templateId
    ? templateList(stored).find((t) => t.id === input.templateId)
    : undefined;
  if (input.templateId && !template) return refused({ code: 'workshop.templateMissing' });
  const c = clean(input.title || template?.name || DEFAULT_NAMES.untitledSession, L.title);
  const title = c.ok ? c.value : DEFAULT_NAMES.untitledSession;
  const date = input.date && DATE.test(input.date) ? input.date : isoDate(now);
  const previous = sessionsNewestFirst(readAll(doc, 'sessions'))[0];
  const people = previous
    ? sortByOrder(readAll(doc, 'participants').filter((p) => p.sessionId === previous.id))
    : [];
  const id = newId();
  change(doc, () => {
    putRecord(doc, 'sessions', id, { title, date, status: 'planned', notes: '', createdAt: now });
    const items = template?.items ?? [];
    if (items.some((i) => i.link === 'questionnaire')) writeStandardQuestions(doc);
    items.forEach((item, i) => {
      const setId = item.questionSet ? questionSetId(item.questionSet) : '';
      putRecord(doc, 'agendaItems', newId(), {
        sessionId: id,
        title: item.title,
        minutes: clampMinutes(item.minutes),
        link: item.link,
        questionSetId: setId && getRecord(doc, 'questionSets', setId) ? setId : '',
        state: 'pending',
        order: i + 1,
      });
    });
    people.forEach((p, i) =>
      putRecord(doc, 'participants', newId(), {
        sessionId: id,
        name: p.name,
        teamId: p.teamId,
        color: p.color,
        order: i + 1,
      }),
    );
  });
  return done(id);
}

export function renameSession(doc: Y.Doc, sessionId: string, title: string): ActionResult {
  const rec = getRecord(doc, 'sessions', sessionId);
  if (!rec) return refused({ code: 'workshop.sessionMissing' });
  const c = clean(title, L.title);
  if (!c.ok) return refused({ code: 'nameEmpty' });
  if (field(rec, 'title') !== c.value) change(doc, () => patch(rec, { title: c.value }));
  return done(undefined, truncated(c, L.title));
}

export function setSessionDate(doc: Y.Doc, sessionId: string, date: string): ActionResult {
  const rec = getRecord(doc, 'sessions', sessionId);
  if (!rec) return refused({ code: 'workshop.sessionMissing' });
  if (!DATE.test(date)) return done(undefined);
  if (field(rec, 'date') !== date) change(doc, () => patch(rec, { date }));
  return done(undefined);
}

/** Notes are typed: pass one merge key per typing session so it is one undo step. */
export function setSessionNotes(
  doc: Y.Doc,
  sessionId: string,
  notes: string,
  mergeKey?: string,
): ActionResult {
  const rec = getRecord(doc, 'sessions', sessionId);
  if (!rec) return refused({ code: 'workshop.sessionMissing' });
  const c = clean(notes, L.notes, { allowEmpty: true });
  const value = c.ok ? c.value : '';
  if (field(rec, 'notes') !== value) change(doc, () => patch(rec, { notes: value }), mergeKey);
  return done(undefined, truncated(c, L.notes));
}

/**
 * Starts a session (or runs an ended one again). Only one session runs at a time in a
 * project: it is the one whose timer shows on every screen and in the presenter view.
 */
export function startSession(doc: Y.Doc, sessionId: string, now = Date.now()): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  const s = readOne(doc, 'sessions', sessionId);
  if (!s) return refused({ code: 'workshop.sessionMissing' });
  const other = runningSession(doc);
  if (other && other.id !== sessionId) return refused({ code: 'workshop.otherSessionRunning', title: other.title });
  if (s.value.status === 'running') return done(undefined);
  change(doc, () => {
    patch(s.rec, { status: 'running' });
    if (s.value.startedAt === null) patch(s.rec, { startedAt: now });
    s.rec.delete('endedAt');
  });
  return done(undefined);
}

/** Ends a session: its running item is marked done and its open votes are closed. */
export function endSession(doc: Y.Doc, sessionId: string, now = Date.now()): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  const s = readOne(doc, 'sessions', sessionId);
  if (!s) return refused({ code: 'workshop.sessionMissing' });
  if (s.value.status === 'ended') return done(undefined);
  change(doc, () => {
    patch(s.rec, { status: 'ended' });
    patch(s.rec, { endedAt: now });
    for (const item of agendaOf(doc, sessionId)) {
      if (item.state === 'running' || item.state === 'paused')
        writeTimer(getRecord(doc, 'agendaItems', item.id)!, finishTimer(item, now));
    }
    collection(doc, 'voteRounds').forEach((r) => {
      if (field(r, 'sessionId') === sessionId && field(r, 'status') === 'open') patch(r, { status: 'closed' });
    });
  });
  return done(undefined);
}

/**
 * Deletes a session with its participants, agenda, answers and votes. What the room decided (actions,
 * decisions, parking lot) stays in the project. One undo step.
 */
export function deleteSession(doc: Y.Doc, sessionId: string): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  if (!getRecord(doc, 'sessions', sessionId)) return refused({ code: 'workshop.sessionMissing' });
  // Participants, agenda, answers (the score per session reads them), vote rounds and their
  // votes go with it; actions, decisions and parked items keep its id (document/references.ts).
  change(doc, () => deleteRecords(doc, 'sessions', [sessionId]));
  return done(undefined);
}

/** Puts a stage in focus for the presenter view (or takes it out when it already is). */
export function setFocusStage(
  doc: Y.Doc,
  sessionId: string,
  mapId: string,
  stageId: string,
): ActionResult<boolean> {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  const s = readOne(doc, 'sessions', sessionId);
  if (!s) return refused({ code: 'workshop.sessionMissing' });
  const stage = getRecord(doc, 'stages', stageId);
  if (!stage || field(stage, 'mapId') !== mapId) return refused({ code: 'notFound' });
  const off = s.value.focusStageId === stageId;
  change(doc, () => {
    patch(s.rec, { focusMapId: off ? '' : mapId });
    patch(s.rec, { focusStageId: off ? '' : stageId });
  });
  return done(!off);
}

/**
 * The facilitator stepped to a stage (next or previous stage on the map): it becomes the one in
 * focus, so the presenter view and the phones follow. Never takes the focus off (unlike the
 * stage's button) and is no undo step: moving through the map is running the room, not editing
 * it (Undo still takes back the last edit).
 */
export function followStage(doc: Y.Doc, sessionId: string, mapId: string, stageId: string): ActionResult<boolean> {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  const s = readOne(doc, 'sessions', sessionId);
  if (!s || s.value.status !== 'running') return refused({ code: 'workshop.sessionMissing' });
  const stage = getRecord(doc, 'stages', stageId);
  if (!stage || field(stage, 'mapId') !== mapId) return refused({ code: 'notFound' });
  if (s.value.focusStageId === stageId && s.value.focusMapId === mapId) return done(false);
  changeUntracked(doc, () => {
    patch(s.rec, { focusMapId: mapId });
    patch(s.rec, { focusStageId: stageId });
  });
  return done(true);
}

// ---- Participants ----

export function addParticipant(
  doc: Y.Doc,
  sessionId: string,
  name: string,
  teamId = '',
): ActionResult<string> {
  if (!getRecord(doc, 'sessions', sessionId)) return refused({ code: 'workshop.sessionMissing' });
  const c = clean(name, L.participantName);
  if (!c.ok) return refused({ code: 'nameEmpty' });
  const existing = sortByOrder(
    readAll(doc, 'participants').filter((p) => p.sessionId === sessionId),
  );
  if (existing.length >= L.participantsPerSession)
    return refused({ code: 'workshop.tooManyParticipants', max: L.participantsPerSession });
  const team = teamId && getRecord(doc, 'teams', teamId) ? teamId : '';
  const teamColours: string[] = [];
  collection(doc, 'teams').forEach((t) => void teamColours.push(String(t.get('color') ?? '')));
  const id = newId();
  change(doc, () =>
    putRecord(doc, 'participants', id, {
      sessionId,
      name: c.value,
      teamId: team,
      // Never a team's colour, never another person's while the palette lasts.
      color: pickParticipantColour(
        teamColours,
        existing.map((p) => p.color),
      ),
      order: orderAt(existing, existing.length),
    }),
  );
  return done(id, truncated(c, L.participantName));
}

export function renameParticipant(doc: Y.Doc, participantId: string, name: string, mergeKey?: string): ActionResult {
  const rec = getRecord(doc, 'participants', participantId);
  if (!rec) return refused({ code: 'workshop.participantMissing' });
  const c = clean(name, L.participantName);
  if (!c.ok) return refused({ code: 'nameEmpty' });
  if (field(rec, 'name') !== c.value) change(doc, () => patch(rec, { name: c.value }), mergeKey);
  return done(undefined);
}

export function setParticipantTeam(
  doc: Y.Doc,
  participantId: string,
  teamId: string,
): ActionResult {
  const rec = getRecord(doc, 'participants', participantId);
  if (!rec) return refused({ code: 'workshop.participantMissing' });
  const team = teamId && getRecord(doc, 'teams', teamId) ? teamId : '';
  if (field(rec, 'teamId') !== team) change(doc, () => patch(rec, { teamId: team }));
  return done(undefined);
}

/** Removes a participant. Their dots stay in the document but no longer count (undo brings them back). */
export function removeParticipant(doc: Y.Doc, participantId: string): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  if (!getRecord(doc, 'participants', participantId)) return refused({ code: 'workshop.participantMissing' });
  change(doc, () => deleteRecords(doc, 'participants', [participantId]));
  return done(undefined);
}
