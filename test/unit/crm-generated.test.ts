/**
 * The aggregates of a generated export, pinned: the bench's HubSpot-style contacts file
 * (bench/crm/contacts.ts, 20,000 rows here) read whole through papaparse and the reducer
 * (features/crm/parseExport.ts, what the worker runs), as the bench asks (months, a 24 h
 * MQL → SQL handoff scored with the file's score column), scored with fit rules of each
 * operator instead, by quarter, and a messier copy (bad and empty dates, US dates, unknown
 * words, formulas, blank rows, a semicolon file). The reducer is tuned for speed; these
 * figures say a faster one still gives the same totals, problems and questions to the letter.
 * A few figures are spelt out so a change shows what moved; the digest covers everything else.
 */
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BENCH_RUN, contactsCsvParts } from '../../bench/crm/contacts';
import { recognise } from '../../renderer/src/domain/crm';
import { fitText, type FitRuleInput } from '../../renderer/src/domain/fitRules';
import { importExport, sniffExport } from '../../renderer/src/features/crm/parseExport';
import type { ImportRequest } from '../../renderer/src/features/crm/protocol';
import { HUBSPOT_CONTACT_COLUMNS } from '../crm/fixtures';

const ROWS = 20_000;
const hooks = { onProgress: () => {}, cancelled: () => false };
const digest = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);
const col = (name: (typeof HUBSPOT_CONTACT_COLUMNS)[number]) => HUBSPOT_CONTACT_COLUMNS.indexOf(name);

async function imported(text: string, req: Partial<ImportRequest> = {}) {
  const file = new Blob([text]);
  const sniffed = await sniffExport(file);
  if (!sniffed.ok || sniffed.value.recognition.kind !== 'recognised') throw new Error(`not recognised: ${JSON.stringify(sniffed)}`);
  const r = await importExport(file, { ...BENCH_RUN, mapping: sniffed.value.recognition.mapping, ...req } as ImportRequest, hooks);
  if (!r.ok) throw new Error(`import failed: ${JSON.stringify(r)}`);
  return r.value;
}

const benchText = contactsCsvParts(ROWS).join('');

/** The bench's file with trouble in it, every kind on rows of its own rhythm. */
function messy(): string {
  const rows = Papa.parse<string[]>(benchText, { skipEmptyLines: true }).data;
  const out: string[][] = [rows[0]!];
  rows.slice(1).forEach((r, i) => {
    const cells = [...r];
    if (i % 97 === 5) cells[col('Became a Sales Qualified Lead Date')] = 'soon';
    if (i % 211 === 7) cells[col('Create Date')] = '';
    if (i % 89 === 3) cells[col('Lifecycle Stage')] = i % 2 ? 'Partner Lead' : ' evangelist ';
    if (i % 83 === 1) cells[col('Lead Status')] = 'Nurture Q3';
    // More distinct unknown words than are asked about: the rest are counted as other.
    if (i % 41 === 9) cells[col('Lead Status')] = `Custom ${i % 60}`;
    if (i % 71 === 2) cells[col('Original Source')] = i % 3 ? 'Offline Sources' : 'PAID_SEARCH';
    if (i % 61 === 4) cells[col('HubSpot Score')] = i % 2 ? '=1+1' : 'high';
    if (i % 59 === 6) cells[col('Contact owner')] = i % 2 ? '' : '   ';
    if (i % 53 === 8) cells[col('Became a Lead Date')] = '=NOW()';
    // A column of US dates with times of day: 03/25/2024 2:30 PM (month first, as the data shows).
    const customer = cells[col('Became a Customer Date')]!;
    if (customer && i % 2) {
      const [y, m, d] = customer.slice(0, 10).split('-');
      const h = Number(customer.slice(11, 13));
      cells[col('Became a Customer Date')] = `${m}/${d}/${y} ${h % 12 || 12}:${customer.slice(14, 16)} ${h < 12 ? 'AM' : 'PM'}`;
    }
    out.push(cells);
    if (i % 1000 === 999) out.push(cells.map(() => ''));
  });
  return Papa.unparse(out, { delimiter: ';', newline: '\r\n' });
}

