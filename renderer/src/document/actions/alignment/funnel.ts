/** The funnel calculator's inputs (one funnel per project, under a fixed id). */
import * as Y from 'yjs';
import { orderAt } from '../../../domain/ordering';
import { DEFAULT_NAMES } from '../../../domain/defaultNames';
import type { Notice } from '../../../domain/refusals';
import { change } from '../../history';
import { getRecord, newId, patch, putRecord, type YRecordOf } from '../../schema';
import { done, refused, type ActionResult } from '../result';
import { ALIGNMENT_LIMITS, listIn, listOrder, newList, parseNumberField, text, type Result } from './common';

export const FUNNEL_ID = 'funnel';
/** The steps a project's funnel starts with; fixed ids so the screen can edit them before the first save. */
export const DEFAULT_FUNNEL_STEPS = [
  { id: 'step-leads', name: 'Leads', order: 1 },
  { id: 'step-mql', name: 'MQLs', order: 2 },
  { id: 'step-sql', name: 'SQLs', order: 3 },
  { id: 'step-opportunities', name: 'Opportunities', order: 4 },
] as const;

/** The funnel record, created with the default steps on the first edit. Call inside a transaction. */
function funnelRecord(doc: Y.Doc): YRecordOf<'funnels'> {
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
  change(doc, () => patch(funnelRecord(doc), { period: t.value }), mergeKey);
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
