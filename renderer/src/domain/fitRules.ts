/**
 * Fit rules, the one evaluator (issue 20 item 4): "who the lead is" compared the way a CRM
 * compares a property. Text equals (the only kind there was before, so a rule saved without an
 * operator reads as it), text contains, one of a list, and numbers: equals, at least, at most,
 * between (both ends count). The handoff's score calculator (domain/leadScore.ts scoreLead)
 * and the CRM import's scoring (domain/crm/aggregate.ts) both compile rules here and ask
 * `fitMatches`, so a sample lead typed in the calculator and the same lead read from an export
 * get the same points.
 *
 * A rule's values are stored as the person typed them (text), whatever the operator: a value
 * that does not fit it (a number rule with "fifty") is never thrown away; the rule counts for
 * nobody and says why (`FitValueProblem`), in the editor and in the calculator. Which export
 * column or CRM property an attribute is: domain/crmProperties.ts.
 */
import { parseAmount } from './crm/cells';
import { fitListItems, fitOperator, fitText } from './fitOperators';

export { FIT_OPERATORS, fitListItems, fitOperator, fitText, NUMBER_OPERATORS, type FitOperator } from './fitOperators';

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
