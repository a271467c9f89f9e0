/**
 * A CRM import written into a project (document/actions/alignment/kpiReadings.ts through the
 * feature's plan): the KPIs it fills hold readings per period with the figures worked out by
 * hand (crm-domain.test.ts), it is one undo step, a re-import replaces rather than duplicates,
 * a KPI's readings go with it, and no personal value of the export reaches the document.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addHandoff, deleteKpi, importCrmReadings, setCrmMapping, setHandoffNumber } from '../../renderer/src/document/actions/alignment';
import { undo } from '../../renderer/src/document/history';
import { createReducer, recognise } from '../../renderer/src/domain/crm';
import { funnelOf, importInput, planImport, seriesId } from '../../renderer/src/features/crm/plan';
import { HUBSPOT_CONTACT_COLUMNS, hubspotContacts, toCells } from '../crm/fixtures';
import { projectWithMap } from './helpers';

function setUp() {
  const p = projectWithMap('b2b');
  const [awareness, consideration, evaluation, purchase] = p.stages();
  setCrmMapping(p.doc, 'stages', awareness!.id, { hubspotStage: 'lead' });
  setCrmMapping(p.doc, 'stages', consideration!.id, { hubspotStage: 'mql' });
  setCrmMapping(p.doc, 'stages', evaluation!.id, { hubspotStage: 'sql' });
  setCrmMapping(p.doc, 'stages', purchase!.id, { hubspotStage: 'customer' });
  const h = addHandoff(p.doc, { mapId: p.mapId, afterStageId: consideration!.id });
  if (!h.ok) throw new Error('handoff');
  setHandoffNumber(p.doc, h.value, 'slaFirstContactHours', 24, 'First contact');
  setHandoffNumber(p.doc, h.value, 'threshold', 60, 'Threshold');
  return { ...p, handoffId: h.value, consideration: consideration!.id };
}

function importFixture(p: ReturnType<typeof setUp>) {
  const r = recognise(HUBSPOT_CONTACT_COLUMNS);
  if (r.kind !== 'recognised') throw new Error('fixture');
  const funnel = funnelOf(p.snap(), p.mapId, 'hubspot-contacts');
  const red = createReducer({ mapping: r.mapping, unit: 'month', handoffs: funnel.handoffs, pairs: funnel.pairs, answers: {} });
  toCells(HUBSPOT_CONTACT_COLUMNS, hubspotContacts()).forEach((c, i) => red.add(c, i + 2));
  const out = red.finish();
  if (!out.ok) throw new Error('reduce');
  const plan = planImport(out.aggregates, funnel, p.snap());
  const on = new Set(plan.series.filter((x) => x.on).map(seriesId));
  return { plan, result: importCrmReadings(p.doc, importInput(plan, on, 1_700_000_000_000)) };
}

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
