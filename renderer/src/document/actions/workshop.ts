/**
 * Actions of the workshop: sessions, participants, the agenda and its timers, agenda
 * templates, the alignment questionnaire, action items, the parking lot and decisions.
 * Votes and locks are in workshopVotes.ts (re-exported here).
 *
 * Every write goes through `change()`, timer changes too: a live session's peers then get
 * the same four numbers (see domain/workshop.ts) and compute the countdown themselves.
 * Running the meeting (sessions, timers, templates) is the facilitator's; answering questions
 * and writing actions is everyone's.
 */
import type * as Y from 'yjs';
import { cleanText } from '../../domain/limits';
import { orderAt, sortByOrder } from '../../domain/ordering';
import {
  AGENDA_LINKS,
  AGREEMENTS,
  answerId,
  BUILT_IN_TEMPLATES,
  clampMinutes,
  extendTimer,
  finishTimer,
  isoDate,
  PARTICIPANT_COLORS,
  pauseTimer,
  QUESTION_SETS,
  questionSetId,
  resumeTimer,
  sessionsNewestFirst,
  skipTimer,
  standardQuestionId,
  startTimer,
  templateList,
  WORKSHOP_LIMITS as L,
  type ActionItem,
  type AgendaItem,
  type AgendaLink,
  type AgendaTimer,
  type Agreement,
  type Session,
  type SessionTemplate,
  type TemplateItem,
} from '../../domain/workshop';
import { DEFAULT_NAMES } from '../../domain/defaultNames';
import { change, changeUntracked } from '../history';
import {
  collection,
  deleteWhere,
  getRecord,
  newId,
  putRecord,
  type YRecord,
} from '../schema';
import { done, refused, type ActionResult, type Notice } from './result';
import { facilitatorOnly, readAll, readOne } from './workshopGuard';

export * from './workshopVotes';
export { facilitatorOnly, readAll } from './workshopGuard';

function clean(
  text: string,
  max: number,
  opts: { singleLine?: boolean; allowEmpty?: boolean } = { singleLine: true },
) {
  return cleanText(text, max, opts);
}

const truncated = (c: { ok: boolean; truncated?: boolean }, max: number): Notice | undefined =>
  c.ok && c.truncated ? { code: 'textTruncated', max } : undefined;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

// ---- Sessions ----

export function agendaOf(doc: Y.Doc, sessionId: string): AgendaItem[] {
  return sortByOrder(readAll(doc, 'agendaItems').filter((i) => i.sessionId === sessionId));
}

export function runningSession(doc: Y.Doc): Session | undefined {
  return readAll(doc, 'sessions').find((s) => s.status === 'running');
}

/** Writes the standard question sets and questions that are missing (deterministic ids). Inside a transaction. */
function writeStandardQuestions(doc: Y.Doc): number {
  let added = 0;
  QUESTION_SETS.forEach((set, si) => {
    const setId = questionSetId(set.key);
    if (!getRecord(doc, 'questionSets', setId)) {
      putRecord(doc, 'questionSets', setId, { title: set.title, order: si + 1 });
      set.questions.forEach((text, qi) => {
        const id = standardQuestionId(set.key, qi);
        if (!getRecord(doc, 'questions', id))
          putRecord(doc, 'questions', id, { setId, text, order: qi + 1, agreement: '' });
      });
      added++;
    }
  });
  return added;
}

export function addStandardQuestions(doc: Y.Doc): ActionResult<number> {
  let added = 0;
  const missing = QUESTION_SETS.some((s) => !getRecord(doc, 'questionSets', questionSetId(s.key)));
  if (!missing) return done(0);
  change(doc, () => {
    added = writeStandardQuestions(doc);
  });
  return done(added);
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
  if (rec.get('title') !== c.value) change(doc, () => rec.set('title', c.value));
  return done(undefined, truncated(c, L.title));
}

