/**
 * One formatter for every KPI figure (i18n/format.ts formatAmount): money in the currency its
 * unit names, written the reader's way; percentages as the locale writes them; other units
 * after the number. The report once printed "4,000,000 $" on a US-Letter page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { currencyOfUnit, formatAmount, setFormatLocale } from '../../renderer/src/i18n/format';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatAmount', () => {
  afterEach(() => setFormatLocale(undefined));

  it('writes dollars the US way in en-US and the German way in de-DE', () => {
    setFormatLocale('en-US');
    expect(formatAmount(4_000_000, '$')).toBe('$4,000,000');
    expect(formatAmount(21_500, 'USD')).toBe('$21,500');
    expect(formatAmount(12.5, '$')).toBe('$12.50');
    setFormatLocale('de-DE');
    expect(nb(formatAmount(4_000_000, '€'))).toBe('4.000.000 €');
    expect(nb(formatAmount(4_000_000, '$'))).toBe('4.000.000 $');
  });

  it('reads the dollar of the reader’s region', () => {
    setFormatLocale('en-CA');
    expect(currencyOfUnit('$')).toBe('CAD');
    setFormatLocale('en-US');
    expect(currencyOfUnit('$')).toBe('USD');
    expect(currencyOfUnit('eur')).toBe('EUR');
    expect(currencyOfUnit('leads')).toBeNull();
    expect(currencyOfUnit('%')).toBeNull();
    expect(currencyOfUnit('day')).toBeNull();
  });

  it('writes percentages, other units and missing figures', () => {
    setFormatLocale('en-US');
    expect(formatAmount(35, '%')).toBe('35%');
    expect(formatAmount(120, 'leads')).toBe('120 leads');
    expect(formatAmount(1234.5, '')).toBe('1,234.5');
    expect(formatAmount(null, '$')).toBe('—');
    setFormatLocale('fr-FR');
    expect(nb(formatAmount(35, '%'))).toBe('35 %');
  });
});
