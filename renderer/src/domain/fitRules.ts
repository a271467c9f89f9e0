/**
 * Fit rules, the one evaluator (issue 20 item 4): "who the lead is" compared the way a CRM
 * compares a property. Text equals (the only kind there was before, so a rule saved without an
 * operator reads as it), text contains, one of a list, and numbers: equals, at least, at most,
 * between (both ends count). The handoff's score calculator (domain/alignment.ts scoreLead)
 * and the CRM import's scoring (domain/crm/aggregate.ts) both compile rules here and ask
 * `fitMatches`, so a sample lead typed in the calculator and the same lead read from an export
 * get the same points.
 *
 * A rule's values are stored as the person typed them (text), whatever the operator: a value
 * that does not fit it (a number rule with "fifty") is never thrown away; the rule counts for
 * nobody and says why (`FitValueProblem`), in the editor and in the calculator.
 */
import { parseAmount } from './crm/cells';

export const FIT_OPERATORS = ['is', 'contains', 'in', 'eq', 'gte', 'lte', 'between'] as const;
export type FitOperator = (typeof FIT_OPERATORS)[number];

/** The operators that compare numbers (their values must read as numbers). */
export const NUMBER_OPERATORS: ReadonlySet<FitOperator> = new Set<FitOperator>([
  'eq',
  'gte',
  'lte',
  'between',
]);

/** What a fit rule holds, as stored (or as a test builds it): `op` absent means 'is' (rules saved before operators). */
export interface FitRuleInput {
  readonly id: string;
  readonly attribute: string;
  readonly op?: string;
  readonly value: string;
  /** The upper end of 'between'. */
  readonly valueTo?: string;
  readonly points: unknown;
}

export type FitValueProblem =
  /** Nothing to compare with. */
  | 'no-value'
  /** A number rule whose value is not a number. */
  | 'not-a-number'
  /** 'between' without its upper end. */
  | 'no-upper'
  | 'upper-not-a-number'
  /** 'between' whose lower end is above its upper end. */
  | 'reversed';

/** The operator of a stored rule: anything unknown or missing is 'is', the old equality. */
export function fitOperator(op: unknown): FitOperator {
  return (FIT_OPERATORS as readonly unknown[]).includes(op) ? (op as FitOperator) : 'is';
}

/** Text as compared: trimmed, runs of spaces as one, lower case (how 'is' always compared). */
export const fitText = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mm: 1e6, b: 1e9, bn: 1e9 };

/**
 * A number as people and CRMs write one: 1000, 1,000, 1.000,50, 1 000, €5,000, USD 5000, a
 * minus sign, and k / M / bn ("5M" is 5,000,000). Null for anything else, and for a cell a
 * spreadsheet would run as a formula (domain/crm/cells.ts parseAmount decides that).
 */
export function fitNumber(raw: string): number | null {
  let s = raw.trim();
  if (!s) return null;
  let sign = 1;
  if (s[0] === '-' || s[0] === '\u2212') {
    sign = -1;
    s = s.slice(1).trim();
  } else if (s[0] === '+') s = s.slice(1).trim();
  let scale = 1;
  const m = /^(.*\d)\s*(k|mn|mm|m|bn|b)$/i.exec(s);
  if (m) {
    s = m[1]!;
    scale = SUFFIX[m[2]!.toLowerCase()]!;
  }
  const n = parseAmount(s);
  return n === null ? null : sign * n * scale || 0;
}

/**
 * The items of a list rule ("Germany, France"): split at semicolons or new lines when there is
 * one (so "Korea, Republic of; Japan" stays two), else at commas; trimmed, blanks and repeats dropped.
 */
export function fitListItems(raw: string): string[] {
  const parts = /[;\n]/.test(raw) ? raw.split(/[;\n]/) : raw.split(',');
  const out: string[] = [];
  const seen = new Set<string>();
  for (const p of parts) {
    const t = p.trim();
    if (t && !seen.has(fitText(t))) {
      seen.add(fitText(t));
      out.push(t);
    }
  }
  return out;
}

/**
 * A range typed in one box ("50–1,000", "50 to 1000"), split into its two ends; null when it
 * is not one. Used when a rule saved as text ('is 50–1,000') is switched to 'between'.
 */
export function splitRange(raw: string): { from: string; to: string } | null {
  const m = /^\s*(-?[^\s–—-][^–—]*?)\s*(?:–|—|-|\bto\b|\.\.)\s*([^\s–—-].*?)\s*$/i.exec(raw);
  if (!m || fitNumber(m[1]!) === null || fitNumber(m[2]!) === null) return null;
  return { from: m[1]!, to: m[2]! };
}

/** A rule, compiled once: either a test of a lead's value, or why it counts for nobody. */
export type CompiledFitTest =
  | { readonly ok: true; readonly matches: (leadValue: string) => boolean }
  | { readonly ok: false; readonly problem: FitValueProblem };

export function compileFitTest(
  rule: Pick<FitRuleInput, 'op' | 'value' | 'valueTo'>,
): CompiledFitTest {
  const op = fitOperator(rule.op);
  const value = rule.value ?? '';
  if (!value.trim()) return { ok: false, problem: 'no-value' };
  switch (op) {
    case 'is': {
      const want = fitText(value);
      return { ok: true, matches: (v) => fitText(v) === want };
    }
    case 'contains': {
      const want = fitText(value);
      return { ok: true, matches: (v) => fitText(v).includes(want) };
    }
    case 'in': {
      const set = new Set(fitListItems(value).map(fitText));
      return { ok: true, matches: (v) => set.has(fitText(v)) };
    }
    default: {
      const a = fitNumber(value);
      if (a === null) return { ok: false, problem: 'not-a-number' };
      const num = (v: string) => fitNumber(v);
      if (op === 'eq') return { ok: true, matches: (v) => num(v) === a };
      if (op === 'gte') return { ok: true, matches: (v) => (num(v) ?? -Infinity) >= a };
      if (op === 'lte') return { ok: true, matches: (v) => (num(v) ?? Infinity) <= a };
      const to = rule.valueTo ?? '';
      if (!to.trim()) return { ok: false, problem: 'no-upper' };
      const b = fitNumber(to);
      if (b === null) return { ok: false, problem: 'upper-not-a-number' };
      if (a > b) return { ok: false, problem: 'reversed' };
      return {
        ok: true,
        matches: (v) => {
          const n = num(v);
          return n !== null && n >= a && n <= b;
        },
      };
    }
  }
}

