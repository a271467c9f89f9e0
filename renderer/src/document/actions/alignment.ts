/**
 * The alignment layer's writers: owners of stages and cards, CRM vocabulary, handoffs and every
 * field of their contracts, shared KPIs, the glossary and the funnel calculator's inputs.
 * Each validates its input, answers with a refusal code when it refuses, and writes through
 * `change()` (one undo step; typing continues its step through a merge key).
 */
import * as Y from 'yjs';
import { termClash, toNumber } from '../../domain/alignment';
import { cleanText } from '../../domain/limits';
import { orderAt, sortByOrder } from '../../domain/ordering';
import { HUBSPOT_STAGES, KPI_DIRECTIONS, SHARED_OWNER, TERM_STATUSES, type HubspotStage, type KpiDirection, type TermStatus } from '../../domain/types';
import { DEFAULT_NAMES } from '../../domain/defaultNames';
import type { Notice, NumberField, Refusal } from '../../domain/refusals';
import { change } from '../history';
import { collection, fieldsOf, getRecord, newId, putRecord, readers, type YRecord } from '../schema';
import { orderedIn } from './stages';
import { done, refused, type ActionResult } from './result';

export const ALIGNMENT_LIMITS = {
  shortText: 120,
  longText: 2000,
  itemsPerList: 100,
  handoffsPerMap: 200,
  kpis: 1000,
  terms: 2000,
  synonyms: 20,
  funnelSteps: 12,
} as const;

type Result = ActionResult;

/** Cleans a free text; empty is allowed. Returns the value and a notice when it was cut. */
function text(raw: string, max: number, singleLine = true): { value: string; notice: Notice | undefined } {
  const c = cleanText(raw, max, { allowEmpty: true, singleLine });
  return { value: c.ok ? c.value : '', notice: c.ok && c.truncated ? { code: 'textTruncated', max } : undefined };
}

function setField(doc: Y.Doc, rec: YRecord, field: string, value: unknown, mergeKey?: string) {
  if (rec.get(field) === value) return;
  change(doc, () => (value === null ? rec.delete(field) : rec.set(field, value)), mergeKey);
}

/** An owner value must be '', SHARED_OWNER or an existing team. */
function ownerProblem(doc: Y.Doc, owner: string): Refusal | undefined {
  if (owner === '' || owner === SHARED_OWNER) return undefined;
  return getRecord(doc, 'teams', owner) ? undefined : { code: 'alignment.notATeam' };
}

/**
 * Reads a number typed by a person. Blank clears (null). Refuses with a code naming the
 * field when it is not a number or breaks the field's rule.
 */
function parseNumberField(
  raw: string | number | null,
  field: NumberField,
  rule: 'any' | 'positive' | 'whole' | 'percent',
  label?: string,
): { ok: true; value: number | null } | { ok: false; refusal: Refusal } {
  if (raw === null || (typeof raw === 'string' && !raw.trim())) return { ok: true, value: null };
  const n = toNumber(raw);
  const no = (code: 'notANumber' | 'mustBePositive' | 'mustBeWhole' | 'mustBePercent') =>
    ({ ok: false, refusal: { code: `alignment.${code}`, field, ...(label !== undefined ? { label } : {}) } }) as const;
  if (n === null) return no('notANumber');
  if (rule === 'positive' && n < 0) return no('mustBePositive');
  if (rule === 'whole' && (n < 0 || !Number.isInteger(n))) return no('mustBeWhole');
  if (rule === 'percent' && (n < 0 || n > 100)) return no('mustBePercent');
  return { ok: true, value: n };
}

// ---------------------------------------------------------------------------------------------
// Owners and CRM vocabulary

export function setStageOwner(doc: Y.Doc, stageId: string, owner: string): Result {
  const rec = getRecord(doc, 'stages', stageId);
  if (!rec) return refused({ code: 'notFound' });
  const problem = ownerProblem(doc, owner);
  if (problem) return refused(problem);
  setField(doc, rec, 'ownerTeamId', owner);
  return done(undefined);
}

export function setCardOwner(doc: Y.Doc, cardIds: readonly string[], owner: string): Result {
  const recs = cardIds.map((id) => getRecord(doc, 'cards', id)).filter((r): r is YRecord => !!r);
  if (!recs.length) return refused({ code: 'notFound' });
  const problem = ownerProblem(doc, owner);
  if (problem) return refused(problem);
  change(doc, () => recs.forEach((r) => r.get('ownerTeamId') !== owner && r.set('ownerTeamId', owner)));
  return done(undefined);
}

