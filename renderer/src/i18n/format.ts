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

/** The separators and digits a locale writes numbers with (read from Intl, cached per locale). */
interface NumberSymbols {
  decimal: string;
  group: string;
  /** The locale's ten digits, '0'…'9' in Latin scripts. */
  digits: string[];
}
const symbolsCache = new Map<string, NumberSymbols>();
function numberSymbols(): NumberSymbols {
  const locale = currentLocale();
  let s = symbolsCache.get(locale);
  if (!s) {
    const f = cached('n:parse', () => new Intl.NumberFormat(currentLocale(), { useGrouping: true, maximumFractionDigits: 1 }));
    const parts = f.formatToParts(1234567.5);
    s = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      digits: Array.from({ length: 10 }, (_, d) => f.format(d)),
    };
    symbolsCache.set(locale, s);
  }
  return s;
}

/** Spaces a person types for a group separator that Intl writes as a (narrow) no-break space. */
const SPACES = /[\s\u00a0\u202f]/g;

/**
 * A number typed as the reader's locale writes it: "1.234,5" in de, "1,234.5" in en, "1 234,5"
 * in fr, Arabic-Indic digits where the locale uses them. Blank is null (an empty field);
 * `undefined` when the text is not a number in this locale (a sentence says so, nothing is
 * saved). Group separators are optional but, when used, must group as the locale does
 * ("1,5" is not a number in English: it is neither 15 nor 1.5). A trailing decimal separator
 * ("12," while typing "12,5") reads as the number so far.
 */
export function parseNumber(text: string): number | null | undefined {
  const { decimal, group, digits } = numberSymbols();
  let t = text.trim();
  if (!t) return null;
  digits.forEach((d, i) => {
    if (d !== String(i)) t = t.split(d).join(String(i));
  });
  // Bidi marks Intl puts around a sign (Arabic), and the typographic minus.
  t = t.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[\u2212\u2013]/g, '-');
  const spaceGroup = SPACES.test(group);
  SPACES.lastIndex = 0;
  const sign = /^[-+]/.test(t) ? t[0] : '';
  if (sign) t = t.slice(1).trimStart();
  const at = t.lastIndexOf(decimal);
  // A locale whose decimal and group look alike cannot be told apart: the first is decimal.
  let int = at >= 0 ? t.slice(0, at) : t;
  const frac = at >= 0 ? t.slice(at + decimal.length) : '';
  if (!/^\d*$/.test(frac)) return undefined;
  if (spaceGroup) int = int.replace(SPACES, ' ');
  const sep = spaceGroup ? ' ' : group;
  if (int.includes(sep)) {
    const groups = int.split(sep);
    if (groups.some((g) => !/^\d+$/.test(g)) || groups[0]!.length > 3) return undefined;
    const plain = groups.join('');
    // Either the locale's own grouping (Indian 12,34,567 included) or groups of three.
    if (int !== formatGrouped(plain, sep) && groups.slice(1).some((g) => g.length !== 3)) return undefined;
    int = plain;
  }
  if (!/^\d*$/.test(int) || (!int && !frac)) return undefined;
  const n = Number(`${sign}${int || '0'}.${frac || '0'}`);
  return Number.isFinite(n) ? n : undefined;
}

/** An integer string grouped as the locale groups it, with `sep` between the groups. */
function formatGrouped(plainDigits: string, sep: string): string {
  try {
    const parts = new Intl.NumberFormat(currentLocale(), { useGrouping: true, numberingSystem: 'latn' }).formatToParts(BigInt(plainDigits));
    return parts.map((p) => (p.type === 'group' ? sep : p.value)).join('');
  } catch {
    return '';
  }
}

/** A number as typed back into a field: the locale's decimal separator, no grouping. */
export function formatNumberForInput(n: number): string {
  return formatNumber(n, { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * The language the catalogue's sentences are written in. Plurals follow it, not the reader's
 * formatting locale: an English sentence read on a French system still says "0 cards" (French
 * would say "0 carte"). A translated catalogue sets its own (with the forms its language needs).
 */
let wordsLanguage = 'en';
export function setWordsLanguage(language: string): void {
  wordsLanguage = language;
}

/** The word forms a count can take; `other` always, the rest as the language has them. */
export type PluralForms = { readonly other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;

const pluralRules = new Map<string, Intl.PluralRules>();
/** Which form a count takes in the catalogue's language (Intl.PluralRules: 'one', 'few', 'other'…). */
export function pluralCategory(n: number, language = wordsLanguage): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(language);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(language, rules);
  }
  return rules.select(n);
}

/**
 * "1 card", "3 cards": the count and the form of the word its language's plural rules choose.
 * `plural(n, 'card', 'cards')` for a language with one and other (English), or
 * `plural(n, { one, few, many, other })` for one with more.
 */
export function plural(n: number, forms: PluralForms): string;
export function plural(n: number, one: string, other: string): string;
export function plural(n: number, one: string | PluralForms, other?: string): string {
  const forms: PluralForms = typeof one === 'string' ? { one, other: other ?? one } : one;
  return `${n} ${forms[pluralCategory(n)] ?? forms.other}`;
}

/**
 * Currency signs people type as a KPI's unit, and the currency each one means. A project keeps
 * its currency in its KPIs' units (there is no project-wide setting): "$", "€", "USD"… The
 * dollar sign means the reader's own dollar where the locale's region has one (en-CA: CAD).
 */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = { '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS', '₫': 'VND', '₱': 'PHP', 'R$': 'BRL', 'CHF': 'CHF', 'Fr.': 'CHF' };
const DOLLAR_BY_REGION: Readonly<Record<string, string>> = { CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', MX: 'MXN', TW: 'TWD', AR: 'ARS', CL: 'CLP', CO: 'COP' };

/** The ISO 4217 code a KPI's unit names, or null when the unit is not money ("%", "leads", "days"). */
export function currencyOfUnit(unit: string): string | null {
  const u = unit.trim();
  if (!u) return null;
  if (u === '$' || u === 'US$') {
    if (u === 'US$') return 'USD';
    const region = /[-_]([A-Z]{2})\b/.exec(currentLocale())?.[1] ?? '';
    return DOLLAR_BY_REGION[region] ?? 'USD';
  }
  if (CURRENCY_SIGNS[u]) return CURRENCY_SIGNS[u]!;
  if (/^[A-Za-z]{3}$/.test(u)) {
    const code = u.toUpperCase();
    try {
      const known = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('currency');
      if (known ? known.includes(code) : u === code) return code;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * A figure with its unit, the one formatter of every KPI figure (screens, report, briefing,
 * deck): money in its currency the reader's way ("$4,000,000" in en-US, "4.000.000 $" in
 * de-DE), a percentage as the locale writes one ("35%", "35 %"), anything else as number and
 * unit ("120 leads"). Null is "—".
 */
export function formatAmount(n: number | null, unit = ''): string {
  if (n === null || !Number.isFinite(n)) return '—';
  const u = unit.trim();
  if (!u) return formatNumber(n);
  if (u === '%') return formatNumber(n / 100, { style: 'percent', maximumFractionDigits: 2 });
  const currency = currencyOfUnit(u);
  if (currency) {
    const whole = Number.isInteger(n) || Math.abs(n) >= 1000;
    return formatNumber(n, { style: 'currency', currency, ...(whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}) });
  }
  return `${formatNumber(n)} ${u}`;
}
