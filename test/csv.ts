import Papa from 'papaparse';

/**
 * Reads back the CSV Baton writes (RFC 4180: quotes, doubled quotes, CRLF rows) with papaparse,
 * the reader the CRM import uses, so the tests check what a spreadsheet would see rather than a
 * reader of their own. The byte-order mark goes first; a final CRLF ends the last row.
 * `delimiter`: the list separator a spreadsheet splits on (a comma, a semicolon in German or
 * French Excel, a tab for tab-separated text).
 */
export function readCsv(text: string, delimiter = ','): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(body, { delimiter, newline: '\r\n' }).data;
  return body.endsWith('\r\n') ? rows.slice(0, -1) : rows;
}