const isHubspot = (v: string): v is HubspotStage | '' => v === '' || (HUBSPOT_STAGES as readonly string[]).includes(v);

/** Maps a stage or a handoff to the CRM's words (HubSpot lifecycle stage, Salesforce lead status). */
export function setCrmMapping(
  doc: Y.Doc,
  kind: 'stages' | 'handoffs',
  id: string,
  mapping: { hubspotStage?: string; salesforceStatus?: string },
  mergeKey?: string,
): Result {
  const rec = getRecord(doc, kind, id);
  if (!rec) return refused({ code: 'notFound' });
  if (mapping.hubspotStage !== undefined && !isHubspot(mapping.hubspotStage)) return refused({ code: 'notFound' });
  const sf = mapping.salesforceStatus === undefined ? undefined : text(mapping.salesforceStatus, ALIGNMENT_LIMITS.shortText);
  if (mapping.hubspotStage !== undefined) setField(doc, rec, 'hubspotStage', mapping.hubspotStage);
  if (sf) setField(doc, rec, 'salesforceStatus', sf.value, mergeKey);
  return done(undefined, sf?.notice);
}

// ---------------------------------------------------------------------------------------------
// Handoffs

export interface HandoffPlacement {
  readonly mapId: string;
  /** Between this stage and the next. */
  readonly afterStageId?: string;
  /** Or on this card. */
  readonly cardId?: string;
}

/** Checks a placement; returns the refusal when it can't hold a handoff. */
function placementProblem(doc: Y.Doc, p: HandoffPlacement): Refusal | undefined {
  if (!getRecord(doc, 'maps', p.mapId)) return { code: 'notFound' };
  if (p.cardId) {
    const card = getRecord(doc, 'cards', p.cardId);
    return card && card.get('mapId') === p.mapId ? undefined : { code: 'notFound' };
  }
  if (!p.afterStageId) return { code: 'alignment.pickStageFirst' };
  const stage = getRecord(doc, 'stages', p.afterStageId);
  if (!stage || stage.get('mapId') !== p.mapId) return { code: 'notFound' };
  const stages = orderedIn(doc, 'stages', p.mapId);
  if (stages[stages.length - 1]?.id === p.afterStageId) return { code: 'alignment.handoffNeedsTwoStages' };
  return undefined;
}

const teamName = (doc: Y.Doc, id: string) => String(getRecord(doc, 'teams', id)?.get('name') ?? '');

/** The sides a new handoff starts with: the owners of the stages on each side when they differ, else the first two teams. */
function defaultSides(doc: Y.Doc, p: HandoffPlacement): { from: string; to: string } | undefined {
  const teams: { id: string; order: number }[] = [];
  collection(doc, 'teams').forEach((r, id) => teams.push({ id, order: typeof r.get('order') === 'number' ? (r.get('order') as number) : 0 }));
  const ids = sortByOrder(teams).map((t) => t.id);
  if (ids.length < 2) return undefined;
  if (p.afterStageId) {
    const stages = orderedIn(doc, 'stages', p.mapId);
    const i = stages.findIndex((s) => s.id === p.afterStageId);
    const ownerAt = (k: number) => String(getRecord(doc, 'stages', stages[k]?.id ?? '')?.get('ownerTeamId') ?? '');
    const a = ownerAt(i);
    const b = ownerAt(i + 1);
    if (ids.includes(a) && ids.includes(b) && a !== b) return { from: a, to: b };
  }
  return { from: ids[0]!, to: ids[1]! };
}

function newList(): Y.Map<Y.Map<unknown>> {
  return new Y.Map<Y.Map<unknown>>();
}

