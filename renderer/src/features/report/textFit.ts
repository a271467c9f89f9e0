/**
 * Line breaking without a browser: an estimate of how wide text is in a sans-serif face
 * (Arial's metrics, rounded up a little so a line never overflows in a wider font such as
 * DejaVu Sans), and a greedy word wrap that splits words longer than a line.
 */

/** Advance widths in em of Arial-like glyphs, grouped roughly. */
function charEm(c: string): number {
  if (c === ' ') return 0.28;
  if ('iljI.,:;\'!|'.includes(c)) return 0.26;
  if ('ftr()[]{}"-/\\*'.includes(c)) return 0.36;
  if ('mwMW@%'.includes(c)) return 0.86;
  if (c >= 'A' && c <= 'Z') return 0.68;
  if (c >= '0' && c <= '9') return 0.56;
  if (c.charCodeAt(0) > 0x2e80) return 1; // CJK and other wide scripts
  return 0.54;
}

export type Measure = (text: string, fontPx: number) => number;

export const estimateWidth: Measure = (text, fontPx) => {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * fontPx * 1.06;
};

/** Breaks text into lines no wider than `maxPx`; newlines in the text are kept. */
export function wrapText(text: string, maxPx: number, fontPx: number, measure: Measure = estimateWidth): string[] {
  const out: string[] = [];
  for (const para of text.split(/\r\n|\r|\n/)) {
    const words = para.split(/[ \t]+/).filter(Boolean);
    if (!words.length) {
      out.push('');
      continue;
    }
    let line = '';
    for (let word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, fontPx) <= maxPx) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      // A word longer than a whole line is cut where it no longer fits.
      while (measure(word, fontPx) > maxPx) {
        const chars = Array.from(word);
        let n = 1;
        while (n < chars.length && measure(chars.slice(0, n + 1).join(''), fontPx) <= maxPx) n++;
        out.push(chars.slice(0, n).join(''));
        word = chars.slice(n).join('');
      }
      line = word;
    }
    if (line) out.push(line);
  }
  // Trailing empty lines (a text ending in a newline) take room for nothing.
  while (out.length > 1 && out[out.length - 1] === '') out.pop();
  return out;
}
