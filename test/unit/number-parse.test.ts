import { afterEach, describe, expect, it } from 'vitest';
import { formatNumberForInput, parseNumber, setFormatLocale } from '../../renderer/src/i18n/format';

afterEach(() => setFormatLocale(undefined));

describe('numbers are read as the person’s locale writes them', () => {
  it('English: comma groups, point decimals', () => {
    setFormatLocale('en');
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('1234.5')).toBe(1234.5);
    expect(parseNumber(' -12 ')).toBe(-12);
    expect(parseNumber('12.')).toBe(12);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('1,234,567')).toBe(1234567);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('   ')).toBeNull();
    // Not numbers in English: said so, never guessed.
    for (const bad of ['1,5', '1.234,5', '12x', 'sixty', '1.2.3', '-', ',', '1e5', '12,34', '1234,567']) expect(parseNumber(bad), bad).toBeUndefined();
  });

  it('German: point groups, comma decimals', () => {
    setFormatLocale('de');
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1234,5')).toBe(1234.5);
    expect(parseNumber('0,25')).toBe(0.25);
    expect(parseNumber('12,')).toBe(12);
    expect(parseNumber('1.000.000')).toBe(1000000);
    for (const bad of ['1,234.5', '1.5', '1,2,3']) expect(parseNumber(bad), bad).toBeUndefined();
    expect(formatNumberForInput(1234.5)).toBe('1234,5');
  });

  it('French: (narrow) no-break space groups, typed as a plain space too', () => {
    setFormatLocale('fr');
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber('1\u202f234,5')).toBe(1234.5);
    expect(parseNumber('1\u00a0234')).toBe(1234);
    expect(parseNumber('1.5')).toBeUndefined();
  });

  it('Indian grouping and Arabic-Indic digits', () => {
    setFormatLocale('en-IN');
    expect(parseNumber('12,34,567.5')).toBe(1234567.5);
    expect(parseNumber('1,234,567')).toBe(1234567);
    setFormatLocale('ar-EG');
    const typed = formatNumberForInput(1234.5);
    expect(typed).not.toBe('1234.5');
    expect(parseNumber(typed)).toBe(1234.5);
  });

  it('what a field shows reads back as the same number, in every locale', () => {
    for (const locale of ['en', 'de', 'fr', 'es', 'en-IN', 'ar-EG', 'hi-IN', 'ja', 'de-CH']) {
      setFormatLocale(locale);
      for (const n of [0, 1, -3, 12.5, 1234.5, 1000000, 0.125, -9876.25]) expect(parseNumber(formatNumberForInput(n)), `${locale} ${n}`).toBe(n);
    }
  });
});