export function setSessionDate(doc: Y.Doc, sessionId: string, date: string): ActionResult {
  const rec = getRecord(doc, 'sessions', sessionId);
  if (!rec) return refused({ code: 'workshop.sessionMissing' });
  if (!DATE.test(date)) return done(undefined);
  if (rec.get('date') !== date) change(doc, () => rec.set('date', date));
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
  if (rec.get('notes') !== value) change(doc, () => rec.set('notes', value), mergeKey);
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
    s.rec.set('status', 'running');
    if (s.value.startedAt === null) s.rec.set('startedAt', now);
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
    s.rec.set('status', 'ended');
    s.rec.set('endedAt', now);
    for (const item of agendaOf(doc, sessionId)) {
      if (item.state === 'running' || item.state === 'paused')
        writeTimer(getRecord(doc, 'agendaItems', item.id)!, finishTimer(item, now));
    }
    collection(doc, 'voteRounds').forEach((r) => {
      if (r.get('sessionId') === sessionId && r.get('status') === 'open') r.set('status', 'closed');
    });
  });
  return done(undefined);
}

/**
 * Deletes a session with its participants, agenda and votes. What the room decided (actions,
 * decisions, parking lot) stays in the project. One undo step.
 */
export function deleteSession(doc: Y.Doc, sessionId: string): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  if (!getRecord(doc, 'sessions', sessionId)) return refused({ code: 'workshop.sessionMissing' });
  change(doc, () => {
    const rounds = new Set<string>();
    collection(doc, 'voteRounds').forEach((r, id) => {
      if (r.get('sessionId') === sessionId) rounds.add(id);
    });
    deleteWhere(doc, 'votes', (v) => rounds.has(String(v.get('roundId'))));
    deleteWhere(doc, 'voteRounds', (_r, id) => rounds.has(id));
    deleteWhere(doc, 'participants', (p) => p.get('sessionId') === sessionId);
    deleteWhere(doc, 'agendaItems', (i) => i.get('sessionId') === sessionId);
    collection(doc, 'sessions').delete(sessionId);
  });
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
  if (!stage || stage.get('mapId') !== mapId) return refused({ code: 'notFound' });
  const off = s.value.focusStageId === stageId;
  change(doc, () => {
    s.rec.set('focusMapId', off ? '' : mapId);
    s.rec.set('focusStageId', off ? '' : stageId);
  });
  return done(!off);
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
  const id = newId();
  change(doc, () =>
    putRecord(doc, 'participants', id, {
      sessionId,
      name: c.value,
      teamId: team,
      color: PARTICIPANT_COLORS[existing.length % PARTICIPANT_COLORS.length],
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
  if (rec.get('name') !== c.value) change(doc, () => rec.set('name', c.value), mergeKey);
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
  if (rec.get('teamId') !== team) change(doc, () => rec.set('teamId', team));
  return done(undefined);
}

/** Removes a participant. Their dots stay in the document but no longer count (undo brings them back). */
export function removeParticipant(doc: Y.Doc, participantId: string): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  if (!getRecord(doc, 'participants', participantId)) return refused({ code: 'workshop.participantMissing' });
  change(doc, () => collection(doc, 'participants').delete(participantId));
  return done(undefined);
}

// ---- The agenda ----

export function addAgendaItem(
  doc: Y.Doc,
  sessionId: string,
  title: string = DEFAULT_NAMES.newAgendaItem,
  minutes = 10,
): ActionResult<string> {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  if (!getRecord(doc, 'sessions', sessionId)) return refused({ code: 'workshop.sessionMissing' });
  const items = agendaOf(doc, sessionId);
  if (items.length >= L.agendaItems) return refused({ code: 'workshop.tooManyItems', max: L.agendaItems });
  const c = clean(title, L.title);
  const id = newId();
  change(doc, () =>
    putRecord(doc, 'agendaItems', id, {
      sessionId,
      title: c.ok ? c.value : DEFAULT_NAMES.newAgendaItem,
      minutes: clampMinutes(minutes),
      link: '',
      state: 'pending',
      order: orderAt(items, items.length),
    }),
  );
  return done(id);
}

export function renameAgendaItem(doc: Y.Doc, itemId: string, title: string): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  const rec = getRecord(doc, 'agendaItems', itemId);
  if (!rec) return refused({ code: 'notFound' });
  const c = clean(title, L.title);
  if (!c.ok) return refused({ code: 'nameEmpty' });
  if (rec.get('title') !== c.value) change(doc, () => rec.set('title', c.value));
  return done(undefined, truncated(c, L.title));
}

