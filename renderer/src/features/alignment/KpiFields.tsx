/**
 * One KPI's fields (name, definition, unit, target, actual, which way is better, owner team,
 * period), used on the KPI screen and in the map's side panel.
 */
import { useShallow } from 'zustand/react/shallow';
import {
  deleteKpi,
  setKpiDirection,
  setKpiNumber,
  setKpiOwner,
  setKpiSubject,
  setKpiText,
} from '../../document/actions/alignment';
import { undo } from '../../document/history';
import { kpiState } from '../../domain/kpis';
import { sortByOrder } from '../../domain/ordering';
import type { Kpi, KpiDirection } from '../../domain/types';
import { report, showToast } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { NumberField, OwnerSelect, SelectField, TextField, useTeams } from '../../shared/fields';
import { A } from './strings';
import { currencyOfUnit, formatAmountExact } from '../../i18n/format';
import { KpiParts } from '../../shared/screenSlots';
import { S } from '../../strings';

export function KpiFields({ kpi, withSubject, autoFocus }: { kpi: Kpi; withSubject?: boolean; autoFocus?: boolean }) {
  const doc = useProjectDoc();
  const teams = useTeams();
  const state = kpiState(kpi);
  // A KPI in money reads as money while not being edited ("18.000 €"); typed, the sign may come along.
  const figure = currencyOfUnit(kpi.unit) ? { money: true, display: (n: number) => formatAmountExact(n, kpi.unit) } : {};
  return (
    <fieldset className={`al-kpi al-kpi-${state}`} data-testid="kpi" data-kpi-id={kpi.id} id={`kpi-${kpi.id}`}>
      <legend className="visually-hidden">{A.kpiCard(kpi.name)}</legend>
      <div className="al-row">
        <TextField
          value={kpi.name}
          label={A.kpiName}
          autoFocus={autoFocus}
          onSave={(v, k) => setKpiText(doc, kpi.id, 'name', v, k)}
        />
        <TextField value={kpi.unit} label={A.kpiUnit} placeholder={A.kpiUnitHint} className="al-short" onSave={(v, k) => setKpiText(doc, kpi.id, 'unit', v, k)} />
        <NumberField value={kpi.target} label={A.kpiTarget} {...figure} onSave={(n, k) => setKpiNumber(doc, kpi.id, 'target', n, k)} />
        <NumberField value={kpi.actual} label={A.kpiActual} {...figure} onSave={(n, k) => setKpiNumber(doc, kpi.id, 'actual', n, k)} />
        <SelectField<KpiDirection>
          value={kpi.direction}
          label={A.kpiDirection}
          options={[
            { value: 'higher', label: A.kpiHigher },
            { value: 'lower', label: A.kpiLower },
          ]}
          onChange={(v) => report(setKpiDirection(doc, kpi.id, v))}
        />
      </div>
      <div className="al-row">
        <OwnerSelect value={kpi.ownerTeamId} label={A.kpiOwner} teams={teams} onChange={(v) => report(setKpiOwner(doc, kpi.id, v))} />
        <TextField value={kpi.period} label={A.kpiPeriod} placeholder={A.kpiPeriodHint} onSave={(v, k) => setKpiText(doc, kpi.id, 'period', v, k)} />
        {withSubject && <KpiSubject kpi={kpi} />}
        <span className={`al-state al-state-${state}`} data-testid="kpi-state">
          {A.kpiState(state)}
        </span>
        <button
          type="button"
          className="danger"
          aria-label={A.deleteKpi(kpi.name)}
          onClick={() => {
            if (report(deleteKpi(doc, kpi.id))) {
              showToast(A.kpiDeleted(kpi.name), { action: { label: S.undoAction, run: () => undo(doc) } });
            }
          }}
        >
          ✕
        </button>
      </div>
      <TextField
        value={kpi.definition}
        label={A.kpiDefinition}
        multiline
        onSave={(v, k) => setKpiText(doc, kpi.id, 'definition', v, k)}
      />
      <KpiParts kpiId={kpi.id} />
    </fieldset>
  );
}

/** Where the KPI is measured: the whole project, a stage of a map, or a handoff. */
function KpiSubject({ kpi }: { kpi: Kpi }) {
  const doc = useProjectDoc();
  const options = useProject(
    useShallow((s) => {
      const out: string[] = [];
      for (const m of sortByOrder(Object.values(s.maps))) {
        for (const st of sortByOrder(Object.values(s.stages).filter((x) => x.mapId === m.id))) {
          out.push(`stage:${st.id}\u0000${A.kpiAtStage(m.title, st.name)}`);
        }
      }
      for (const h of sortByOrder(Object.values(s.handoffs))) out.push(`handoff:${h.id}\u0000${A.kpiAtHandoff(h.name)}`);
      return out;
    }),
  );
  const value = kpi.stageId ? `stage:${kpi.stageId}` : kpi.handoffId ? `handoff:${kpi.handoffId}` : '';
  return (
    <SelectField<string>
      value={value}
      label={A.kpiAttachedTo}
      options={[
        { value: '', label: A.kpiWholeProject },
        ...options.map((o) => {
          const [v, label] = o.split('\u0000') as [string, string];
          return { value: v, label };
        }),
      ]}
      onChange={(v) => {
        const [kind, id] = v.split(':');
        report(setKpiSubject(doc, kpi.id, kind === 'stage' ? { stageId: id } : kind === 'handoff' ? { handoffId: id } : {}));
      }}
    />
  );
}
