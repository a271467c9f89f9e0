/**
 * Fit rules that can be checked (issue 20 item 4): the one evaluator (domain/fitRules.ts) for
 * each operator, its edges and bad values; a rule saved before operators reads and scores as it
 * did; the score calculator and the CRM import agree on the same rows (figures worked out by
 * hand below); the RevOps specification writes each kind in HubSpot's and Salesforce's terms.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addHandoffItem } from '../../renderer/src/document/actions/alignment';
import { migrate } from '../../renderer/src/document/migrations';
import { readSnapshot } from '../../renderer/src/document/projection';
import { SCHEMA_VERSION } from '../../renderer/src/document/schema';
import { scoreLead, type ScoringRules } from '../../renderer/src/domain/leadScore';
import {
  createReducer,
  recognise,
  revopsCsv,
  revopsJson,
  revopsSpec,
  type HandoffSpec,
} from '../../renderer/src/domain/crm';
import {
  compileFitTest,
  fitListItems,
  fitNumber,
  fitValueProblem,
  splitRange,
  type FitRuleInput,
} from '../../renderer/src/domain/fitRules';
import { attributeColumns } from '../../renderer/src/domain/crmProperties';
import {
  HUBSPOT_FIRMOGRAPHIC_COLUMNS,
  hubspotContactsWithFirmographics,
  toCells,
} from '../crm/fixtures';
import { setUp } from './crm-helpers';
import { literalDoc, rec } from './migration-helpers';

const test = (op: string, value: string, valueTo = '') => {
  const t = compileFitTest({ op, value, valueTo });
  if (!t.ok) throw new Error(t.problem);
  return t.matches;
};

// How people and CRMs write numbers, and what the evaluator reads them as (null: not a number).
const NUMBERS: [written: string, read: number | null][] = [
  ['1000', 1000],
  ['1,000', 1000],
  [' 1 000 ', 1000],
  ['1.000,50', 1000.5],
  ['2.5', 2.5],
  ['€7.500.000', 7_500_000],
  ['5M', 5_000_000],
  ['2.5k', 2500],
  ['1bn', 1e9],
  ['-10', -10],
  ...['', 'fifty', '12 people', '=1+1', '@SUM(A1)', '5 M M', 'M'].map((bad): [string, null] => [bad, null]),
];

// Each operator at its edges: the rule (operator, value, upper end), a lead's cell, whether it is met.
const MATCHES: [op: string, value: string, valueTo: string, cell: string, met: boolean][] = [
  // Text: is (as before: case and spaces do not matter), contains, is any of.
  ['is', 'Software', '', 'software', true],
  ['is', 'Software', '', '  SOFTWARE ', true],
  ['is', 'Software', '', 'Software services', false],
  ['is', 'Software', '', '', false],
  ['contains', 'vp', '', 'VP Marketing', true],
  ['contains', 'vp', '', 'Senior VP', true],
  ['contains', 'vp', '', 'Director', false],
  ['in', 'Germany, France,  United Kingdom ', '', 'germany', true],
  ['in', 'Germany, France,  United Kingdom ', '', 'United Kingdom', true],
  ['in', 'Germany, France,  United Kingdom ', '', 'Spain', false],
  ['in', 'Germany, France,  United Kingdom ', '', 'Germany, France', false],
  // Numbers: equals, at least, at most and between, both ends counting.
  ['eq', '1,000', '', '1000', true],
  ['eq', '1,000', '', '1000.0', true],
  ['eq', '1,000', '', '999', false],
  ['eq', '1,000', '', 'a thousand', false],
  ['gte', '5M', '', '5000000', true],
  ['gte', '5M', '', '4,999,999', false],
  ['gte', '5M', '', '12,000,000', true],
  ['gte', '5M', '', '', false],
  ['gte', '5M', '', 'n/a', false],
  ['lte', '10', '', '10', true],
  ['lte', '10', '', '11', false],
  ['lte', '10', '', '0', true],
  ['lte', '10', '', 'ten', false],
  ['between', '50', '1,000', '49', false],
  ['between', '50', '1,000', '50', true],
  ['between', '50', '1,000', '200', true],
  ['between', '50', '1,000', '1000', true],
  ['between', '50', '1,000', '1,001', false],
  ['between', '50', '1,000', 'fifty', false],
  // An unknown operator is the old equality.
  ['sideways', 'X', '', 'x', true],
];

describe('the fit rule evaluator', () => {
  it.each(NUMBERS)('reads %j as %s', (written, read) => {
    expect(fitNumber(written)).toBe(read);
  });

  it.each(MATCHES)('%s %j (to %j): %j is met: %s', (op, value, valueTo, cell, met) => {
    expect(test(op, value, valueTo)(cell)).toBe(met);
  });

  it('reads a list by commas, or by semicolons when a value holds a comma', () => {
    expect(fitListItems('Korea, Republic of; Japan')).toEqual(['Korea, Republic of', 'Japan']);
    expect(fitListItems('a, A, ,b')).toEqual(['a', 'b']);
  });

  it('says why a rule cannot be checked, and keeps what was typed', () => {
    expect(fitValueProblem({ op: 'gte', value: 'fifty' })).toBe('not-a-number');
    expect(fitValueProblem({ op: 'between', value: '50', valueTo: '' })).toBe('no-upper');
    expect(fitValueProblem({ op: 'between', value: '50', valueTo: 'lots' })).toBe(
      'upper-not-a-number',
    );
    expect(fitValueProblem({ op: 'between', value: '1000', valueTo: '50' })).toBe('reversed');
    expect(fitValueProblem({ op: 'in', value: ' ' })).toBe('no-value');
    expect(fitValueProblem({ op: 'is', value: 'fifty' })).toBeNull();
    // An unknown operator is the old equality.
    expect(fitValueProblem({ op: 'sideways', value: 'x' })).toBeNull();
    expect(splitRange('50–1,000')).toEqual({ from: '50', to: '1,000' });
    expect(splitRange('50 to 1000')).toEqual({ from: '50', to: '1000' });
    expect(splitRange('RevOps or finance')).toBeNull();
  });

  it('in the calculator: each rule adds its points when met; a rule with bad values is named and counts for nobody', () => {
    const rules: ScoringRules = {
      fitRules: [
        {
          id: 'size',
          attribute: 'Company size',
          op: 'between',
          value: '50',
          valueTo: '1,000',
          points: 20,
        },
        { id: 'tiny', attribute: 'Company size', op: 'lte', value: '10', points: -10 },
        { id: 'rev', attribute: 'Annual revenue', op: 'gte', value: 'five million', points: 15 },
        { id: 'country', attribute: 'Country', op: 'in', value: 'Germany, France', points: 10 },
      ],
      engagementRules: [],
      threshold: 30,
    };
    const r = scoreLead(rules, {
      attributes: { 'company size': '1,000', Country: 'france', 'Annual revenue': '9M' },
      actions: [],
    });
    expect(r.lines.map((l) => [l.ruleId, l.points])).toEqual([
      ['size', 20],
      ['country', 10],
    ]);
    expect(r).toMatchObject({ score: 30, outcome: 'passes' });
    expect(r.problems).toEqual([
      {
        kind: 'bad-value',
        ruleId: 'rev',
        label: 'Annual revenue ≥ five million',
        problem: 'not-a-number',
      },
    ]);
    expect(scoreLead(rules, { attributes: { 'Company size': '4' }, actions: [] }).score).toBe(-10);
  });
});

/** A version-5 document as Baton wrote it before operators: a fit rule is attribute, value, points, order. */
const versionFiveDoc = () =>
  literalDoc(
    { schemaVersion: 5, projectId: 'p-old' },
    {
      handoffs: {
        h1: {
          mapId: 'm1',
          name: 'MQL to SQL',
          threshold: 20,
          fitRules: new Y.Map([['f1', rec({ attribute: 'Company size', value: '200-1000', points: 20, order: 1 })]]),
        },
      },
    },
  );

