/**
 * The funnel plan as a CSV file (Export menu): one row per step with its planned and actual
 * rates and the leads the plan needs (funnelPlan, the same figures as the funnel screen), and
 * the revenue goal and deal size beside each row so a row reads on its own in a spreadsheet.
 * Cells are plain numbers a spreadsheet can add up; the money columns' headers name the
 * project's currency ("Revenue goal (EUR)"), the one figure a plain number cannot carry.
 */
import type { ProjectSnapshot } from '../../document/projection';
import { FUNNEL_ID } from '../../document/actions/alignment';
import { toCsv } from '../../domain/csv';
import { safeFileName } from '../../domain/fileName';
import { funnelPlan } from '../../domain/funnel';
import { platform } from '../../platform';
import { A } from './strings';

export function funnelCsv(snapshot: ProjectSnapshot): string {
  const funnel = snapshot.funnels[FUNNEL_ID];
  const plan = funnel ? funnelPlan(funnel) : null;
  const ok = plan?.kind === 'ok' ? plan : null;
  const rows = (funnel?.steps ?? []).map((st, i) => {
    const r = ok?.steps[i];
    return [
      st.name || `${A.untitledStep} ${i + 1}`,
      st.ratePct,
      st.actualPct,
      r ? r.needed : null,
      r && ok?.actuals ? r.expected : null,
      r && ok?.actuals ? r.shortfall : null,
      funnel?.revenueGoal ?? null,
      funnel?.avgDealSize ?? null,
    ];
  });
  return toCsv(A.funnelCsvHeader(snapshot.info.currency), rows);
}

const utf8 = (s: string) => new TextEncoder().encode(s);

export async function exportFunnelCsv(snapshot: ProjectSnapshot): Promise<string | null> {
  const name = safeFileName(`${snapshot.info.title || A.untitledProject} funnel`, 'csv');
  return (await platform.saveFile(name, utf8(funnelCsv(snapshot)), 'text/csv;charset=utf-8', 'csv')) ? A.funnelCsvSaved(name) : null;
}
