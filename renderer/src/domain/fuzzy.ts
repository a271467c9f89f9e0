/**
 * Fuzzy matching for the command palette, pure: "adst" finds "Add stage", "mql" finds the
 * handoff "MQL → SQL", accents and case don't matter. Higher scores rank first: a whole-word
 * start beats a match inside a word, which beats letters scattered through the text.
 */

/** Lower-case, without accents ("Équipe" → "equipe"). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

const isWordStart = (text: string, i: number) => i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]!);

/** The score of one query word in a (folded) text, or null when it does not occur even scattered. */
function tokenScore(token: string, text: string): number | null {
  if (!token) return 0;
  if (text === token) return 1000;
  if (text.startsWith(token)) return 900 - Math.min(100, text.length - token.length);
  // A word of the text starts with it.
  let at = text.indexOf(token);
  let best: number | null = null;
  while (at >= 0) {
    const s = (isWordStart(text, at) ? 800 : 600) - Math.min(200, at);
    best = best === null ? s : Math.max(best, s);
    at = text.indexOf(token, at + 1);
  }
  if (best !== null) return best;
  // Scattered letters, in order: rewards letters at word starts and runs of consecutive letters.
  let score = 300;
  let ti = 0;
  let prev = -2;
  for (let i = 0; i < text.length && ti < token.length; i++) {
    if (text[i] !== token[ti]) continue;
    if (i === prev + 1) score += 15;
    else if (isWordStart(text, i)) score += 10;
    else score -= Math.min(30, i - prev);
    prev = i;
    ti++;
  }
  return ti === token.length ? Math.max(1, score) : null;
}

/**
 * How well a query matches a text (null: not at all). Every word of the query must match;
 * `extra` (keywords, where a card sits) counts at half weight.
 */
export function fuzzyScore(query: string, text: string, extra = ''): number | null {
  const tokens = fold(query).split(/\s+/).filter(Boolean);
  if (!tokens.length) return 0;
  const main = fold(text);
  const more = fold(extra);
  let total = 0;
  for (const t of tokens) {
    const a = tokenScore(t, main);
    const b = more ? tokenScore(t, more) : null;
    if (a === null && b === null) return null;
    total += Math.max(a ?? 0, (b ?? 0) / 2);
  }
  // A whole query found as one piece of the text ranks above the same words scattered.
  const whole = fold(query).trim();
  if (tokens.length > 1 && main.includes(whole)) total += 200;
  return total;
}

export interface Ranked<T> {
  readonly item: T;
  readonly score: number;
}

/** The items that match, best first (ties keep their original order). */
export function rank<T>(query: string, items: readonly T[], textOf: (item: T) => string, extraOf?: (item: T) => string): Ranked<T>[] {
  const out: (Ranked<T> & { i: number })[] = [];
  items.forEach((item, i) => {
    const score = fuzzyScore(query, textOf(item), extraOf?.(item));
    if (score !== null) out.push({ item, score, i });
  });
  return out.sort((a, b) => b.score - a.score || a.i - b.i).map(({ item, score }) => ({ item, score }));
}