export function setAgendaMinutes(doc: Y.Doc, itemId: string, minutes: number): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  const rec = getRecord(doc, 'agendaItems', itemId);
  if (!rec) return refused({ code: 'notFound' });
  if (!Number.isFinite(minutes)) return done(undefined);
  const m = clampMinutes(minutes);
  if (rec.get('minutes') !== m) change(doc, () => rec.set('minutes', m));
  return done(undefined);
}

export function moveAgendaItem(doc: Y.Doc, itemId: string, toIndex: number): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  const rec = getRecord(doc, 'agendaItems', itemId);
  if (!rec) return refused({ code: 'notFound' });
  const all = agendaOf(doc, String(rec.get('sessionId')));
  const from = all.findIndex((x) => x.id === itemId);
  const target = Math.max(0, Math.min(toIndex, all.length - 1));
  if (from === target) return done(undefined);
  change(doc, () =>
    rec.set(
      'order',
      orderAt(
        all.filter((x) => x.id !== itemId),
        target,
      ),
    ),
  );
  return done(undefined);
}

export function removeAgendaItem(doc: Y.Doc, itemId: string): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  if (!getRecord(doc, 'agendaItems', itemId)) return refused({ code: 'notFound' });
  change(doc, () => collection(doc, 'agendaItems').delete(itemId));
  return done(undefined);
}

