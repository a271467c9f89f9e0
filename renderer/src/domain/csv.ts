/**
 * CSV as RFC 4180 writes it (comma separated, CRLF line ends, quotes doubled), made safe for
 * whichever delimiter the spreadsheet that opens it splits on. Excel splits on the list
 * separator of the computer's locale: a comma in English, a semicolon in German, French and
 * most of Europe; tab-separated text is split on tabs when pasted. So:
 *
 * - a field is quoted when it holds any of those delimiters (`,` `;` tab), a quote or a line
 *   break, so every reader that honours quotes keeps it one cell whatever it splits on;
 * - formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or a
 *   carriage return) as a formula (OWASP, "CSV Injection"). The field gets a leading
 *   apostrophe, shown as the text it was. And so does every *piece* of it that starts right
 *   after a delimiter or a line break: `Budget;=cmd|' /C calc'!A0` is written
 *   `"Budget;'=cmd|' /C calc'!A0"`, so even a reader that ignores the quotes (a naive split,
 *   "Text to columns" on a pasted cell) never gets a cell that starts with a formula sign.
 *   The cost: a line of a card that starts with "- " (a bullet) reads "'- " in the sheet.
 */

/** A formula sign, where a cell (or a piece of one) begins. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Where a reader may start a new cell or row: any delimiter Excel uses, or a line break. */
const PIECE_START = /([,;\t\r\n])(?=[=+\-@\t\r])/g;
const NEEDS_QUOTES = /[",;\t\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  s = s.replace(PIECE_START, "$1'");
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
