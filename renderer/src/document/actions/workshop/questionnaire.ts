/**
 * The alignment questionnaire: the standard question sets, each team's answers and the
 * agreement, and a question turned into an action or parked.
 */
import type * as Y from 'yjs';
import { orderAt, sortByOrder } from '../../../domain/ordering';
import { AGREEMENTS, WORKSHOP_LIMITS as L, type Agreement } from '../../../domain/workshop/records';
import { answerId, QUESTION_SETS, questionSetId, standardQuestionId } from '../../../domain/workshop/templates';
import { DEFAULT_NAMES } from '../../../domain/defaultNames';
import { change } from '../../history';
import { collection, field, getRecord, newId, patch, putRecord } from '../../schema';
import { deleteRecords } from '../../cascade';
import { done, refused, type ActionResult } from '../result';
import { readAll } from './guard';
import { addActionItem, addParkingLotItem, type ActionPromptDraft } from './actions';
import { runningSession } from './sessions';
import { clean, truncated } from './text';

/** Writes the standard question sets and questions that are missing (deterministic ids). Inside a transaction. */
export function writeStandardQuestions(doc: Y.Doc): number {
  let added = 0;
  QUESTION_SETS.forEach((set, si) => {
    const setId = questionSetId(set.key);
    if (!getRecord(doc, 'questionSets', setId)) {
      putRecord(doc, 'questionSets', setId, { title: set.title, order: si + 1 });
      set.questions.forEach((text, qi) => {
        const id = standardQuestionId(set.key, qi);
        if (!getRecord(doc, 'questions', id))
          putRecord(doc, 'questions', id, { setId, text, order: qi + 1 });
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
  if (field(rec, 'title') !== c.value) change(doc, () => patch(rec, { title: c.value }));
  return done(undefined);
}

export function removeQuestionSet(doc: Y.Doc, setId: string): ActionResult {
  if (!getRecord(doc, 'questionSets', setId)) return refused({ code: 'notFound' });
  // Its questions and their answers go with it (document/references.ts).
  change(doc, () => deleteRecords(doc, 'questionSets', [setId]));
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
    }),
  );
  return done(id);
}

export function updateQuestionText(doc: Y.Doc, questionId: string, text: string): ActionResult {
  const rec = getRecord(doc, 'questions', questionId);
  if (!rec) return refused({ code: 'notFound' });
  const c = clean(text, L.question);
  if (!c.ok) return refused({ code: 'workshop.textEmpty' });
  if (field(rec, 'text') !== c.value) change(doc, () => patch(rec, { text: c.value }));
  return done(undefined, truncated(c, L.question));
}

export function removeQuestion(doc: Y.Doc, questionId: string): ActionResult {
  if (!getRecord(doc, 'questions', questionId)) return refused({ code: 'notFound' });
  change(doc, () => deleteRecords(doc, 'questions', [questionId]));
  return done(undefined);
}

/** Whether answers can be written for this session: a session of the project, or '' (outside any). */
const sessionKnown = (doc: Y.Doc, sessionId: string) =>
  sessionId === '' || !!getRecord(doc, 'sessions', sessionId);

/** Writes some fields of a team's answer in a session, creating it when missing. Inside a transaction. */
function writeAnswer(
  doc: Y.Doc,
  sessionId: string,
  questionId: string,
  teamId: string,
  fields: { text?: string; agreement?: Agreement | '' },
) {
  const id = answerId(sessionId, questionId, teamId);
  const rec = getRecord(doc, 'answers', id);
  if (rec) for (const [k, v] of Object.entries(fields)) rec.set(k, v);
  else putRecord(doc, 'answers', id, { sessionId, questionId, teamId, text: '', agreement: '', ...fields });
}

/** A team's answer in a session. Typed: pass one merge key per typing session. */
export function setAnswer(
  doc: Y.Doc,
  sessionId: string,
  questionId: string,
  teamId: string,
  text: string,
  mergeKey?: string,
): ActionResult {
  if (!getRecord(doc, 'questions', questionId) || !getRecord(doc, 'teams', teamId) || !sessionKnown(doc, sessionId))
    return refused({ code: 'notFound' });
  const c = clean(text, L.answer, { allowEmpty: true });
  const value = c.ok ? c.value : '';
  const rec = getRecord(doc, 'answers', answerId(sessionId, questionId, teamId));
  if ((rec?.get('text') ?? '') === value) return done(undefined);
  change(doc, () => writeAnswer(doc, sessionId, questionId, teamId, { text: value }), mergeKey);
  return done(undefined, truncated(c, L.answer));
}

/** A team states its own agreement with a question in a session ('' takes it back). */
export function setTeamAgreement(
  doc: Y.Doc,
  sessionId: string,
  questionId: string,
  teamId: string,
  agreement: Agreement | '',
): ActionResult {
  if (!getRecord(doc, 'questions', questionId) || !getRecord(doc, 'teams', teamId) || !sessionKnown(doc, sessionId))
    return refused({ code: 'notFound' });
  if (agreement !== '' && !(AGREEMENTS as readonly string[]).includes(agreement))
    return refused({ code: 'notFound' });
  const rec = getRecord(doc, 'answers', answerId(sessionId, questionId, teamId));
  if ((rec?.get('agreement') ?? '') !== agreement)
    change(doc, () => writeAnswer(doc, sessionId, questionId, teamId, { agreement }));
  return done(undefined);
}

/**
 * Starts a session's questionnaire from another session's answers (the previous one): every
 * answer this session has not got yet is copied, text and agreement, so the teams only change
 * what moved. One undo step. Returns how many answers were copied.
 */
export function startFromAnswersOf(doc: Y.Doc, sessionId: string, fromSessionId: string): ActionResult<number> {
  if (!sessionKnown(doc, sessionId) || !sessionKnown(doc, fromSessionId) || sessionId === fromSessionId)
    return refused({ code: 'notFound' });
  const all = readAll(doc, 'answers');
  const have = new Set(
    all.filter((a) => a.sessionId === sessionId && (a.text !== '' || a.agreement !== '')).map((a) => `${a.questionId}:${a.teamId}`),
  );
  const copy = all.filter(
    (a) =>
      a.sessionId === fromSessionId &&
      (a.text !== '' || a.agreement !== '') &&
      !have.has(`${a.questionId}:${a.teamId}`) &&
      getRecord(doc, 'questions', a.questionId) &&
      getRecord(doc, 'teams', a.teamId),
  );
  if (copy.length)
    change(doc, () => {
      for (const a of copy) writeAnswer(doc, sessionId, a.questionId, a.teamId, { text: a.text, agreement: a.agreement });
    });
  return done(copy.length, { code: 'workshop.answersCopied', count: copy.length });
}

/** The session outcomes of the moment belong to: the running session, else none. */
export function currentSessionId(doc: Y.Doc, sessionId?: string): string {
  if (sessionId && getRecord(doc, 'sessions', sessionId)) return sessionId;
  return runningSession(doc)?.id ?? '';
}

/**
 * Turns a question the teams disagree on into an action item, in one step, with what the
 * action prompt asked for (the sentence, owner, team, due date); without a draft the sentence
 * is made from the question (domain/workshop/actionSentence).
 */
export function questionToAction(
  doc: Y.Doc,
  questionId: string,
  sessionId?: string,
  draft: Partial<ActionPromptDraft> = {},
): ActionResult<string> {
  const rec = getRecord(doc, 'questions', questionId);
  if (!rec) return refused({ code: 'notFound' });
  const title = (draft.title ?? DEFAULT_NAMES.actionFromQuestion(String(field(rec, 'text') ?? ''))).slice(0, L.itemText);
  const r = addActionItem(doc, { ...draft, title, sessionId: currentSessionId(doc, sessionId), questionId });
  return r.ok ? done(r.value, { code: 'workshop.actionMade', title: title.trim() }) : r;
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
    String(field(rec, 'text') ?? ''),
    currentSessionId(doc, sessionId),
    questionId,
  );
  return r.ok ? done(r.value, { code: 'workshop.parked' }) : r;
}