export function addHandoff(doc: Y.Doc, placement: HandoffPlacement, sides?: { fromTeamId: string; toTeamId: string }): ActionResult<string> {
  const problem = placementProblem(doc, placement);
  if (problem) return refused(problem);
  let count = 0;
  collection(doc, 'handoffs').forEach((h) => void (h.get('mapId') === placement.mapId && count++));
  if (count >= ALIGNMENT_LIMITS.handoffsPerMap) return refused({ code: 'alignment.tooManyHandoffs', max: ALIGNMENT_LIMITS.handoffsPerMap });
  const s = sides ? { from: sides.fromTeamId, to: sides.toTeamId } : defaultSides(doc, placement);
  if (!s) return refused({ code: 'alignment.needTwoTeams' });
  if (!getRecord(doc, 'teams', s.from) || !getRecord(doc, 'teams', s.to)) return refused({ code: 'alignment.notATeam' });
  if (s.from === s.to) return refused({ code: 'alignment.handoffSameTeam' });
  const id = newId();
  change(doc, () => {
    putRecord(doc, 'handoffs', id, {
      mapId: placement.mapId,
      afterStageId: placement.cardId ? '' : (placement.afterStageId ?? ''),
      cardId: placement.cardId ?? '',
      fromTeamId: s.from,
      toTeamId: s.to,
      name: DEFAULT_NAMES.handoff(teamName(doc, s.from), teamName(doc, s.to)),
      order: Date.now(),
      // Lists are created with the record so two people adding the first criterion at once both keep it.
      criteria: newList(),
      fitRules: newList(),
      engagementRules: newList(),
      rejectionReasons: newList(),
    });
  });
  return done(id, { code: 'alignment.handoffAdded' });
}

export function moveHandoff(doc: Y.Doc, handoffId: string, placement: HandoffPlacement): Result {
  const rec = getRecord(doc, 'handoffs', handoffId);
  if (!rec) return refused({ code: 'notFound' });
  const problem = placementProblem(doc, placement);
  if (problem) return refused(problem);
  change(doc, () => {
    rec.set('mapId', placement.mapId);
    rec.set('afterStageId', placement.cardId ? '' : (placement.afterStageId ?? ''));
    rec.set('cardId', placement.cardId ?? '');
  });
  return done(undefined);
}

export function setHandoffTeams(doc: Y.Doc, handoffId: string, fromTeamId: string, toTeamId: string): Result {
  const rec = getRecord(doc, 'handoffs', handoffId);
  if (!rec) return refused({ code: 'notFound' });
  if (!getRecord(doc, 'teams', fromTeamId) || !getRecord(doc, 'teams', toTeamId)) return refused({ code: 'alignment.notATeam' });
  if (fromTeamId === toTeamId) return refused({ code: 'alignment.handoffSameTeam' });
  if (rec.get('fromTeamId') === fromTeamId && rec.get('toTeamId') === toTeamId) return done(undefined);
  change(doc, () => {
    rec.set('fromTeamId', fromTeamId);
    rec.set('toTeamId', toTeamId);
  });
  return done(undefined);
}

export const HANDOFF_TEXT_FIELDS = {
  name: ALIGNMENT_LIMITS.shortText,
  fromStageName: ALIGNMENT_LIMITS.shortText,
  toStageName: ALIGNMENT_LIMITS.shortText,
  slaMissed: ALIGNMENT_LIMITS.longText,
  rejectedGoesTo: ALIGNMENT_LIMITS.shortText,
  feedbackWhat: ALIGNMENT_LIMITS.longText,
  feedbackFrequency: ALIGNMENT_LIMITS.shortText,
  feedbackTo: ALIGNMENT_LIMITS.shortText,
  fromOwner: ALIGNMENT_LIMITS.shortText,
  toOwner: ALIGNMENT_LIMITS.shortText,
} as const;
export type HandoffTextField = keyof typeof HANDOFF_TEXT_FIELDS;

export function setHandoffText(doc: Y.Doc, handoffId: string, field: HandoffTextField, value: string, mergeKey?: string): Result {
  const rec = getRecord(doc, 'handoffs', handoffId);
  const max = HANDOFF_TEXT_FIELDS[field];
  if (!rec || max === undefined) return refused({ code: 'notFound' });
  const t = text(value, max, max !== ALIGNMENT_LIMITS.longText);
  if (field === 'name' && !t.value) return refused({ code: 'nameEmpty' });
  setField(doc, rec, field, t.value, mergeKey);
  return done(undefined, t.notice);
}

const HANDOFF_NUMBER_RULES = {
  threshold: 'any',
  slaFirstContactHours: 'positive',
  slaAttempts: 'whole',
  slaAttemptDays: 'positive',
} as const;
export type HandoffNumberField = keyof typeof HANDOFF_NUMBER_RULES;

/** Sets the threshold or a service-level number from what was typed; blank clears it. */
export function setHandoffNumber(doc: Y.Doc, handoffId: string, field: HandoffNumberField, raw: string | number | null, label: string, mergeKey?: string): Result {
  const rec = getRecord(doc, 'handoffs', handoffId);
  const rule = HANDOFF_NUMBER_RULES[field];
  if (!rec || !rule) return refused({ code: 'notFound' });
  const n = parseNumberField(raw, field, rule, label);
  if (!n.ok) return refused(n.refusal);
  setField(doc, rec, field, n.value, mergeKey);
  return done(undefined);
}

