/**
 * Limits on what people type or paste, and the one function that applies them.
 * Every name and text from outside passes through `cleanText`, so the rules (trim, limit,
 * refuse empty names) are the same everywhere and each outcome has a sentence for the user.
 */
export const LIMITS = {
  projectTitle: 120,
  mapTitle: 120,
  stageName: 80,
  stageDescription: 400,
  laneName: 60,
  cardText: 2000,
  stagesPerMap: 200,
  lanesPerMap: 40,
  cardsPerPaste: 100,
  cardsPerMap: 20000,
} as const;

export type CleanText =
  | { ok: true; value: string; truncated: boolean }
  | { ok: false; reason: 'empty' };

/** Control characters except tab and newline; they break layout and CSV export. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function cleanText(
  raw: string,
  max: number,
  opts: { allowEmpty?: boolean; singleLine?: boolean } = {},
): CleanText {
  let value = String(raw ?? '').replace(CONTROL, '');
  if (opts.singleLine) value = value.replace(/\s*[\r\n]+\s*/g, ' ');
  value = value.trim();
  if (!value && !opts.allowEmpty) return { ok: false, reason: 'empty' };
  let truncated = false;
  // Count by code points so an emoji is never cut in half.
  const chars = Array.from(value);
  if (chars.length > max) {
    value = chars.slice(0, max).join('').trimEnd();
    truncated = true;
  }
  return { ok: true, value, truncated };
}
