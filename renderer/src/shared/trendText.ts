/**
 * The trends in words (domain/trends.ts), for every output that shows them: the leadership
 * report's trend pages (features/crm) and the slide deck's trend slides (features/deck). The
 * figures are trendsOf's and are written with formatAmount, the one formatter of KPI figures,
 * so the screen, the PDF and the deck show the same text for the same reading.
 */
import type { KpiTrend, ScorePoint, TrendPoint } from '../domain/trends';
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
