/**
 * How a fit rule is stored and read (domain/fitRules.ts evaluates it): its operators, the
 * operator of a rule saved before there were any ('is'), how text is compared and how a list
 * rule's value splits into items. Small and apart from the evaluator because the document's
 * readers and the strings, which the home screen loads, need only this.
 */

export const FIT_OPERATORS = ['is', 'contains', 'in', 'eq', 'gte', 'lte', 'between'] as const;
export type FitOperator = (typeof FIT_OPERATORS)[number];

/** The operators that compare numbers (their values must read as numbers). */
export const NUMBER_OPERATORS: ReadonlySet<FitOperator> = new Set<FitOperator>(['eq', 'gte', 'lte', 'between']);

/** The operator of a stored rule: anything unknown or missing is 'is', the old equality. */
export function fitOperator(op: unknown): FitOperator {
  return (FIT_OPERATORS as readonly unknown[]).includes(op) ? (op as FitOperator) : 'is';
}

/** Text as compared: trimmed, runs of spaces as one, lower case (how 'is' always compared). */
export const fitText = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

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
