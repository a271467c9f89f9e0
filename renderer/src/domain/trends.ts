/**
 * The trends a project can show (issue 20, "history, not one number"): each KPI's readings per
 * period, the funnel's actual conversion rates per period, each handoff's SLA compliance per
 * period, each handoff's score threshold against outcomes, and the alignment score per session. THE one function for them: the KPI screen's
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

/** What a KPI's trend is about: the funnel's conversion, a handoff's SLA, its score threshold's outcomes, or any other KPI. */
export type TrendKind = 'funnel' | 'sla' | 'threshold' | 'kpi';

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
  /** Each handoff's score threshold against outcomes (CRM series 'scoreAbove:…' / 'scoreBelow:…'). */
  readonly thresholds: readonly ThresholdCheck[];
}

/** One period of a threshold check: the leads at or above the threshold and below it, and how many of each converted. */
export interface ThresholdPeriod {
  readonly period: string;
  readonly above: number;
  readonly aboveConverted: number;
  readonly below: number;
  readonly belowConverted: number;
}

/** A handoff's lead-score threshold checked against what the leads did, per period (oldest first). */
export interface ThresholdCheck {
  readonly handoffId: Id;
  readonly threshold: number;
  readonly periods: readonly ThresholdPeriod[];
}

/** A KPI's readings, oldest period first. */
export function readingsOf(readings: Coll<KpiReading> | undefined, kpiId: Id): TrendPoint[] {
  return Object.values(readings ?? {})
    .filter((r) => r.kpiId === kpiId)
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
    .map((r) => ({ period: r.period, value: r.value, base: r.base }));
}

/** 'scoreAbove:mql:sql:60': the side, and the threshold the leads were counted against. */
const THRESHOLD_KEY = /^score(Above|Below):[^:]*:[^:]*:(-?\d+(?:\.\d+)?)$/;

export function trendKindOf(k: Pick<Kpi, 'crmSeries'>): TrendKind {
  const key = k.crmSeries ?? '';
  return key.startsWith('conversion:') ? 'funnel' : key.startsWith('slaCompliance:') ? 'sla' : THRESHOLD_KEY.test(key) ? 'threshold' : 'kpi';
}

/**
 * THE threshold check (issue 20 item 2): from the readings an import wrote (each a share that
 * converted, with how many leads it is of), per handoff and threshold, how many leads were at or
 * above it and below it in each period and how many of each converted. The handoff panel, the
 * KPI screen, the leadership report and the import's preview all write it with
 * shared/trendText.ts thresholdText. Counts only: no lead is in a reading.
 */
export function thresholdChecksOf(s: Pick<TrendSource, 'kpis' | 'kpiReadings' | 'handoffs'>): ThresholdCheck[] {
  const checks = new Map<string, { handoffId: Id; threshold: number; periods: Map<string, { above: number; aboveConverted: number; below: number; belowConverted: number }> }>();
  for (const k of sortByOrder(Object.values(s.kpis))) {
    const m = THRESHOLD_KEY.exec(k.crmSeries ?? '');
    if (!m || !k.handoffId) continue;
    const threshold = Number(m[2]);
    const id = `${k.handoffId}|${threshold}`;
    let c = checks.get(id);
    if (!c) checks.set(id, (c = { handoffId: k.handoffId, threshold, periods: new Map() }));
    for (const r of readingsOf(s.kpiReadings, k.id)) {
      const base = r.base ?? 0;
      // The share was written with one decimal: base × share gives the count back exactly (below 1,000 leads a period; the nearest count above).
      const converted = Math.round((base * r.value) / 100);
      const p = c.periods.get(r.period) ?? { above: 0, aboveConverted: 0, below: 0, belowConverted: 0 };
      if (m[1] === 'Above') c.periods.set(r.period, { ...p, above: base, aboveConverted: converted });
      else c.periods.set(r.period, { ...p, below: base, belowConverted: converted });
    }
  }
  const order = (id: Id) => s.handoffs[id]?.order ?? Infinity;
  return [...checks.values()]
    .filter((c) => c.periods.size > 0)
    .sort((a, b) => order(a.handoffId) - order(b.handoffId) || a.threshold - b.threshold)
    .map((c) => ({
      handoffId: c.handoffId,
      threshold: c.threshold,
      periods: [...c.periods].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([period, p]) => ({ period, ...p })),
    }));
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
    thresholds: thresholdChecksOf(s),
  };
}

/** True when there is no trend to draw (a report's trend pages are then left out); one answered session is a score, not a trend. */
export const noTrends = (t: Trends) => !t.kpis.length && !t.funnel.length && !t.sla.length && !t.thresholds.length && t.score.length < 2;
