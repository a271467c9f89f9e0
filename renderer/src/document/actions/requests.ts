/**
 * Actions of content requests: ask, edit, triage (status, owner, priority inputs), deliver,
 * delete, and the project's priority rule. Each is one `change()`, so one undo step; typing
 * in a field passes a merge key so a typing session is one step.
 *
 * Who asked and who triages is not checked: in the room anyone may ask, and the status
 * machine (domain/requests.ts) is what keeps triage honest — no delivery without an owner,
 * no decline without a reason.
 */
import type * as Y from 'yjs';
import { cleanText } from '../../domain/limits';
import {
  bandsIncrease,
  BAND_DAYS_MAX,
  DATE,
  DEFAULT_IMPACT,
  DEFAULT_RULE,
  IMPACT_MAX,
  IMPACT_MIN,
  PRIORITY_RULE_ID,
  readDelivered,
  REQUEST_LIMITS as L,
  requestReaders,
  ruleToFields,
  transition,
  TRANSITIONS,
  URGENCY_MAX,
  URGENCY_MIN,
  type ContentRequest,
  type RequestStatus,
  type RuleField,
} from '../../domain/requests';
import { change } from '../history';
import { collection, field, fieldsOf, getRecord, newId, patch, putRecord } from '../schema';
import { deleteRecords } from '../cascade';
import { done, refused, type ActionResult } from './result';

export interface RequestDraft {
  readonly what: string;
  readonly why?: string;
  readonly stageId?: string;
  readonly personaId?: string;
  readonly channel?: string;
  /** The team that asks; the Sales team when absent. */
  readonly teamId?: string;
  readonly askedBy?: string;
  readonly dueDate?: string;
  readonly impact?: number;
}

export function readRequest(doc: Y.Doc, id: string): ContentRequest | undefined {
  const rec = getRecord(doc, 'contentRequests', id);
  return rec ? requestReaders.contentRequests(id, fieldsOf(rec)) : undefined;
}

/** The team a request comes from when the form does not say: Sales (by its name, else its built-in id). */
export function salesTeamId(doc: Y.Doc): string {
  let found = '';
  collection(doc, 'teams').forEach((rec, id) => {
    if (!found && String(field(rec, 'name') ?? '').trim().toLowerCase() === 'sales') found = id;
  });
  if (found) return found;
  return getRecord(doc, 'teams', 'team-sales') ? 'team-sales' : '';
}

const exists = (doc: Y.Doc, name: 'stages' | 'personas' | 'teams', id: string | undefined) =>
  !!id && !!getRecord(doc, name, id);

const clampImpact = (n: number | undefined) =>
  n === undefined || !Number.isFinite(n) ? DEFAULT_IMPACT : Math.max(IMPACT_MIN, Math.min(IMPACT_MAX, Math.round(n)));

const line = (text: string, max: number) => cleanText(text, max, { singleLine: true, allowEmpty: true });

/** Files a request. Only "what" is needed; the team defaults to Sales, impact to 3, the rest to empty. */
export function askForContent(doc: Y.Doc, draft: RequestDraft, now = Date.now()): ActionResult<string> {
  const what = cleanText(draft.what, L.what, { singleLine: true });
  if (!what.ok) return refused({ code: 'requests.whatEmpty' });
  if (collection(doc, 'contentRequests').size >= L.requests) return refused({ code: 'requests.tooMany', max: L.requests });
  const why = cleanText(draft.why ?? '', L.why, { allowEmpty: true });
  const channel = line(draft.channel ?? '', L.channel);
  const askedBy = line(draft.askedBy ?? '', L.person);
  const teamId = draft.teamId === undefined ? salesTeamId(doc) : exists(doc, 'teams', draft.teamId) ? draft.teamId : '';
  const id = newId();
  change(doc, () => {
    putRecord(doc, 'contentRequests', id, {
      what: what.value,
      why: why.ok ? why.value : '',
      stageId: exists(doc, 'stages', draft.stageId) ? draft.stageId : '',
      personaId: exists(doc, 'personas', draft.personaId) ? draft.personaId : '',
      channel: channel.ok ? channel.value : '',
      teamId,
      askedBy: askedBy.ok ? askedBy.value : '',
      dueDate: draft.dueDate && DATE.test(draft.dueDate) ? draft.dueDate : '',
      impact: clampImpact(draft.impact),
      status: 'new',
      owner: '',
      declineReason: '',
      delivered: '',
      createdAt: now,
      statusAt: now,
    });
  });
  const cut = what.truncated || (why.ok && why.truncated);
  return done(id, cut ? { code: 'requests.textTooLong', max: what.truncated ? L.what : L.why } : { code: 'requests.asked', what: what.value });
}

