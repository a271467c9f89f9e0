import { describe, expect, it } from 'vitest';
import { addCard, renameStage, setCardColor } from '../../renderer/src/document/actions';
import { csvCell, toCsv } from '../../renderer/src/domain/csv';
import { cardsCsv } from '../../renderer/src/features/report/exports';
import { projectWithMap } from './helpers';

/** A small RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
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
    else if (c === ',') {
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
    expect(csvCell('\t=1')).toBe("'\t=1");
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
