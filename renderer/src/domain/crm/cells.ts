/**
 * Reading one cell of a CRM export. A cell is text until a rule reads it as a number, a date
 * or a word of the CRM's vocabulary, and nothing is ever evaluated: a cell that starts with
 * `=`, `+`, `-` or `@` is what a spreadsheet would run as a formula (OWASP "CSV injection"),
 * so it is text here, never a number or a date, and it is never written anywhere.
 */

/** A cell a spreadsheet would run as a formula. */
export function isFormula(cell: string): boolean {
  const c = cell.trimStart().charCodeAt(0);
  return c === 61 /* = */ || c === 43 /* + */ || c === 45 /* - */ || c === 64 /* @ */;
}

/** The cell as plain text: trimmed, with the apostrophe a spreadsheet puts before a formula sign taken off. */
export function cellText(raw: string | undefined): string {
  if (raw === undefined) return '';
  const t = raw.trim();
  return t.charCodeAt(0) === 39 /* ' */ && /^'[=+\-@]/.test(t) ? t.slice(1) : t;
}

/** A word for comparing with vocabulary: lower case, runs of spaces, dashes and underscores as one space. */
export function vocabularyKey(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s_\-–]+/g, ' ');
}

/**
 * An amount: 1234, 1,234.50, 1.234,50 (European), 1 234,50, with a currency sign or code
 * before or after. Null when the cell is empty, a formula, or not an amount.
 */
export function parseAmount(raw: string): number | null {
  // The common case (a score, a plain amount: digits only) without a regular expression.
  const n0 = raw.length;
  if (n0 > 0 && n0 <= 15) {
    let v = 0;
    let k = 0;
    for (; k < n0; k++) {
      const ch = raw.charCodeAt(k);
      if (ch < 48 || ch > 57) break;
      v = v * 10 + ch - 48;
    }
    if (k === n0) return v;
  }
  const cell = cellText(raw);
  if (!cell || isFormula(cell)) return null;
  const s = cell.replace(/^(?:[A-Z]{3}|[$€£¥])\s*/, '').replace(/\s*(?:[A-Z]{3}|[$€£¥])$/, '').replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // The later one is the decimal mark.
    normal = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    // 1,234 (thousands) vs 12,5 (decimal): three digits after a single comma mean thousands.
    const parts = s.split(',');
    normal = parts.length === 2 && parts[1]!.length !== 3 ? `${parts[0]}.${parts[1]}` : parts.join('');
  } else if (lastDot >= 0) {
    const parts = s.split('.');
    normal = parts.length > 2 ? parts.join('') : s;
  } else normal = s;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/** A yes/no cell (Salesforce's Converted, Won, Closed): true, false, or null when it is neither. */
export function parseFlag(raw: string): boolean | null {
  const k = vocabularyKey(cellText(raw));
  if (['true', '1', 'yes', 'y', 'x', 'wahr', 'ja', 'oui', 'vrai', 'sí', 'si'].includes(k)) return true;
  if (['false', '0', 'no', 'n', 'falsch', 'nein', 'non', 'faux', ''].includes(k)) return k === '' ? null : false;
  return null;
}
