/**
 * The pseudo-locale: every string of the catalogue made about 40% longer and accented, so a
 * tester sees at once which layouts clip or overflow with longer languages (German, Finnish…)
 * and which text does not come from the catalogue (it stays plain English). Developers turn it
 * on with `?pseudo` in the address or the toggle in Help › Display settings.
 */

const ACCENTS: Record<string, string> = {
  a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', y: 'ý', c: 'ç', n: 'ñ',
  A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', Y: 'Ý', C: 'Ç', N: 'Ñ',
};

/** "Add card" → "[Ádd çárd ~~~]": about 40% longer, still readable, bracketed to spot clipping. */
export function pseudoString(s: string): string {
  if (!/\p{L}/u.test(s)) return s;
  const accented = s.replace(/[a-zA-Z]/g, (ch) => ACCENTS[ch] ?? ch);
  // Brackets count towards the 40%: 2 + padding ≈ 0.4 × length.
  const pad = Math.max(1, Math.ceil(s.length * 0.4) - 2);
  return `[${accented}${' ' + '~'.repeat(Math.max(0, pad - 1))}]`;
}

type Catalogue = Record<string, unknown>;

/** Rewrites a catalogue in place: strings lengthened, functions wrapped, nested records too. */
export function pseudoLocalize(catalogue: Catalogue, seen = new Set<unknown>()): void {
  if (seen.has(catalogue)) return;
  seen.add(catalogue);
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') catalogue[key] = pseudoString(value);
    else if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      catalogue[key] = (...args: unknown[]) => {
        const out = fn(...args);
        return typeof out === 'string' ? pseudoString(out) : out;
      };
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (typeof value[i] === 'string') value[i] = pseudoString(value[i] as string);
        else if (value[i] && typeof value[i] === 'object') pseudoLocalize(value[i] as Catalogue, seen);
      }
    } else if (value && typeof value === 'object') pseudoLocalize(value as Catalogue, seen);
  }
}
