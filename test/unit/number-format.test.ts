/**
 * The project's number format (issue 23 item 11): one formatter for every figure, following the
 * project's number locale and currency; the action that sets them (one undo step, refusals in
 * words); the migration that gives older projects en-US and US dollars.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initProject, setNumberFormat } from '../../renderer/src/document/actions/project';
import { historyOf } from '../../renderer/src/document/history';
import { migrate } from '../../renderer/src/document/migrations';
import { readSnapshot } from '../../renderer/src/document/projection';
import { SCHEMA_VERSION } from '../../renderer/src/document/schema';
import { canonicalCurrency, canonicalLocale, numberFormatForLocale, parseNumberIn, readNumberFormat } from '../../renderer/src/domain/numberFormat';
import { formatAmount, formatMoney, formatNumber, formatPercent, parseNumber, setFormatLocale, setProjectNumberFormat } from '../../renderer/src/i18n/format';
import { projectWithMap, worded } from './helpers';
import { setFunnelNumber, setFunnelStep } from '../../renderer/src/document/actions/alignment';
import { funnelCsv } from '../../renderer/src/features/alignment/funnelCsv';
import { readCsv } from '../csv';
import { literalDoc, migratedApart } from './migration-helpers';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the formatter follows the project’s format', () => {
  afterEach(() => {
    setProjectNumberFormat(undefined);
    setFormatLocale(undefined);
  });

  it('writes money, numbers and percentages the project’s way', () => {
    setProjectNumberFormat({ locale: 'en-US', currency: 'USD' });
    expect(formatMoney(4_000_000)).toBe('$4,000,000');
    expect(formatMoney(12.5)).toBe('$12.50');
    expect(formatAmount(21_500, '$')).toBe('$21,500');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatPercent(35)).toBe('35%');
    setProjectNumberFormat({ locale: 'de-DE', currency: 'EUR' });
    expect(nb(formatMoney(4_000_000))).toBe('4.000.000 €');
    // A KPI typed in "$" is the project's money; one in another named currency keeps it.
    expect(nb(formatAmount(4_000_000, '$'))).toBe('4.000.000 €');
    expect(nb(formatAmount(80, '£'))).toBe('80 £');
    expect(nb(formatNumber(1234.5))).toBe('1.234,5');
    expect(nb(formatPercent(35))).toBe('35 %');
    setProjectNumberFormat({ locale: 'en-GB', currency: 'GBP' });
    expect(formatMoney(920_000)).toBe('£920,000');
    setProjectNumberFormat({ locale: 'fr-FR', currency: 'EUR' });
    expect(nb(formatMoney(4_000_000))).toBe('4 000 000 €');
  });

  it('reads numbers typed in the project’s locale, with or without the currency around them', () => {
    setProjectNumberFormat({ locale: 'de-DE', currency: 'EUR' });
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('4.000.000 €', true)).toBe(4_000_000);
    expect(parseNumber('4000000 EUR', true)).toBe(4_000_000);
    expect(parseNumber('1,234.5')).toBeUndefined();
    expect(parseNumber('4.000.000 €')).toBeUndefined();
    expect(parseNumberIn('en-US', '$4,000,000', 'USD')).toBe(4_000_000);
    expect(parseNumberIn('fr-FR', '4 000 000 €', 'EUR')).toBe(4_000_000);
  });

  it('checks locales and currencies, and picks a new project’s format from its creator’s locale', () => {
    expect(canonicalLocale('de-de')).toBe('de-DE');
    expect(canonicalLocale('not a locale')).toBeNull();
    expect(canonicalLocale('')).toBeNull();
    expect(canonicalCurrency('eur')).toBe('EUR');
    expect(canonicalCurrency('EURO')).toBeNull();
    expect(canonicalCurrency('XYZ')).toBeNull();
    expect(numberFormatForLocale('de')).toEqual({ locale: 'de-DE', currency: 'EUR' });
    expect(numberFormatForLocale('en-GB')).toEqual({ locale: 'en-GB', currency: 'GBP' });
    expect(numberFormatForLocale('en-US')).toEqual({ locale: 'en-US', currency: 'USD' });
    expect(numberFormatForLocale(undefined)).toEqual({ locale: 'en-US', currency: 'USD' });
    expect(readNumberFormat('???', 42)).toEqual({ locale: 'en-US', currency: 'USD' });
  });
});

describe('setNumberFormat', () => {
  it('sets the locale and the currency in one undo step; undo and redo restore each', () => {
    const { doc } = projectWithMap();
    expect(readSnapshot(doc).info).toMatchObject({ numberLocale: 'en-US', currency: 'USD' });
    const r = setNumberFormat(doc, { locale: 'de-DE', currency: 'eur' });
    expect(r).toEqual({ ok: true, value: { locale: 'de-DE', currency: 'EUR' } });
    expect(readSnapshot(doc).info).toMatchObject({ numberLocale: 'de-DE', currency: 'EUR' });
    const undo = historyOf(doc)!;
    undo.undo();
    expect(readSnapshot(doc).info).toMatchObject({ numberLocale: 'en-US', currency: 'USD' });
    expect(undo.canRedo()).toBe(true);
    undo.redo();
    expect(readSnapshot(doc).info).toMatchObject({ numberLocale: 'de-DE', currency: 'EUR' });
    // The same format again is no change and no undo step.
    const steps = undo.undoStack.length;
    expect(setNumberFormat(doc, { currency: 'EUR' }).ok).toBe(true);
    expect(undo.undoStack.length).toBe(steps);
  });

  it('refuses a tag or a code Intl does not know, with a sentence, and keeps the format', () => {
    const { doc } = projectWithMap();
    expect(worded(setNumberFormat(doc, { locale: 'not a locale' }))).toEqual({
      ok: false,
      message: '“not a locale” is not a number format Baton knows (it looks like en-US or de-DE). The project keeps its format.',
    });
    expect(worded(setNumberFormat(doc, { currency: 'EURO' }))).toEqual({
      ok: false,
      message: '“EURO” is not a currency code Baton knows (three letters, like USD or EUR). The project keeps its currency.',
    });
    expect(readSnapshot(doc).info).toMatchObject({ numberLocale: 'en-US', currency: 'USD' });
  });
});

/** A literal version-5 document: no number format in the meta; KPIs with money units. */
const versionFiveDoc = (units: string[]) =>
  literalDoc(
    { projectId: 'v5', title: 'Before the number format', schemaVersion: 5 },
    { kpis: Object.fromEntries(units.map((unit, i) => [`k${i}`, { name: `KPI ${i}`, unit, order: i }])) },
  );

