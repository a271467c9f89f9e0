/**
 * KPI readings per period (issue 20): what a CRM import writes, as one step. The person has
 * seen the preview and confirmed it; this writes every series into the KPI that carries its
 * key (a KPI made for it when there is none yet), one reading per period with the id
 * `kpiId:period` (a re-import of a period replaces its reading; two copies merge), the KPI's
 * actual and period from its latest reading, and the funnel calculator's actual rates. One
 * transaction, so one undo step takes the whole import back.
 */
import type * as Y from 'yjs';
import { KPI_DIRECTIONS, type KpiDirection } from '../../../domain/types';
import { periodKey } from '../../../domain/crm/dates';
import { change } from '../../history';
import { collection, getRecord, newId, putRecord } from '../../schema';
import { done, refused, type ActionResult } from '../result';
import { ALIGNMENT_LIMITS, text } from './common';
import { setFunnelStep } from './funnel';

export const READINGS_PER_IMPORT = 20_000;

export interface ReadingSeriesInput {
  /** The series' key (domain/crm/funnel.ts seriesKey): with the subject, it names the KPI. */
  readonly key: string;
  /** The name of the KPI made for it when none has this key yet. */
  readonly name: string;
  readonly unit: string;
  readonly direction: KpiDirection;
  readonly stageId: string;
  readonly handoffId: string;
  readonly points: readonly { readonly period: string; readonly value: number; readonly base: number }[];
}

export interface CrmImportInput {
  readonly series: readonly ReadingSeriesInput[];
  readonly funnelActuals: readonly { readonly stepId: string; readonly actualPct: number }[];
  /** When it was imported (ms since 1970). */
  readonly at: number;
}

/** The id of a KPI's reading in a period: deterministic, so a re-import replaces and copies merge. */
export const readingId = (kpiId: string, period: string) => `${kpiId}:${period}`;

export function importCrmReadings(doc: Y.Doc, input: CrmImportInput): ActionResult<{ kpisAdded: number; readings: number }> {
  const readings = input.series.reduce((n, s) => n + s.points.length, 0);
  if (readings > READINGS_PER_IMPORT) return refused({ code: 'alignment.tooManyItems', max: READINGS_PER_IMPORT });
  for (const s of input.series) {
    if (!(KPI_DIRECTIONS as readonly string[]).includes(s.direction)) return refused({ code: 'notFound' });
    if (s.stageId && !getRecord(doc, 'stages', s.stageId)) return refused({ code: 'notFound' });
    if (s.handoffId && !getRecord(doc, 'handoffs', s.handoffId)) return refused({ code: 'notFound' });
    if (s.points.some((p) => periodKey(p.period) !== p.period || !Number.isFinite(p.value) || !Number.isFinite(p.base))) return refused({ code: 'notFound' });
  }
  const byKey = new Map<string, string>();
  let count = 0;
  let last = 0;
  collection(doc, 'kpis').forEach((k, id) => {
    count++;
    const o = k.get('order');
    if (typeof o === 'number' && o > last) last = o;
    const key = k.get('crmSeries');
    if (typeof key === 'string' && key) byKey.set(`${key}|${String(k.get('stageId') ?? '')}|${String(k.get('handoffId') ?? '')}`, id);
  });
  const fresh = input.series.filter((s) => s.points.length && !byKey.has(`${s.key}|${s.stageId}|${s.handoffId}`)).length;
  if (count + fresh > ALIGNMENT_LIMITS.kpis) return refused({ code: 'alignment.tooManyKpis', max: ALIGNMENT_LIMITS.kpis });
  let kpisAdded = 0;
  change(doc, () => {
    for (const s of input.series) {
      if (!s.points.length) continue;
      const subject = `${s.key}|${s.stageId}|${s.handoffId}`;
      let kpiId = byKey.get(subject);
      if (!kpiId) {
        kpiId = newId();
        byKey.set(subject, kpiId);
        kpisAdded++;
        putRecord(doc, 'kpis', kpiId, {
          name: text(s.name, ALIGNMENT_LIMITS.shortText).value || s.key,
          unit: text(s.unit, 30).value,
          direction: s.direction,
          stageId: s.handoffId ? '' : s.stageId,
          handoffId: s.handoffId,
          crmSeries: s.key,
          order: ++last,
        });
      }
      for (const p of s.points) {
        putRecord(doc, 'kpiReadings', readingId(kpiId, p.period), { kpiId, period: p.period, value: p.value, base: p.base, source: 'crm', at: input.at });
      }
      const rec = getRecord(doc, 'kpis', kpiId)!;
      const latest = [...s.points].sort((a, b) => (a.period < b.period ? -1 : 1)).pop()!;
      rec.set('actual', latest.value);
      rec.set('period', latest.period);
    }
    // Inside this transaction, so the funnel's rates are part of the same undo step.
    for (const f of input.funnelActuals) setFunnelStep(doc, f.stepId, { actualPct: Math.max(0, Math.min(100, f.actualPct)) });
  });
  return done({ kpisAdded, readings });
}
