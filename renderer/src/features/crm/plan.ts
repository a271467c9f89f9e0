/**
 * From an import's totals to what it will write: the map read in the CRM's words, one series
 * per figure with the KPI it fills (an existing one with its key and subject, or a new one and
 * its name), and the funnel calculator's actual rates. The preview shows this plan and Confirm
 * hands it to the one action (importCrmReadings); nothing is written before.
 */
import { DEFAULT_FUNNEL_STEPS, type CrmImportInput, type ReadingSeriesInput } from '../../document/actions/alignment';
import type { FunnelStep } from '../../domain/types';
import type { ProjectSnapshot } from '../../document/projection';
import { crmFunnel, crmSeries, funnelActuals, LADDERS, seriesKey, type CrmAggregates, type CrmFunnel, type CrmKind, type CrmSeries } from '../../domain/crm';
import { sortByOrder } from '../../domain/ordering';
import { METRIC_UNITS, RUNG_WORDS, SERIES_NAMES } from './strings';

const METRIC_RANK: Partial<Record<string, number>> = { slaCompliance: 0, scoreAbove: 0, scoreBelow: 0, conversion: 1, medianHours: 2, wonRevenue: 1, wonDeals: 1, winRate: 1 };

/** The figures checked by default (the rest are offered, unticked). */
const DEFAULT_ON = new Set(['conversion', 'slaCompliance', 'scoreAbove', 'scoreBelow', 'medianHours', 'wonRevenue', 'wonDeals', 'winRate']);

export interface PlannedSeries extends ReadingSeriesInput {
  readonly series: CrmSeries;
  /** The KPI it fills, or '' when the import makes one. */
  readonly kpiId: string;
  readonly on: boolean;
}

export interface ImportPlan {
  readonly funnel: CrmFunnel;
  readonly series: readonly PlannedSeries[];
  readonly funnelActuals: CrmImportInput['funnelActuals'];
}

/** The maps an import can be read against (the first one with CRM words first). */
export function mapChoices(s: ProjectSnapshot): { id: string; title: string; crmWords: number }[] {
  return sortByOrder(Object.values(s.maps))
    .map((m) => ({ id: m.id, title: m.title, crmWords: Object.values(s.stages).filter((st) => st.mapId === m.id && (st.hubspotStage || st.salesforceStatus)).length }))
    .sort((a, b) => Number(b.crmWords > 0) - Number(a.crmWords > 0));
}

export function funnelOf(s: ProjectSnapshot, mapId: string, kind: CrmKind): CrmFunnel {
  const stages = Object.values(s.stages).filter((st) => st.mapId === mapId);
  const handoffs = Object.values(s.handoffs).filter((h) => h.mapId === mapId);
  return crmFunnel(kind, stages, handoffs);
}

export function planImport(agg: CrmAggregates, funnel: CrmFunnel, s: ProjectSnapshot): ImportPlan {
  const stageName = (id: string, rung?: string) => {
    const word = rung ? (RUNG_WORDS as Record<string, string>)[rung] ?? rung : '';
    const st = id ? s.stages[id] : undefined;
    return st ? `${st.name} (${word})` : word;
  };
  const nextStage = (ser: CrmSeries) => funnel.steps.find((x) => x.rung === ser.to)?.stageId ?? '';
  const nameOf = (ser: CrmSeries): string => {
    switch (ser.metric) {
      case 'reached':
        return SERIES_NAMES.reached(stageName(ser.stageId, ser.from));
      case 'conversion':
      case 'medianHours':
      case 'p90Hours':
        return SERIES_NAMES[ser.metric](stageName(ser.stageId, ser.from), stageName(nextStage(ser), ser.to));
      case 'slaCompliance': {
        const h = s.handoffs[ser.handoffId];
        return SERIES_NAMES.slaCompliance(h?.name || `${RUNG_WORDS[ser.from!]} → ${RUNG_WORDS[ser.to!]}`, h?.slaFirstContactHours ?? 0);
      }
      case 'scoreAbove':
      case 'scoreBelow': {
        const h = s.handoffs[ser.handoffId];
        return SERIES_NAMES[ser.metric](h?.name || `${RUNG_WORDS[ser.from!]} → ${RUNG_WORDS[ser.to!]}`, ser.threshold ?? 0);
      }
      default:
        return SERIES_NAMES[ser.metric];
    }
  };
  const kpis = Object.values(s.kpis);
  const rank = (p: PlannedSeries) => (p.on ? 0 : 10) + (METRIC_RANK[p.series.metric] ?? 5);
  const series: PlannedSeries[] = crmSeries(agg, funnel).map((ser) => {
    const key = seriesKey(ser);
    const kpi = kpis.find((k) => k.crmSeries === key && k.stageId === (ser.handoffId ? '' : ser.stageId) && k.handoffId === ser.handoffId);
    return {
      series: ser,
      key,
      name: nameOf(ser),
      unit: METRIC_UNITS[ser.metric],
      direction: ser.direction,
      stageId: ser.stageId,
      handoffId: ser.handoffId,
      points: ser.points,
      kpiId: kpi?.id ?? '',
      on: !!kpi || DEFAULT_ON.has(ser.metric),
    };
  });
  // The contract's check first, then the funnel; what is offered unticked last (a stable sort keeps the map's order).
  series.sort((a, b) => rank(a) - rank(b));
  return { funnel, series, funnelActuals: funnelActuals(agg, { steps: funnelSteps(s) }) };
}

/** The funnel calculator's steps: the project's, or the defaults it starts with. */
export function funnelSteps(s: ProjectSnapshot): FunnelStep[] {
  const record = Object.values(s.funnels)[0];
  return record ? [...record.steps] : DEFAULT_FUNNEL_STEPS.map((x) => ({ ...x, ratePct: null, actualPct: null }));
}

/** What Confirm writes: the ticked series, the funnel's rates. */
export function importInput(plan: ImportPlan, on: ReadonlySet<string>, at: number): CrmImportInput {
  const id = (p: PlannedSeries) => `${p.key}|${p.stageId}|${p.handoffId}`;
  return {
    series: plan.series.filter((p) => on.has(id(p))).map(({ key, name, unit, direction, stageId, handoffId, points }) => ({ key, name, unit, direction, stageId, handoffId, points })),
    funnelActuals: plan.funnelActuals,
    at,
  };
}

export const seriesId = (p: Pick<PlannedSeries, 'key' | 'stageId' | 'handoffId'>) => `${p.key}|${p.stageId}|${p.handoffId}`;

/** The rungs a value can be answered with, for this kind. */
export const rungsOf = (kind: CrmKind) => LADDERS[kind];