describe('006-number-format', () => {
  it('gives an older project en-US and US dollars, what "$" meant where it was made', () => {
    const doc = versionFiveDoc(['$', '%', 'leads']);
    expect(migrate(doc)).toEqual({ ok: true, from: 5, to: SCHEMA_VERSION, applied: ['006-number-format'] });
    expect(readSnapshot(doc).info).toMatchObject({ schemaVersion: SCHEMA_VERSION, numberLocale: 'en-US', currency: 'USD' });
    expect(doc.getMap('meta').get('currency')).toBe('USD');
  });

  it('keeps the one currency the KPIs name ("€" everywhere: euros); mixed currencies read as US dollars', () => {
    const euros = versionFiveDoc(['€', 'EUR', '%']);
    migrate(euros);
    expect(readSnapshot(euros).info).toMatchObject({ numberLocale: 'en-US', currency: 'EUR' });
    const mixed = versionFiveDoc(['€', '£']);
    migrate(mixed);
    expect(readSnapshot(mixed).info.currency).toBe('USD');
  });

  it('two copies migrated apart merge into the same format', () => {
    const [a, b] = migratedApart(versionFiveDoc(['£']));
    expect(readSnapshot(a).info).toEqual(readSnapshot(b).info);
    expect(readSnapshot(a).info.currency).toBe('GBP');
  });

  it('a new project carries its creator’s format from the start', () => {
    const doc = new Y.Doc();
    initProject(doc, 'p', 'Neu', { locale: 'de-DE', currency: 'EUR' });
    expect(readSnapshot(doc).info).toMatchObject({ numberLocale: 'de-DE', currency: 'EUR', schemaVersion: SCHEMA_VERSION });
    expect(migrate(doc)).toEqual({ ok: true, from: SCHEMA_VERSION, to: SCHEMA_VERSION, applied: [] });
  });
});

describe('the funnel plan’s CSV', () => {
  it('writes plain numbers and names the project’s currency in the money columns’ headers', () => {
    const { doc } = projectWithMap();
    setFunnelNumber(doc, 'revenueGoal', 4_000_000);
    setFunnelNumber(doc, 'avgDealSize', 40_000);
    for (const [id, rate] of [['step-leads', 10], ['step-mql', 30], ['step-sql', 50], ['step-opportunities', 50]] as const) setFunnelStep(doc, id, { ratePct: rate });
    setNumberFormat(doc, { locale: 'de-DE', currency: 'EUR' });
    const rows = readCsv(funnelCsv(readSnapshot(doc)));
    expect(rows[0]).toEqual(['Step', 'Planned rate (%)', 'Actual rate (%)', 'Leads needed', 'Leads at actual rates', 'Shortfall (leads)', 'Revenue goal (EUR)', 'Average deal size (EUR)']);
    expect(rows.slice(1).map((r) => [r[0], r[3], r[6]])).toEqual([
      ['Leads', '13340', '4000000'],
      ['MQLs', '1334', '4000000'],
      ['SQLs', '400', '4000000'],
      ['Opportunities', '200', '4000000'],
    ]);
  });
});
