/**
 * A project's way of writing numbers and money (issue 23 item 11): its number locale (BCP 47,
 * "de-DE") and its currency (ISO 4217, "EUR"), kept in the project's meta so every screen, the
 * PDF, the deck and the CSV files write a figure the same way on every machine. This module is
 * pure: the formatters (Intl.NumberFormat, made once per locale and options), the parser of
 * typed numbers, and the checks the action uses. i18n/format.ts applies the open project's
 * format to them; nothing else builds an Intl.NumberFormat.
 */

export interface NumberFormatSpec {
  /** BCP 47 tag, canonical ("de-DE"). */
  readonly locale: string;
  /** ISO 4217 code, upper case ("EUR"). */
  readonly currency: string;
}

/** What a project without a format of its own writes (projects made before the setting). */
export const DEFAULT_NUMBER_FORMAT: NumberFormatSpec = { locale: 'en-US', currency: 'USD' };

/** The number locales the settings offer (any other valid tag is kept and shown too). */
export const OFFERED_LOCALES: readonly string[] = [
  'en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IE', 'en-IN', 'de-DE', 'de-AT', 'de-CH', 'fr-FR', 'fr-BE', 'fr-CA', 'fr-CH',
  'es-ES', 'es-MX', 'it-IT', 'nl-NL', 'nl-BE', 'pt-BR', 'pt-PT', 'sv-SE', 'da-DK', 'nb-NO', 'fi-FI', 'pl-PL', 'cs-CZ', 'ja-JP', 'zh-CN', 'ko-KR',
];

/** The currencies the settings offer (any other ISO 4217 code is kept and shown too). */
export const OFFERED_CURRENCIES: readonly string[] = [
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'JPY', 'CNY', 'KRW', 'INR', 'BRL', 'MXN', 'SGD', 'HKD', 'ZAR',
];

const EURO_REGIONS = ['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK'];
const REGION_CURRENCY: Readonly<Record<string, string>> = {
  ...Object.fromEntries(EURO_REGIONS.map((r) => [r, 'EUR'])),
  US: 'USD', GB: 'GBP', CA: 'CAD', AU: 'AUD', NZ: 'NZD', CH: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK',
  JP: 'JPY', CN: 'CNY', KR: 'KRW', IN: 'INR', BR: 'BRL', MX: 'MXN', SG: 'SGD', HK: 'HKD', ZA: 'ZAR', TW: 'TWD', AR: 'ARS',
  CL: 'CLP', CO: 'COP', IL: 'ILS', TR: 'TRY', RU: 'RUB', VN: 'VND', PH: 'PHP',
};

/** The canonical form of a BCP 47 tag Intl can write numbers in ("de-de" → "de-DE"), or null. */
export function canonicalLocale(tag: unknown): string | null {
  if (typeof tag !== 'string' || !tag.trim() || tag.length > 35) return null;
  try {
    const [c] = Intl.getCanonicalLocales(tag.trim());
    if (!c || Intl.NumberFormat.supportedLocalesOf([c]).length === 0) return null;
    return c;
  } catch {
    return null;
  }
}

let knownCurrencies: Set<string> | null | undefined;
/** The canonical form of an ISO 4217 code ("eur" → "EUR"), or null. */
export function canonicalCurrency(code: unknown): string | null {
  if (typeof code !== 'string' || !/^[A-Za-z]{3}$/.test(code.trim())) return null;
  const c = code.trim().toUpperCase();
  if (knownCurrencies === undefined) {
    try {
      const list = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('currency');
      knownCurrencies = list ? new Set(list) : null;
    } catch {
      knownCurrencies = null;
    }
  }
  return !knownCurrencies || knownCurrencies.has(c) ? c : null;
}

/**
 * The format a new project starts with: the creator's own locale (with its region: "de" reads
 * as "de-DE") and that region's currency, so a project looks the way it did before the setting.
 */
export function numberFormatForLocale(tag: string | undefined): NumberFormatSpec {
  const c = canonicalLocale(tag);
  if (!c) return DEFAULT_NUMBER_FORMAT;
  try {
    const loc = new Intl.Locale(c);
    const region = loc.region ?? loc.maximize().region;
    const locale = region ? (canonicalLocale(`${loc.language}-${region}`) ?? c) : c;
    return { locale, currency: (region && REGION_CURRENCY[region]) || DEFAULT_NUMBER_FORMAT.currency };
  } catch {
    return { locale: c, currency: DEFAULT_NUMBER_FORMAT.currency };
  }
}