const rules: FitRuleInput[] = [
  { id: 'r1', attribute: 'HubSpot Score', op: 'gte', value: '40', points: 30 },
  { id: 'r2', attribute: 'Original Source', op: 'in', value: 'Paid Search, Referrals', points: 20 },
  { id: 'r3', attribute: 'Company Name', op: 'contains', value: 'ltd', points: 15 },
  { id: 'r4', attribute: 'Lead Status', value: 'Connected', points: 10 },
  { id: 'r5', attribute: 'Record ID', op: 'between', value: '100,000', valueTo: '105k', points: 5 },
  { id: 'r6', attribute: 'HubSpot Score', op: 'lte', value: '10', points: -10 },
  { id: 'r7', attribute: 'HubSpot Score', op: 'eq', value: '99', points: 50 },
];
const fitColumns = Object.fromEntries(rules.map((r) => [fitText(r.attribute), col(r.attribute as (typeof HUBSPOT_CONTACT_COLUMNS)[number])]));
const scoredByRules: Partial<ImportRequest> = {
  handoffs: [
    { id: 'mql-sql', from: 'mql', to: 'sql', slaHours: 24, threshold: 60, fitRules: rules },
    { id: 'sql-customer', from: 'sql', to: 'customer', slaHours: 72, threshold: 25, fitRules: rules },
  ],
  fitColumns,
};

describe('a generated 20,000-row HubSpot contacts export: the same aggregates as pinned', () => {
  it('as the bench imports it', async () => {
    const v = await imported(benchText);
    const a = v.aggregates;
    expect([a.records, a.skipped, a.problemCount, a.periods.length]).toEqual([20_000, 0, 0, 7]);
    const jan = a.periods[0]!;
    expect(jan.period).toBe('2024-01');
    expect([jan.records, jan.reached.mql, jan.reached.customer, jan.sla[0]!.handedOver, jan.sla[0]!.within, jan.scoring[0]!.above]).toEqual(PINNED.bench.jan);
    expect(digest(v)).toBe(PINNED.bench.digest);
  });

  it('scored with fit rules of each operator, by quarter', async () => {
    expect(recognise(HUBSPOT_CONTACT_COLUMNS).kind).toBe('recognised');
    const v = await imported(benchText, { ...scoredByRules, unit: 'quarter' });
    const q1 = v.aggregates.periods[0]!;
    expect(q1.period).toBe('2024-Q1');
    expect(q1.scoring.map((s) => [s.source, s.above, s.aboveConverted, s.below, s.belowConverted])).toEqual(PINNED.rules.q1);
    expect(digest(v)).toBe(PINNED.rules.digest);
  });

  it('with bad, empty and US dates, unknown words, formulas and blank rows, semicolons', async () => {
    const v = await imported(messy(), scoredByRules);
    const a = v.aggregates;
    expect([a.records, a.skipped, a.problemCount, a.problems.length, v.unknown.length, v.otherUnknown]).toEqual(PINNED.messy.counts);
    expect(a.dateOrders.map((d) => `${d.column}:${d.order}:${d.from}`)).toEqual(PINNED.messy.orders);
    expect(digest(v)).toBe(PINNED.messy.digest);
  });
});

const PINNED = {
  bench: { jan: [3419, 997, 45, 923, 179, 1397], digest: '9e40cc3d323fae91' },
  rules: {
    q1: [
      ['rules', 538, 90, 9480, 1437],
      ['rules', 6435, 89, 3583, 37],
    ],
    digest: '8107062db50fb6c2',
  },
  messy: { counts: [19905, 95, 678, 20, 40, 175], orders: ['8:dmy:custom', '9:dmy:custom', '10:dmy:custom', '11:dmy:custom', '12:mdy:data'], digest: '463de5d317e3df8b' },
};