describe('a fit rule saved before operators', () => {
  it('opens as "is", the equality it was, and scores the same leads as before', () => {
    const doc = versionFiveDoc();
    expect(migrate(doc)).toMatchObject({ ok: true, to: SCHEMA_VERSION });
    const h = readSnapshot(doc).handoffs.h1!;
    expect(h.fitRules).toEqual([
      {
        id: 'f1',
        attribute: 'Company size',
        op: 'is',
        value: '200-1000',
        valueTo: '',
        points: 20,
        order: 1,
      },
    ]);
    const score = (v: string) =>
      scoreLead(h, { attributes: { 'Company size': v }, actions: [] }).score;
    // Before operators: equal text (case and spaces aside) scored, anything else did not.
    expect([score('200-1000'), score(' 200-1000 '), score('500'), score('')]).toEqual([
      20, 20, 0, 0,
    ]);
  });
});

// The contract's fit rules for the agreement test, and each contact's points worked out by hand:
//   Company size between 50 and 1,000 → +30; at most 10 → −20; Country is any of Germany,
//   United Kingdom → +20; Annual revenue at least 5M → +15; Job title contains VP → +40 (no such
//   column in the file: counts for nobody in both). Threshold 60 (the handoff's).
//   January:  Ada 200/UK/12M = 65 ≥ 60, reached SQL · Bob 1,000/DE/4,999,999 = 50, reached SQL ·
//             Cara 50/FR/5,000,000 = 45 · Dan 8/DE = 0 · Eve nothing = 0
//             → above 1 (1 converted), below 4 (1 converted)
//   February: Finn 1,001/uk/6M = 35, reached SQL · Gina "fifty"/DE/20M = 35 · Hal 120/DE/€7.5M = 65, reached SQL
//             → above 1 (1 converted), below 2 (1 converted)
const FIT: FitRuleInput[] = [
  {
    id: 'size',
    attribute: 'Company size',
    op: 'between',
    value: '50',
    valueTo: '1,000',
    points: 30,
  },
  { id: 'tiny', attribute: 'Company size', op: 'lte', value: '10', points: -20 },
  { id: 'country', attribute: 'Country', op: 'in', value: 'Germany, United Kingdom', points: 20 },
  { id: 'rev', attribute: 'Annual revenue', op: 'gte', value: '5M', points: 15 },
  { id: 'vp', attribute: 'Job title', op: 'contains', value: 'VP', points: 40 },
];

