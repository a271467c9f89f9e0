/**
 * Dates and numbers in one place for every screen. Dates follow the reader's language (the
 * browser's, or the desktop app's); numbers and money follow the open project's format (its
 * number locale and currency, domain/numberFormat.ts), so a figure reads the same on every
 * machine, in the PDF, the deck and the CSV files. Outside a project, and in Node, numbers
 * follow the reader's language too; tests can force a locale for both.
 */
import {
  canonicalCurrency,
  currencySymbol,
  formatMoneyIn,
  numberFormatter,
  parseNumberIn,
  type NumberFormatSpec,
} from '../domain/numberFormat';

let override: string | undefined;
let project: NumberFormatSpec | undefined;

/** The locale used for formatting dates: a forced one (tests), else the system's. */
export function currentLocale(): string {
  if (override) return override;
  if (typeof navigator !== 'undefined' && typeof navigator.language === 'string' && navigator.language) return navigator.language;
  return 'en';
}

/** The locale numbers are written in: a forced one (tests), else the open project's, else the system's. */
export function numberLocale(): string {
  return override ?? project?.locale ?? currentLocale();
}

/** Forces a locale for formatting (undefined: back to the project's and the system's). */
export function setFormatLocale(locale: string | undefined): void {
  override = locale;
  cache.clear();
}

/**
 * The open project's format, applied to every figure from now on (storage/openProject.ts sets it
 * from the project's meta, before the screens re-render for the change; undefined when it closes).
 */
export function setProjectNumberFormat(spec: NumberFormatSpec | undefined): void {
  project = spec;
}

/** The open project's format, if a project is open. */
export function projectNumberFormat(): NumberFormatSpec | undefined {
  return project;
}

/** The open project's currency, or undefined outside a project. */
export function projectCurrency(): string | undefined {
  return project?.currency;
}

const cache = new Map<string, Intl.DateTimeFormat>();
function cached<T extends Intl.DateTimeFormat>(key: string, make: () => T): T {
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
  return numberFormatter(numberLocale(), options).format(n);
}

/** An amount of the project's money: "$4,000,000", "4.000.000 €" (whole amounts without cents). */
export function formatMoney(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return '—';
  return formatMoneyIn(numberLocale(), projectCurrency() ?? dollarOfRegion(), n);
}

/** The project's money as a field shows what it saved: every cent kept ("4.250.000,50 €"). */
export function formatMoneyExact(n: number): string {
  return formatMoneyIn(numberLocale(), projectCurrency() ?? dollarOfRegion(), n, true);
}

/** A percentage the way the project writes one ("35%", "35 %"); `n` is in percent. */
export function formatPercent(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return '—';
  return formatNumber(n / 100, { style: 'percent', maximumFractionDigits: 2 });
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

/**
 * A number typed as the project writes numbers (domain/numberFormat.ts parseNumberIn): "1.234,5"
 * in de-DE, "1,234.5" in en-US; with `money`, the currency's sign or code may be typed too.
 */
export function parseNumber(text: string, money = false): number | null | undefined {
  return parseNumberIn(numberLocale(), text, money ? projectCurrency() : undefined);
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
 * "1 card", "3 cards", "1,340 leads": the count (written the project's way) and the form of the word its language's plural rules choose.
 * `plural(n, 'card', 'cards')` for a language with one and other (English), or
 * `plural(n, { one, few, many, other })` for one with more.
 */
export function plural(n: number, forms: PluralForms): string;
export function plural(n: number, one: string, other: string): string;
export function plural(n: number, one: string | PluralForms, other?: string): string {
  const forms: PluralForms = typeof one === 'string' ? { one, other: other ?? one } : one;
  return `${formatNumber(n)} ${forms[pluralCategory(n)] ?? forms.other}`;
}

/**
 * Currency signs people type as a KPI's unit, and the currency each one means. In a project
 * "$" is the project's own money (whatever its currency: a KPI typed with "$" in a project
 * switched to euros reads in euros); a sign or code of another currency ("£", "JPY") keeps
 * that currency, since its figures are in it. Outside a project "$" means the reader's own
 * dollar where the locale's region has one (en-CA: CAD).
 */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = { '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS', '₫': 'VND', '₱': 'PHP', 'R$': 'BRL', 'CHF': 'CHF', 'Fr.': 'CHF' };
const DOLLAR_BY_REGION: Readonly<Record<string, string>> = { CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', MX: 'MXN', TW: 'TWD', AR: 'ARS', CL: 'CLP', CO: 'COP' };

function dollarOfRegion(): string {
  const region = /[-_]([A-Z]{2})\b/.exec(numberLocale())?.[1] ?? '';
  return DOLLAR_BY_REGION[region] ?? 'USD';
}

/** The ISO 4217 code a KPI's unit names, or null when the unit is not money ("%", "leads", "days"). */
export function currencyOfUnit(unit: string): string | null {
  const u = unit.trim();
  if (!u) return null;
  if (u === 'US$') return 'USD';
  if (u === '$') return projectCurrency() ?? dollarOfRegion();
  if (CURRENCY_SIGNS[u]) return CURRENCY_SIGNS[u]!;
  return canonicalCurrency(u);
}

/** A KPI figure as a field shows what it saved: money with every cent, else the plain number. */
export function formatAmountExact(n: number, unit: string): string {
  const currency = currencyOfUnit(unit);
  return currency ? formatMoneyIn(numberLocale(), currency, n, true) : formatNumber(n, { maximumFractionDigits: 20 });
}

/** A unit as a heading names it: money as its currency's sign the project's way ("€" for a "$" KPI in a euro project). */
export function unitLabel(unit: string): string {
  const currency = currencyOfUnit(unit);
  return currency ? currencySymbol(numberLocale(), currency) : unit.trim();
}

/**
 * A figure with its unit, the one formatter of every KPI figure (screens, report, briefing,
 * deck): money in its currency the project's way ("$4,000,000" in en-US, "4.000.000 €" in
 * de-DE), a percentage as the locale writes one ("35%", "35 %"), anything else as number and
 * unit ("120 leads"). Null is "—".
 */
export function formatAmount(n: number | null, unit = ''): string {
  if (n === null || !Number.isFinite(n)) return '—';
  const u = unit.trim();
  if (!u) return formatNumber(n);
  if (u === '%') return formatPercent(n);
  const currency = currencyOfUnit(u);
  if (currency) return formatMoneyIn(numberLocale(), currency, n);
  return `${formatNumber(n)} ${u}`;
}
