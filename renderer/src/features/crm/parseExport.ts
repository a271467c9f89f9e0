/**
 * Reading a CRM export file: its first bytes say the encoding, papaparse splits it into rows
 * (delimiter guessed among comma, semicolon and tab; quoted fields may hold line breaks), and
 * the domain's reducer turns the rows into totals as they come. The file is streamed: bytes
 * are decoded chunk by chunk (a character split between chunks stays whole) and handed to
 * papaparse through the Node-style stream it accepts, so a 200 MB export never sits in memory
 * as one string. Runs in the worker (crm.worker.ts); plain enough to run in Node for tests.
 *
 * Row numbers are those a spreadsheet shows: the header is row 1, and a quoted field with line
 * breaks is one row. Blank rows are counted but not read.
 */
import Papa from 'papaparse';
import { createReducer, decoderFor, detectEncoding, recognise, type CrmEncoding } from '../../domain/crm';
import type { ImportProblem, ImportRequest, Imported, Sniffed } from './protocol';

const DELIMITERS = [',', ';', '\t'];
const HEAD_BYTES = 64 * 1024;
const SAMPLE_ROWS = 5;
/** How much text is handed to papaparse at a time. */
const BATCH_BYTES = 1 << 20;
/** How often, at most, the reading loop lets other messages (Cancel) in. */
const YIELD_MS = 50;

type Outcome<T> = { ok: true; value: T } | { ok: false; problem: ImportProblem };

/** The problems a file's first bytes show: nothing in it, a workbook, not text at all. */
function headProblem(head: Uint8Array, encoding: CrmEncoding): ImportProblem | null {
  if (head.length === 0) return { code: 'empty' };
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return { code: 'workbook' };
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return { code: 'workbook' };
  if (!encoding.startsWith('utf-16') && head.subarray(0, 4096).includes(0)) return { code: 'notText' };
  return null;
}

/** A row of nothing but spaces (checked per row of a million: a printable first character settles a cell at once). */
function blank(row: readonly string[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const cell = row[i]!;
    const k = cell.charCodeAt(0);
    if ((k > 32 && k < 127) || (cell.length > 0 && cell.trim() !== '')) return false;
  }
  return true;
}

/** The text of a file's head, decoded (the last, maybe cut, line is dropped by the caller). */
async function headText(file: Blob): Promise<{ text: string; encoding: CrmEncoding; head: Uint8Array }> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const { encoding } = detectEncoding(head.subarray(0, 8192));
  return { text: decoderFor(encoding).decode(head), encoding, head };
}

/** The header row, the first rows and what export they look like. */
export async function sniffExport(file: Blob): Promise<Outcome<Sniffed>> {
  const { text, encoding, head } = await headText(file);
  const problem = headProblem(head, encoding);
  if (problem) return { ok: false, problem };
  if (!text.replace(/^\uFEFF/, '').trim()) return { ok: false, problem: { code: 'empty' } };
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: DELIMITERS, preview: SAMPLE_ROWS + 8 });
  const rows = parsed.data.filter((r) => !blank(r));
  const headers = (rows[0] ?? []).map((h) => h.trim());
  // The head may end inside a row: only trust rows papaparse saw end, unless the file is all here.
  const complete = file.size <= HEAD_BYTES;
  const sample = rows.slice(1, complete ? undefined : -1).slice(0, SAMPLE_ROWS);
  if (headers.length < 2) {
    const undetectable = parsed.errors.some((e) => e.code === 'UndetectableDelimiter');
    return { ok: false, problem: rows.length > 1 || undetectable ? { code: 'delimiter' } : { code: 'headersOnly' } };
  }
  if (rows.length < 2) return { ok: false, problem: { code: 'headersOnly' } };
  const quote = parsed.errors.find((e) => e.code === 'MissingQuotes');
  // papaparse's row is the index among every parsed row, blank ones included: one less than the sheet's number.
  if (quote && complete) return { ok: false, problem: { code: 'unclosedQuote', row: (quote.row ?? 0) + 1 } };
  const recognition = recognise(headers);
  if (recognition.kind === 'missing') return { ok: false, problem: { code: 'missingColumns', kind: recognition.mapping.kind, missing: recognition.missing } };
  return { ok: true, value: { headers, sample, recognition, encoding, delimiter: parsed.meta.delimiter } };
}