describe('the calculator and the import agree', () => {
  it('finds the columns of the rules’ attributes by name or by the CRM property they are', () => {
    expect(
      attributeColumns(
        HUBSPOT_FIRMOGRAPHIC_COLUMNS,
        FIT.map((r) => r.attribute),
      ),
    ).toEqual({
      'company size': HUBSPOT_FIRMOGRAPHIC_COLUMNS.indexOf('Number of Employees'),
      country: HUBSPOT_FIRMOGRAPHIC_COLUMNS.indexOf('Country/Region'),
      'annual revenue': HUBSPOT_FIRMOGRAPHIC_COLUMNS.indexOf('Annual Revenue'),
    });
  });

  /** The import of the HubSpot fixture through one handoff (MQL to SQL, threshold 60) with these fit rules: its periods' scoring. */
  function importScoring(fitRules: FitRuleInput[], attributes: string[]) {
    const r = recognise(HUBSPOT_FIRMOGRAPHIC_COLUMNS);
    if (r.kind !== 'recognised') throw new Error('not recognised');
    const handoff: HandoffSpec = { id: 'h1', from: 'mql', to: 'sql', slaHours: null, threshold: 60, fitRules };
    const red = createReducer({
      mapping: r.mapping,
      unit: 'month',
      handoffs: [handoff],
      answers: {},
      fitColumns: attributeColumns(HUBSPOT_FIRMOGRAPHIC_COLUMNS, attributes),
    });
    toCells(HUBSPOT_FIRMOGRAPHIC_COLUMNS, hubspotContactsWithFirmographics()).forEach((c, i) => red.add(c, i + 2));
    const out = red.finish();
    if (!out.ok) throw new Error('reduce');
    return out.aggregates.periods.map((p) => p.scoring);
  }
  /** One handoff's scoring line as the import writes it. */
  const scoring = (source: 'rules' | 'crm', above: number, aboveConverted: number, below: number, belowConverted: number) => [
    { handoffId: 'h1', source, threshold: 60, above, aboveConverted, below, belowConverted },
  ];

  it('on the same rows: the import scores with the contract’s rules, the calculator says the same of each lead', () => {
    const [jan, feb] = importScoring(
      FIT,
      FIT.map((x) => x.attribute),
    );
    expect(jan).toEqual(scoring('rules', 1, 1, 4, 1));
    expect(feb).toEqual(scoring('rules', 1, 1, 2, 1));

    const rows = hubspotContactsWithFirmographics();
    // The calculator, lead by lead, with the attributes as a person would type them from the row.
    const scores = rows.map(
      (row) =>
        scoreLead(
          { fitRules: FIT, engagementRules: [], threshold: 60 },
          {
            attributes: {
              'Company size': row['Number of Employees']!,
              Country: row['Country/Region']!,
              'Annual revenue': row['Annual Revenue']!,
            },
            actions: [],
          },
        ).score,
    );
    expect(scores).toEqual([65, 50, 45, 0, 0, 35, 35, 65]);
    const passed = (month: string) =>
      rows.filter((row, i) => row['Create Date']!.startsWith(month) && scores[i]! >= 60).length;
    expect([passed('2024-01'), passed('2024-02')]).toEqual([jan![0]!.above, feb![0]!.above]);
  });

  it('without a column for any rule, the import falls back to the file’s own score column', () => {
    const [jan] = importScoring([FIT[4]!], ['Job title']);
    // HubSpot Score: Ada 80, Bob 70, Cara 65 at or above 60 (Ada and Bob reached SQL); Dan 20, Eve 5 below.
    expect(jan).toEqual(scoring('crm', 3, 2, 2, 0));
  });
});

