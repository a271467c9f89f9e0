/**
 * A CRM import written into a project (document/actions/alignment/kpiReadings.ts through the
 * feature's plan): the KPIs it fills hold readings per period with the figures worked out by
 * hand (crm-domain.test.ts), it is one undo step, a re-import replaces rather than duplicates,
 * a KPI's readings go with it, and no personal value of the export reaches the document.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteKpi, importCrmReadings } from '../../renderer/src/document/actions/alignment';
import { undo } from '../../renderer/src/document/history';
import { hubspotContacts } from '../crm/fixtures';
import { importFixture, setUp } from './crm-helpers';

const readingsOf = (p: ReturnType<typeof setUp>, kpiId: string) =>
  Object.values(p.snap().kpiReadings)
    .filter((r) => r.kpiId === kpiId)
    .sort((a, b) => (a.period < b.period ? -1 : 1))
    .map((r) => [r.period, r.value, r.base]);

describe('a CRM import written to the project', () => {
  it('fills the handoff’s SLA KPI and the stages’ conversion KPIs with readings per month, and the funnel’s actual rates', () => {
    const p = setUp();
    const { result, plan } = importFixture(p);
    expect(result).toMatchObject({ ok: true });
    const kpis = Object.values(p.snap().kpis);
    const sla = kpis.find((k) => k.handoffId === p.handoffId)!;
    expect(sla).toMatchObject({ name: expect.stringContaining('SLA compliance'), unit: '%', actual: 66.7, period: '2024-02', crmSeries: 'slaCompliance:mql:sql' });
    expect(readingsOf(p, sla.id)).toEqual([['2024-01', 33.3, 3], ['2024-02', 66.7, 3]]);
    const conv = kpis.find((k) => k.stageId === p.consideration && k.crmSeries === 'conversion:mql:sql')!;
    expect(conv.name).toBe('Conversion Consideration (MQL) → Evaluation (SQL)');
    expect(readingsOf(p, conv.id)).toEqual([['2024-01', 66.7, 3], ['2024-02', 66.7, 3]]);
    // February: 3 leads, 3 MQLs, 2 SQLs, 1 opportunity (Hal).
    // Reached counts and p90 times are offered but not ticked by default.
    expect(plan.series.filter((x) => !x.on).map((x) => x.series.metric).sort()).toEqual(['p90Hours', 'p90Hours', 'p90Hours', 'reached', 'reached', 'reached', 'reached']);
    const steps = Object.values(p.snap().funnels)[0]!.steps;
    expect(steps.map((s) => [s.name, s.actualPct])).toEqual([['Leads', 100], ['MQLs', 66.7], ['SQLs', 50], ['Opportunities', null]]);
  });

  it('is one undo step', () => {
    const p = setUp();
    const before = { kpis: Object.keys(p.snap().kpis).length, funnels: Object.keys(p.snap().funnels).length };
    importFixture(p);
    expect(Object.keys(p.snap().kpiReadings).length).toBeGreaterThan(10);
    expect(undo(p.doc)).toBe(true);
    expect(Object.keys(p.snap().kpiReadings)).toHaveLength(0);
    expect(Object.keys(p.snap().kpis)).toHaveLength(before.kpis);
    expect(Object.keys(p.snap().funnels)).toHaveLength(before.funnels);
    // The step before it (the handoff's threshold) is still there.
    expect(p.snap().handoffs[p.handoffId]!.threshold).toBe(60);
  });

  it('a re-import fills the same KPIs and replaces each period’s reading', () => {
    const p = setUp();
    importFixture(p);
    const kpis = Object.keys(p.snap().kpis).length;
    const readings = Object.keys(p.snap().kpiReadings).length;
    importFixture(p);
    expect(Object.keys(p.snap().kpis)).toHaveLength(kpis);
    expect(Object.keys(p.snap().kpiReadings)).toHaveLength(readings);
  });

  it('deleting a KPI deletes its readings', () => {
    const p = setUp();
    importFixture(p);
    const sla = Object.values(p.snap().kpis).find((k) => k.handoffId === p.handoffId)!;
    deleteKpi(p.doc, sla.id);
    expect(readingsOf(p, sla.id)).toEqual([]);
  });

  it('refuses a series for a stage or handoff that is not in the project, writing nothing', () => {
    const p = setUp();
    const r = importCrmReadings(p.doc, { series: [{ key: 'conversion:mql:sql', name: 'x', unit: '%', direction: 'higher', stageId: 'nope', handoffId: '', points: [{ period: '2024-01', value: 1, base: 1 }] }], funnelActuals: [], at: 0 });
    expect(r).toEqual({ ok: false, refusal: { code: 'notFound' } });
    expect(Object.keys(p.snap().kpiReadings)).toHaveLength(0);
  });

  it('no name, e-mail, owner or company of the export is anywhere in the document', () => {
    const p = setUp();
    importFixture(p);
    const doc = JSON.stringify(p.doc.toJSON()) + JSON.stringify(Y.encodeStateAsUpdate(p.doc));
    const bytes = new TextDecoder('latin1').decode(Y.encodeStateAsUpdate(p.doc));
    for (const row of hubspotContacts()) {
      for (const col of ['First Name', 'Last Name', 'Email', 'Company Name', 'Contact owner'] as const) {
        const v = row[col]!;
        if (!v) continue;
        expect(doc.includes(v), `${col} ${v}`).toBe(false);
        expect(bytes.includes(v), `${col} ${v} in the update`).toBe(false);
      }
    }
  });
});
