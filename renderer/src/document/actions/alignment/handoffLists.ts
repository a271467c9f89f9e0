/** The lists inside a handoff's contract: criteria, rejection reasons, fit rules, engagement rules. */
import * as Y from 'yjs';
import { fitOperator, type FitOperator } from '../../../domain/fitOperators';
import { orderAt } from '../../../domain/ordering';
import type { Notice, Refusal } from '../../../domain/refusals';
import { change } from '../../history';
import { getRecord, newId } from '../../schema';
import { done, refused, type ActionResult } from '../result';
import { ALIGNMENT_LIMITS, listIn, listOrder, parseNumberField, text, type Result } from './common';

export type HandoffList = 'criteria' | 'rejectionReasons' | 'fitRules' | 'engagementRules';

export interface HandoffItemPatch {
  readonly text?: string;
  readonly attribute?: string;
  readonly value?: string;
  /** A fit rule's operator (domain/fitRules.ts FIT_OPERATORS) and the upper end of 'between'. */
  readonly op?: string;
  readonly valueTo?: string;
  readonly action?: string;
  readonly points?: string | number | null;
  readonly decayPerWeek?: string | number | null;
}

const LIST_FIELDS: Record<HandoffList, readonly (keyof HandoffItemPatch)[]> = {
  criteria: ['text'],
  rejectionReasons: ['text'],
  fitRules: ['attribute', 'op', 'value', 'valueTo', 'points'],
  engagementRules: ['action', 'points', 'decayPerWeek'],
};

/** Validates a patch for a list's items into the fields to write; refuses bad numbers with their code. */
function itemFields(list: HandoffList, patch: HandoffItemPatch): { ok: true; fields: Record<string, unknown>; notice?: Notice } | { ok: false; refusal: Refusal } {
  const fields: Record<string, unknown> = {};
  let notice: Notice | undefined;
  for (const key of LIST_FIELDS[list]) {
    const v = patch[key];
    if (v === undefined) continue;
    if (key === 'op') {
      // Only the editor's choices reach here; anything else reads as the old equality.
      fields[key] = fitOperator(v);
    } else if (key === 'points' || key === 'decayPerWeek') {
      const n = parseNumberField(v as string | number | null, key === 'points' ? 'points' : 'decay', key === 'points' ? 'any' : 'positive');
      if (!n.ok) return n;
      fields[key] = n.value ?? 0;
    } else {
      // A fit rule's value may be a list ("Germany, France, …"): as long as a criterion.
      const long = list === 'criteria' || list === 'rejectionReasons' || (list === 'fitRules' && key === 'value');
      const t = text(String(v), long ? ALIGNMENT_LIMITS.longText : ALIGNMENT_LIMITS.shortText);
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
    fitRules: { attribute: '', op: 'is', value: '', valueTo: '', points: 0 },
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
export const addFitRule = (doc: Y.Doc, handoffId: string, rule: { attribute?: string; op?: FitOperator; value?: string; valueTo?: string; points?: string | number } = {}) =>
  addHandoffItem(doc, handoffId, 'fitRules', rule);
export const addEngagementRule = (
  doc: Y.Doc,
  handoffId: string,
  rule: { action?: string; points?: string | number; decayPerWeek?: string | number } = {},
) => addHandoffItem(doc, handoffId, 'engagementRules', rule);