describe('the RevOps specification writes each kind of rule as the CRMs configure it', () => {
  function project() {
    const p = setUp();
    addHandoffItem(p.doc, p.handoffId, 'fitRules', {
      attribute: 'Company size',
      op: 'between',
      value: '50',
      valueTo: '1,000',
      points: 20,
    });
    addHandoffItem(p.doc, p.handoffId, 'fitRules', {
      attribute: 'Annual revenue',
      op: 'gte',
      value: '5M',
      points: 15,
    });
    addHandoffItem(p.doc, p.handoffId, 'fitRules', {
      attribute: 'Country',
      op: 'in',
      value: "Germany; Korea, Republic of; Côte d'Ivoire",
      points: 10,
    });
    addHandoffItem(p.doc, p.handoffId, 'fitRules', {
      attribute: 'Job title',
      op: 'contains',
      value: 'VP',
      points: 5,
    });
    addHandoffItem(p.doc, p.handoffId, 'fitRules', {
      attribute: 'Industry',
      value: 'Software',
      points: 5,
    });
    addHandoffItem(p.doc, p.handoffId, 'fitRules', {
      attribute: 'Company size',
      op: 'lte',
      value: 'ten',
      points: -10,
    });
    return p;
  }

  it('JSON: HubSpot filter operators with value and highValue, Salesforce operators and SOQL', () => {
    const spec = JSON.parse(revopsJson(revopsSpec(project().snap())));
    const [size, revenue, country, title, industry, bad] = spec.handoffs[0].fitRules;
    expect(size).toMatchObject({
      operator: 'between',
      value: '50',
      valueTo: '1,000',
      points: 20,
      hubspot: { property: 'numberofemployees', operator: 'BETWEEN', value: 50, highValue: 1000 },
      salesforce: {
        field: 'NumberOfEmployees',
        soql: 'NumberOfEmployees >= 50 AND NumberOfEmployees <= 1000',
      },
    });
    expect(revenue).toMatchObject({
      hubspot: { property: 'annualrevenue', operator: 'GTE', value: 5_000_000 },
      salesforce: {
        field: 'AnnualRevenue',
        operator: 'greater or equal',
        soql: 'AnnualRevenue >= 5000000',
      },
    });
    expect(country).toMatchObject({
      hubspot: {
        property: 'country',
        operator: 'IN',
        values: ['Germany', 'Korea, Republic of', "Côte d'Ivoire"],
      },
      salesforce: { soql: "Country IN ('Germany', 'Korea, Republic of', 'Côte d\\'Ivoire')" },
    });
    expect(title).toMatchObject({
      hubspot: { property: 'jobtitle', operator: 'CONTAINS_TOKEN', value: 'VP' },
      salesforce: { field: 'Title', operator: 'contains', soql: "Title LIKE '%VP%'" },
    });
    // A rule saved without an operator is the text equality it was.
    expect(industry).toMatchObject({
      operator: 'is',
      hubspot: { property: 'industry', operator: 'EQ', value: 'Software' },
      salesforce: { operator: 'equals', soql: "Industry = 'Software'" },
    });
    // A rule that cannot be checked is named, and nothing half-right is configured.
    expect(bad).toMatchObject({
      problem: 'not-a-number',
      hubspot: { operator: '' },
      salesforce: { operator: '', soql: '' },
    });
  });

  it('CSV: the same, read back with papaparse', () => {
    const text = revopsCsv(revopsSpec(project().snap()));
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const fit = parsed.data
      .filter((r) => r.Section === 'Fit rule')
      .map((r) => [
        r.Rule,
        r.Value,
        r['HubSpot property'],
        r['HubSpot operator'],
        r['HubSpot value'],
        r['Salesforce operator'],
        r['Salesforce value'],
      ]);
    expect(fit).toEqual([
      [
        'is between',
        '50 – 1,000',
        'numberofemployees',
        'BETWEEN',
        '50 – 1000',
        'greater or equal AND less or equal',
        'NumberOfEmployees >= 50 AND NumberOfEmployees <= 1000',
      ],
      [
        'is at least',
        '5M',
        'annualrevenue',
        'GTE',
        '5000000',
        'greater or equal',
        'AnnualRevenue >= 5000000',
      ],
      [
        'is any of',
        "Germany; Korea, Republic of; Côte d'Ivoire",
        'country',
        'IN',
        "Germany;Korea, Republic of;Côte d'Ivoire",
        'equals (any of)',
        "Country IN ('Germany', 'Korea, Republic of', 'Côte d\\'Ivoire')",
      ],
      ['contains', 'VP', 'jobtitle', 'CONTAINS_TOKEN', 'VP', 'contains', "Title LIKE '%VP%'"],
      ['is', 'Software', 'industry', 'EQ', 'Software', 'equals', "Industry = 'Software'"],
      ['Cannot be checked (not-a-number)', 'ten', 'numberofemployees', '', '', '', ''],
    ]);
  });
});
