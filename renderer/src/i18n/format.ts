/**
 * Dates and numbers in the reader's own format (Intl), one place for every screen. The locale is
 * the browser's (or the desktop app's) language; tests and Node fall back to English.
 */

let override: string | undefined;

/** The locale used for formatting: a forced one (tests, the pseudo-locale), else the system's. */
export function currentLocale(): string {
  if (override) return override;
  if (typeof navigator !== 'undefined' && typeof navigator.language === 'string' && navigator.language) return navigator.language;
  return 'en';
}

/** Forces a locale for formatting (undefined: back to the system's). */
export function setFormatLocale(locale: string | undefined): void {
  override = locale;
  cache.clear();
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  const k = `${currentLocale()}|${key}`;
  let f = cache.get(k) as T | undefined;
  if (!f) {
    try {
      f = make();
    } catch {
      setFormatLocale('en');
      f = make();
    }
    cache.set(k, f);
  }
  return f;
}

/** 1,234.5 / 1.234,5 / ١٬٢٣٤٫٥ … with at most two decimals unless told otherwise. */
export function formatNumber(n: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 }): string {
  return cached(`n:${JSON.stringify(options)}`, () => new Intl.NumberFormat(currentLocale(), options)).format(n);
}

export type DateStyle = 'date' | 'long-date' | 'date-time' | 'time';
const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  'long-date': { dateStyle: 'long' },
  'date-time': { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
};

export function formatDate(at: number | Date, style: DateStyle = 'date'): string {
  return cached(`d:${style}`, () => new Intl.DateTimeFormat(currentLocale(), DATE_OPTIONS[style])).format(at);
}

/** A list in the reader's words: "A, B and C" / "A, B y C". */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  try {
    return new Intl.ListFormat(currentLocale(), { style: 'long', type }).format(items);
  } catch {
    return items.join(', ');
  }
}
