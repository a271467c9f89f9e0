/** What the CRM import adds to other screens: its button, each KPI's chart, a handoff's SLA compliance. */
import { useMemo } from 'react';
import { readingsOf } from '../../domain/trends';
import { useProject } from '../../shared/ProjectContext';
import { KpiChart } from './KpiChart';
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
