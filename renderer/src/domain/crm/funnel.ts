/**
 * The map in the CRM's words, and the figures an import writes. A stage of the map reads as
 * a rung of the export's ladder through the CRM vocabulary on it (its HubSpot lifecycle stage
 * or Salesforce lead status; failing that, a stage named like one, "MQL"); a handoff's clock
 * starts at the rung of the stage before it and stops at its own CRM word, or else at the next
 * mapped stage's. A map without any CRM word reads as the ladder itself, for the whole project.
 */
import { sortByOrder } from '../ordering';
import type { Funnel, Handoff, Stage } from '../types';
import { conversion, pct, type CrmAggregates, type HandoffSpec } from './aggregate';
import { hubspotStageOf, LADDERS, meaningOf, type CrmKind, type Rung } from './vocabulary';

export interface FunnelStepSpec {
  readonly rung: Rung;
  /** The map's stage, or '' when the map has no CRM word and the ladder stands for it. */
  readonly stageId: string;
}

export interface CrmFunnel {
  readonly steps: readonly FunnelStepSpec[];
  readonly handoffs: readonly HandoffSpec[];
  readonly pairs: readonly (readonly [Rung, Rung])[];
  /** Stages whose CRM word this kind has no rung for (asked about in the preview). */
  readonly unmappedStageIds: readonly string[];
}

function rungOfStage(kind: CrmKind, s: Pick<Stage, 'name' | 'hubspotStage' | 'salesforceStatus'>): Rung | null {
  const ladder = LADDERS[kind] as readonly string[];
  if (kind === 'hubspot-contacts') {
    const h = s.hubspotStage || hubspotStageOf(s.name) || '';
    return h && ladder.includes(h) ? (h as Rung) : null;
  }
  if (kind === 'salesforce-leads') {
    const m = s.salesforceStatus ? meaningOf(kind, 'status', s.salesforceStatus, {}) : null;
    return m?.rung ?? null;
  }
  return null;
}

export function crmFunnel(
  kind: CrmKind,
  stages: readonly Pick<Stage, 'id' | 'name' | 'order' | 'hubspotStage' | 'salesforceStatus'>[],
  handoffs: readonly (Pick<Handoff, 'id' | 'afterStageId' | 'hubspotStage' | 'salesforceStatus' | 'slaFirstContactHours' | 'threshold'> & { readonly fitRules?: Handoff['fitRules'] })[],
): CrmFunnel {
  const ladder = LADDERS[kind] as readonly Rung[];
  const idx = (r: Rung) => ladder.indexOf(r);
  const ordered = sortByOrder([...stages]);
  const mapped: FunnelStepSpec[] = [];
  const unmappedStageIds: string[] = [];
  for (const s of ordered) {
    const r = rungOfStage(kind, s);
    if (r && (!mapped.length || idx(r) > idx(mapped[mapped.length - 1]!.rung))) mapped.push({ rung: r, stageId: s.id });
    else if (!r && (s.hubspotStage || s.salesforceStatus)) unmappedStageIds.push(s.id);
  }
  const steps: FunnelStepSpec[] = mapped.length >= 2 ? mapped : ladder.map((rung) => ({ rung, stageId: '' }));
  const specs: HandoffSpec[] = [];
  for (const h of handoffs) {
    const i = ordered.findIndex((s) => s.id === h.afterStageId);
    if (i < 0) continue;
    // The step at or before the handoff's stage starts the clock.
    let from: FunnelStepSpec | undefined;
    for (let k = i; k >= 0 && !from; k--) from = steps.find((st) => st.stageId === ordered[k]!.id);
    if (!from) continue;
    const own = kind === 'hubspot-contacts' ? h.hubspotStage : h.salesforceStatus ? (meaningOf(kind, 'status', h.salesforceStatus, {})?.rung ?? '') : '';
    let to: Rung | undefined = own && (ladder as readonly string[]).includes(own) && idx(own as Rung) > idx(from.rung) ? (own as Rung) : undefined;
    to ??= steps.find((st) => idx(st.rung) > idx(from.rung))?.rung;
    if (!to) continue;
    const fitRules = (h.fitRules ?? []).map((r) => ({ id: r.id, attribute: r.attribute, op: r.op, value: r.value, valueTo: r.valueTo, points: r.points }));
    specs.push({ id: h.id, from: from.rung, to, slaHours: h.slaFirstContactHours, threshold: h.threshold, ...(fitRules.length ? { fitRules } : {}) });
  }
  const pairs = steps.slice(1).map((s, i) => [steps[i]!.rung, s.rung] as const);
  for (const h of specs) if (!pairs.some(([a, b]) => a === h.from && b === h.to)) pairs.push([h.from, h.to]);
  return { steps, handoffs: specs, pairs, unmappedStageIds };
}

export const CRM_METRICS = ['reached', 'conversion', 'medianHours', 'p90Hours', 'slaCompliance', 'scoreAbove', 'scoreBelow', 'wonRevenue', 'wonDeals', 'winRate'] as const;
export type CrmMetric = (typeof CRM_METRICS)[number];

/** One series of readings: a metric of a stage, a handoff or the whole project, with its rungs. */
export interface CrmSeries {
  readonly metric: CrmMetric;
  readonly stageId: string;
  readonly handoffId: string;
  readonly from?: Rung;
  readonly to?: Rung;
  /** The score threshold a 'scoreAbove' / 'scoreBelow' series was counted against (part of its key). */
  readonly threshold?: number;
  readonly unit: '%' | 'h' | 'count' | 'money';
  /** Which way is better. */
  readonly direction: 'higher' | 'lower';
  readonly points: readonly { readonly period: string; readonly value: number; readonly base: number }[];
}

