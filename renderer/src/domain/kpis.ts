/** KPI status against its target, one KPI and a set of them (the map's badge, the report, the briefing). */
import type { Kpi } from './types';

export type KpiState = 'no-target' | 'no-actual' | 'on-target' | 'off-target';

export function kpiState(k: Pick<Kpi, 'target' | 'actual' | 'direction'>): KpiState {
  if (k.target === null) return 'no-target';
  if (k.actual === null) return 'no-actual';
  const ok = k.direction === 'lower' ? k.actual <= k.target : k.actual >= k.target;
  return ok ? 'on-target' : 'off-target';
}

export interface KpiSummary {
  readonly count: number;
  readonly offTarget: number;
  readonly onTarget: number;
}

export function kpiSummary(kpis: readonly Pick<Kpi, 'target' | 'actual' | 'direction'>[]): KpiSummary {
  let offTarget = 0;
  let onTarget = 0;
  for (const k of kpis) {
    const st = kpiState(k);
    if (st === 'off-target') offTarget++;
    else if (st === 'on-target') onTarget++;
  }
  return { count: kpis.length, offTarget, onTarget };
}
