/**
 * The messages between the import screen and the CRM worker (crm.worker.ts), and the checks
 * both sides run on what they receive: a message that is not one of these is dropped, never
 * half-read. Problems are codes with the data their sentence needs (strings.ts words them).
 */
import { CRM_KINDS, ENCODINGS, FIELDS, type ColumnMapping, type CrmAggregates, type CrmEncoding, type CrmField, type CrmKind, type HandoffSpec, type PeriodUnit, type Recognition, type RowProblem, type Rung, type UnknownValue, type ValueAnswers } from '../../domain/crm';

/** What stops an import before its preview: each gets one sentence, with the row where there is one. */
export type ImportProblem =
  | { readonly code: 'empty' }
  | { readonly code: 'headersOnly' }
  | { readonly code: 'workbook' }
  | { readonly code: 'notText' }
  | { readonly code: 'delimiter' }
  | { readonly code: 'unclosedQuote'; readonly row: number }
  | { readonly code: 'missingColumns'; readonly kind: CrmKind; readonly missing: readonly CrmField[] }
  | { readonly code: 'notAnExport' }
  | { readonly code: 'dateOrderConflict'; readonly column: string }
  | { readonly code: 'noUsableRows'; readonly problems: readonly RowProblem[] }
  | { readonly code: 'unreadable' };

export interface ImportRequest {
  readonly mapping: ColumnMapping;
  readonly unit: PeriodUnit;
  readonly handoffs: readonly HandoffSpec[];
  readonly pairs: readonly (readonly [Rung, Rung])[];
  readonly answers: ValueAnswers;
  /** Fit rule attribute → the export's column (domain/crmProperties.ts attributeColumns). */
  readonly fitColumns?: Readonly<Record<string, number>>;
}

export type ToWorker = { readonly type: 'sniff'; readonly file: Blob } | ({ readonly type: 'import'; readonly file: Blob } & ImportRequest);

export interface Sniffed {
  readonly headers: readonly string[];
  /** The first rows, for the column mapping of a file Baton does not recognise (shown, never kept). */
  readonly sample: readonly (readonly string[])[];
  readonly recognition: Recognition;
  readonly encoding: CrmEncoding;
  readonly delimiter: string;
}

export interface Imported {
  readonly aggregates: CrmAggregates;
  readonly unknown: readonly UnknownValue[];
  readonly otherUnknown: number;
  readonly headers: readonly string[];
}

export type FromWorker =
  | ({ readonly type: 'sniffed' } & Sniffed)
  | { readonly type: 'progress'; readonly bytes: number; readonly total: number; readonly rows: number }
  | ({ readonly type: 'done' } & Imported)
  | { readonly type: 'failed'; readonly problem: ImportProblem };

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const PROBLEM_CODES = ['empty', 'headersOnly', 'workbook', 'notText', 'delimiter', 'unclosedQuote', 'missingColumns', 'notAnExport', 'dateOrderConflict', 'noUsableRows', 'unreadable'];

function isMapping(v: unknown): v is ColumnMapping {
  if (!isObj(v) || !(CRM_KINDS as readonly unknown[]).includes(v.kind) || !isObj(v.columns) || !isObj(v.rungDates)) return false;
  const idx = (o: Record<string, unknown>) => Object.values(o).every((i) => Number.isInteger(i) && (i as number) >= 0);
  return Object.keys(v.columns).every((k) => (FIELDS as readonly string[]).includes(k)) && idx(v.columns) && idx(v.rungDates);
}

/** A message for the worker, checked; null when it is not one. */
export function readToWorker(data: unknown): ToWorker | null {
  if (!isObj(data) || !(data.file instanceof Blob)) return null;
  if (data.type === 'sniff') return { type: 'sniff', file: data.file };
  if (data.type !== 'import' || !isMapping(data.mapping) || (data.unit !== 'month' && data.unit !== 'quarter')) return null;
  if (!Array.isArray(data.handoffs) || !Array.isArray(data.pairs) || !isObj(data.answers)) return null;
  const isRule = (r: unknown) =>
    isObj(r) && typeof r.id === 'string' && typeof r.attribute === 'string' && typeof r.value === 'string' && (r.op === undefined || typeof r.op === 'string') && (r.valueTo === undefined || typeof r.valueTo === 'string') && isNum(r.points);
  const handoffs = data.handoffs.filter(
    (h): h is HandoffSpec =>
      isObj(h) &&
      typeof h.id === 'string' &&
      typeof h.from === 'string' &&
      typeof h.to === 'string' &&
      (h.slaHours === null || isNum(h.slaHours)) &&
      (h.threshold === null || isNum(h.threshold)) &&
      (h.fitRules === undefined || (Array.isArray(h.fitRules) && h.fitRules.every(isRule))),
  );
  const fitColumns = isObj(data.fitColumns) ? Object.fromEntries(Object.entries(data.fitColumns).filter(([, v]) => Number.isInteger(v) && (v as number) >= 0)) as Record<string, number> : {};
  const pairs = data.pairs.filter((p): p is [Rung, Rung] => isStrList(p) && p.length === 2);
  const answers = Object.fromEntries(Object.entries(data.answers).filter(([, v]) => typeof v === 'string')) as ValueAnswers;
  return { type: 'import', file: data.file, mapping: data.mapping, unit: data.unit, handoffs, pairs, answers, fitColumns };
}

/** A message from the worker, checked; null when it is not one. */
export function readFromWorker(data: unknown): FromWorker | null {
  if (!isObj(data)) return null;
  switch (data.type) {
    case 'progress':
      return isNum(data.bytes) && isNum(data.total) && isNum(data.rows) ? { type: 'progress', bytes: data.bytes, total: data.total, rows: data.rows } : null;
    case 'sniffed':
      if (!isStrList(data.headers) || !Array.isArray(data.sample) || !data.sample.every(isStrList) || !isObj(data.recognition)) return null;
      if (!(ENCODINGS as readonly unknown[]).includes(data.encoding) || typeof data.delimiter !== 'string') return null;
      if (data.recognition.kind !== 'unknown' && !isMapping(data.recognition.mapping)) return null;
      return data as unknown as FromWorker;
    case 'done':
      if (!isObj(data.aggregates) || !Array.isArray(data.aggregates.periods) || !Array.isArray(data.unknown) || !isStrList(data.headers) || !isNum(data.otherUnknown)) return null;
      if (!(CRM_KINDS as readonly unknown[]).includes(data.aggregates.kind)) return null;
      return data as unknown as FromWorker;
    case 'failed':
      return isObj(data.problem) && PROBLEM_CODES.includes(data.problem.code as string) ? { type: 'failed', problem: data.problem as unknown as ImportProblem } : null;
    default:
      return null;
  }
}
