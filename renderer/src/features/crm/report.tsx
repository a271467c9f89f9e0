/**
 * The leadership report's trend pages (issue 20): each KPI over time, the funnel's actual rates
 * per period, the SLA compliance of each handoff, its score threshold against outcomes (in words) and the alignment score per session, drawn as
 * vector SVG charts (the KPI screen's TrendChart in print colours). Everything comes from
 * domain/trends.ts trendsOf, the function the KPI screen and the slide deck read; only totals.
 */
import type { ProjectSnapshot } from '../../document/projection';
import { trendsOf, type KpiTrend } from '../../domain/trends';
import { formatAmount } from '../../i18n';
import { ReportSheet } from '../../shared/report';
import { thresholdText, TW } from '../../shared/trendText';
import { scorePoints, TrendChart, trendPoints } from './KpiChart';

function KpiTrendFigure({ t }: { t: KpiTrend }) {
  return (
    <div className="rp-trend" data-testid="report-trend" data-kpi={t.kpiId}>
      <h4 dir="auto">
        {t.name} <span className="rp-muted rp-small">{t.target === null ? TW.noTarget : TW.target(formatAmount(t.target, t.unit))}</span>
      </h4>
      <TrendChart name={t.name} unit={t.unit} target={t.target} points={trendPoints(t)} print testId="report-trend-chart" />
    </div>
  );
}

function Group({ title, list, id }: { title: string; list: readonly KpiTrend[]; id: string }) {
  if (!list.length) return null;
  return (
    <section className="rp-trend-group" data-testid={`report-trends-${id}`}>
      <h3>{title}</h3>
      <div className="rp-trend-grid">
        {list.map((t) => (
          <KpiTrendFigure key={t.kpiId} t={t} />
        ))}
      </div>
    </section>
  );
}

export function TrendsPrint({ snapshot }: { snapshot: ProjectSnapshot }) {
  const t = trendsOf(snapshot);
  return (
    <ReportSheet className="rp-trends">
      <h2 className="rp-section-title">{TW.sectionTitle}</h2>
      <p className="rp-muted">{TW.intro}</p>
      {t.score.length > 1 && (
        <section className="rp-trend-group" data-testid="report-trends-score">
          <h3>{TW.scoreTitle}</h3>
          <TrendChart
            name={TW.scoreTitle}
            unit="%"
            target={null}
            points={scorePoints(t.score)}
            print
            testId="report-trend-chart"
          />
        </section>
      )}
      <Group id="funnel" title={TW.funnelTitle} list={t.funnel} />
      <Group id="sla" title={TW.slaTitle} list={t.sla} />
      {t.thresholds.length > 0 && (
        <section className="rp-trend-group" data-testid="report-thresholds">
          <h3>{TW.thresholdTitle}</h3>
          {t.thresholds.map((c) => (
            <div key={`${c.handoffId}-${c.threshold}`}>
              <h4 dir="auto">{TW.thresholdHeading(snapshot.handoffs[c.handoffId]?.name ?? '', String(c.threshold))}</h4>
              <ul>
                {c.periods.map((p) => (
                  <li key={p.period} data-testid="report-threshold-line">
                    {thresholdText(p, c.threshold)}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      <Group id="kpis" title={TW.kpisTitle} list={t.kpis} />
    </ReportSheet>
  );
}
