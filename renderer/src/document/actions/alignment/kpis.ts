/** Shared KPIs: what is measured, where (a stage, a handoff or the whole project), by whom. */
import type * as Y from 'yjs';
import { KPI_DIRECTIONS, type KpiDirection } from '../../../domain/types';
import { DEFAULT_NAMES } from '../../../domain/defaultNames';
import { change } from '../../history';
import { collection, field, getRecord, newId, patch, putRecord } from '../../schema';
import { done, refused, type ActionResult } from '../result';
import { deleteRecords } from '../../cascade';
import { ALIGNMENT_LIMITS, ownerProblem, parseNumberField, setField, text, type Result } from './common';

export function addKpi(doc: Y.Doc, opts: { name?: string; stageId?: string; handoffId?: string } = {}): ActionResult<string> {
  let count = 0;
  let last = 0;
  collection(doc, 'kpis').forEach((k) => {
    count++;
    const o = field(k, 'order');
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
    patch(rec, { stageId: subject.handoffId ? '' : (subject.stageId ?? '') });
    patch(rec, { handoffId: subject.handoffId ?? '' });
  });
  return done(undefined);
}

export function deleteKpi(doc: Y.Doc, kpiId: string): Result {
  if (!getRecord(doc, 'kpis', kpiId)) return refused({ code: 'notFound' });
  // Its readings go with it (document/references.ts).
  change(doc, () => deleteRecords(doc, 'kpis', [kpiId]));
  return done(undefined);
}