/** One side's sign-off of the contract; the handoff is "agreed" when both sides signed. */
export function setHandoffAgreement(doc: Y.Doc, handoffId: string, side: 'from' | 'to', agreed: boolean): Result {
  const rec = getRecord(doc, 'handoffs', handoffId);
  if (!rec) return refused({ code: 'notFound' });
  setField(doc, rec, side === 'from' ? 'agreedFrom' : 'agreedTo', agreed === true);
  return done(undefined);
}

export function deleteHandoff(doc: Y.Doc, handoffId: string): Result {
  if (!getRecord(doc, 'handoffs', handoffId)) return refused({ code: 'notFound' });
  change(doc, () => {
    // Its KPIs stay, measured for the whole project from now on (undo puts them back).
    collection(doc, 'kpis').forEach((k) => k.get('handoffId') === handoffId && k.set('handoffId', ''));
    collection(doc, 'handoffs').delete(handoffId);
  });
  return done(undefined);
}

// ---- Lists inside a contract: criteria, rejection reasons, fit rules, engagement rules ----

export type HandoffList = 'criteria' | 'rejectionReasons' | 'fitRules' | 'engagementRules';

export interface HandoffItemPatch {
  readonly text?: string;
  readonly attribute?: string;
  readonly value?: string;
  readonly action?: string;
  readonly points?: string | number | null;
  readonly decayPerWeek?: string | number | null;
}

const LIST_FIELDS: Record<HandoffList, readonly (keyof HandoffItemPatch)[]> = {
  criteria: ['text'],
  rejectionReasons: ['text'],
  fitRules: ['attribute', 'value', 'points'],
  engagementRules: ['action', 'points', 'decayPerWeek'],
};

/** The nested list of a record, created if an older or damaged record lacks it. Call inside a transaction. */
function listIn(rec: YRecord, field: string): Y.Map<Y.Map<unknown>> {
  const v = rec.get(field);
  if (v instanceof Y.Map) return v as Y.Map<Y.Map<unknown>>;
  const m = newList();
  rec.set(field, m);
  return m;
}

function listOrder(rec: YRecord, field: string) {
  const v = rec.get(field);
  const out: { id: string; order: number }[] = [];
  if (v instanceof Y.Map) {
    v.forEach((item, id) => {
      const o = item instanceof Y.Map ? item.get('order') : undefined;
      out.push({ id, order: typeof o === 'number' ? o : 0 });
    });
  }
  return sortByOrder(out);
}

/** Validates a patch for a list's items into the fields to write; refuses bad numbers with their code. */
function itemFields(list: HandoffList, patch: HandoffItemPatch): { ok: true; fields: Record<string, unknown>; notice?: Notice } | { ok: false; refusal: Refusal } {
  const fields: Record<string, unknown> = {};
  let notice: Notice | undefined;
  for (const key of LIST_FIELDS[list]) {
    const v = patch[key];
    if (v === undefined) continue;
    if (key === 'points' || key === 'decayPerWeek') {
      const n = parseNumberField(v as string | number | null, key === 'points' ? 'points' : 'decay', key === 'points' ? 'any' : 'positive');
      if (!n.ok) return n;
      fields[key] = n.value ?? 0;
    } else {
      const t = text(String(v), list === 'criteria' || list === 'rejectionReasons' ? ALIGNMENT_LIMITS.longText : ALIGNMENT_LIMITS.shortText);
      fields[key] = t.value;
      notice ??= t.notice;
    }
  }
  return { ok: true, fields, notice };
}

export function addHandoffItem(doc: Y.Doc, handoffId: string, list: HandoffList, patch: HandoffItemPatch = {}): ActionResult<string> {
  const rec = getRecord(doc, 'handoffs', handoffId);
  if (!rec || !LIST_FIELDS[list]) return refused({ code: 'notFound' });
  const existing = listOrder(rec, list);
  if (existing.length >= ALIGNMENT_LIMITS.itemsPerList) return refused({ code: 'alignment.tooManyItems', max: ALIGNMENT_LIMITS.itemsPerList });
  const f = itemFields(list, patch);
  if (!f.ok) return refused(f.refusal);
  const defaults: Record<HandoffList, Record<string, unknown>> = {
    criteria: { text: '' },
    rejectionReasons: { text: '' },
    fitRules: { attribute: '', value: '', points: 0 },
    engagementRules: { action: '', points: 0, decayPerWeek: 0 },
  };
  const id = newId();
  change(doc, () => {
    const item = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ ...defaults[list], ...f.fields, order: orderAt(existing, existing.length) })) item.set(k, v);
    listIn(rec, list).set(id, item);
  });
  return done(id, f.notice);
}

