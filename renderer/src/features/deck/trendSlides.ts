/**
 * The deck's trend slides (issue 20): the alignment score per session, the funnel's actual
 * rates per period, the SLA compliance of each handoff and every other KPI over time, as native
 * line charts (editable in PowerPoint, Keynote and Impress) from the briefing's trends
 * (domain/trends.ts trendsOf, the function the KPI screen and the report's trend pages read).
 * Series share a chart only when they have the same unit and the same periods, so no point is
 * invented for a period a series has no reading in. The notes say every value in the words of
 * shared/trendText.ts, the report's words.
 */
import type { Id } from '../../domain/types';
import type { KpiTrend, ThresholdCheck, Trends } from '../../domain/trends';
import { scoreLine, scoreValue, sessionLabel, thresholdText, trendLine, TW } from '../../shared/trendText';
import type { DeckSlide } from './slides';

const SERIES_PER_CHART = 5;
/** Side by side, three checks still leave each sentence a readable line or two. */
const CHECKS_PER_SLIDE = 3;

function groupCharts(title: string, list: readonly KpiTrend[]): DeckSlide[] {
  const groups = new Map<string, KpiTrend[]>();
  for (const t of list) {
    const key = `${t.unit.trim()}|${t.points.map((p) => p.period).join(',')}`;
    const g = groups.get(key);
    if (g) g.push(t);
    else groups.set(key, [t]);
  }
  const out: DeckSlide[] = [];
  for (const g of groups.values()) {
    for (let i = 0; i < g.length; i += SERIES_PER_CHART) {
      const part = g.slice(i, i + SERIES_PER_CHART);
      const unit = part[0]!.unit.trim();
      out.push({
        kind: 'chart',
        chart: 'line',
        title,
        labels: part[0]!.points.map((p) => p.period),
        series: part.map((t) => ({ name: t.name, values: t.points.map((p) => p.value) })),
        unit,
        notes: [TW.deckNotesIntro, ...part.map((t) => TW.notes(t.name, trendLine(t)))].join('\n'),
      });
    }
  }
  return out;
}

/**
 * The lead-score threshold against outcomes (domain/trends.ts thresholdChecksOf, carried by the
 * trends): a column per handoff and threshold, a sentence per period, the very sentences of
 * shared/trendText.ts thresholdText the handoff panel, the KPI screen and the report write; the
 * notes say them again, so the presenter reads what the slide shows.
 */
function thresholdSlides(list: readonly ThresholdCheck[], handoffName: (id: Id) => string): DeckSlide[] {
  const out: DeckSlide[] = [];
  for (let i = 0; i < list.length; i += CHECKS_PER_SLIDE) {
    const part = list.slice(i, i + CHECKS_PER_SLIDE).map((c) => ({
      heading: TW.thresholdHeading(handoffName(c.handoffId), String(c.threshold)),
      lines: c.periods.map((p) => thresholdText(p, c.threshold)),
    }));
    out.push({
      kind: 'columns',
      title: TW.thresholdTitle,
      columns: part.map((c) => ({ heading: c.heading, items: c.lines.map((text) => ({ text })) })),
      notes: part.map((c) => [`${c.heading}.`, ...c.lines].join('\n')).join('\n'),
    });
  }
  return out;
}

/**
 * The score first (what leadership asks first), then the funnel, the SLAs, the threshold checks
 * and the other KPIs (the report's order). handoffName names a check's handoff as the report does.
 */
export function trendSlides(t: Trends, handoffName: (id: Id) => string): DeckSlide[] {
  const out: DeckSlide[] = [];
  // One answered session is a score, not a trend: the briefing's slide already says it.
  if (t.score.length > 1) {
    out.push({
      kind: 'chart',
      chart: 'line',
      title: TW.scoreTitle,
      labels: t.score.map(sessionLabel),
      series: [{ name: TW.scoreTitle, values: t.score.map((p) => scoreValue(p.pct)) }],
      unit: '%',
      notes: TW.notes(TW.scoreTitle, scoreLine(t.score)),
    });
  }
  out.push(...groupCharts(TW.funnelTitle, t.funnel), ...groupCharts(TW.slaTitle, t.sla));
  out.push(...thresholdSlides(t.thresholds, handoffName), ...groupCharts(TW.kpisTitle, t.kpis));
  return out;
}
