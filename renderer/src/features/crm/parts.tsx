/** What the CRM import adds to other screens: its button, each KPI's chart, a handoff's SLA compliance and score threshold check. */
import { useMemo } from 'react';
import { readingsOf, thresholdChecksOf, trendsOf } from '../../domain/trends';
import { thresholdText, TW } from '../../shared/trendText';
import { useProject } from '../../shared/ProjectContext';
import { KpiChart, scorePoints, TrendChart } from './KpiChart';
import { openCrmImport } from './importStore';
import { C } from './strings';

export function ImportButton() {
  return (
    <p className="crm-tools">
      <button type="button" onClick={openCrmImport} data-testid="crm-import-open">
        {C.importButton}
      </button>
    </p>
  );
}

export function KpiReadings({ kpiId }: { kpiId: string }) {
  return <KpiChart kpiId={kpiId} />;
}

/** The handoff's SLA compliance per period, from its CRM readings, and the way to import them. */
export function HandoffSla({ handoffId }: { handoffId: string }) {
  const kpi = useProject((s) => Object.values(s.kpis).find((k) => k.handoffId === handoffId && (k.crmSeries ?? '').startsWith('slaCompliance:')));
  const all = useProject((s) => s.kpiReadings);
  const readings = useMemo(() => (kpi ? readingsOf(all, kpi.id) : []), [all, kpi]);
  return (
    <div className="crm-sla" data-testid="handoff-sla">
      <h4>{C.slaTitle}</h4>
      {readings.length ? (
        <>
          <ul className="crm-sla-list">
            {readings.map((r) => (
              <li key={r.period} data-testid="sla-reading">
                {C.slaLine(r.period, r.value, Math.round(((r.base ?? 0) * r.value) / 100), r.base ?? 0)}
              </li>
            ))}
          </ul>
          <KpiChart kpiId={kpi!.id} />
        </>
      ) : (
        <p className="al-muted">{C.slaNone}</p>
      )}
      <button type="button" onClick={openCrmImport}>
        {C.importButton}
      </button>
    </div>
  );
}

/**
 * The lead-score threshold against outcomes (domain/trends.ts thresholdChecksOf, worded by
 * shared/trendText.ts thresholdText): every handoff's on the KPI screen, one handoff's in its
 * panel. Nothing until an export with scores was imported.
 */
export function ThresholdChecks({ handoffId }: { handoffId?: string }) {
  const kpis = useProject((s) => s.kpis);
  const kpiReadings = useProject((s) => s.kpiReadings);
  const handoffs = useProject((s) => s.handoffs);
  const checks = useMemo(() => thresholdChecksOf({ kpis, kpiReadings, handoffs }).filter((c) => !handoffId || c.handoffId === handoffId), [kpis, kpiReadings, handoffs, handoffId]);
  if (!checks.length) return null;
  return (
    <section className="crm-threshold" data-testid="threshold-checks" aria-label={TW.thresholdTitle}>
      {handoffId ? <h4>{TW.thresholdTitle}</h4> : <h3>{TW.thresholdTitle}</h3>}
      {checks.map((c) => (
        <div key={`${c.handoffId}-${c.threshold}`} data-testid="threshold-check">
          {!handoffId && <p className="crm-threshold-name">{TW.thresholdHeading(handoffs[c.handoffId]?.name ?? '', String(c.threshold))}</p>}
          <ul>
            {c.periods.map((p) => (
              <li key={p.period} data-testid="threshold-line">
                {thresholdText(p, c.threshold)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** The KPI screen's: every handoff's check. */
export const KpiThresholdChecks = () => <ThresholdChecks />;
/** A handoff panel's: its own. */
export const HandoffThresholdCheck = ({ handoffId }: { handoffId: string }) => <ThresholdChecks handoffId={handoffId} />;

/**
 * The alignment score per session as a trend on the KPI screen (issue 20 item 3): trendsOf's
 * score, drawn like the report's trend page (scorePoints, the report's title), once two
 * sessions have answers (one answered session is a score, not a trend).
 */
export function KpiScoreTrend() {
  const kpis = useProject((s) => s.kpis);
  const handoffs = useProject((s) => s.handoffs);
  const teams = useProject((s) => s.teams);
  const sessions = useProject((s) => s.sessions);
  const questionSets = useProject((s) => s.questionSets);
  const questions = useProject((s) => s.questions);
  const answers = useProject((s) => s.answers);
  const score = useMemo(() => trendsOf({ kpis, handoffs, teams, sessions, questionSets, questions, answers }).score, [kpis, handoffs, teams, sessions, questionSets, questions, answers]);
  if (score.length < 2) return null;
  return (
    <section className="crm-score-trend" data-testid="kpi-score-trend" aria-labelledby="crm-score-trend-title">
      <h3 id="crm-score-trend-title">{TW.scoreTitle}</h3>
      <TrendChart name={TW.scoreTitle} unit="%" target={null} points={scorePoints(score)} testId="score-trend-chart" />
    </section>
  );
}