export function updateHandoffItem(doc: Y.Doc, handoffId: string, list: HandoffList, itemId: string, patch: HandoffItemPatch, mergeKey?: string): Result {
  const rec = getRecord(doc, 'handoffs', handoffId);
  const item = rec?.get(list) instanceof Y.Map ? (rec.get(list) as Y.Map<unknown>).get(itemId) : undefined;
  if (!(item instanceof Y.Map)) return refused({ code: 'notFound' });
  const f = itemFields(list, patch);
  if (!f.ok) return refused(f.refusal);
  const changed = Object.entries(f.fields).filter(([k, v]) => item.get(k) !== v);
  if (changed.length) change(doc, () => changed.forEach(([k, v]) => item.set(k, v)), mergeKey);
  return done(undefined, f.notice);
}

export function removeHandoffItem(doc: Y.Doc, handoffId: string, list: HandoffList, itemId: string): Result {
  const rec = getRecord(doc, 'handoffs', handoffId);
  const items = rec?.get(list);
  if (!(items instanceof Y.Map) || !items.has(itemId)) return refused({ code: 'notFound' });
  change(doc, () => items.delete(itemId));
  return done(undefined);
}

export const addCriterion = (doc: Y.Doc, handoffId: string, text = '') => addHandoffItem(doc, handoffId, 'criteria', { text });
export const addRejectionReason = (doc: Y.Doc, handoffId: string, text = '') =>
  addHandoffItem(doc, handoffId, 'rejectionReasons', { text });
export const addFitRule = (doc: Y.Doc, handoffId: string, rule: { attribute?: string; value?: string; points?: string | number } = {}) =>
  addHandoffItem(doc, handoffId, 'fitRules', rule);
export const addEngagementRule = (
  doc: Y.Doc,
  handoffId: string,
  rule: { action?: string; points?: string | number; decayPerWeek?: string | number } = {},
) => addHandoffItem(doc, handoffId, 'engagementRules', rule);

// ---------------------------------------------------------------------------------------------
// KPIs

export function addKpi(doc: Y.Doc, opts: { name?: string; stageId?: string; handoffId?: string } = {}): ActionResult<string> {
  let count = 0;
  let last = 0;
  collection(doc, 'kpis').forEach((k) => {
    count++;
    const o = k.get('order');
    if (typeof o === 'number' && o > last) last = o;
  });
  if (count >= ALIGNMENT_LIMITS.kpis) return refused({ code: 'alignment.tooManyKpis', max: ALIGNMENT_LIMITS.kpis });
  if (opts.stageId && !getRecord(doc, 'stages', opts.stageId)) return refused({ code: 'notFound' });
  if (opts.handoffId && !getRecord(doc, 'handoffs', opts.handoffId)) return refused({ code: 'notFound' });
  const t = text(opts.name ?? DEFAULT_NAMES.newKpi, ALIGNMENT_LIMITS.shortText);
  const id = newId();
  change(doc, () => {
    putRecord(doc, 'kpis', id, {
      name: t.value || DEFAULT_NAMES.newKpi,
      stageId: opts.handoffId ? '' : (opts.stageId ?? ''),
      handoffId: opts.handoffId ?? '',
      direction: 'higher',
      order: last + 1,
    });
  });
  return done(id, t.notice);
}

export const KPI_TEXT_FIELDS = {
  name: ALIGNMENT_LIMITS.shortText,
  definition: ALIGNMENT_LIMITS.longText,
  unit: 30,
  period: ALIGNMENT_LIMITS.shortText,
} as const;
export type KpiTextField = keyof typeof KPI_TEXT_FIELDS;