export type RequestTextField = 'what' | 'why' | 'channel' | 'askedBy' | 'owner';
const TEXT_LIMITS: Record<RequestTextField, number> = {
  what: L.what,
  why: L.why,
  channel: L.channel,
  askedBy: L.person,
  owner: L.owner,
};

/** Edits one text of a request. "What" may not become empty; `mergeKey` folds a typing session into one step. */
export function setRequestText(
  doc: Y.Doc,
  id: string,
  field: RequestTextField,
  text: string,
  mergeKey?: string,
): ActionResult {
  const rec = getRecord(doc, 'contentRequests', id);
  if (!rec) return refused({ code: 'requests.notFound' });
  const c = cleanText(text, TEXT_LIMITS[field], { singleLine: field !== 'why', allowEmpty: field !== 'what' });
  if (!c.ok) return refused({ code: 'requests.whatEmpty' });
  if ((rec.get(field) ?? '') !== c.value) change(doc, () => rec.set(field, c.value), mergeKey);
  return done(undefined, c.truncated ? { code: 'requests.textTooLong', max: TEXT_LIMITS[field] } : undefined);
}

/** Points a request at a stage, a persona or a team ('' for none); an unknown id is refused. */
export function setRequestLink(
  doc: Y.Doc,
  id: string,
  field: 'stageId' | 'personaId' | 'teamId',
  value: string,
): ActionResult {
  const rec = getRecord(doc, 'contentRequests', id);
  if (!rec) return refused({ code: 'requests.notFound' });
  const col = field === 'stageId' ? 'stages' : field === 'personaId' ? 'personas' : 'teams';
  if (value && !getRecord(doc, col, value)) return refused({ code: 'requests.notFound' });
  if ((rec.get(field) ?? '') !== value) change(doc, () => rec.set(field, value));
  return done(undefined);
}

export function setRequestDueDate(doc: Y.Doc, id: string, dueDate: string): ActionResult {
  const rec = getRecord(doc, 'contentRequests', id);
  if (!rec) return refused({ code: 'requests.notFound' });
  const v = DATE.test(dueDate) ? dueDate : '';
  if ((field(rec, 'dueDate') ?? '') !== v) change(doc, () => patch(rec, { dueDate: v }));
  return done(undefined);
}

export function setRequestImpact(doc: Y.Doc, id: string, impact: number): ActionResult {
  const rec = getRecord(doc, 'contentRequests', id);
  if (!rec) return refused({ code: 'requests.notFound' });
  const v = clampImpact(impact);
  if (field(rec, 'impact') !== v) change(doc, () => patch(rec, { impact: v }));
  return done(undefined);
}

/**
 * Saves the delivered piece: an http(s) link (checked) or a file reference (free text).
 * Refused (with its code) for another scheme or a broken link; '' clears it.
 */
export function setDeliveredPiece(doc: Y.Doc, id: string, text: string, mergeKey?: string): ActionResult {
  const rec = getRecord(doc, 'contentRequests', id);
  if (!rec) return refused({ code: 'requests.notFound' });
  const c = line(text, L.delivered);
  const value = c.ok ? c.value : '';
  const piece = readDelivered(value);
  if (piece.kind === 'invalid') return refused(piece.why === 'scheme' ? { code: 'requests.badScheme' } : { code: 'requests.badUrl' });
  const stored = piece.kind === 'link' ? piece.url : value;
  if ((field(rec, 'delivered') ?? '') !== stored) change(doc, () => patch(rec, { delivered: stored }), mergeKey);
  return done(undefined, c.ok && c.truncated ? { code: 'requests.textTooLong', max: L.delivered } : undefined);
}

/**
 * Moves a request to another status through the state machine (domain/requests.ts). A
 * decline needs `reason`; a delivery needs an owner (give `owner` to set it in the same
 * step) and may carry the delivered piece.
 */
