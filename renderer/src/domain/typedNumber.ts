/**
 * Numbers as people type them into the alignment's fields (funnel rates, deal sizes, KPI targets,
 * score thresholds): pure, no locale. The project's display format is numberFormat.ts.
 */

/**
 * A finite number from a number or a numeric string (" 12 ", "3.5", "1,5"); null for anything
 * else (NaN, Infinity, "", "abc", objects). Commas are read as decimal points.
 */
export function toNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const t = v.trim().replace(',', '.');
  if (!t || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