export function setKpiText(doc: Y.Doc, kpiId: string, field: KpiTextField, value: string, mergeKey?: string): Result {
  const rec = getRecord(doc, 'kpis', kpiId);
  const max = KPI_TEXT_FIELDS[field];
  if (!rec || max === undefined) return refused({ code: 'notFound' });
  const t = text(value, max, field !== 'definition');
  if (field === 'name' && !t.value) return refused({ code: 'nameEmpty' });
  setField(doc, rec, field, t.value, mergeKey);
  return done(undefined, t.notice);
}

export function setKpiNumber(doc: Y.Doc, kpiId: string, field: 'target' | 'actual', raw: string | number | null, mergeKey?: string): Result {
  const rec = getRecord(doc, 'kpis', kpiId);
  if (!rec) return refused({ code: 'notFound' });
  const n = parseNumberField(raw, field === 'target' ? 'kpiTarget' : 'kpiActual', 'any');
  if (!n.ok) return refused(n.refusal);
  setField(doc, rec, field, n.value, mergeKey);
  return done(undefined);
}

export function setKpiOwner(doc: Y.Doc, kpiId: string, owner: string): Result {
  const rec = getRecord(doc, 'kpis', kpiId);
  if (!rec) return refused({ code: 'notFound' });
  const problem = ownerProblem(doc, owner);
  if (problem) return refused(problem);
  setField(doc, rec, 'ownerTeamId', owner);
  return done(undefined);
}

export function setKpiDirection(doc: Y.Doc, kpiId: string, direction: KpiDirection): Result {
  const rec = getRecord(doc, 'kpis', kpiId);
  if (!rec || !(KPI_DIRECTIONS as readonly string[]).includes(direction)) return refused({ code: 'notFound' });
  setField(doc, rec, 'direction', direction);
  return done(undefined);
}

/** Where a KPI is measured: a stage, a handoff, or (neither) the whole project. */
export function setKpiSubject(doc: Y.Doc, kpiId: string, subject: { stageId?: string; handoffId?: string }): Result {
  const rec = getRecord(doc, 'kpis', kpiId);
  if (!rec) return refused({ code: 'notFound' });
  if (subject.stageId && !getRecord(doc, 'stages', subject.stageId)) return refused({ code: 'notFound' });
  if (subject.handoffId && !getRecord(doc, 'handoffs', subject.handoffId)) return refused({ code: 'notFound' });
  change(doc, () => {
    rec.set('stageId', subject.handoffId ? '' : (subject.stageId ?? ''));
    rec.set('handoffId', subject.handoffId ?? '');
  });
  return done(undefined);
}

export function deleteKpi(doc: Y.Doc, kpiId: string): Result {
  if (!getRecord(doc, 'kpis', kpiId)) return refused({ code: 'notFound' });
  change(doc, () => collection(doc, 'kpis').delete(kpiId));
  return done(undefined);
}

// ---------------------------------------------------------------------------------------------
// The glossary

function allTerms(doc: Y.Doc) {
  const out: ReturnType<typeof readers.glossary>[] = [];
  collection(doc, 'glossary').forEach((rec, id) => out.push(readers.glossary(id, fieldsOf(rec))));
  return out;
}

/** Splits "SQL, sales-qualified lead" into clean, distinct synonyms. */
export function parseSynonyms(raw: string | readonly string[]): string[] {
  const parts = typeof raw === 'string' ? raw.split(/[,;\n]/) : raw;
  const out: string[] = [];
  for (const p of parts) {
    const t = text(p, ALIGNMENT_LIMITS.shortText).value;
    if (t && !out.some((o) => o.toLowerCase() === t.toLowerCase())) out.push(t);
  }
  return out.slice(0, ALIGNMENT_LIMITS.synonyms);
}

export function addTerm(
  doc: Y.Doc,
  draft: { term: string; definition?: string; proposedByTeamId?: string; synonyms?: string | readonly string[]; status?: TermStatus },
): ActionResult<string> {
  const terms = allTerms(doc);
  if (terms.length >= ALIGNMENT_LIMITS.terms) return refused({ code: 'alignment.tooManyTerms', max: ALIGNMENT_LIMITS.terms });
  const t = cleanText(draft.term, ALIGNMENT_LIMITS.shortText, { singleLine: true });
  if (!t.ok) return refused({ code: 'nameEmpty' });
  const synonyms = parseSynonyms(draft.synonyms ?? []).filter((w) => w.toLowerCase() !== t.value.toLowerCase());
  for (const w of [t.value, ...synonyms]) {
    const clash = termClash(terms, w);
    if (clash) return refused({ code: 'alignment.termTaken', word: w, term: clash.term });
  }
  const proposer = draft.proposedByTeamId ?? '';
  if (proposer && !getRecord(doc, 'teams', proposer)) return refused({ code: 'alignment.notATeam' });
  const def = text(draft.definition ?? '', ALIGNMENT_LIMITS.longText, false);
  const id = newId();
  const last = terms.reduce((m, x) => Math.max(m, x.order), 0);
  change(doc, () => {
    putRecord(doc, 'glossary', id, {
      term: t.value,
      definition: def.value,
      proposedByTeamId: proposer,
      synonyms,
      status: draft.status && (TERM_STATUSES as readonly string[]).includes(draft.status) ? draft.status : 'agreed',
      order: last + 1,
    });
  });
  return done(id, t.truncated ? { code: 'textTruncated', max: ALIGNMENT_LIMITS.shortText } : def.notice);
}

