/**
 * What the alignment writers share: their limits, the free-text cleaner, the one-field setter,
 * the owner check, the typed-number parser and the nested lists (a contract's criteria, the
 * funnel's steps) kept as Y.Maps so two people adding an item at once both keep it.
 */
import * as Y from 'yjs';
import { toNumber } from '../../../domain/typedNumber';
import { cleanText } from '../../../domain/limits';
import { sortByOrder } from '../../../domain/ordering';
import { SHARED_OWNER } from '../../../domain/types';
import type { Notice, NumberField, Refusal } from '../../../domain/refusals';
import { change } from '../../history';
import { getRecord, type CollectionName, type KnownField, type WriteOf, type YRecord, type YRecordOf } from '../../schema';
import type { ActionResult } from '../result';

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

export type Result = ActionResult;

/** Cleans a free text; empty is allowed. Returns the value and a notice when it was cut. */
export function text(raw: string, max: number, singleLine = true): { value: string; notice: Notice | undefined } {
  const c = cleanText(raw, max, { allowEmpty: true, singleLine });
  return { value: c.ok ? c.value : '', notice: c.ok && c.truncated ? { code: 'textTruncated', max } : undefined };
}

/** Writes one field of a record as one change (null deletes it); nothing when it holds the value already. */
export function setField<N extends CollectionName, K extends KnownField<N>>(
  doc: Y.Doc,
  rec: YRecordOf<N>,
  field: K,
  value: WriteOf<N>[K] | null,
  mergeKey?: string,
) {
  if (rec.get(field) === value) return;
  change(doc, () => (value === null ? rec.delete(field) : rec.set(field, value)), mergeKey);
}

/** An owner value must be '', SHARED_OWNER or an existing team. */
export function ownerProblem(doc: Y.Doc, owner: string): Refusal | undefined {
  if (owner === '' || owner === SHARED_OWNER) return undefined;
  return getRecord(doc, 'teams', owner) ? undefined : { code: 'alignment.notATeam' };
}

/**
 * Reads a number typed by a person. Blank clears (null). Refuses with a code naming the
 * field when it is not a number or breaks the field's rule.
 */
export function parseNumberField(
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

export function newList(): Y.Map<Y.Map<unknown>> {
  return new Y.Map<Y.Map<unknown>>();
}

/** The nested list of a record, created if an older or damaged record lacks it. Call inside a transaction. */
export function listIn(rec: YRecord, field: string): Y.Map<Y.Map<unknown>> {
  const v = rec.get(field);
  if (v instanceof Y.Map) return v as Y.Map<Y.Map<unknown>>;
  const m = newList();
  rec.set(field, m);
  return m;
}

export function listOrder(rec: YRecord, field: string) {
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
