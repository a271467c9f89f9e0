/**
 * A KPI's readings per period as a small SVG chart (vector, so it prints sharp): one point per
 * period joined by a line, the target as a dashed line, each value written above its point and
 * the periods along the bottom. Named for screen readers with every reading.
 */
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { KpiReading } from '../../domain/types';
import { formatNumber } from '../../i18n/format';
import { useProject } from '../../shared/ProjectContext';
import { C } from './strings';

const W = 560;
const H = 150;
const PAD = { l: 12, r: 12, t: 30, b: 30 };

export function readingsOf(readings: Readonly<Record<string, KpiReading>>, kpiId: string): KpiReading[] {
  return Object.values(readings)
    .filter((r) => r.kpiId === kpiId)
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

export const KpiChart = memo(function KpiChart({ kpiId }: { kpiId: string }) {
  const readings = useProject(useShallow((s) => readingsOf(s.kpiReadings, kpiId)));
  const kpi = useProject((s) => s.kpis[kpiId]);
  if (!kpi || !readings.length) return null;
  const unit = kpi.unit === '%' ? '%' : kpi.unit ? ` ${kpi.unit}` : '';
  const values = readings.map((r) => r.value);
  const target = kpi.target;
  const lo = Math.min(0, ...values, target ?? 0);
  const hi = Math.max(...values, target ?? 0, lo + 1);
  const x = (i: number) => (readings.length === 1 ? W / 2 : PAD.l + 40 + (i * (W - PAD.l - PAD.r - 80)) / (readings.length - 1));
  const y = (v: number) => PAD.t + (1 - (v - lo) / (hi - lo)) * (H - PAD.t - PAD.b);
  const label = `${C.chartLabel(kpi.name)}: ${readings.map((r) => `${r.period} ${formatNumber(r.value)}${unit}`).join(', ')}`;
  const every = Math.ceil(readings.length / 8);
  return (
    <figure className="crm-chart" data-testid="kpi-chart">
      <figcaption className="visually-hidden">{C.readingsTitle}</figcaption>
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} width="100%" preserveAspectRatio="xMidYMid meet">
        <line x1={PAD.l} x2={W - PAD.r} y1={y(lo)} y2={y(lo)} className="crm-axis" />
        {target !== null && <line x1={PAD.l} x2={W - PAD.r} y1={y(target)} y2={y(target)} className="crm-target" />}
        {readings.length > 1 && <polyline points={readings.map((r, i) => `${x(i)},${y(r.value)}`).join(' ')} className="crm-line" />}
        {readings.map((r, i) => (
          <g key={r.id} data-testid="kpi-reading" data-period={r.period} data-value={r.value}>
            <circle cx={x(i)} cy={y(r.value)} r={5} className="crm-point" />
            {i % every === 0 || i === readings.length - 1 ? (
              <>
                <text x={x(i)} y={y(r.value) - 10} textAnchor="middle" className="crm-value">
                  {formatNumber(r.value)}
                  {unit}
                </text>
                <text x={x(i)} y={H - 8} textAnchor="middle" className="crm-period">
                  {r.period}
                </text>
              </>
            ) : null}
          </g>
        ))}
      </svg>
    </figure>
  );
});
