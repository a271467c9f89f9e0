/**
 * The CRM import's pure rules (renderer/src/domain/crm): encodings, dates, cells, which export
 * a header row is, and the rows reduced to totals per period, checked against figures worked
 * out by hand from the fixtures (test/crm/fixtures.ts), and that the totals hold nothing of a row.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  conversion,
  createReducer,
  crmFunnel,
  crmSeries,
  decodeAll,
  decideOrder,
  addEvidence,
  noEvidence,
  funnelActuals,
  isFormula,
  knownWords,
  parseAmount,
  parseDate,
  periodKey,
  periodOf,
  recognise,
  type ColumnMapping,
  type CrmAggregates,
  type HandoffSpec,
  type ReduceSpec,
  type ValueAnswers,
  answerKey,
} from '../../renderer/src/domain/crm';
import {
  europeanDate,
  HUBSPOT_CONTACT_COLUMNS,
  HUBSPOT_DEAL_COLUMNS,
  hubspotContacts,
  hubspotDeals,
  SALESFORCE_LEAD_COLUMNS,
  SALESFORCE_OPPORTUNITY_COLUMNS,
  salesforceLeads,
  salesforceOpportunities,
  toCells,
  toCsvText,
  usDate,
  utf16,
  windows1252,
} from '../crm/fixtures';

const utc = (s: string) => Date.parse(`${s}Z`);

function mappingOf(headers: readonly string[]): ColumnMapping {
  const r = recognise(headers);
  if (r.kind !== 'recognised') throw new Error(`not recognised: ${JSON.stringify(r)}`);
  return r.mapping;
}

const MQL_TO_SQL: HandoffSpec = { id: 'h1', from: 'mql', to: 'sql', slaHours: 24, threshold: 60 };

function reduce(headers: readonly string[], rows: string[][], spec: Partial<ReduceSpec> = {}) {
  const r = createReducer({ mapping: mappingOf(headers), unit: 'month', handoffs: [MQL_TO_SQL], answers: {}, ...spec });
  rows.forEach((cells, i) => r.add(cells, i + 2));
  return r.finish();
}

function aggregatesOf(headers: readonly string[], rows: string[][], spec: Partial<ReduceSpec> = {}): CrmAggregates {
  const out = reduce(headers, rows, spec);
  if (!out.ok) throw new Error(JSON.stringify(out.problem));
  return out.aggregates;
}

describe('encodings', () => {
  const text = 'Lifecycle Stage,Create Date,Company Name\r\nLead,2024-01-03,Müller Bäckerei – Köln\r\n';
  it.each([
    ['UTF-8 without a mark', new TextEncoder().encode(text), 'utf-8', false],
    ['UTF-8 with a mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'utf-8', true],
    ['UTF-16 LE with a mark', utf16(text, 'le', true), 'utf-16le', true],
    ['UTF-16 BE with a mark', utf16(text, 'be', true), 'utf-16be', true],
    ['UTF-16 LE without a mark', utf16(text, 'le', false), 'utf-16le', false],
    ['Windows-1252', windows1252(text.replace('–', '-')), 'windows-1252', false],
  ])('%s reads as the same text, the mark dropped', (_name, bytes, encoding, bom) => {
    const d = decodeAll(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.bom).toBe(bom);
    expect(d.text).toBe(encoding === 'windows-1252' ? text.replace('–', '-') : text);
  });

  it('a Windows-1252 euro sign and curly quotes come out right (bytes 0x80, 0x93, 0x94)', () => {
    const bytes = new Uint8Array([0x80, 0x20, 0x93, 0x61, 0x94]);
    expect(decodeAll(bytes)).toMatchObject({ encoding: 'windows-1252', text: '€ “a”' });
  });
});

describe('dates', () => {
  it('reads ISO, US, European and spreadsheet serial dates', () => {
    expect(parseDate('2024-03-05', 'mdy')).toBe(utc('2024-03-05T00:00:00'));
    expect(parseDate('2024-03-05T14:30:00Z', 'mdy')).toBe(utc('2024-03-05T14:30:00'));
    expect(parseDate('2024-03-05T14:30:00+01:00', 'mdy')).toBe(utc('2024-03-05T13:30:00'));
    expect(parseDate('2024-03-05 14:30', 'dmy')).toBe(utc('2024-03-05T14:30:00'));
    expect(parseDate('03/05/2024 2:30 PM', 'mdy')).toBe(utc('2024-03-05T14:30:00'));
    expect(parseDate('03/05/2024 12:15 AM', 'mdy')).toBe(utc('2024-03-05T00:15:00'));
    expect(parseDate('05.03.2024', 'dmy')).toBe(utc('2024-03-05T00:00:00'));
    expect(parseDate('05/03/2024 14:30', 'dmy')).toBe(utc('2024-03-05T14:30:00'));
    expect(parseDate('5.3.24', 'dmy')).toBe(utc('2024-03-05T00:00:00'));
    expect(parseDate('45356.5', 'mdy')).toBe(utc('2024-03-05T12:00:00'));
    expect(parseDate('45356', 'dmy')).toBe(utc('2024-03-05T00:00:00'));
    expect(parseDate('', 'mdy')).toBeNull();
  });

  it('refuses what is not a date: 31 February, a 13th month, a formula, words', () => {
    for (const bad of ['31.02.2024', '2024-13-01', '13/13/2024', '=DATE(2024,1,1)', '+45356', 'next week', '12', '25:00']) {
      expect(parseDate(bad, 'dmy'), bad).toBe('bad');
    }
  });

  it('decides day/month order per column from the data, else by the separator’s custom', () => {
    const col = (cells: string[]) => {
      const ev = noEvidence();
      cells.forEach((c) => addEvidence(ev, c));
      return decideOrder(ev);
    };
    expect(col(['03/04/2024', '25/03/2024'])).toEqual({ order: 'dmy', from: 'data' });
    expect(col(['03/04/2024', '03/25/2024'])).toEqual({ order: 'mdy', from: 'data' });
    expect(col(['03/04/2024', '04/05/2024'])).toEqual({ order: 'mdy', from: 'custom' });
    expect(col(['03.04.2024', '04.05.2024'])).toEqual({ order: 'dmy', from: 'custom' });
    expect(col(['25/03/2024', '03/25/2024'])).toEqual({ order: 'conflict' });
    expect(col(['2024-03-25', '45356'])).toEqual({ order: 'dmy', from: 'custom' });
  });

  it('periods: month and quarter, and period keys as people type them', () => {
    expect(periodOf(utc('2024-03-31T23:59:00'), 'month')).toBe('2024-03');
    expect(periodOf(utc('2024-04-01T00:00:00'), 'quarter')).toBe('2024-Q2');
    expect(['2024-03', 'Q1 2024', '2024 Q1', '2024-q1', 'Quarter', ''].map(periodKey)).toEqual(['2024-03', '2024-Q1', '2024-Q1', '2024-Q1', null, null]);
  });
});

describe('cells', () => {
  it('a cell starting with = + - @ is a formula: text, never a number', () => {
    expect(['=1+1', '+31 6 1234', '-5', '@SUM(A1)', ' =A1'].map(isFormula)).toEqual([true, true, true, true, true]);
    expect(parseAmount('=1+1')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('@A1')).toBeNull();
  });
  it('reads amounts in US and European forms, with currency', () => {
    expect(['1234', '1,234.50', '1.234,50', '1 234,50', '€1,200', '$5,000.00', '12,5', '2.000.000', 'EUR 99'].map(parseAmount)).toEqual([1234, 1234.5, 1234.5, 1234.5, 1200, 5000, 12.5, 2000000, 99]);
    expect(parseAmount('a lot')).toBeNull();
  });
});

describe('which export a header row is', () => {
  it('HubSpot contacts, with a "Became a … Date" column per lifecycle stage', () => {
    const r = recognise(HUBSPOT_CONTACT_COLUMNS);
    expect(r.kind).toBe('recognised');
    if (r.kind !== 'recognised') return;
    expect(r.mapping.kind).toBe('hubspot-contacts');
    expect(r.mapping.columns).toMatchObject({ createDate: 8, stage: 6, status: 7, owner: 5, source: 13, score: 14 });
    expect(r.mapping.rungDates).toEqual({ lead: 9, mql: 10, sql: 11, customer: 12 });
  });
  it('HubSpot deals, Salesforce leads and opportunities', () => {
    expect(recognise(HUBSPOT_DEAL_COLUMNS)).toMatchObject({ kind: 'recognised', mapping: { kind: 'hubspot-deals', columns: { stage: 3, amount: 4, createDate: 5, closeDate: 6 } } });
    expect(recognise(SALESFORCE_LEAD_COLUMNS)).toMatchObject({ kind: 'recognised', mapping: { kind: 'salesforce-leads', columns: { status: 5, source: 6, createDate: 7, converted: 8, owner: 4 } } });
    expect(recognise(SALESFORCE_OPPORTUNITY_COLUMNS)).toMatchObject({ kind: 'recognised', mapping: { kind: 'salesforce-opportunities', columns: { stage: 3, amount: 4, closeDate: 5, createDate: 6, won: 7, closed: 8 } } });
  });
  it('names are compared without case, spaces or underscores; a kind lacking a required column says which', () => {
    expect(recognise(['LIFECYCLE_STAGE', 'create_date'])).toMatchObject({ kind: 'recognised', mapping: { columns: { stage: 0, createDate: 1 } } });
    expect(recognise(['Lifecycle Stage', 'Email'])).toMatchObject({ kind: 'missing', missing: ['createDate'] });
    expect(recognise(['Deal Stage', 'Deal Name'])).toMatchObject({ kind: 'missing', missing: ['amount', 'closeDate'] });
    expect(recognise(['Name', 'Phone', 'City'])).toEqual({ kind: 'unknown' });
  });
});

describe('HubSpot contacts reduced to totals per month (worked out by hand)', () => {
  const agg = () => aggregatesOf(HUBSPOT_CONTACT_COLUMNS, toCells(HUBSPOT_CONTACT_COLUMNS, hubspotContacts()));

  it('counts reaching each stage and the conversion between them', () => {
    const a = agg();
    expect(a.periods.map((p) => p.period)).toEqual(['2024-01', '2024-02']);
    const [jan, feb] = a.periods;
    // January: Ada (customer), Bob (SQL), Cara (MQL), Dan (lead), Eve (subscriber).
    expect(jan!.records).toBe(5);
    expect(jan!.reached).toEqual({ subscriber: 5, lead: 4, mql: 3, sql: 2, opportunity: 1, customer: 1, evangelist: 0 });
    expect(conversion(jan!, 'lead', 'mql')).toBe(75);
    expect(conversion(jan!, 'mql', 'sql')).toBe(66.7);
    expect(conversion(jan!, 'sql', 'customer')).toBe(50);
    // February: Finn (SQL), Gina (MQL), Hal (opportunity, no date for it).
    expect(feb!.reached).toEqual({ subscriber: 3, lead: 3, mql: 3, sql: 2, opportunity: 1, customer: 0, evangelist: 0 });
    expect(a.records).toBe(8);
  });

  it('median and p90 time between stages, in the period the first stage was reached', () => {
    const [jan, feb] = agg().periods;
    // Lead → MQL in January: Cara 36 h, Bob 48 h, Ada 49 h.
    expect(jan!.times.find((t) => t.from === 'lead' && t.to === 'mql')).toEqual({ from: 'lead', to: 'mql', n: 3, medianHours: 48, p90Hours: 49 });
    // MQL → SQL in January: Ada 10 h, Bob 48 h.
    expect(jan!.times.find((t) => t.from === 'mql' && t.to === 'sql')).toEqual({ from: 'mql', to: 'sql', n: 2, medianHours: 10, p90Hours: 48 });
    // February: Hal 2 h, Finn 12 h.
    expect(feb!.times.find((t) => t.from === 'mql' && t.to === 'sql')).toMatchObject({ n: 2, medianHours: 2, p90Hours: 12 });
  });

  it('SLA compliance of the MQL → SQL handoff (24 h): January 1 of 3, February 2 of 3', () => {
    const [jan, feb] = agg().periods;
    expect(jan!.sla).toEqual([{ handoffId: 'h1', hours: 24, handedOver: 3, within: 1 }]);
    expect(feb!.sla).toEqual([{ handoffId: 'h1', hours: 24, handedOver: 3, within: 2 }]);
  });

  it('reasons, sources, unowned leads and the score threshold against outcomes', () => {
    const [jan] = agg().periods;
    expect(jan!.reasons).toEqual({ 'bad-timing': 1, unqualified: 1 });
    // Eve's source is a formula: counted as unlisted, never read.
    expect(jan!.sources).toEqual({ email: 1, 'organic-search': 2, 'paid-search': 1, unlisted: 1 });
    expect(jan!.unowned).toBe(1);
    // Threshold 60: Ada 80 and Bob 70 converted to SQL, Cara 65 did not; Dan 20 and Eve 5 below, neither converted.
    expect(jan!.scoring).toEqual([{ handoffId: 'h1', source: 'crm', threshold: 60, above: 3, aboveConverted: 2, below: 2, belowConverted: 0 }]);
  });

  it('by quarter: one period with every contact', () => {
    const a = aggregatesOf(HUBSPOT_CONTACT_COLUMNS, toCells(HUBSPOT_CONTACT_COLUMNS, hubspotContacts()), { unit: 'quarter' });
    expect(a.periods.map((p) => [p.period, p.records, p.reached.mql, p.reached.sql])).toEqual([['2024-Q1', 8, 6, 4]]);
    expect(a.periods[0]!.sla[0]).toMatchObject({ handedOver: 6, within: 3 });
  });

  it('European and US date forms and a semicolon file give the same totals', () => {
    const dated = (f: (s: string) => string) =>
      hubspotContacts().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, /Date$/.test(k) ? f(v) : v])));
    const base = JSON.stringify(agg());
    const text = toCsvText(HUBSPOT_CONTACT_COLUMNS, dated(europeanDate), { delimiter: ';' });
    const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' });
    expect(parsed.meta.delimiter).toBe(';');
    expect(JSON.stringify(aggregatesOf(parsed.data[0]!, parsed.data.slice(1)).periods)).toBe(JSON.stringify(JSON.parse(base).periods));
    expect(JSON.stringify(aggregatesOf(HUBSPOT_CONTACT_COLUMNS, toCells(HUBSPOT_CONTACT_COLUMNS, dated(usDate))).periods)).toBe(JSON.stringify(JSON.parse(base).periods));
  });
});

describe('privacy: the totals hold nothing of a row', () => {
  it('no cell value of any fixture, other than the CRMs’ known vocabulary, appears in the JSON of its aggregates', () => {
    const known = new Set(knownWords().map((w) => w.toLowerCase()));
    const cases: [readonly string[], Record<string, string>[]][] = [
      [HUBSPOT_CONTACT_COLUMNS, hubspotContacts()],
      [SALESFORCE_LEAD_COLUMNS, salesforceLeads()],
      [HUBSPOT_DEAL_COLUMNS, hubspotDeals()],
      [SALESFORCE_OPPORTUNITY_COLUMNS, salesforceOpportunities()],
    ];
    for (const [cols, rows] of cases) {
      // Every string of the aggregates, keys and values: a cell leaking would be one of them or inside one.
      const strings: string[] = [];
      JSON.stringify(aggregatesOf(cols, toCells(cols, rows)), (k, v: unknown) => {
        if (k) strings.push(k.toLowerCase());
        if (typeof v === 'string') strings.push(v.toLowerCase());
        return v;
      });
      const cells = rows.flatMap((r) => Object.values(r)).filter((v) => v.length > 1 && !/^[\d.,:\s/$-]+$/.test(v));
      expect(cells.length).toBeGreaterThan(10);
      for (const v of cells) {
        const lower = v.toLowerCase();
        if (known.has(lower.replace(/[\s_\-–]+/g, ' ')) || known.has(lower)) continue;
        expect(strings.filter((s) => (lower.length >= 6 ? s.includes(lower) : s === lower)), `${cols[0]} export: "${v}"`).toEqual([]);
        for (const piece of lower.split(/[\s@.,&"()=/]+/).filter((p) => p.length > 3 && !known.has(p))) {
          expect(strings.filter((s) => s === piece), `${cols[0]} export: "${piece}" of "${v}"`).toEqual([]);
        }
      }
    }
  });
});

describe('unknown values and the person’s answers', () => {
  it('a custom lifecycle stage is listed to ask about, counted, and counts once answered', () => {
    const rows = hubspotContacts();
    rows[3] = { ...rows[3]!, 'Lifecycle Stage': 'Partner Lead', 'Lead Status': 'Nurture Q3' };
    const cells = toCells(HUBSPOT_CONTACT_COLUMNS, rows);
    const first = reduce(HUBSPOT_CONTACT_COLUMNS, cells);
    expect(first.ok && first.unknown).toEqual([
      { field: 'stage', value: 'Partner Lead', count: 1 },
      { field: 'status', value: 'Nurture Q3', count: 1 },
    ]);
    expect(first.ok && first.aggregates.periods[0]!.reached.mql).toBe(3);
    const answers: ValueAnswers = { [answerKey('stage', 'partner lead')]: 'mql', [answerKey('status', 'Nurture Q3')]: 'reason:r-recycle' };
    const second = reduce(HUBSPOT_CONTACT_COLUMNS, cells, { answers });
    expect(second.ok && second.unknown).toEqual([]);
    expect(second.ok && second.aggregates.periods[0]!.reached.mql).toBe(4);
    expect(second.ok && second.aggregates.periods[0]!.reasons).toEqual({ 'r-recycle': 1, unqualified: 1 });
  });
});

describe('row problems', () => {
  it('a date that is not one names its row; a row without a create date is left out and named', () => {
    const rows = hubspotContacts();
    rows[1] = { ...rows[1]!, 'Became a Sales Qualified Lead Date': 'soon' };
    rows[6] = { ...rows[6]!, 'Create Date': '' };
    const a = aggregatesOf(HUBSPOT_CONTACT_COLUMNS, toCells(HUBSPOT_CONTACT_COLUMNS, rows));
    expect(a.problems).toEqual([
      { row: 3, field: 'rungDate', rung: 'sql', problem: 'not-a-date' },
      { row: 8, field: 'createDate', problem: 'no-date' },
    ]);
    expect([a.records, a.skipped, a.problemCount]).toEqual([7, 1, 2]);
  });
  it('a header row alone, and a column mixing day-first and month-first dates, are refused', () => {
    expect(reduce(HUBSPOT_CONTACT_COLUMNS, [])).toEqual({ ok: false, problem: { code: 'headersOnly' } });
    const rows = hubspotContacts().map((r, i) => ({ ...r, 'Create Date': i === 0 ? '25/01/2024' : i === 1 ? '01/26/2024' : '01/02/2024' }));
    expect(reduce(HUBSPOT_CONTACT_COLUMNS, toCells(HUBSPOT_CONTACT_COLUMNS, rows))).toEqual({ ok: false, problem: { code: 'dateOrderConflict', column: 8 } });
  });
});

describe('Salesforce leads, HubSpot deals, Salesforce opportunities', () => {
  it('Salesforce leads: open → contacted → converted, Closed - Not Converted as a reason, an unknown status asked about', () => {
    const out = reduce(SALESFORCE_LEAD_COLUMNS, toCells(SALESFORCE_LEAD_COLUMNS, salesforceLeads()), { handoffs: [] });
    if (!out.ok) throw new Error('refused');
    const [apr, may] = out.aggregates.periods;
    expect(apr).toMatchObject({ period: '2024-04', records: 3, reached: { open: 3, contacted: 2, converted: 1 } });
    expect(may).toMatchObject({ period: '2024-05', records: 2, reached: { open: 2, contacted: 0, converted: 0 }, reasons: { 'not-converted': 1 } });
    expect(apr!.sources).toEqual({ partner: 1, phone: 1, web: 1 });
    expect(out.unknown).toEqual([{ field: 'status', value: 'Nurture later', count: 1 }]);
  });
  it('HubSpot deals: won revenue and deals by close month, lost deals, time from create to close', () => {
    const a = aggregatesOf(HUBSPOT_DEAL_COLUMNS, toCells(HUBSPOT_DEAL_COLUMNS, hubspotDeals()));
    const feb = a.periods.find((p) => p.period === '2024-02')!;
    expect([feb.wonDeals, feb.wonRevenue, feb.lostDeals]).toEqual([2, 15500.5, 0]);
    // 30 days and 10 days: nearest-rank median 10 days, p90 30 days.
    expect(feb.times[0]).toEqual({ from: 'created', to: 'won', n: 2, medianHours: 240, p90Hours: 720 });
    expect(a.periods.find((p) => p.period === '2024-03')).toMatchObject({ lostDeals: 1, wonDeals: 0, records: 1 });
    expect(a.periods.find((p) => p.period === '2024-02')!.reasons).toEqual({ lost: 1 });
  });
  it('Salesforce opportunities: Won and Closed flags', () => {
    const a = aggregatesOf(SALESFORCE_OPPORTUNITY_COLUMNS, toCells(SALESFORCE_OPPORTUNITY_COLUMNS, salesforceOpportunities()));
    const jul = a.periods.find((p) => p.period === '2024-07')!;
    expect([jul.wonDeals, jul.wonRevenue, jul.lostDeals]).toEqual([1, 5000, 1]);
  });
});

describe('the map in the CRM’s words, and the series an import writes', () => {
  const stages = [
    { id: 's1', name: 'Awareness', order: 1, hubspotStage: 'lead' as const, salesforceStatus: '' },
    { id: 's2', name: 'Consideration', order: 2, hubspotStage: 'mql' as const, salesforceStatus: '' },
    { id: 's3', name: 'Decision', order: 3, hubspotStage: 'sql' as const, salesforceStatus: '' },
    { id: 's4', name: 'Purchase', order: 4, hubspotStage: 'customer' as const, salesforceStatus: '' },
  ];
  const handoffs = [{ id: 'h1', afterStageId: 's2', hubspotStage: '' as const, salesforceStatus: '', slaFirstContactHours: 24, threshold: 60 }];

  it('stages become rungs, the handoff after the MQL stage runs MQL → SQL with its contract’s hours', () => {
    const f = crmFunnel('hubspot-contacts', stages, handoffs);
    expect(f.steps).toEqual([
      { rung: 'lead', stageId: 's1' },
      { rung: 'mql', stageId: 's2' },
      { rung: 'sql', stageId: 's3' },
      { rung: 'customer', stageId: 's4' },
    ]);
    expect(f.handoffs).toEqual([MQL_TO_SQL]);
    expect(f.pairs).toEqual([['lead', 'mql'], ['mql', 'sql'], ['sql', 'customer']]);
  });

  it('series: conversion per stage, SLA compliance per handoff, per period', () => {
    const f = crmFunnel('hubspot-contacts', stages, handoffs);
    const a = aggregatesOf(HUBSPOT_CONTACT_COLUMNS, toCells(HUBSPOT_CONTACT_COLUMNS, hubspotContacts()), { handoffs: f.handoffs, pairs: f.pairs });
    const series = crmSeries(a, f);
    const sla = series.find((s) => s.metric === 'slaCompliance')!;
    expect(sla).toMatchObject({ handoffId: 'h1', unit: '%', points: [{ period: '2024-01', value: 33.3, base: 3 }, { period: '2024-02', value: 66.7, base: 3 }] });
    const conv = series.find((s) => s.metric === 'conversion' && s.stageId === 's2')!;
    expect(conv.points).toEqual([{ period: '2024-01', value: 66.7, base: 3 }, { period: '2024-02', value: 66.7, base: 3 }]);
    const sqlToCustomer = series.find((s) => s.metric === 'conversion' && s.stageId === 's3')!;
    expect(sqlToCustomer.points.map((p) => p.value)).toEqual([50, 0]);
    expect(funnelActuals(a, { steps: [{ id: 'a', name: 'Leads', order: 1, ratePct: null, actualPct: null }, { id: 'b', name: 'MQLs', order: 2, ratePct: null, actualPct: null }, { id: 'c', name: 'SQLs', order: 3, ratePct: null, actualPct: null }] })).toEqual([
      { stepId: 'a', actualPct: 100 },
      { stepId: 'b', actualPct: 66.7 },
    ]);
  });

  it('a map without CRM words reads as the ladder, for the whole project', () => {
    const f = crmFunnel('hubspot-contacts', stages.map((s) => ({ ...s, hubspotStage: '' as const, name: `Step ${s.order}` })), []);
    expect(f.steps.map((s) => s.rung)).toEqual(['subscriber', 'lead', 'mql', 'sql', 'opportunity', 'customer', 'evangelist']);
    expect(f.steps.every((s) => s.stageId === '')).toBe(true);
  });
});
