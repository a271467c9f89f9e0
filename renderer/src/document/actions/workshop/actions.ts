/**
 * What a workshop leaves behind: action items, the parking lot and decisions. Writing them is
 * everyone's.
 */
import type * as Y from 'yjs';
import { WORKSHOP_LIMITS as L, type ActionItem } from '../../../domain/workshop/records';
import { change } from '../../history';
import { field, getRecord, newId, patch, putRecord } from '../../schema';
import { deleteRecords } from '../../cascade';
import { done, refused, type ActionResult } from '../result';
import { readOne } from './guard';
import { currentSessionId } from './questionnaire';
import { DATE, clean, truncated } from './text';

// ---- Action items ----

export interface ActionDraft {
  readonly title: string;
  readonly owner?: string;
  readonly teamId?: string;
  readonly dueDate?: string;
  readonly sessionId?: string;
  readonly questionId?: string;
  readonly cardId?: string;
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
      cardId: draft.cardId && getRecord(doc, 'cards', draft.cardId) ? draft.cardId : '',
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
  if (field(rec, 'status') !== status) change(doc, () => patch(rec, { status }));
  return done(undefined);
}

export function deleteActionItem(doc: Y.Doc, id: string): ActionResult {
  if (!getRecord(doc, 'actionItems', id)) return refused({ code: 'notFound' });
  change(doc, () => deleteRecords(doc, 'actionItems', [id]));
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
      reason: '',
      actionId: '',
    }),
  );
  return done(id, truncated(c, L.itemText));
}

export function setParkedStatus(doc: Y.Doc, id: string, status: 'open' | 'resolved'): ActionResult {
  const rec = getRecord(doc, 'parkingLot', id);
  if (!rec) return refused({ code: 'notFound' });
  if (field(rec, 'status') !== status)
    change(doc, () => {
      patch(rec, { status });
      if (status === 'open') patch(rec, { reason: '' });
    });
  return done(undefined);
}

export function deleteParkingLotItem(doc: Y.Doc, id: string): ActionResult {
  if (!getRecord(doc, 'parkingLot', id)) return refused({ code: 'notFound' });
  change(doc, () => deleteRecords(doc, 'parkingLot', [id]));
  return done(undefined);
}

/** What the person gave in the action prompt (owner, team, due date, the sentence). */
export type ActionPromptDraft = Pick<ActionDraft, 'title' | 'owner' | 'teamId' | 'dueDate'>;

/**
 * A parked topic becomes an action, with the owner and due date the prompt asked for; the
 * parked item is resolved and points at its action, in the same undo step.
 */
export function parkedToAction(
  doc: Y.Doc,
  id: string,
  draft: Partial<ActionPromptDraft> = {},
  now = Date.now(),
): ActionResult<string> {
  const found = readOne(doc, 'parkingLot', id);
  if (!found) return refused({ code: 'notFound' });
  const title = clean(draft.title ?? found.value.text, L.itemText);
  if (!title.ok) return refused({ code: 'workshop.textEmpty' });
  let made: ActionResult<string> = refused({ code: 'notFound' });
  change(doc, () => {
    made = addActionItem(
      doc,
      {
        ...draft,
        title: title.value,
        sessionId: currentSessionId(doc) || found.value.sessionId,
        questionId: found.value.questionId,
      },
      now,
    );
    if (made.ok) {
      patch(found.rec, { status: 'resolved' });
      patch(found.rec, { actionId: made.value });
    }
  });
  const r = made as ActionResult<string>;
  return r.ok ? done(r.value, { code: 'workshop.actionMade', title: title.value }) : r;
}

/** Closes a parked topic without an action, saying why ("Settled: we keep the webinar leads"). */
export function closeParked(doc: Y.Doc, id: string, reason: string): ActionResult {
  const rec = getRecord(doc, 'parkingLot', id);
  if (!rec) return refused({ code: 'notFound' });
  const r = clean(reason, L.reason, { singleLine: true, allowEmpty: true });
  change(doc, () => {
    patch(rec, { status: 'resolved' });
    patch(rec, { reason: r.ok ? r.value : '' });
  });
  return done(undefined);
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
  change(doc, () => deleteRecords(doc, 'decisions', [id]));
  return done(undefined);
}
