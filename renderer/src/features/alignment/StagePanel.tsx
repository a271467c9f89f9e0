/** The side panel of a stage: its owner, its CRM words, its KPIs and the handoffs after it. */
import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { addKpi, setCrmMapping, setStageOwner } from '../../document/actions/alignment';
import { addHandoffAndOpen } from './HandoffDialog';
import { sortByOrder } from '../../domain/ordering';
import { HUBSPOT_STAGES, type HubspotStage } from '../../domain/types';
import { report } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { openHandoffPanel } from './alignmentUi';
import { OwnerSelect, SelectField, TextField, useTeams } from '../../shared/fields';
import { useKpisOf } from './hooks';
import { KpiFields } from './KpiFields';
import { A, HUBSPOT_LABELS } from './strings';

/** The CRM life-cycle stages a map stage can be mapped to (none, or one of HubSpot’s). */
export const HUBSPOT_OPTIONS = [
  { value: '' as const, label: A.notMapped },
  ...HUBSPOT_STAGES.map((v) => ({ value: v, label: HUBSPOT_LABELS[v] })),
];

export function StagePanel({ id, mapId }: { id: string; mapId: string }) {
  const doc = useProjectDoc();
  const teams = useTeams();
  const stage = useProject((s) => s.stages[id]);
  const kpis = useKpisOf({ stageId: id });
  const after = useProject(useShallow((s) => sortByOrder(Object.values(s.handoffs).filter((h) => h.afterStageId === id))));
  const [newKpi, setNewKpi] = useState<string | null>(null);
  const ownerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ownerRef.current?.querySelector<HTMLElement>('select')?.focus();
  }, []);
  if (!stage) return null;
  return (
    <div className="al-panel-body">
      <h2>{A.stagePanelTitle(stage.name)}</h2>
      <div ref={ownerRef}>
        <OwnerSelect
          value={stage.ownerTeamId ?? ''}
          label={A.ownerOf(stage.name)}
          teams={teams}
          testId="stage-owner-select"
          onChange={(v) => report(setStageOwner(doc, id, v))}
        />
      </div>
      <section aria-labelledby={`crm-${id}`}>
        <h3 id={`crm-${id}`}>{A.crmTitle}</h3>
        <div className="al-row">
          <SelectField<HubspotStage | ''>
            value={stage.hubspotStage ?? ''}
            label={A.hubspotStage}
            options={HUBSPOT_OPTIONS}
            onChange={(v) => report(setCrmMapping(doc, 'stages', id, { hubspotStage: v }))}
          />
          <TextField
            value={stage.salesforceStatus ?? ''}
            label={A.salesforceStatus}
            placeholder={A.salesforceHint}
            onSave={(v, k) => setCrmMapping(doc, 'stages', id, { salesforceStatus: v }, k)}
          />
        </div>
      </section>
      <section aria-labelledby={`kpis-${id}`}>
        <h3 id={`kpis-${id}`}>{A.stageKpis}</h3>
        {kpis.map((k) => (
          <KpiFields key={k.id} kpi={k} autoFocus={k.id === newKpi} />
        ))}
        <button
          type="button"
          onClick={() => {
            const r = addKpi(doc, { stageId: id });
            if (report(r) && r.ok) setNewKpi(r.value);
          }}
        >
          + {A.addKpiHere}
        </button>
      </section>
      <section aria-labelledby={`handoffs-${id}`}>
        <h3 id={`handoffs-${id}`}>{A.handoffsList}</h3>
        <ul className="al-plain-list">
          {after.map((h) => (
            <li key={h.id}>
              <button type="button" className="link-button" onClick={() => openHandoffPanel(h.id)}>
                ⇆ {h.name}
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          onClick={() => {
            addHandoffAndOpen(doc, { mapId, afterStageId: id }, undefined, A.addHandoffAfter);
          }}
        >
          ⇆ {A.addHandoffAfter}
        </button>
      </section>
    </div>
  );
}