export function setTermText(doc: Y.Doc, termId: string, field: 'term' | 'definition', value: string, mergeKey?: string): Result {
  const rec = getRecord(doc, 'glossary', termId);
  if (!rec) return refused({ code: 'notFound' });
  if (field === 'definition') {
    const d = text(value, ALIGNMENT_LIMITS.longText, false);
    setField(doc, rec, 'definition', d.value, mergeKey);
    return done(undefined, d.notice);
  }
  const t = cleanText(value, ALIGNMENT_LIMITS.shortText, { singleLine: true });
  if (!t.ok) return refused({ code: 'nameEmpty' });
  const clash = termClash(allTerms(doc), t.value, termId);
  if (clash) return refused({ code: 'alignment.termTaken', word: t.value, term: clash.term });
  setField(doc, rec, 'term', t.value, mergeKey);
  return done(undefined, t.truncated ? { code: 'textTruncated', max: ALIGNMENT_LIMITS.shortText } : undefined);
}

export function setTermSynonyms(doc: Y.Doc, termId: string, raw: string | readonly string[], mergeKey?: string): Result {
  const rec = getRecord(doc, 'glossary', termId);
  if (!rec) return refused({ code: 'notFound' });
  const own = String(rec.get('term') ?? '').toLowerCase();
  const synonyms = parseSynonyms(raw).filter((w) => w.toLowerCase() !== own);
  const others = allTerms(doc);
  for (const w of synonyms) {
    const clash = termClash(others, w, termId);
    if (clash) return refused({ code: 'alignment.termTaken', word: w, term: clash.term });
  }
  const before = rec.get('synonyms');
  if (JSON.stringify(before) !== JSON.stringify(synonyms)) change(doc, () => rec.set('synonyms', synonyms), mergeKey);
  return done(undefined);
}

export function setTermStatus(doc: Y.Doc, termId: string, status: TermStatus): Result {
  const rec = getRecord(doc, 'glossary', termId);
  if (!rec || !(TERM_STATUSES as readonly string[]).includes(status)) return refused({ code: 'notFound' });
  setField(doc, rec, 'status', status);
  return done(undefined);
}

export function setTermProposer(doc: Y.Doc, termId: string, teamId: string): Result {
  const rec = getRecord(doc, 'glossary', termId);
  if (!rec) return refused({ code: 'notFound' });
  if (teamId && !getRecord(doc, 'teams', teamId)) return refused({ code: 'alignment.notATeam' });
  setField(doc, rec, 'proposedByTeamId', teamId);
  return done(undefined);
}

export function deleteTerm(doc: Y.Doc, termId: string): Result {
  if (!getRecord(doc, 'glossary', termId)) return refused({ code: 'notFound' });
  change(doc, () => collection(doc, 'glossary').delete(termId));
  return done(undefined);
}

// ---------------------------------------------------------------------------------------------
// The funnel calculator's inputs (one funnel per project, under a fixed id)

export const FUNNEL_ID = 'funnel';
/** The steps a project's funnel starts with; fixed ids so the screen can edit them before the first save. */
export const DEFAULT_FUNNEL_STEPS = [
  { id: 'step-leads', name: 'Leads', order: 1 },
  { id: 'step-mql', name: 'MQLs', order: 2 },
  { id: 'step-sql', name: 'SQLs', order: 3 },
  { id: 'step-opportunities', name: 'Opportunities', order: 4 },
] as const;

