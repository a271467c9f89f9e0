/**
 * The trends a project can show (issue 20, "history, not one number"): each KPI's readings per
 * period, the funnel's actual conversion rates per period, each handoff's SLA compliance per
 * period, and the alignment score per session. THE one function for them: the KPI screen's
 * charts, the leadership report's trend pages and the slide deck's trend slides all read
 * `trendsOf`, so the screen, the PDF and the deck can't tell a leader different figures.
 * Only totals live here (readings are aggregates by construction: see document/actions/alignment/kpiReadings.ts).
 */
import { sortByOrder } from './ordering';
import type { Handoff, Id, Kpi, KpiReading } from './types';
import type { Answer, Question, QuestionSet, Session } from './workshop/records';
import { projectSessionScores } from './workshop/score';

type Coll<T> = Readonly<Record<string, T>>;

export interface TrendSource {
  readonly kpis: Coll<Kpi>;
  /** Optional: a project from before readings (schema 4) has none. */
  readonly kpiReadings?: Coll<KpiReading>;
  readonly handoffs: Coll<Handoff>;
  readonly teams: Coll<{ readonly id: Id; readonly order: number }>;
  readonly sessions: Coll<Session>;
  readonly questionSets: Coll<QuestionSet>;
  readonly questions: Coll<Question>;
  readonly answers?: Coll<Answer>;
}

export interface TrendPoint {
  /** '2024-03' (a month) or '2024-Q1' (a quarter). */
  readonly period: string;
  readonly value: number;
  /** How many records it was computed from; null when typed. */
  readonly base: number | null;
}

/** What a KPI's trend is about: the funnel's conversion, a handoff's SLA, or any other KPI. */
export type TrendKind = 'funnel' | 'sla' | 'kpi';

export interface KpiTrend {
  readonly kpiId: Id;
  readonly name: string;
  readonly unit: string;
  readonly target: number | null;
  readonly direction: Kpi['direction'];
  readonly kind: TrendKind;
  readonly handoffId: Id;
  /** Oldest period first. */
  readonly points: readonly TrendPoint[];
}

export interface ScorePoint {
  /** '' for the answers given outside any session. */
  readonly sessionId: Id;
  readonly title: string;
  /** YYYY-MM-DD, '' outside any session. */
  readonly date: string;
  /** 0–100, not rounded. */
  readonly pct: number;
}

export interface Trends {
  /** KPIs with readings that are neither a funnel rate nor an SLA, in the KPIs' order. */
  readonly kpis: readonly KpiTrend[];
  /** The funnel's actual conversion rates (CRM series 'conversion:…'), in the KPIs' order. */
  readonly funnel: readonly KpiTrend[];
  /** SLA compliance per handoff (CRM series 'slaCompliance:…'). */
  readonly sla: readonly KpiTrend[];
  /** The alignment score per answered session, oldest first. */
  readonly score: readonly ScorePoint[];
}

/** A KPI's readings, oldest period first. */
export function readingsOf(readings: Coll<KpiReading> | undefined, kpiId: Id): TrendPoint[] {
  return Object.values(readings ?? {})
    .filter((r) => r.kpiId === kpiId)
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
    .map((r) => ({ period: r.period, value: r.value, base: r.base }));
}

export function trendKindOf(k: Pick<Kpi, 'crmSeries'>): TrendKind {
  const key = k.crmSeries ?? '';
  return key.startsWith('conversion:') ? 'funnel' : key.startsWith('slaCompliance:') ? 'sla' : 'kpi';
}

/** One KPI's trend, or null when it has no readings. */
export function kpiTrendOf(s: Pick<TrendSource, 'kpis' | 'kpiReadings'>, kpiId: Id): KpiTrend | null {
  const k = s.kpis[kpiId];
  if (!k) return null;
  const points = readingsOf(s.kpiReadings, kpiId);
  if (!points.length) return null;
  return { kpiId: k.id, name: k.name, unit: k.unit, target: k.target, direction: k.direction, kind: trendKindOf(k), handoffId: k.handoffId, points };
}

/** Every trend of the project (see the file's comment). */
export function trendsOf(s: TrendSource): Trends {
  const all = sortByOrder(Object.values(s.kpis))
    .map((k) => kpiTrendOf(s, k.id))
    .filter((t): t is KpiTrend => t !== null);
  const score = projectSessionScores({ ...s, answers: s.answers ?? {} }).flatMap((x) =>
    x.score.overall.pct === null ? [] : [{ sessionId: x.sessionId, title: x.title, date: x.date, pct: x.score.overall.pct }],
  );
  return {
    kpis: all.filter((t) => t.kind === 'kpi'),
    funnel: all.filter((t) => t.kind === 'funnel'),
    sla: all.filter((t) => t.kind === 'sla'),
    score,
  };
}

/** True when there is no trend to draw (a report's trend pages are then left out); one answered session is a score, not a trend. */
export const noTrends = (t: Trends) => !t.kpis.length && !t.funnel.length && !t.sla.length && t.score.length < 2;
