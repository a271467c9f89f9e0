/**
 * The lead-score threshold checked against outcomes (issue 20 item 2): the import counts, per
 * period, the leads at or above the handoff's threshold and below it and how many of each
 * reached the handoff's next stage; it keeps only those counts (two KPI readings a period), and
 * one function (domain/trends.ts thresholdChecksOf) reads them back for the handoff panel, the
 * KPI screen, the report and the preview, worded by one sentence (shared/trendText.ts).
 */
import { describe, expect, it } from 'vitest';
import { setHandoffNumber } from '../../renderer/src/document/actions/alignment';
import { thresholdChecksOf, trendsOf } from '../../renderer/src/domain/trends';
import { thresholdText } from '../../renderer/src/shared/trendText';
import { hubspotContacts } from '../crm/fixtures';
import { importFixture, setUp } from './crm-helpers';

/**
 * By hand from the fixture's HubSpot Score and dates, threshold 60, converted = reached SQL:
 *   January:  Ada 80 (SQL), Bob 70 (SQL), Cara 65 (no) at or above → 3, 2 converted;
 *             Dan 20, Eve 5 below → 2, none converted.
 *   February: Finn 90 (SQL), Hal 75 (SQL) at or above → 2, 2 converted; Gina 55 below → 1, none.
 */
function byHand(threshold: number) {
  const out = new Map<string, { above: number; aboveConverted: number; below: number; belowConverted: number }>();
  for (const r of hubspotContacts()) {
    const period = r['Create Date']!.slice(0, 7);
    const e = out.get(period) ?? { above: 0, aboveConverted: 0, below: 0, belowConverted: 0 };
    const converted = !!r['Became a Sales Qualified Lead Date'];
    if (Number(r['HubSpot Score']) >= threshold) {
      e.above++;
      if (converted) e.aboveConverted++;
    } else {
      e.below++;
      if (converted) e.belowConverted++;
    }
    out.set(period, e);
  }
  return [...out].map(([period, e]) => ({ period, ...e }));
}

describe('the score threshold against outcomes', () => {
  it('is counted by the import, kept as totals, and read back by one function', () => {
    const p = setUp();
    expect(byHand(60)).toEqual([
      { period: '2024-01', above: 3, aboveConverted: 2, below: 2, belowConverted: 0 },
      { period: '2024-02', above: 2, aboveConverted: 2, below: 1, belowConverted: 0 },
    ]);
    const { result } = importFixture(p);
    expect(result.ok).toBe(true);
    const snap = p.snap();
    const checks = thresholdChecksOf(snap);
    expect(checks).toEqual([{ handoffId: p.handoffId, threshold: 60, periods: byHand(60) }]);
    // The one function, whoever asks: the trends (report, KPI screen) carry the same.
    expect(trendsOf(snap).thresholds).toEqual(checks);
    expect(checks[0]!.periods.map((x) => thresholdText(x, 60))).toEqual([
      '2024-01: at or above 60, 2 of 3 converted (66.7%); below, 0 of 2 (0%).',
      '2024-02: at or above 60, 2 of 2 converted (100%); below, 0 of 1 (0%).',
    ]);
    // Only counts: two readings a period, no lead in them.
    const readings = Object.values(snap.kpiReadings).filter((r) => /^score(Above|Below):/.test(snap.kpis[r.kpiId]?.crmSeries ?? ''));
    expect(readings.map((r) => [r.period, r.value, r.base]).sort()).toEqual([
      ['2024-01', 0, 2],
      ['2024-01', 66.7, 3],
      ['2024-02', 0, 1],
      ['2024-02', 100, 2],
    ]);
    expect(JSON.stringify({ kpis: snap.kpis, kpiReadings: snap.kpiReadings })).not.toMatch(/Quillfeather|Stonewright|@example\.com|Hopperton/);
  });

  it('a new threshold is checked on its own, never mixed with the old one’s counts', () => {
    const p = setUp();
    importFixture(p);
    setHandoffNumber(p.doc, p.handoffId, 'threshold', 70, 'Threshold');
    importFixture(p);
    const checks = thresholdChecksOf(p.snap());
    expect(checks.map((c) => c.threshold)).toEqual([60, 70]);
    // By hand at 70: January Ada 80, Bob 70 above (both SQL), Cara 65 below; February Finn 90, Hal 75 above.
    expect(checks[1]!.periods).toEqual(byHand(70));
    expect(byHand(70)[0]).toEqual({ period: '2024-01', above: 2, aboveConverted: 2, below: 3, belowConverted: 0 });
  });
});
