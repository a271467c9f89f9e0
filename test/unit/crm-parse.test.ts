/**
 * Reading whole export files (features/crm/parseExport.ts, what the worker runs): encodings,
 * delimiters, quoted line breaks and chunk boundaries anywhere give the same totals as the rows
 * themselves; each bad file gets its problem, with the row where there is one.
 */
import { describe, expect, it } from 'vitest';
import { createReducer, recognise, type ColumnMapping } from '../../renderer/src/domain/crm';
import { importExport, sniffExport } from '../../renderer/src/features/crm/parseExport';
import type { ImportRequest } from '../../renderer/src/features/crm/protocol';
import { europeanDate, HUBSPOT_CONTACT_COLUMNS, hubspotContacts, toCells, toCsvText, utf16, windows1252 } from '../crm/fixtures';

/** A Blob whose stream hands out `size`-byte chunks, so characters and rows split between chunks. */
function chunkedBlob(bytes: Uint8Array, size: number): Blob {
  class Chunked extends Blob {
    override stream() {
      return new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < bytes.length; i += size) c.enqueue(bytes.slice(i, i + size));
          c.close();
        },
      }) as ReturnType<Blob['stream']>;
    }
  }
  return new Chunked([bytes as Uint8Array<ArrayBuffer>]);
}

const utf8 = (s: string) => new TextEncoder().encode(s);
// batchBytes 1: every piece of the stream goes to papaparse alone, so rows split between pieces are tested.
const hooks = { onProgress: () => {}, cancelled: () => false, batchBytes: 1 };

function request(mapping: ColumnMapping): ImportRequest {
  return { mapping, unit: 'month', handoffs: [{ id: 'h1', from: 'mql', to: 'sql', slaHours: 24, threshold: 60 }], pairs: [['lead', 'mql'], ['mql', 'sql']], answers: {} };
}

function expectedPeriods() {
  const r = recognise(HUBSPOT_CONTACT_COLUMNS);
  if (r.kind !== 'recognised') throw new Error('fixture');
  const red = createReducer(request(r.mapping));
  toCells(HUBSPOT_CONTACT_COLUMNS, hubspotContacts()).forEach((c, i) => red.add(c, i + 2));
  const out = red.finish();
  if (!out.ok) throw new Error('fixture');
  return out.aggregates.periods;
}

async function importBytes(bytes: Uint8Array, chunk = 1 << 16) {
  const file = chunkedBlob(bytes, chunk);
  const sniffed = await sniffExport(file);
  if (!sniffed.ok) return { sniffed };
  if (sniffed.value.recognition.kind !== 'recognised') return { sniffed };
  return { sniffed, imported: await importExport(file, request(sniffed.value.recognition.mapping), hooks) };
}

const csv = toCsvText(HUBSPOT_CONTACT_COLUMNS, hubspotContacts());
const european = toCsvText(
  HUBSPOT_CONTACT_COLUMNS,
  hubspotContacts().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, /Date$/.test(k) ? europeanDate(v) : k === 'Company Name' ? `${v} Müller` : v]))),
  { delimiter: ';' },
);

describe('whole files, any encoding, any chunking: the same totals', () => {
  it.each([
    ['UTF-8, 64 KB chunks', utf8(csv), 1 << 16, ','],
    ['UTF-8 with a mark, 7-byte chunks (rows and quoted line breaks split)', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(csv)]), 7, ','],
    ['UTF-16 LE with a mark, 5-byte chunks (characters split)', utf16(csv, 'le', true), 5, ','],
    ['UTF-16 BE with a mark', utf16(csv, 'be', true), 333, ','],
    ['Windows-1252, semicolons, dd.mm.yyyy dates', windows1252(european), 11, ';'],
    ['tab separated', utf8(csv.replace(/,/g, '\t')), 64, '\t'],
  ])('%s', async (_name, bytes, chunk, delimiter) => {
    const { sniffed, imported } = await importBytes(bytes, chunk);
    expect(sniffed.ok && sniffed.value.delimiter).toBe(delimiter);
    expect(sniffed.ok && sniffed.value.headers).toEqual([...HUBSPOT_CONTACT_COLUMNS]);
    if (!imported?.ok) throw new Error(JSON.stringify(imported));
    expect(imported.value.aggregates.periods).toEqual(expectedPeriods());
    expect(imported.value.aggregates.records).toBe(8);
  });

  it('reports progress up to the file’s size, and stops when cancelled', async () => {
    const bytes = utf8(csv.repeat(1) + toCsvText(HUBSPOT_CONTACT_COLUMNS, hubspotContacts()).split('\r\n').slice(1).join('\r\n').repeat(20));
    const seen: number[] = [];
    const file = chunkedBlob(bytes, 512);
    const s = await sniffExport(file);
    if (!s.ok || s.value.recognition.kind !== 'recognised') throw new Error('sniff');
    const r = await importExport(file, request(s.value.recognition.mapping), { onProgress: (b) => seen.push(b), cancelled: () => false });
    expect(r.ok).toBe(true);
    expect(seen[seen.length - 1]).toBe(bytes.length);
    let calls = 0;
    const c = await importExport(file, request(s.value.recognition.mapping), { onProgress: () => {}, cancelled: () => ++calls > 3 });
    expect(c).toEqual({ ok: false, cancelled: true });
  });
});