/** The funnel record, created with the default steps on the first edit. Call inside a transaction. */
function funnelRecord(doc: Y.Doc): YRecord {
  const existing = getRecord(doc, 'funnels', FUNNEL_ID);
  if (existing) return existing;
  const steps = newList();
  const rec = putRecord(doc, 'funnels', FUNNEL_ID, { steps });
  for (const s of DEFAULT_FUNNEL_STEPS) {
    const item = new Y.Map<unknown>();
    item.set('name', s.name);
    item.set('order', s.order);
    steps.set(s.id, item);
  }
  return rec;
}

export function setFunnelNumber(doc: Y.Doc, field: 'revenueGoal' | 'avgDealSize', raw: string | number | null, mergeKey?: string): Result {
  const n = parseNumberField(raw, field === 'revenueGoal' ? 'revenueGoal' : 'avgDealSize', 'positive');
  if (!n.ok) return refused(n.refusal);
  const cur = getRecord(doc, 'funnels', FUNNEL_ID)?.get(field);
  if ((cur ?? null) === n.value) return done(undefined);
  change(doc, () => {
    const rec = funnelRecord(doc);
    if (n.value === null) rec.delete(field);
    else rec.set(field, n.value);
  }, mergeKey);
  return done(undefined);
}

export function setFunnelPeriod(doc: Y.Doc, value: string, mergeKey?: string): Result {
  const t = text(value, ALIGNMENT_LIMITS.shortText);
  if ((getRecord(doc, 'funnels', FUNNEL_ID)?.get('period') ?? '') === t.value) return done(undefined);
  change(doc, () => funnelRecord(doc).set('period', t.value), mergeKey);
  return done(undefined, t.notice);
}

export function setFunnelStep(
  doc: Y.Doc,
  stepId: string,
  patch: { name?: string; ratePct?: string | number | null; actualPct?: string | number | null },
  mergeKey?: string,
): Result {
  const known = getRecord(doc, 'funnels', FUNNEL_ID);
  const stepsNow = known?.get('steps');
  const exists = stepsNow instanceof Y.Map ? stepsNow.has(stepId) : DEFAULT_FUNNEL_STEPS.some((s) => s.id === stepId);
  if (!exists) return refused({ code: 'notFound' });
  const fields: Record<string, unknown> = {};
  let notice: Notice | undefined;
  if (patch.name !== undefined) {
    const t = text(patch.name, ALIGNMENT_LIMITS.shortText);
    fields.name = t.value;
    notice = t.notice;
  }
  for (const key of ['ratePct', 'actualPct'] as const) {
    if (patch[key] === undefined) continue;
    const n = parseNumberField(patch[key] ?? null, key === 'ratePct' ? 'rateCol' : 'actualCol', 'percent');
    if (!n.ok) return refused(n.refusal);
    fields[key] = n.value;
  }
  change(
    doc,
    () => {
      const item = listIn(funnelRecord(doc), 'steps').get(stepId);
      if (!(item instanceof Y.Map)) return;
      for (const [k, v] of Object.entries(fields)) {
        if (v === null) item.delete(k);
        else if (item.get(k) !== v) item.set(k, v);
      }
    },
    mergeKey,
  );
  return done(undefined, notice);
}

export function addFunnelStep(doc: Y.Doc, name: string): ActionResult<string> {
  const rec = getRecord(doc, 'funnels', FUNNEL_ID);
  const count = rec ? listOrder(rec, 'steps').length : DEFAULT_FUNNEL_STEPS.length;
  if (count >= ALIGNMENT_LIMITS.funnelSteps) return refused({ code: 'alignment.tooManyItems', max: ALIGNMENT_LIMITS.funnelSteps });
  const t = text(name, ALIGNMENT_LIMITS.shortText);
  const id = newId();
  change(doc, () => {
    const f = funnelRecord(doc);
    const order = listOrder(f, 'steps');
    const item = new Y.Map<unknown>();
    item.set('name', t.value || DEFAULT_NAMES.funnelStep);
    item.set('order', orderAt(order, order.length));
    listIn(f, 'steps').set(id, item);
  });
  return done(id);
}

export function removeFunnelStep(doc: Y.Doc, stepId: string): Result {
  const rec = getRecord(doc, 'funnels', FUNNEL_ID);
  const steps = rec?.get('steps');
  const exists = steps instanceof Y.Map ? steps.has(stepId) : DEFAULT_FUNNEL_STEPS.some((s) => s.id === stepId);
  if (!exists) return refused({ code: 'notFound' });
  change(doc, () => listIn(funnelRecord(doc), 'steps').delete(stepId));
  return done(undefined);
}