/** What is wrong with a rule's values for its operator, or null when it can be checked (the editor's sentence). */
export function fitValueProblem(
  rule: Pick<FitRuleInput, 'op' | 'value' | 'valueTo'>,
): FitValueProblem | null {
  const t = compileFitTest(rule);
  return t.ok ? null : t.problem;
}

export interface CompiledFitRule {
  readonly id: string;
  /** The attribute as compared (fitText). */
  readonly key: string;
  readonly attribute: string;
  readonly points: number;
  readonly matches: (leadValue: string) => boolean;
}

export type FitRuleSkip =
  | { readonly kind: 'bad-points'; readonly ruleId: string }
  | { readonly kind: 'bad-value'; readonly ruleId: string; readonly problem: FitValueProblem };

/**
 * The rules that can score, compiled once (the import runs them on every row), and those that
 * cannot with why: no valid points, or values that do not fit the operator.
 */
export function compileFitRules(
  rules: readonly FitRuleInput[],
  toNumber: (v: unknown) => number | null,
): { rules: CompiledFitRule[]; skipped: FitRuleSkip[] } {
  const out: CompiledFitRule[] = [];
  const skipped: FitRuleSkip[] = [];
  for (const r of rules) {
    // A row still being typed (no attribute or no value yet) counts for nobody and says nothing, as before operators.
    if (!r.attribute.trim() || !r.value.trim()) continue;
    const points = toNumber(r.points);
    if (points === null) {
      skipped.push({ kind: 'bad-points', ruleId: r.id });
      continue;
    }
    const test = compileFitTest(r);
    if (!test.ok) {
      skipped.push({ kind: 'bad-value', ruleId: r.id, problem: test.problem });
      continue;
    }
    out.push({
      id: r.id,
      key: fitText(r.attribute),
      attribute: r.attribute.trim(),
      points,
      matches: test.matches,
    });
  }
  return { rules: out, skipped };
}

/**
 * Whether a lead's value of the rule's attribute meets it. A lead with no value (undefined or
 * blank) meets no rule: not knowing a company's size never earns or costs points.
 */
export function fitMatches(rule: CompiledFitRule, leadValue: string | undefined): boolean {
  if (leadValue === undefined || !leadValue.trim()) return false;
  return rule.matches(leadValue);
}

// ---------------------------------------------------------------------------------------------
// The CRM's names for the attributes rules are usually about

/** A property both CRMs have, by its export column names and internal names. */
export interface CrmProperty {
  readonly hubspot: string;
  readonly salesforce: string;
  /** Names people and exports use for it (compared as `headerWord`). */
  readonly names: readonly string[];
}

export const CRM_PROPERTIES: readonly CrmProperty[] = [
  {
    hubspot: 'numberofemployees',
    salesforce: 'NumberOfEmployees',
    names: [
      'company size',
      'number of employees',
      'no of employees',
      'employees',
      'employee count',
      'headcount',
      'numberofemployees',
    ],
  },
  {
    hubspot: 'annualrevenue',
    salesforce: 'AnnualRevenue',
    names: ['revenue', 'annual revenue', 'annualrevenue', 'company revenue'],
  },
  {
    hubspot: 'country',
    salesforce: 'Country',
    names: ['country', 'country region', 'country/region'],
  },
  {
    hubspot: 'state',
    salesforce: 'State',
    names: ['state', 'state region', 'state/region', 'province'],
  },
  { hubspot: 'city', salesforce: 'City', names: ['city'] },
  { hubspot: 'industry', salesforce: 'Industry', names: ['industry'] },
  { hubspot: 'jobtitle', salesforce: 'Title', names: ['job title', 'title', 'jobtitle', 'role'] },
];

/** A column or attribute name as compared: lower case, anything but letters and digits as one space. */
export const headerWord = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The known CRM property an attribute name means, if any ("Company size" → numberofemployees). */
export function crmPropertyOf(attribute: string): CrmProperty | null {
  const w = headerWord(attribute);
  return (
    CRM_PROPERTIES.find(
      (p) =>
        p.names.some((n) => headerWord(n) === w) ||
        headerWord(p.hubspot) === w ||
        headerWord(p.salesforce) === w,
    ) ?? null
  );
}

/**
 * The export's column for each rule attribute (by `fitText` of the attribute): a header with
 * the same name, else one of the same CRM property ("Company size" reads "Number of Employees").
 * Attributes the file has no column for are left out (their rules count for nobody there).
 */
export function attributeColumns(
  headers: readonly string[],
  attributes: readonly string[],
): Record<string, number> {
  const words = headers.map(headerWord);
  const out: Record<string, number> = {};
  for (const a of attributes) {
    if (!a.trim()) continue;
    const key = fitText(a);
    if (key in out) continue;
    let col = words.indexOf(headerWord(a));
    if (col < 0) {
      const p = crmPropertyOf(a);
      if (p) col = words.findIndex((w) => w && crmPropertyOf(w) === p);
    }
    if (col >= 0) out[key] = col;
  }
  return out;
}
