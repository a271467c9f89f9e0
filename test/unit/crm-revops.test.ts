/**
 * The RevOps specification (issue 20): the agreed scoring model and lifecycle mapping as a CSV
 * of properties and rules and as JSON, read back as RevOps would (papaparse, JSON.parse): every
 * stage's HubSpot lifecycle value, the handoff's threshold, fit and engagement rules and SLA,
 * and nothing of a CRM export (no person, no row).
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { addHandoffItem } from '../../renderer/src/document/actions/alignment';
import { REVOPS_COLUMNS, revopsCsv, revopsJson, revopsSpec } from '../../renderer/src/domain/crm/revops';
import { importFixture, setUp } from './crm-helpers';

function project() {
  const p = setUp();
  addHandoffItem(p.doc, p.handoffId, 'fitRules', { attribute: 'Company size', value: '50–1,000', points: 20 });
  addHandoffItem(p.doc, p.handoffId, 'fitRules', { attribute: 'Country', value: '=in DE, AT, CH', points: 10 });
  addHandoffItem(p.doc, p.handoffId, 'engagementRules', { action: 'Demo requested', points: 30, decayPerWeek: 5 });
  importFixture(p);
  return p;
}

describe('the RevOps specification', () => {
  it('reads back from its CSV with papaparse: lifecycle values per stage, threshold, rules, SLA', () => {
    const p = project();
    const text = revopsCsv(revopsSpec(p.snap()));
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...REVOPS_COLUMNS]);
    const rows = parsed.data;
    const stages = rows.filter((r) => r.Section === 'Lifecycle stage');
    expect(stages.map((r) => r['HubSpot value'])).toEqual(['lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'customer', ...stages.slice(4).map(() => '')]);
    expect(rows.find((r) => r.Section === 'Score threshold')).toMatchObject({ Value: '60', 'HubSpot property': 'hubspotscore' });
    const fit = rows.filter((r) => r.Section === 'Fit rule');
    expect(fit.map((r) => [r['Stage, attribute or action'], r.Value, r.Points])).toEqual([
      ['Company size', '50–1,000', '20'],
      // A value that starts like a formula is written so a spreadsheet shows it as text.
      ['Country', "'=in DE, AT, CH", '10'],
    ]);
    expect(rows.find((r) => r.Section === 'Engagement rule')).toMatchObject({ 'Stage, attribute or action': 'Demo requested', Rule: 'Decays 5 per week', Points: '30' });
    expect(rows.find((r) => r.Section === 'Service level' && r['Stage, attribute or action'] === 'First contact')).toMatchObject({ Value: '24' });
    // Configuration only: nothing of the imported export's people.
    expect(text).not.toMatch(/@example\.com|Oakenshaw|Quillfeather|Hopperton/);
  });

  it('reads back from its JSON: the same model', () => {
    const p = project();
    const spec = JSON.parse(revopsJson(revopsSpec(p.snap())));
    expect(spec).toMatchObject({ format: 'baton-revops-spec', version: 1 });
    const h = spec.handoffs[0];
    expect(h).toMatchObject({ scoreThreshold: 60, sla: { firstContactHours: 24 }, fitRules: [{ attribute: 'Company size', value: '50–1,000', points: 20 }, { attribute: 'Country', points: 10 }], engagementRules: [{ action: 'Demo requested', points: 30, decayPerWeek: 5 }] });
    expect(spec.lifecycle.slice(0, 4).map((l: { hubspotLifecycleStage: string }) => l.hubspotLifecycleStage)).toEqual(['lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'customer']);
    expect(JSON.stringify(spec)).not.toMatch(/@example\.com|Oakenshaw|Hopperton/);
  });
});
