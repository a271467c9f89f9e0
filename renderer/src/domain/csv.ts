/**
 * CSV as RFC 4180 writes it (comma separated, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled), plus a guard against formula injection:
 * a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula, so such a cell gets a leading apostrophe and is shown as the text it was.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * A whole file: a header row, then the rows, each ending in CRLF. It starts with a byte-order
 * mark because Excel reads a CSV without one in the computer's legacy code page and garbles
 * every accent.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return '\uFEFF' + [header, ...rows].map((r) => csvRow(r) + '\r\n').join('');
}