function writeTimer(rec: YRecord, t: AgendaTimer): void {
  const set = (k: string, v: unknown) => {
    if (v === null) {
      if (rec.has(k)) rec.delete(k);
    } else if (rec.get(k) !== v) rec.set(k, v);
  };
  set('state', t.state);
  set('startedAt', t.startedAt);
  set('pausedAt', t.pausedAt);
  set('accumulatedPauseMs', t.accumulatedPauseMs);
  set('extraMs', t.extraMs);
  set('endedAt', t.endedAt);
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

// ---- Agenda templates ----

function templatesById(doc: Y.Doc): Record<string, SessionTemplate> {
  const out: Record<string, SessionTemplate> = {};
  for (const t of readAll(doc, 'sessionTemplates')) out[t.id] = t;
  return out;
}

function findTemplate(doc: Y.Doc, templateId: string): SessionTemplate | undefined {
  const stored = templatesById(doc);
  if (stored[templateId]) return stored[templateId];
  const b = BUILT_IN_TEMPLATES.find((t) => t.id === templateId);
  return b ? { ...b, hidden: false, builtIn: true } : undefined;
}

const plainItems = (items: readonly TemplateItem[]) =>
  items.map((i) => ({
    title: i.title,
    minutes: i.minutes,
    link: i.link,
    ...(i.questionSet ? { questionSet: i.questionSet } : {}),
  }));

/** Writes a whole template (a built-in one becomes the project's edited copy under the same id). */
function writeTemplate(doc: Y.Doc, t: SessionTemplate): void {
  putRecord(doc, 'sessionTemplates', t.id, {
    name: t.name,
    items: plainItems(t.items),
    order: t.order,
    ...(t.hidden ? { hidden: true } : {}),
  });
}

export function saveAgendaAsTemplate(
  doc: Y.Doc,
  sessionId: string,
  name: string,
): ActionResult<string> {
  if (!getRecord(doc, 'sessions', sessionId)) return refused({ code: 'workshop.sessionMissing' });
  const c = clean(name, L.title);
  if (!c.ok) return refused({ code: 'nameEmpty' });
  const items = agendaOf(doc, sessionId);
  if (!items.length) return refused({ code: 'workshop.emptyAgenda' });
  const own = readAll(doc, 'sessionTemplates').filter((t) => !t.builtIn);
  if (own.length >= L.templates) return refused({ code: 'workshop.tooManyTemplates', max: L.templates });
  const sets = new Map(QUESTION_SETS.map((s) => [questionSetId(s.key), s.key]));
  const id = newId();
  const maxOrder = Math.max(BUILT_IN_TEMPLATES.length, ...own.map((t) => t.order));
  change(doc, () =>
    writeTemplate(doc, {
      id,
      name: c.value,
      order: maxOrder + 1,
      hidden: false,
      builtIn: false,
      items: items.map((i) => ({
        title: i.title,
        minutes: i.minutes,
        link: i.link,
        ...(sets.get(i.questionSetId) ? { questionSet: sets.get(i.questionSetId) } : {}),
      })),
    }),
  );
  return done(id, { code: 'workshop.templateSaved', name: c.value });
}

export function renameTemplate(doc: Y.Doc, templateId: string, name: string): ActionResult {
  const t = findTemplate(doc, templateId);
  if (!t) return refused({ code: 'workshop.templateMissing' });
  const c = clean(name, L.title);
  if (!c.ok) return refused({ code: 'nameEmpty' });
  if (c.value !== t.name) change(doc, () => writeTemplate(doc, { ...t, name: c.value }));
  return done(undefined);
}

/** Replaces a template's items (template editing is rare and by one person, so whole-list writes are fine). */
export function setTemplateItems(
  doc: Y.Doc,
  templateId: string,
  items: readonly TemplateItem[],
  mergeKey?: string,
): ActionResult {
  const t = findTemplate(doc, templateId);
  if (!t) return refused({ code: 'workshop.templateMissing' });
  const cleaned: TemplateItem[] = [];
  for (const i of items.slice(0, L.agendaItems)) {
    const c = clean(i.title, L.title);
    if (!c.ok) continue;
    cleaned.push({
      title: c.value,
      minutes: clampMinutes(i.minutes),
      link: (AGENDA_LINKS as readonly string[]).includes(i.link) ? (i.link as AgendaLink) : '',
      ...(i.questionSet ? { questionSet: i.questionSet } : {}),
    });
  }
  change(doc, () => writeTemplate(doc, { ...t, items: cleaned }), mergeKey);
  return done(undefined);
}

/** Removes a template from the list (a built-in one is hidden; "reset" brings it back). */
export function removeTemplate(doc: Y.Doc, templateId: string): ActionResult {
  const t = findTemplate(doc, templateId);
  if (!t) return refused({ code: 'workshop.templateMissing' });
  change(doc, () => {
    if (t.builtIn) writeTemplate(doc, { ...t, hidden: true });
    else collection(doc, 'sessionTemplates').delete(templateId);
  });
  return done(undefined);
}

export function resetTemplate(doc: Y.Doc, templateId: string): ActionResult {
  if (!BUILT_IN_TEMPLATES.some((t) => t.id === templateId)) return refused({ code: 'workshop.templateMissing' });
  if (getRecord(doc, 'sessionTemplates', templateId))
    change(doc, () => collection(doc, 'sessionTemplates').delete(templateId));
  return done(undefined);
}

// ---- The alignment questionnaire ----

export function addQuestionSet(doc: Y.Doc, title: string = DEFAULT_NAMES.newQuestionSet): ActionResult<string> {
  const c = clean(title, L.title);
  const sets = sortByOrder(readAll(doc, 'questionSets'));
  const id = newId();
  change(doc, () =>
    putRecord(doc, 'questionSets', id, {
      title: c.ok ? c.value : DEFAULT_NAMES.newQuestionSet,
      order: orderAt(sets, sets.length),
    }),
  );
  return done(id);
}

export function renameQuestionSet(doc: Y.Doc, setId: string, title: string): ActionResult {
  const rec = getRecord(doc, 'questionSets', setId);
  if (!rec) return refused({ code: 'notFound' });
  const c = clean(title, L.title);
  if (!c.ok) return refused({ code: 'nameEmpty' });
  if (rec.get('title') !== c.value) change(doc, () => rec.set('title', c.value));
  return done(undefined);
}

export function removeQuestionSet(doc: Y.Doc, setId: string): ActionResult {
  if (!getRecord(doc, 'questionSets', setId)) return refused({ code: 'notFound' });
  change(doc, () => {
    const qs = new Set<string>();
    collection(doc, 'questions').forEach((q, id) => {
      if (q.get('setId') === setId) qs.add(id);
    });
    deleteWhere(doc, 'answers', (a) => qs.has(String(a.get('questionId'))));
    deleteWhere(doc, 'questions', (_q, id) => qs.has(id));
    collection(doc, 'questionSets').delete(setId);
  });
  return done(undefined);
}

export function addQuestion(
  doc: Y.Doc,
  setId: string,
  text: string = DEFAULT_NAMES.newQuestion,
): ActionResult<string> {
  if (!getRecord(doc, 'questionSets', setId)) return refused({ code: 'notFound' });
  if (collection(doc, 'questions').size >= L.questions)
    return refused({ code: 'workshop.tooManyQuestions', max: L.questions });
  const c = clean(text, L.question);
  const siblings = sortByOrder(readAll(doc, 'questions').filter((q) => q.setId === setId));
  const id = newId();
  change(doc, () =>
    putRecord(doc, 'questions', id, {
      setId,
      text: c.ok ? c.value : DEFAULT_NAMES.newQuestion,
      order: orderAt(siblings, siblings.length),
      agreement: '',
    }),
  );
  return done(id);
}

export function updateQuestionText(doc: Y.Doc, questionId: string, text: string): ActionResult {
  const rec = getRecord(doc, 'questions', questionId);
  if (!rec) return refused({ code: 'notFound' });
  const c = clean(text, L.question);
  if (!c.ok) return refused({ code: 'workshop.textEmpty' });
  if (rec.get('text') !== c.value) change(doc, () => rec.set('text', c.value));
  return done(undefined, truncated(c, L.question));
}

export function removeQuestion(doc: Y.Doc, questionId: string): ActionResult {
  if (!getRecord(doc, 'questions', questionId)) return refused({ code: 'notFound' });
  change(doc, () => {
    deleteWhere(doc, 'answers', (a) => a.get('questionId') === questionId);
    collection(doc, 'questions').delete(questionId);
  });
  return done(undefined);
}

/** A team's answer. Typed: pass one merge key per typing session. */
export function setAnswer(
  doc: Y.Doc,
  questionId: string,
  teamId: string,
  text: string,
  mergeKey?: string,
): ActionResult {
  if (!getRecord(doc, 'questions', questionId) || !getRecord(doc, 'teams', teamId))
    return refused({ code: 'notFound' });
  const c = clean(text, L.answer, { allowEmpty: true });
  const value = c.ok ? c.value : '';
  const id = answerId(questionId, teamId);
  const rec = getRecord(doc, 'answers', id);
  if ((rec?.get('text') ?? '') === value) return done(undefined);
  change(
    doc,
    () => {
      if (rec) rec.set('text', value);
      else putRecord(doc, 'answers', id, { questionId, teamId, text: value });
    },
    mergeKey,
  );
  return done(undefined, truncated(c, L.answer));
}

export function setAgreement(
  doc: Y.Doc,
  questionId: string,
  agreement: Agreement | '',
): ActionResult {
  const rec = getRecord(doc, 'questions', questionId);
  if (!rec) return refused({ code: 'notFound' });
  if (agreement !== '' && !(AGREEMENTS as readonly string[]).includes(agreement))
    return refused({ code: 'notFound' });
  if ((rec.get('agreement') ?? '') !== agreement)
    change(doc, () => rec.set('agreement', agreement));
  return done(undefined);
}

/** The session outcomes of the moment belong to: the running session, else none. */
function currentSessionId(doc: Y.Doc, sessionId?: string): string {
  if (sessionId && getRecord(doc, 'sessions', sessionId)) return sessionId;
  return runningSession(doc)?.id ?? '';
}

/** Turns a question the teams disagree on into an action item, in one step. */
export function questionToAction(
  doc: Y.Doc,
  questionId: string,
  sessionId?: string,
): ActionResult<string> {
  const rec = getRecord(doc, 'questions', questionId);
  if (!rec) return refused({ code: 'notFound' });
  const title = DEFAULT_NAMES.actionFromQuestion(String(rec.get('text') ?? '')).slice(0, L.itemText);
  const r = addActionItem(doc, { title, sessionId: currentSessionId(doc, sessionId), questionId });
  return r.ok ? done(r.value, { code: 'workshop.actionMade', title }) : r;
}

/** Parks a question the teams disagree on, in one step. */
export function parkQuestion(
  doc: Y.Doc,
  questionId: string,
  sessionId?: string,
): ActionResult<string> {
  const rec = getRecord(doc, 'questions', questionId);
  if (!rec) return refused({ code: 'notFound' });
  const r = addParkingLotItem(
    doc,
    String(rec.get('text') ?? ''),
    currentSessionId(doc, sessionId),
    questionId,
  );
  return r.ok ? done(r.value, { code: 'workshop.parked' }) : r;
}

// ---- Action items ----

export interface ActionDraft {
  readonly title: string;
  readonly owner?: string;
  readonly teamId?: string;
  readonly dueDate?: string;
  readonly sessionId?: string;
  readonly questionId?: string;
}

export function addActionItem(
  doc: Y.Doc,
  draft: ActionDraft,
  now = Date.now(),
): ActionResult<string> {
  const t = clean(draft.title, L.itemText);
  if (!t.ok) return refused({ code: 'workshop.textEmpty' });
  const o = clean(draft.owner ?? '', L.owner, { singleLine: true, allowEmpty: true });
  const id = newId();
  change(doc, () =>
    putRecord(doc, 'actionItems', id, {
      title: t.value,
      owner: o.ok ? o.value : '',
      teamId: draft.teamId && getRecord(doc, 'teams', draft.teamId) ? draft.teamId : '',
      dueDate: draft.dueDate && DATE.test(draft.dueDate) ? draft.dueDate : '',
      status: 'open',
      sessionId:
        draft.sessionId && getRecord(doc, 'sessions', draft.sessionId) ? draft.sessionId : '',
      questionId: draft.questionId ?? '',
      createdAt: now,
    }),
  );
  return done(id, truncated(t, L.itemText));
}

export function updateActionItem(
  doc: Y.Doc,
  id: string,
  patch: Partial<Pick<ActionItem, 'title' | 'owner' | 'teamId' | 'dueDate'>>,
  mergeKey?: string,
): ActionResult {
  const rec = getRecord(doc, 'actionItems', id);
  if (!rec) return refused({ code: 'notFound' });
  const fields: Record<string, string> = {};
  if (patch.title !== undefined) {
    const c = clean(patch.title, L.itemText);
    if (!c.ok) return refused({ code: 'workshop.textEmpty' });
    fields.title = c.value;
  }
  if (patch.owner !== undefined) {
    const c = clean(patch.owner, L.owner, { singleLine: true, allowEmpty: true });
    fields.owner = c.ok ? c.value : '';
  }
  if (patch.teamId !== undefined)
    fields.teamId = patch.teamId && getRecord(doc, 'teams', patch.teamId) ? patch.teamId : '';
  if (patch.dueDate !== undefined) fields.dueDate = DATE.test(patch.dueDate) ? patch.dueDate : '';
  const changed = Object.entries(fields).filter(([k, v]) => (rec.get(k) ?? '') !== v);
  if (changed.length) change(doc, () => changed.forEach(([k, v]) => rec.set(k, v)), mergeKey);
  return done(undefined);
}

export function setActionStatus(doc: Y.Doc, id: string, status: 'open' | 'done'): ActionResult {
  const rec = getRecord(doc, 'actionItems', id);
  if (!rec) return refused({ code: 'notFound' });
  if (rec.get('status') !== status) change(doc, () => rec.set('status', status));
  return done(undefined);
}

export function deleteActionItem(doc: Y.Doc, id: string): ActionResult {
  if (!getRecord(doc, 'actionItems', id)) return refused({ code: 'notFound' });
  change(doc, () => collection(doc, 'actionItems').delete(id));
  return done(undefined);
}

// ---- Parking lot and decisions ----

export function addParkingLotItem(
  doc: Y.Doc,
  text: string,
  sessionId = '',
  questionId = '',
  now = Date.now(),
): ActionResult<string> {
  const c = clean(text, L.itemText);
  if (!c.ok) return refused({ code: 'workshop.textEmpty' });
  const id = newId();
  change(doc, () =>
    putRecord(doc, 'parkingLot', id, {
      text: c.value,
      sessionId: sessionId && getRecord(doc, 'sessions', sessionId) ? sessionId : '',
      status: 'open',
      questionId,
      createdAt: now,
    }),
  );
  return done(id, truncated(c, L.itemText));
}

export function setParkedStatus(doc: Y.Doc, id: string, status: 'open' | 'resolved'): ActionResult {
  const rec = getRecord(doc, 'parkingLot', id);
  if (!rec) return refused({ code: 'notFound' });
  if (rec.get('status') !== status) change(doc, () => rec.set('status', status));
  return done(undefined);
}

export function deleteParkingLotItem(doc: Y.Doc, id: string): ActionResult {
  if (!getRecord(doc, 'parkingLot', id)) return refused({ code: 'notFound' });
  change(doc, () => collection(doc, 'parkingLot').delete(id));
  return done(undefined);
}

/** A parked topic becomes an action; the parked item is resolved in the same step. */
export function parkedToAction(doc: Y.Doc, id: string, now = Date.now()): ActionResult<string> {
  const found = readOne(doc, 'parkingLot', id);
  if (!found) return refused({ code: 'notFound' });
  const actionId = newId();
  change(doc, () => {
    putRecord(doc, 'actionItems', actionId, {
      title: found.value.text,
      owner: '',
      teamId: '',
      dueDate: '',
      status: 'open',
      sessionId: currentSessionId(doc) || found.value.sessionId,
      questionId: found.value.questionId,
      createdAt: now,
    });
    found.rec.set('status', 'resolved');
  });
  return done(actionId, { code: 'workshop.actionMade', title: found.value.text });
}

export function addDecision(
  doc: Y.Doc,
  text: string,
  sessionId = '',
  now = Date.now(),
): ActionResult<string> {
  const c = clean(text, L.itemText);
  if (!c.ok) return refused({ code: 'workshop.textEmpty' });
  const id = newId();
  change(doc, () =>
    putRecord(doc, 'decisions', id, {
      text: c.value,
      sessionId: sessionId && getRecord(doc, 'sessions', sessionId) ? sessionId : '',
      createdAt: now,
    }),
  );
  return done(id, truncated(c, L.itemText));
}

export function deleteDecision(doc: Y.Doc, id: string): ActionResult {
  if (!getRecord(doc, 'decisions', id)) return refused({ code: 'notFound' });
  change(doc, () => collection(doc, 'decisions').delete(id));
  return done(undefined);
}
