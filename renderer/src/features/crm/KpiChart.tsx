/**
 * A trend as a small SVG chart (vector, so it prints sharp): one point per period or session
 * joined by a line, the target as a dashed line, each value written above its point and the
 * periods along the bottom. Named for screen readers with every value. The KPI screen, the
 * handoff panel and the leadership report's trend pages draw with it, from domain/trends.ts,
 * and write each value with formatAmount (the one formatter of KPI figures the deck uses too).
 */
import { memo, useMemo } from 'react';
import { kpiTrendOf, type KpiTrend, type ScorePoint } from '../../domain/trends';
import { scoreValue, sessionLabel } from '../../shared/trendText';
import { formatAmount } from '../../i18n/format';
import { useNumberFormatKey, useProject } from '../../shared/ProjectContext';
import { C } from './strings';

const W = 560;
const H = 150;
const PAD = { l: 12, r: 12, t: 30, b: 30 };

export interface ChartPoint {
  readonly key: string;
  /** Along the bottom: the period, or the session. */
  readonly label: string;
  readonly value: number;
}

/** Print has no theme: fixed, strong colours as attributes (the report's palette). */
const PRINT_STYLE = { axis: '#9aa3af', target: '#5a616c', line: '#2747c9', text: '#1b1e24', muted: '#5a616c' } as const;

export const valueText = (value: number, unit: string) => formatAmount(value, unit);

export function TrendChart({ name, unit, target, points, print = false, testId = 'kpi-chart' }: {
  name: string;
  unit: string;
  target: number | null;
  points: readonly ChartPoint[];
  print?: boolean;
  testId?: string;
}) {
  if (!points.length) return null;
  const values = points.map((r) => r.value);
  const lo = Math.min(0, ...values, target ?? 0);
  const hi = Math.max(...values, target ?? 0, lo + 1);
  const x = (i: number) => (points.length === 1 ? W / 2 : PAD.l + 40 + (i * (W - PAD.l - PAD.r - 80)) / (points.length - 1));
  const y = (v: number) => PAD.t + (1 - (v - lo) / (hi - lo)) * (H - PAD.t - PAD.b);
  const label = `${C.chartLabel(name)}: ${points.map((r) => `${r.label} ${valueText(r.value, unit)}`).join(', ')}`;
  const every = Math.ceil(points.length / 8);
  // The first and last labels along the bottom start and end at the chart's edges, so a long one
  // (a session's title) is read whole instead of running off the picture.
  const last = points.length - 1;
  const labelX = (i: number) => (points.length > 1 && i === 0 ? PAD.l : points.length > 1 && i === last ? W - PAD.r : x(i));
  const labelAnchor = (i: number) => (points.length > 1 && i === 0 ? 'start' : points.length > 1 && i === last ? 'end' : 'middle');
  const p = print ? PRINT_STYLE : null;
  return (
    <figure className={print ? 'crm-chart crm-chart-print' : 'crm-chart'} data-testid={testId}>
      <figcaption className="visually-hidden">{C.readingsTitle}</figcaption>
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} width="100%" preserveAspectRatio="xMidYMid meet">
        <line x1={PAD.l} x2={W - PAD.r} y1={y(lo)} y2={y(lo)} className="crm-axis" stroke={p?.axis} />
        {target !== null && <line x1={PAD.l} x2={W - PAD.r} y1={y(target)} y2={y(target)} className="crm-target" stroke={p?.target} />}
        {points.length > 1 && <polyline points={points.map((r, i) => `${x(i)},${y(r.value)}`).join(' ')} className="crm-line" stroke={p?.line} fill="none" />}
        {points.map((r, i) => (
          <g key={r.key} data-testid="kpi-reading" data-period={r.key} data-value={r.value}>
            <circle cx={x(i)} cy={y(r.value)} r={5} className="crm-point" fill={p?.line} />
            {i % every === 0 || i === points.length - 1 ? (
              <>
                <text x={x(i)} y={y(r.value) - 10} textAnchor="middle" className="crm-value" fill={p?.text}>
                  {valueText(r.value, unit)}
                </text>
                <text x={labelX(i)} y={H - 8} textAnchor={labelAnchor(i)} className="crm-period" fill={p?.muted}>
                  {r.label}
                </text>
              </>
            ) : null}
          </g>
        ))}
      </svg>
    </figure>
  );
}

export const trendPoints = (t: Pick<KpiTrend, 'points'>): ChartPoint[] => t.points.map((r) => ({ key: r.period, label: r.period, value: r.value }));

/** The alignment score per session as chart points: the KPI screen and the report's trend page draw the same. */
export const scorePoints = (score: readonly ScorePoint[]): ChartPoint[] => score.map((p) => ({ key: p.sessionId || 'outside', label: sessionLabel(p), value: scoreValue(p.pct) }));

/** One KPI's readings (domain/trends.ts kpiTrendOf), live from the open project. */
export const KpiChart = memo(function KpiChart({ kpiId }: { kpiId: string }) {
  const kpi = useProject((s) => s.kpis[kpiId]);
  const readings = useProject((s) => s.kpiReadings);
  useNumberFormatKey(); // its figures follow the project's format
  const trend = useMemo(() => (kpi ? kpiTrendOf({ kpis: { [kpiId]: kpi }, kpiReadings: readings }, kpiId) : null), [kpi, readings, kpiId]);
  if (!trend) return null;
  return <TrendChart name={trend.name} unit={trend.unit} target={trend.target} points={trendPoints(trend)} />;
});