describe('bad files: a problem each, with the row', () => {
  const fail = async (bytes: Uint8Array) => {
    const { sniffed, imported } = await importBytes(bytes);
    if (!sniffed.ok) return sniffed.problem;
    if (imported && !imported.ok && 'problem' in imported) return imported.problem;
    return { sniffed: sniffed.value.recognition.kind, imported };
  };
  it('an empty file, a file with only a byte-order mark or blank lines', async () => {
    expect(await fail(new Uint8Array())).toEqual({ code: 'empty' });
    expect(await fail(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ code: 'empty' });
    expect(await fail(utf8('\r\n\r\n  \r\n'))).toEqual({ code: 'empty' });
  });
  it('headers only', async () => {
    expect(await fail(utf8(`${HUBSPOT_CONTACT_COLUMNS.join(',')}\r\n`))).toEqual({ code: 'headersOnly' });
    expect(await fail(utf8(`${HUBSPOT_CONTACT_COLUMNS.join(';')}\r\n\r\n`))).toEqual({ code: 'headersOnly' });
  });
  it('missing required columns, named', async () => {
    expect(await fail(utf8('Email,Lifecycle Stage\r\na@example.com,Lead\r\n'))).toEqual({ code: 'missingColumns', kind: 'hubspot-contacts', missing: ['createDate'] });
  });
  it('a delimiter that is none of comma, semicolon, tab', async () => {
    expect(await fail(utf8('Lifecycle Stage|Create Date\r\nLead|2024-01-01\r\nMQL|2024-01-02\r\n'))).toEqual({ code: 'delimiter' });
  });
  it('a quote that never closes, with its row', async () => {
    const text = `${HUBSPOT_CONTACT_COLUMNS.join(',')}\r\n${toCsvText(HUBSPOT_CONTACT_COLUMNS, hubspotContacts().slice(0, 2)).split('\r\n').slice(1).join('\r\n')}1,Jo,"Unclosed,x\r\n2,Al,B\r\n`;
    expect(await fail(utf8(text))).toEqual({ code: 'unclosedQuote', row: 4 });
    // And while streaming (a file larger than the head the first look reads).
    const r = recognise(HUBSPOT_CONTACT_COLUMNS);
    if (r.kind !== 'recognised') throw new Error('fixture');
    expect(await importExport(chunkedBlob(utf8(text), 9), request(r.mapping), hooks)).toEqual({ ok: false, problem: { code: 'unclosedQuote', row: 4 } });
  });
  it('an Excel workbook and a binary file', async () => {
    expect(await fail(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ code: 'workbook' });
    expect(await fail(new Uint8Array([1, 0, 2, 0, 3, 0, 0, 0, 9, 9]))).toEqual({ code: 'notText' });
  });
  it('a row whose date is not one is named in the totals, the rest still read', async () => {
    const rows = hubspotContacts();
    rows[2] = { ...rows[2]!, 'Create Date': '32.13.2024' };
    const { imported } = await importBytes(utf8(toCsvText(HUBSPOT_CONTACT_COLUMNS, rows)));
    if (!imported?.ok) throw new Error('refused');
    expect(imported.value.aggregates.problems).toEqual([{ row: 4, field: 'createDate', problem: 'not-a-date' }]);
    expect(imported.value.aggregates.records).toBe(7);
  });
  it('a file Baton does not recognise goes to the column mapping with its first rows', async () => {
    const s = await sniffExport(chunkedBlob(utf8('Name,Stage of lead,When\r\nA,MQL,2024-01-01\r\nB,SQL,2024-01-02\r\n'), 100));
    expect(s).toMatchObject({ ok: true, value: { recognition: { kind: 'unknown' }, headers: ['Name', 'Stage of lead', 'When'], sample: [['A', 'MQL', '2024-01-01'], ['B', 'SQL', '2024-01-02']] } });
  });
});
