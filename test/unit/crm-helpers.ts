/** A project whose stages speak HubSpot's lifecycle stages, a 24 h MQL → SQL handoff, and the HubSpot contacts fixture imported into it. */
import { addHandoff, importCrmReadings, setCrmMapping, setHandoffNumber } from '../../renderer/src/document/actions/alignment';
import { createReducer, recognise } from '../../renderer/src/domain/crm';
import { funnelOf, importInput, planImport, seriesId } from '../../renderer/src/features/crm/plan';
import { HUBSPOT_CONTACT_COLUMNS, hubspotContacts, toCells } from '../crm/fixtures';
import { projectWithMap } from './helpers';

export function setUp() {
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

export function importFixture(p: ReturnType<typeof setUp>) {
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

