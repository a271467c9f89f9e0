/**
 * The trends in words (domain/trends.ts), for every output that shows them: the leadership
 * report's trend pages (features/crm) and the slide deck's trend slides (features/deck). The
 * figures are trendsOf's and are written with formatAmount, the one formatter of KPI figures,
 * so the screen, the PDF and the deck show the same text for the same reading.
 */
import type { KpiTrend, ScorePoint, ThresholdPeriod, TrendPoint } from '../domain/trends';
import { defineStrings, formatAmount } from '../i18n';
import { dayText } from './briefingText';

export const TW = defineStrings({
  sectionTitle: 'Trends',
  sectionLabel: 'Trends: KPIs, funnel, SLA and alignment score over time',
  intro: 'From the KPIs’ readings per period (typed or imported from the CRM, totals only) and the questionnaire answered in each session.',
  kpisTitle: 'KPIs over time',
  funnelTitle: 'The funnel’s actual rates per period',
  slaTitle: 'SLA compliance per handoff',
  scoreTitle: 'Alignment score per session',
  thresholdTitle: 'Lead score threshold against outcomes',
  thresholdHeading: (handoff: string, threshold: string) => `${handoff}: threshold ${threshold}`,
  thresholdLine: (period: string, threshold: string, aboveConverted: string, above: string, abovePct: string, belowConverted: string, below: string, belowPct: string) =>
    `${period}: at or above ${threshold}, ${aboveConverted} of ${above} converted (${abovePct}); below, ${belowConverted} of ${below} (${belowPct}).`,
  target: (t: string) => `Target ${t}`,
  noTarget: 'No target',
  outsideSessions: 'Before the sessions',
  notes: (name: string, line: string) => `${name}: ${line}.`,
  deckNotesIntro: 'Each point is one period’s reading; the dashed line is the target.',
});

/** "2024-01 66.7%, 2024-02 50%": a trend's values as the report and the deck write them. */
export const pointText = (p: TrendPoint, unit: string) => `${p.period} ${formatAmount(p.value, unit)}`;
export const trendLine = (t: Pick<KpiTrend, 'points' | 'unit'>) => t.points.map((p) => pointText(p, t.unit)).join(', ');

/** A session on the score's trend: its title, or its day, or "Before the sessions". */
export const sessionLabel = (p: Pick<ScorePoint, 'sessionId' | 'title' | 'date'>) =>
  !p.sessionId ? TW.outsideSessions : p.title.trim() || (p.date ? dayText(p.date) : TW.outsideSessions);

/** The score as charts plot and write it: one decimal. */
export const scoreValue = (pct: number) => Math.round(pct * 10) / 10;
export const scoreValueText = (pct: number) => formatAmount(scoreValue(pct), '%');
export const scoreLine = (points: readonly ScorePoint[]) => points.map((p) => `${sessionLabel(p)} ${scoreValueText(p.pct)}`).join(', ');

/** A share of a count, as the check writes it: "50%", or "—" when there is none to share. */
const shareText = (part: number, whole: number) => (whole > 0 ? formatAmount(Math.round((part / whole) * 1000) / 10, '%') : '—');

/**
 * One period of a threshold check in words (domain/trends.ts thresholdChecksOf), the one
 * sentence the handoff panel, the KPI screen, the leadership report and the import's preview
 * write: "2024-01: at or above 60, 2 of 3 converted (66.7%); below, 0 of 2 (0%)."
 */
export const thresholdText = (p: ThresholdPeriod, threshold: number) => {
  const n = (x: number) => formatAmount(x, '');
  return TW.thresholdLine(p.period, n(threshold), n(p.aboveConverted), n(p.above), shareText(p.aboveConverted, p.above), n(p.belowConverted), n(p.below), shareText(p.belowConverted, p.below));
};
