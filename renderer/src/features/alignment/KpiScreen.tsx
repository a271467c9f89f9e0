/** Shared KPIs (all of them, wherever they are measured) and the funnel calculator. */
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  addFunnelStep,
  addKpi,
  DEFAULT_FUNNEL_STEPS,
  FUNNEL_ID,
  removeFunnelStep,
  setFunnelNumber,
  setFunnelPeriod,
  setFunnelStep,
} from '../../document/actions/alignment';
import { funnelPlan } from '../../domain/funnel';
import { sortByOrder } from '../../domain/ordering';
import type { Funnel } from '../../domain/types';
import { report } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { NumberField, NumberFormatSettings, TextField } from '../../shared/fields';
import { formatMoneyExact } from '../../i18n/format';
import { KpiFields } from './KpiFields';
import { KpiTools } from '../../shared/screenSlots';
import { A, fmt } from './strings';

export function KpiScreen({ itemId }: { itemId?: string }) {
  const doc = useProjectDoc();
  const kpis = useProject(useShallow((s) => sortByOrder(Object.values(s.kpis))));
  const [fresh, setFresh] = useState<string | null>(null);
  useEffect(() => {
    if (!itemId) return;
    const el = document.getElementById(`kpi-${itemId}`);
    el?.scrollIntoView({ block: 'center' });
    el?.querySelector<HTMLElement>('input')?.focus();
  }, [itemId]);
  return (
    <div className="al-screen">
      <section aria-labelledby="al-kpis-title">
        <h2 id="al-kpis-title">{A.kpisSection}</h2>
        <p className="al-intro">{A.kpisIntro}</p>
        <KpiTools />
        {kpis.length === 0 && <p className="empty-state">{A.noKpis}</p>}
        {kpis.map((k) => (
          <KpiFields key={k.id} kpi={k} withSubject autoFocus={k.id === fresh} />
        ))}
        <button
          type="button"
          className="primary"
          onClick={() => {
            const r = addKpi(doc);
            if (report(r) && r.ok) setFresh(r.value);
          }}
        >
          + {A.addKpi}
        </button>
      </section>
      <NumberFormatSettings />
      <FunnelCalculator />
    </div>
  );
}

const DEFAULT_FUNNEL: Funnel = {
  id: FUNNEL_ID,
  revenueGoal: null,
  avgDealSize: null,
  period: '',
  steps: DEFAULT_FUNNEL_STEPS.map((s) => ({ ...s, ratePct: null, actualPct: null })),
};

export function FunnelCalculator() {
  const doc = useProjectDoc();
  const funnel = useProject((s) => s.funnels[FUNNEL_ID]) ?? DEFAULT_FUNNEL;
  const plan = useMemo(() => funnelPlan(funnel), [funnel]);
  const ok = plan.kind === 'ok' ? plan : null;
  return (
    <section aria-labelledby="al-funnel-title" className="al-funnel" data-testid="funnel">
      <h2 id="al-funnel-title">{A.funnelTitle}</h2>
      <p className="al-intro">{A.funnelIntro}</p>
      <div className="al-row">
        <NumberField value={funnel.revenueGoal} label={A.revenueGoal} money display={formatMoneyExact} onSave={(n, k) => setFunnelNumber(doc, 'revenueGoal', n, k)} />
        <NumberField value={funnel.avgDealSize} label={A.avgDealSize} money display={formatMoneyExact} onSave={(n, k) => setFunnelNumber(doc, 'avgDealSize', n, k)} />
        <TextField value={funnel.period} label={A.funnelPeriod} placeholder={A.kpiPeriodHint} onSave={(v, k) => setFunnelPeriod(doc, v, k)} />
      </div>
      <table className="al-table al-funnel-table">
        <thead>
          <tr>
            <th scope="col">{A.stepCol}</th>
            <th scope="col">{A.rateCol}</th>
            <th scope="col">{A.actualCol}</th>
            <th scope="col" className="al-num">
              {A.neededCol}
            </th>
            <th scope="col" className="al-num">
              {A.expectedCol}
            </th>
            <th scope="col" className="al-num">
              {A.shortfallCol}
            </th>
            <th scope="col">
              <span className="visually-hidden">{A.removeItem('')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {funnel.steps.map((st, i) => {
            const r = ok?.steps[i];
            const label = st.name || `${A.untitledStep} ${i + 1}`;
            return (
              <tr key={st.id} className={r?.belowPlan ? 'al-leak' : undefined} data-testid="funnel-step">
                <td>
                  <TextField value={st.name} label={A.stepName(i + 1)} hideLabel onSave={(v, k) => setFunnelStep(doc, st.id, { name: v }, k)} />
                </td>
                <td>
                  <NumberField value={st.ratePct} label={A.stepRate(label)} hideLabel suffix="%" onSave={(n, k) => setFunnelStep(doc, st.id, { ratePct: n }, k)} />
                </td>
                <td>
                  <NumberField value={st.actualPct} label={A.stepActual(label)} hideLabel suffix="%" onSave={(n, k) => setFunnelStep(doc, st.id, { actualPct: n }, k)} />
                </td>
                <td className="al-num" data-testid="funnel-needed">
                  {r ? fmt(r.needed) : '—'}
                </td>
                <td className="al-num">{r && ok?.actuals ? fmt(r.expected) : '—'}</td>
                <td className="al-num">{r && ok?.actuals && r.shortfall ? fmt(r.shortfall) : '—'}</td>
                <td>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={A.removeStep(label)}
                    title={A.removeStep(label)}
                    disabled={funnel.steps.length <= 1}
                    onClick={() => report(removeFunnelStep(doc, st.id))}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => report(addFunnelStep(doc, ''))}>
        + {A.addStep}
      </button>
      <div className="al-funnel-result" role="status" aria-live="polite" data-testid="funnel-result">
        {plan.kind === 'invalid' && (
          <ul className="al-problems">
            {plan.problems.map((p, i) => (
              <li key={i}>{A.funnelProblem(p)}</li>
            ))}
          </ul>
        )}
        {plan.kind === 'impossible' && <p className="al-problem-box">{A.funnelImpossible(plan.name)}</p>}
        {ok && (
          <>
            <p>
              <strong>{A.dealsNeeded(ok.dealsNeeded)}</strong>{' '}
              {ok.steps[0] && A.topNeeds(ok.steps[0].name || A.untitledStep, ok.steps[0].needed)}
            </p>
            {ok.actuals && (
              <p className={ok.actuals.dealsShortfall ? 'al-problem-box' : 'al-ok-box'}>
                {ok.actuals.dealsShortfall
                  ? A.funnelShortfall(
                      ok.actuals.dealsShortfall,
                      ok.actuals.revenueShortfall,
                      ok.actuals.worstStepIndex !== null ? (ok.steps[ok.actuals.worstStepIndex]?.name ?? null) : null,
                    )
                  : A.funnelOnPlan}{' '}
                {ok.actuals.dealsShortfall > 0 && A.funnelTopAtActual(ok.actuals.topNeededAtActualRates, ok.steps[0]?.name ?? '')}
              </p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