/** A stored format read leniently: what is missing or wrong reads as the default. */
export function readNumberFormat(locale: unknown, currency: unknown): NumberFormatSpec {
  return {
    locale: canonicalLocale(locale) ?? DEFAULT_NUMBER_FORMAT.locale,
    currency: canonicalCurrency(currency) ?? DEFAULT_NUMBER_FORMAT.currency,
  };
}

const formatters = new Map<string, Intl.NumberFormat>();
/** One Intl.NumberFormat per locale and options, made on first use (they are slow to make). */
export function numberFormatter(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      f = new Intl.NumberFormat('en-US', options);
    }
    formatters.set(key, f);
  }
  return f;
}

/**
 * Money with its currency: whole amounts (and, in a sentence or a table, anything from 1,000
 * up) without cents. `exact` (a field showing what is saved) keeps the cents of any amount.
 */
export function formatMoneyIn(locale: string, currency: string, n: number, exact = false): string {
  const whole = Number.isInteger(n) || (!exact && Math.abs(n) >= 1000);
  return numberFormatter(locale, { style: 'currency', currency, ...(whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}) }).format(n);
}

/** The currency's sign as the locale writes it ("$", "€", "CHF"). */
export function currencySymbol(locale: string, currency: string): string {
  return numberFormatter(locale, { style: 'currency', currency }).formatToParts(1).find((p) => p.type === 'currency')?.value ?? currency;
}

/** A language and region and a currency in words, for the settings' choices. */
export function localeDisplayName(locale: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}
export function currencyDisplayName(currency: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'currency' }).of(currency) ?? currency;
  } catch {
    return currency;
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
function numberSymbols(locale: string): NumberSymbols {
  let s = symbolsCache.get(locale);
  if (!s) {
    const f = numberFormatter(locale, { useGrouping: true, maximumFractionDigits: 1 });
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
 * A number typed as the locale writes it: "1.234,5" in de, "1,234.5" in en, "1 234,5" in fr,
 * Arabic-Indic digits where the locale uses them, and with the currency's sign or code around
 * it when `currency` is given ("4.000.000 €", "$4,000,000": what a money field shows can be
 * typed back). Blank is null (an empty field); `undefined` when the text is not a number in
 * this locale (a sentence says so, nothing is saved). Group separators are optional but, when
 * used, must group as the locale does ("1,5" is not a number in English: it is neither 15 nor
 * 1.5). A trailing decimal separator ("12," while typing "12,5") reads as the number so far.
 */
export function parseNumberIn(locale: string, text: string, currency?: string): number | null | undefined {
  const { decimal, group, digits } = numberSymbols(locale);
  let t = text.trim();
  if (currency) t = withoutCurrency(locale, currency, t);
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
    if (int !== formatGrouped(locale, plain, sep) && groups.slice(1).some((g) => g.length !== 3)) return undefined;
    int = plain;
  }
  if (!/^\d*$/.test(int) || (!int && !frac)) return undefined;
  const n = Number(`${sign}${int || '0'}.${frac || '0'}`);
  return Number.isFinite(n) ? n : undefined;
}

/** The text without the currency's sign or code at either end ("4.000.000 €" → "4.000.000"). */
function withoutCurrency(locale: string, currency: string, text: string): string {
  const marks = [currencySymbol(locale, currency), currency, currency.toLowerCase()].sort((a, b) => b.length - a.length);
  let t = text;
  for (const m of marks) {
    if (t.startsWith(m)) t = t.slice(m.length);
    if (t.endsWith(m)) t = t.slice(0, -m.length);
  }
  return t.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
}

/** An integer string grouped as the locale groups it, with `sep` between the groups. */
function formatGrouped(locale: string, plainDigits: string, sep: string): string {
  try {
    const parts = numberFormatter(locale, { useGrouping: true, numberingSystem: 'latn' }).formatToParts(BigInt(plainDigits));
    return parts.map((p) => (p.type === 'group' ? sep : p.value)).join('');
  } catch {
    return '';
  }
}