/** The figures an import writes, one series per metric and subject, from the aggregates and the map. */
export function crmSeries(agg: CrmAggregates, funnel: CrmFunnel): CrmSeries[] {
  const out: CrmSeries[] = [];
  const push = (s: Omit<CrmSeries, 'points'>, point: (p: CrmAggregates['periods'][number]) => { value: number | null; base: number }) => {
    const points = agg.periods.flatMap((p) => {
      const v = point(p);
      return v.value === null ? [] : [{ period: p.period, value: v.value, base: v.base }];
    });
    if (points.length) out.push({ ...s, points });
  };
  const contacts = agg.kind === 'hubspot-contacts' || agg.kind === 'salesforce-leads';
  if (contacts) {
    funnel.steps.forEach((st, i) => {
      push({ metric: 'reached', stageId: st.stageId, handoffId: '', from: st.rung, unit: 'count', direction: 'higher' }, (p) => ({ value: p.reached[st.rung] ?? 0, base: p.records }));
      const next = funnel.steps[i + 1];
      if (!next) return;
      const subject = { stageId: st.stageId, handoffId: '', from: st.rung, to: next.rung };
      push({ metric: 'conversion', ...subject, unit: '%', direction: 'higher' }, (p) => ({ value: conversion(p, st.rung, next.rung), base: p.reached[st.rung] ?? 0 }));
      const time = (p: CrmAggregates['periods'][number]) => p.times.find((t) => t.from === st.rung && t.to === next.rung);
      push({ metric: 'medianHours', ...subject, unit: 'h', direction: 'lower' }, (p) => ({ value: time(p)?.medianHours ?? null, base: time(p)?.n ?? 0 }));
      push({ metric: 'p90Hours', ...subject, unit: 'h', direction: 'lower' }, (p) => ({ value: time(p)?.p90Hours ?? null, base: time(p)?.n ?? 0 }));
    });
    for (const h of funnel.handoffs) {
      if (h.slaHours === null) continue;
      push({ metric: 'slaCompliance', stageId: '', handoffId: h.id, from: h.from, to: h.to, unit: '%', direction: 'higher' }, (p) => {
        const s = p.sla.find((x) => x.handoffId === h.id);
        return { value: s ? pct(s.within, s.handedOver) : null, base: s?.handedOver ?? 0 };
      });
    }
    // The score threshold against outcomes: of the leads at or above it, the share that reached
    // the handoff's next stage (base: how many were above), and the same below it. Read back
    // into counts by domain/trends.ts thresholdChecksOf.
    for (const h of funnel.handoffs) {
      if (h.threshold === null) continue;
      const subject = { stageId: '', handoffId: h.id, from: h.from, to: h.to, threshold: h.threshold, unit: '%' } as const;
      const fig = (p: CrmAggregates['periods'][number]) => p.scoring.find((x) => x.handoffId === h.id);
      push({ metric: 'scoreAbove', ...subject, direction: 'higher' }, (p) => ({ value: fig(p) ? pct(fig(p)!.aboveConverted, fig(p)!.above) : null, base: fig(p)?.above ?? 0 }));
      push({ metric: 'scoreBelow', ...subject, direction: 'lower' }, (p) => ({ value: fig(p) ? pct(fig(p)!.belowConverted, fig(p)!.below) : null, base: fig(p)?.below ?? 0 }));
    }
  } else {
    push({ metric: 'wonDeals', stageId: '', handoffId: '', unit: 'count', direction: 'higher' }, (p) => ({ value: p.wonDeals, base: p.wonDeals + p.lostDeals }));
    push({ metric: 'wonRevenue', stageId: '', handoffId: '', unit: 'money', direction: 'higher' }, (p) => ({ value: p.wonRevenue, base: p.wonDeals }));
    push({ metric: 'winRate', stageId: '', handoffId: '', unit: '%', direction: 'higher' }, (p) => ({ value: pct(p.wonDeals, p.wonDeals + p.lostDeals), base: p.wonDeals + p.lostDeals }));
    push({ metric: 'medianHours', stageId: '', handoffId: '', from: 'created', to: 'won', unit: 'h', direction: 'lower' }, (p) => {
      const t = p.times[0];
      return { value: t?.medianHours ?? null, base: t?.n ?? 0 };
    });
  }
  return out;
}

/** A series' identity: the KPI it fills is the one with this key (see document/actions/crm.ts). */
export const seriesKey = (s: Pick<CrmSeries, 'metric' | 'from' | 'to' | 'threshold'>) => [s.metric, s.from ?? '', s.to ?? '', ...(s.threshold !== undefined ? [String(s.threshold)] : [])].join(':');

/**
 * The funnel calculator's actual rates from the latest period: a step named like a rung
 * ("MQLs", "Sales qualified leads") gets the conversion to the next step named like one.
 */
export function funnelActuals(agg: CrmAggregates, funnel: Pick<Funnel, 'steps'>): { stepId: string; actualPct: number }[] {
  if (agg.kind !== 'hubspot-contacts') return [];
  const latest = agg.periods[agg.periods.length - 1];
  if (!latest) return [];
  const rungOf = (name: string) => {
    const n = name.trim().replace(/s$/i, '');
    const r = hubspotStageOf(n) ?? hubspotStageOf(name) ?? (/^opportunit/i.test(name) ? 'opportunity' : null);
    return r && r !== 'other' ? (r as Rung) : null;
  };
  const steps = sortByOrder([...funnel.steps]);
  const out: { stepId: string; actualPct: number }[] = [];
  steps.forEach((s, i) => {
    const a = rungOf(s.name);
    const next = steps[i + 1];
    const b = next ? rungOf(next.name) : null;
    if (!a || !b) return;
    const v = conversion(latest, a, b);
    if (v !== null) out.push({ stepId: s.id, actualPct: v });
  });
  return out;
}
