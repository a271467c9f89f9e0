/**
 * Dates as CRM exports and the spreadsheets that re-save them write them: ISO (2024-03-05,
 * 2024-03-05T14:30:00Z, 2024-03-05 14:30), US (03/05/2024 2:30 PM), European (05.03.2024,
 * 05/03/2024 14:30) and spreadsheet serial numbers (45356.6 = days since 1899-12-30). Whether
 * 05/03/2024 is the 5th of March or the 3rd of May is decided per column from its data (a
 * first part above 12 is a day, a second part above 12 is a day), falling back to the
 * separator's custom (dots: day first; slashes: month first, as HubSpot's and Salesforce's
 * US exports write). Times without a zone are read as UTC: every figure Baton keeps is a
 * difference or a month, which a zone does not change.
 */
import { cellText, isFormula } from './cells';

export type DateOrder = 'mdy' | 'dmy';

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const PARTS = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})(?:[T\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const SERIAL = /^\d{1,7}(?:[.,]\d+)?$/;
const EPOCH_MS = /^\d{12,13}$/;
const DAY_MS = 86_400_000;
/** 1899-12-30: day 0 of the spreadsheets' serial dates (Lotus's leap-year bug included). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil): no Date object per cell. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number | null {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  // 31.02.2024 is not a date (Date.UTC would roll it over into March).
  if (d > (mo === 2 && leap(y) ? 29 : MONTH_DAYS[mo - 1]!)) return null;
  return daysFromCivil(y, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000;
}

const digit = (c: number) => c >= 48 && c <= 57;
/**
 * The common exact forms, 2024-03-05 and 2024-03-05[ T]14:30[:00][Z], read without a regular
 * expression (each digit read once, unrolled: a million-row export has millions of these):
 * their moment, BAD_DATE when they are no date (2024-02-31), NaN when the cell is in another
 * form (the slow path reads it).
 */
function fastIso(s: string): number {
  const n = s.length;
  if (n !== 10 && n !== 16 && n !== 17 && n !== 19 && n !== 20) return NaN;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  // Each is 0..9 when it is a digit (`>>> 0` makes a negative one huge).
  const y0 = s.charCodeAt(0) - 48;
  const y1 = s.charCodeAt(1) - 48;
  const y2 = s.charCodeAt(2) - 48;
  const y3 = s.charCodeAt(3) - 48;
  const m0 = s.charCodeAt(5) - 48;
  const m1 = s.charCodeAt(6) - 48;
  const d0 = s.charCodeAt(8) - 48;
  const d1 = s.charCodeAt(9) - 48;
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) return NaN;
  let h = 0;
  let mi = 0;
  let sec = 0;
  if (n !== 10) {
    const sep = s.charCodeAt(10);
    if ((sep !== 32 && sep !== 84) || s.charCodeAt(13) !== 58) return NaN;
    const h0 = s.charCodeAt(11) - 48;
    const h1 = s.charCodeAt(12) - 48;
    const i0 = s.charCodeAt(14) - 48;
    const i1 = s.charCodeAt(15) - 48;
    if (h0 >>> 0 > 9 || h1 >>> 0 > 9 || i0 >>> 0 > 9 || i1 >>> 0 > 9) return NaN;
    h = h0 * 10 + h1;
    mi = i0 * 10 + i1;
    let end = 16;
    if (n >= 19) {
      if (s.charCodeAt(16) !== 58) return NaN;
      const s0 = s.charCodeAt(17) - 48;
      const s1 = s.charCodeAt(18) - 48;
      if (s0 >>> 0 > 9 || s1 >>> 0 > 9) return NaN;
      sec = s0 * 10 + s1;
      end = 19;
    }
    if (end < n && !(end === n - 1 && (s.charCodeAt(end) === 90 || s.charCodeAt(end) === 122))) return NaN;
  }
  return utcOrBad(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1, d0 * 10 + d1, h, mi, sec);
}

/** The day number of the first of each month, 1950 to 2149, worked out once each. */
const MONTH_START_FROM = 1950;
const monthStarts = new Float64Array(200 * 12).fill(NaN);
function monthStart(y: number, mo: number): number {
  const i = (y - MONTH_START_FROM) * 12 + mo - 1;
  if (i < 0 || i >= monthStarts.length) return daysFromCivil(y, mo, 1);
  let v = monthStarts[i]!;
  if (v !== v) monthStarts[i] = v = daysFromCivil(y, mo, 1);
  return v;
}

/** utc() as one number: BAD_DATE for a date that does not exist. */
function utcOrBad(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return BAD_DATE;
  if (d > (mo === 2 && leap(y) ? 29 : MONTH_DAYS[mo - 1]!)) return BAD_DATE;
  return (monthStart(y, mo) + d - 1) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000;
}

/** What a column's day/month dates say about their order: evidence for each, and the separator seen. */
export interface OrderEvidence {
  dayFirst: number;
  monthFirst: number;
  separator: string;
}

export const noEvidence = (): OrderEvidence => ({ dayFirst: 0, monthFirst: 0, separator: '' });

/** Adds one cell's evidence (a cell that is not a day/month date adds none). */
export function addEvidence(ev: OrderEvidence, raw: string): void {
  const m = PARTS.exec(cellText(raw));
  if (!m) return;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (!ev.separator) ev.separator = m[2]!;
  if (a > 12 && b <= 12) ev.dayFirst++;
  else if (b > 12 && a <= 12) ev.monthFirst++;
}

/**
 * The order of a column's dates. 'conflict' when some dates can only be day-first and others
 * only month-first (two formats in one column: the person is asked to fix the file).
 */
export function decideOrder(ev: OrderEvidence): { order: DateOrder; from: 'data' | 'custom' } | { order: 'conflict' } {
  if (ev.dayFirst && ev.monthFirst) return { order: 'conflict' };
  if (ev.dayFirst) return { order: 'dmy', from: 'data' };
  if (ev.monthFirst) return { order: 'mdy', from: 'data' };
  return { order: ev.separator === '/' ? 'mdy' : 'dmy', from: 'custom' };
}

/** What dateMs answers for a cell that holds something that is not a date. */
export const BAD_DATE = -Infinity;

/**
 * A date cell as milliseconds since 1970 (UTC), or null when it is empty. 'bad' when it holds
 * something that is not a date (and formulas are never dates).
 */
export function parseDate(raw: string, order: DateOrder): number | null | 'bad' {
  const t = dateMs(raw, order);
  return t !== t ? null : t === BAD_DATE ? 'bad' : t;
}

/**
 * parseDate as one number, what the import reads each cell with (a union of a number, null and
 * a word would box every moment a million-row file returns): NaN when the cell is empty,
 * BAD_DATE when it is not a date.
 */
export function dateMs(raw: string, order: DateOrder): number {
  if (raw.length === 0) return NaN;
  if (raw.length >= 10 && raw.length <= 20 && digit(raw.charCodeAt(0))) {
    const fast = fastIso(raw);
    if (fast === fast) return fast;
  }
  return slowDate(raw, order);
}

/** Every other form, by regular expressions: ISO with a zone or single digits, day/month dates, epoch ms, serials. */
function slowDate(raw: string, order: DateOrder): number {
  const cell = cellText(raw);
  if (!cell) return NaN;
  if (isFormula(cell)) return BAD_DATE;
  let m = ISO.exec(cell);
  if (m) {
    const t = utc(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
    if (t === null) return BAD_DATE;
    const zone = m[7];
    if (zone && zone.toUpperCase() !== 'Z') {
      const z = /([+-])(\d{2}):?(\d{2})/.exec(zone)!;
      const offset = (Number(z[2]) * 60 + Number(z[3])) * 60_000;
      return z[1] === '+' ? t - offset : t + offset;
    }
    return t;
  }
  m = PARTS.exec(cell);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    let y = Number(m[4]);
    if (m[4]!.length === 2) y += y < 70 ? 2000 : 1900;
    let h = Number(m[5] ?? 0);
    const ampm = m[8]?.toLowerCase();
    if (ampm) {
      if (h < 1 || h > 12) return BAD_DATE;
      if (ampm === 'pm' && h < 12) h += 12;
      if (ampm === 'am' && h === 12) h = 0;
    }
    const [d, mo] = order === 'dmy' ? [a, b] : [b, a];
    const t = utc(y, mo, d, h, Number(m[6] ?? 0), Number(m[7] ?? 0));
    return t === null ? BAD_DATE : t;
  }
  if (EPOCH_MS.test(cell)) return Number(cell);
  if (SERIAL.test(cell)) {
    const days = Number(cell.replace(',', '.'));
    // 1 = 1900-01-01 … 2958465 = 9999-12-31; a serial date before 1990 is no CRM record.
    if (days < 32874 || days > 2958465) return BAD_DATE;
    return Math.round(SERIAL_EPOCH + days * DAY_MS);
  }
  return BAD_DATE;
}

export type PeriodUnit = 'month' | 'quarter';

/** The period a moment falls in: '2024-03' (month) or '2024-Q1' (quarter), in UTC. */
export function periodOf(t: number, unit: PeriodUnit): string {
  // One answer per day, kept: a million rows fall on a few hundred days.
  const day = Math.floor(t / DAY_MS);
  const cache = unit === 'month' ? monthOfDay : quarterOfDay;
  let p = cache.get(day);
  if (p === undefined) {
    const d = new Date(day * DAY_MS);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth();
    p = unit === 'month' ? `${y}-${String(m + 1).padStart(2, '0')}` : `${y}-Q${Math.floor(m / 3) + 1}`;
    if (cache.size > 50_000) cache.clear();
    cache.set(day, p);
  }
  return p;
}
const monthOfDay = new Map<number, string>();
const quarterOfDay = new Map<number, string>();

/** A period key typed or stored ('2024-03', '2024-Q1', 'Q1 2024', '2024 Q1'), as a key; null when it is none. */
export function periodKey(raw: string): string | null {
  const s = raw.trim().toUpperCase();
  let m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]}`;
  m = /^(\d{4})[\s-]*Q([1-4])$/.exec(s) ?? null;
  if (m) return `${m[1]}-Q${m[2]}`;
  m = /^Q([1-4])[\s-]*(\d{4})$/.exec(s);
  if (m) return `${m[2]}-Q${m[1]}`;
  return null;
}