export function setRequestStatus(
  doc: Y.Doc,
  id: string,
  to: RequestStatus,
  input: { readonly reason?: string; readonly owner?: string; readonly delivered?: string } = {},
  now = Date.now(),
): ActionResult {
  const rec = getRecord(doc, 'contentRequests', id);
  const r = readRequest(doc, id);
  if (!rec || !r) return refused({ code: 'requests.notFound' });
  const owner = input.owner !== undefined ? line(input.owner, L.owner) : undefined;
  const withOwner = owner?.ok ? { ...r, owner: owner.value } : r;
  const reason = input.reason !== undefined ? cleanText(input.reason, L.declineReason, { allowEmpty: true }) : undefined;
  const t = transition(withOwner, to, { reason: reason?.ok ? reason.value : undefined });
  if (!t.ok) {
    if (t.why === 'not-allowed') return refused({ code: 'requests.notAllowed', from: r.status, to, allowed: TRANSITIONS[r.status] });
    return refused({ code: 'requests.transition', why: t.why });
  }
  let delivered: string | undefined;
  if (input.delivered !== undefined) {
    const c = line(input.delivered, L.delivered);
    const piece = readDelivered(c.ok ? c.value : '');
    if (piece.kind === 'invalid') return refused(piece.why === 'scheme' ? { code: 'requests.badScheme' } : { code: 'requests.badUrl' });
    delivered = piece.kind === 'link' ? piece.url : piece.kind === 'file' ? piece.text : '';
  }
  change(doc, () => {
    patch(rec, { status: t.patch.status });
    patch(rec, { statusAt: now });
    if (t.patch.declineReason !== undefined) patch(rec, { declineReason: t.patch.declineReason });
    if (owner?.ok && field(rec, 'owner') !== owner.value) patch(rec, { owner: owner.value });
    if (delivered !== undefined && field(rec, 'delivered') !== delivered) patch(rec, { delivered });
  });
  return done(undefined, { code: 'requests.moved', what: r.what, to });
}

export function deleteRequest(doc: Y.Doc, id: string): ActionResult<string> {
  const r = readRequest(doc, id);
  if (!r) return refused({ code: 'requests.notFound' });
  change(doc, () => deleteRecords(doc, 'contentRequests', [id]));
  return done(r.what);
}

// ---- The priority rule ----

/**
 * Changes weights of the priority rule (urgency per band, the bands' day limits). The rule is
 * one record with a fixed id, written field by field, so two people changing two weights
 * offline both keep their change. Band limits must keep increasing.
 */
export function setPriorityRule(doc: Y.Doc, patch: Partial<Record<RuleField, number>>, mergeKey?: string): ActionResult {
  const rec = getRecord(doc, 'requestRules', PRIORITY_RULE_ID);
  const current = rec ? requestReaders.requestRules(PRIORITY_RULE_ID, fieldsOf(rec)) : DEFAULT_RULE;
  const next = { ...ruleToFields(current) };
  for (const [k, v] of Object.entries(patch) as [RuleField, number | undefined][]) {
    if (v === undefined) continue;
    const isDays = k.startsWith('days');
    const [lo, hi] = isDays ? [1, BAND_DAYS_MAX] : [URGENCY_MIN, URGENCY_MAX];
    if (!Number.isInteger(v) || v < lo || v > hi) return refused({ code: 'requests.ruleNumber', lo, hi });
    next[k] = v;
  }
  if (!bandsIncrease([next.days1, next.days2, next.days3])) return refused({ code: 'requests.ruleBandsOrder' });
  const changed = (Object.keys(next) as RuleField[]).filter((k) => rec?.get(k) !== next[k]);
  if (!changed.length) return done(undefined);
  change(doc, () => {
    const target = rec ?? putRecord(doc, 'requestRules', PRIORITY_RULE_ID, {});
    for (const k of changed) target.set(k, next[k]);
  }, mergeKey);
  return done(undefined, { code: 'requests.ruleChanged' });
}

/** The standard rule again (removes the project's record; undo brings it back). */
export function resetPriorityRule(doc: Y.Doc): ActionResult {
  if (!getRecord(doc, 'requestRules', PRIORITY_RULE_ID)) return done(undefined);
  change(doc, () => deleteRecords(doc, 'requestRules', [PRIORITY_RULE_ID]));
  return done(undefined, { code: 'requests.ruleChanged' });
}
