import { describe, expect, it } from 'vitest';
import { addCard, renameStage, setCardColor } from '../../renderer/src/document/actions';
import { csvCell, toCsv } from '../../renderer/src/domain/csv';
import { cardsCsv } from '../../renderer/src/features/report/exports';
import { projectWithMap } from './helpers';

/** A small RFC 4180 reader, to check that what we write reads back as the same cells; `delimiter`
 * is the list separator a spreadsheet splits on (a comma, a semicolon in German or French
 * Excel, a tab for tab-separated text). */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

describe('CSV cells (RFC 4180)', () => {
  it('leaves plain text alone and quotes commas, quotes and line breaks', () => {
    expect(csvCell('Webinar')).toBe('Webinar');
    expect(csvCell('Price, terms')).toBe('"Price, terms"');
    expect(csvCell('He said "no"')).toBe('"He said ""no"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('puts an apostrophe before cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-2 pains')).toBe("'-2 pains");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    // A tab is a delimiter too (tab-separated paste): quoted, and the piece after it guarded.
    expect(csvCell('\t=1')).toBe(`"'\t'=1"`);
    // Only at the start: a formula sign inside the text is harmless.
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes a header, CRLF line ends and a byte-order mark', () => {
    const text = toCsv(['A', 'B'], [['1', 'x,y']]);
    expect(text).toBe('\uFEFFA,B\r\n1,"x,y"\r\n');
  });
});

describe('the cards spreadsheet', () => {
  it('has one row per card in map, stage and lane order, with owner and votes columns', () => {
    const p = projectWithMap();
    renameStage(p.doc, p.stages()[0]!.id, 'Awareness, early');
    const second = addCard(p.doc, p.cell(1), 'Asks for a "demo"\nthen waits');
    addCard(p.doc, p.cell(0), '=cmd|/c calc');
    if (second.ok) setCardColor(p.doc, [second.value], 'pink');
    const rows = parseCsv(cardsCsv(p.snap()).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['Map', 'Stage', 'Lane', 'Text', 'Colour', 'Owner', 'Votes']);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(['Enterprise buyer', 'Awareness, early', 'Customer actions', "'=cmd|/c calc", 'Yellow', '', '']);
    expect(rows[2]).toEqual(['Enterprise buyer', 'Consideration', 'Customer actions', 'Asks for a "demo"\nthen waits', 'Pink', '', '']);
  });
});

/** What a spreadsheet would run as a formula: a cell that starts with = + - @, a tab or a CR. */
const FORMULA = /^[=+\-@\t\r]/;

/** Cells a hostile card, stage or map name could hold. */
const HOSTILE = [
  "Budget;=cmd|' /C calc'!A0;",
  "Budget,=cmd|' /C calc'!A0,",
  "Budget\t=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil","x")',
  'ok;+1+1',
  'ok;-2+3+cmd|\' /C calc\'!A0',
  'ok;@SUM(A1)',
  'a;;\t=1',
  'line one\n=1+1',
  'line one\r\n@SUM(1)',
  'x;\r=1',
  '"quoted";=1',
  ';=1',
  '\t\t=1',
  'plain text; no formula',
  '-',
  '=',
];

describe('CSV in every locale (W12)', () => {
  const csv = toCsv(['A', 'B', 'C'], HOSTILE.map((h, i) => [`row ${i}`, h, h]));

  for (const [name, delimiter] of [['comma', ','], ['semicolon', ';'], ['tab', '\t']] as const) {
    it(`split on a ${name} as a spreadsheet does (quotes honoured), no cell starts with a formula sign`, () => {
      const rows = parseCsv(csv.replace(/^\uFEFF/, ''), delimiter);
      expect(rows.length).toBe(HOSTILE.length + 1);
      const bad = rows.flat().filter((cell) => FORMULA.test(cell));
      expect(bad).toEqual([]);
    });

    it(`split on a ${name} by a reader that ignores quotes, no piece starts with a formula sign`, () => {
      const pieces = csv
        .replace(/^\uFEFF/, '')
        .split(/\r\n|\r|\n/)
        .flatMap((line) => line.split(delimiter))
        // With or without the quote a naive reader may strip from the front.
        .flatMap((piece) => [piece, piece.replace(/^"/, '')]);
      const bad = pieces.filter((piece) => FORMULA.test(piece));
      expect(bad).toEqual([]);
    });
  }

  it('quotes a field that holds a semicolon or a tab, and reads back as the text with its guards', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell("Budget;=cmd|' /C calc'!A0;")).toBe(`"Budget;'=cmd|' /C calc'!A0;"`);
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(rows[1]).toEqual(['row 0', "Budget;'=cmd|' /C calc'!A0;", "Budget;'=cmd|' /C calc'!A0;"]);
    // Only the guards were added: take them out and every cell is what was written.
    const unguard = (s: string) => s.replace(/^'/, '').replace(/([,;\t\r\n])'/g, '$1');
    expect(rows.slice(1).map((r) => unguard(r[1]!))).toEqual(HOSTILE);
  });

  it('the cards spreadsheet is safe with a semicolon-separated formula in a card, a stage and a map title', () => {
    const p = projectWithMap();
    renameStage(p.doc, p.stages()[0]!.id, 'Awareness;=1+1');
    addCard(p.doc, p.cell(0), "Budget;=cmd|' /C calc'!A0;");
    const text = cardsCsv(p.snap()).replace(/^\uFEFF/, '');
    for (const delimiter of [',', ';', '\t']) {
      expect(parseCsv(text, delimiter).flat().filter((c) => FORMULA.test(c))).toEqual([]);
      const naive = text.split(/\r\n|\n/).flatMap((l) => l.split(delimiter)).flatMap((x) => [x, x.replace(/^"/, '')]);
      expect(naive.filter((x) => FORMULA.test(x))).toEqual([]);
    }
  });
});