/** A readable in the shape papaparse streams from (Node's): data, end and error events, pause and resume. */
class TextSource {
  readonly readable = true;
  private listeners: Record<string, ((arg?: unknown) => void)[]> = {};
  read() {}
  on(ev: string, fn: (arg?: unknown) => void) {
    (this.listeners[ev] ??= []).push(fn);
  }
  removeListener(ev: string, fn: (arg?: unknown) => void) {
    this.listeners[ev] = (this.listeners[ev] ?? []).filter((f) => f !== fn);
  }
  pause() {}
  resume() {}
  emit(ev: string, arg?: unknown) {
    for (const f of [...(this.listeners[ev] ?? [])]) f(arg);
  }
}

export interface ImportHooks {
  readonly onProgress: (bytes: number, total: number, rows: number) => void;
  readonly cancelled: () => boolean;
  /** Bytes handed to papaparse at a time (tests: 1, so every piece of the stream goes alone). */
  readonly batchBytes?: number;
}

/** Streams the whole file through the reducer. */
export async function importExport(file: Blob, req: ImportRequest, hooks: ImportHooks): Promise<Outcome<Imported> | { ok: false; cancelled: true }> {
  const { encoding, head } = await headText(file);
  const early = headProblem(head, encoding);
  if (early) return { ok: false, problem: early };
  const reducer = createReducer({ mapping: req.mapping, unit: req.unit, handoffs: req.handoffs, pairs: req.pairs, answers: req.answers, fitColumns: req.fitColumns });
  let headers: string[] | null = null;
  let row = 0;
  let problem: ImportProblem | null = null;
  let bytes = 0;
  const source = new TextSource();
  const finished = new Promise<void>((resolve) => {
    Papa.parse<string[]>(source as unknown as File, {
      delimitersToGuess: DELIMITERS,
      chunk(results, parser) {
        const quote = results.errors.find((e) => e.code === 'MissingQuotes');
        for (let i = 0; i < results.data.length; i++) {
          const cells = results.data[i]!;
          row++;
          if (quote && quote.row === i) {
            problem = { code: 'unclosedQuote', row };
            parser.abort();
            return;
          }
          if (blank(cells)) continue;
          if (!headers) {
            headers = cells.map((h) => h.trim());
            if (headers.length < 2) {
              problem = { code: 'delimiter' };
              parser.abort();
              return;
            }
            continue;
          }
          reducer.add(cells, row);
        }
        hooks.onProgress(bytes, file.size, Math.max(0, row - 1));
      },
      complete: () => resolve(),
      error: () => {
        problem ??= { code: 'unreadable' };
        resolve();
      },
    });
  });
  const decoder = decoderFor(encoding);
  const reader = file.stream().getReader();
  const batchBytes = hooks.batchBytes ?? BATCH_BYTES;
  let pending: string[] = [];
  let pendingBytes = 0;
  let lastYield = Date.now();
  // The stream's pieces are small (64 KB in Chromium): they are decoded as they come and handed
  // to papaparse in batches, since each hand-over costs it a join with the last cut-off row.
  const flush = () => {
    if (pending.length) source.emit('data', pending.length === 1 ? pending[0] : pending.join(''));
    pending = [];
    pendingBytes = 0;
  };
  try {
    for (;;) {
      if (hooks.cancelled()) {
        await reader.cancel();
        return { ok: false, cancelled: true };
      }
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      const text = decoder.decode(value, { stream: true });
      if (text) pending.push(text);
      pendingBytes += value.byteLength;
      if (pendingBytes < batchBytes) continue;
      flush();
      if (problem) {
        await reader.cancel();
        break;
      }
      // Let a cancel message in now and then (a timer per piece would cost 4 ms each once nested).
      if (Date.now() - lastYield >= YIELD_MS) {
        await new Promise((r) => setTimeout(r, 0));
        lastYield = Date.now();
      }
    }
    if (!problem) {
      const tail = decoder.decode();
      if (tail) pending.push(tail);
      flush();
      if (!problem) source.emit('end');
    }
  } catch {
    return { ok: false, problem: { code: 'unreadable' } };
  }
  if (!problem) await finished;
  if (problem) return { ok: false, problem };
  if (!headers) return { ok: false, problem: { code: 'empty' } };
  const out = reducer.finish();
  if (!out.ok) {
    const p = out.problem;
    if (p.code === 'dateOrderConflict') return { ok: false, problem: { code: 'dateOrderConflict', column: (headers as string[])[p.column] ?? '' } };
    return { ok: false, problem: p };
  }
  return { ok: true, value: { aggregates: out.aggregates, unknown: out.unknown, otherUnknown: out.otherUnknown, headers } };
}
