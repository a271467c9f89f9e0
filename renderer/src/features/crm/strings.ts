/**
 * Every sentence of the CRM import: the button, the steps, the preview, each problem with its
 * row, and the names of the KPIs an import makes. Plain data, no React.
 */
import type { CrmField, CrmKind, CrmMetric, RowProblem, Rung } from '../../domain/crm';
import { defineStrings } from '../../i18n';
import { formatNumber, formatPercent, plural } from '../../i18n/format';
import type { ImportProblem } from './protocol';

export const RUNG_WORDS: Record<Rung, string> = defineStrings({
  subscriber: 'Subscriber',
  lead: 'Lead',
  mql: 'MQL',
  sql: 'SQL',
  opportunity: 'Opportunity',
  customer: 'Customer',
  evangelist: 'Evangelist',
  open: 'Open',
  contacted: 'Contacted',
  converted: 'Converted',
  created: 'Created',
  won: 'Won',
});

export const KIND_WORDS: Record<CrmKind, string> = defineStrings({
  'hubspot-contacts': 'HubSpot contacts export',
  'hubspot-deals': 'HubSpot deals export',
  'salesforce-leads': 'Salesforce leads report',
  'salesforce-opportunities': 'Salesforce opportunities report',
});

/** The documented column names, as the sentences name a missing one. */
export const FIELD_WORDS: Record<CrmField, string> = defineStrings({
  createDate: 'Create Date',
  stage: 'Lifecycle Stage / Deal Stage / Stage',
  status: 'Lead Status',
  owner: 'Owner',
  source: 'Original Source / Lead Source',
  score: 'Score',
  amount: 'Amount',
  closeDate: 'Close Date',
  converted: 'Converted',
  won: 'Won',
  closed: 'Closed',
});

const FIELD_BY_KIND: Partial<Record<CrmKind, Partial<Record<CrmField, string>>>> = {
  'hubspot-contacts': { stage: 'Lifecycle Stage', source: 'Original Source' },
  'hubspot-deals': { stage: 'Deal Stage' },
  'salesforce-leads': { createDate: 'Created Date', source: 'Lead Source' },
  'salesforce-opportunities': { stage: 'Stage' },
};

export const fieldName = (kind: CrmKind, f: CrmField) => FIELD_BY_KIND[kind]?.[f] ?? FIELD_WORDS[f];

const list = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

export const C = defineStrings({
  importButton: 'Import CRM export',
  importCommand: 'Import a CRM export (HubSpot, Salesforce)',
  dialogTitle: 'Import a CRM export',
  intro: 'A contacts, leads, deals or opportunities export from HubSpot or Salesforce, as CSV. Baton reads it on this computer and keeps only the totals per period.',
  privacy: 'Only totals are kept; names, e-mails and rows are not stored',
  chooseFile: 'Choose a CSV file…',
  dropHere: 'or drop it here',
  dropLabel: 'Drop a CRM export here',
  reading: (name: string) => `Reading ${name}…`,
  progress: (rows: number, pct: number) => `${plural(rows, 'row', 'rows')} read (${pct}%)`,
  cancel: 'Cancel',
  close: 'Close',
  back: 'Choose another file',
  confirm: 'Confirm and write these figures',
  apply: 'Read again with these answers',
  cancelled: 'Import cancelled. Nothing in the project changed.',
  recognised: (kind: string) => `Recognised: ${kind}.`,
  periodUnit: 'Figures per',
  month: 'Month',
  quarter: 'Quarter',
  mapLabel: 'Journey map',
  periods: (first: string, last: string, n: number) => (n === 1 ? `Period: ${first}.` : `Periods: ${first} to ${last} (${n}).`),
  records: (records: number, skipped: number) => `${plural(records, 'record', 'records')} counted${skipped ? `, ${plural(skipped, 'row', 'rows')} left out (no usable date)` : ''}.`,
  figuresTitle: 'Figures it will write',
  figuresHint: 'Each line fills a KPI (made for it if there is none yet); tick off what you do not want.',
  figureNew: 'new KPI',
  figureExisting: 'adds to this KPI',
  noFigures: 'Nothing to write: the export holds no figure for this map. Check the CRM words on the map’s stages.',
  funnelTitle: 'Funnel actual rates (latest period)',
  unknownTitle: 'Values Baton does not know',
  unknownHint: 'Say what each means, then read the file again. Until then they are not counted.',
  unknownValue: (value: string, count: number) => `“${value}” (${plural(count, 'row', 'rows')})`,
  unknownOther: (n: number) => `and ${plural(n, 'more row', 'more rows')} with other values`,
  meansLabel: (value: string) => `What “${value}” means`,
  meansIgnore: 'Not counted',
  meansRung: (w: string) => `Reached ${w}`,
  meansReason: (w: string) => `Reason: ${w}`,
  rowProblemsTitle: 'Rows with a problem',
  moreProblems: (n: number) => `and ${plural(n, 'more row', 'more rows')}`,
  reasonsTitle: 'Rejection and recycle reasons',
  reasonCount: (reason: string, n: number) => `${reason}: ${formatNumber(n)}`,
  scoredByRules: (handoff: string, columns: readonly string[]) =>
    `${handoff}: each lead scored with the contract's fit rules on ${columns.join(', ')} (engagement is not in an export, so only fit points count).`,
  scoredByCrm: (handoff: string) => `${handoff}: each lead's own score from the file's lead score column (no fit rule's attribute is a column of this file).`,
  imported: (readings: number, kpis: number) => `Imported ${plural(readings, 'reading', 'readings')}${kpis ? `, ${plural(kpis, 'new KPI', 'new KPIs')}` : ''}.`,
  mappingTitle: 'Which columns are which',
  mappingHint: 'Baton does not recognise this file. Choose its kind and the column of each figure; the first rows are shown to help.',
  mappingKind: 'Kind of export',
  mappingColumn: (field: string) => `Column for ${field}`,
  mappingNone: '(none)',
  mappingNext: 'Read with these columns',
  mappingMissing: (fields: string) => `Choose a column for ${fields}.`,
  readingsTitle: 'Readings per period',
  chartLabel: (kpi: string) => `${kpi}: readings per period`,
  slaTitle: 'SLA compliance (from the CRM)',
  slaLine: (period: string, pct: number, within: number, total: number) => `${period}: ${formatPercent(pct)} (${formatNumber(within)} of ${formatNumber(total)} within the SLA)`,
  slaNone: 'No CRM readings yet. Import an export to check this contract.',
  revopsDownload: 'Download RevOps specification (.csv and .json)',
  revopsCommand: 'Export the RevOps specification (scoring model and lifecycle mapping)',
  revopsMaking: 'Writing the RevOps specification',
  revopsSaved: (names: readonly string[]) => `RevOps specification saved: ${names.join(', ')}`,
  untitled: 'Untitled project',
});

export const REASON_WORDS: Record<string, string> = defineStrings({
  unqualified: 'Unqualified',
  'bad-timing': 'Bad timing',
  'not-converted': 'Closed, not converted',
  lost: 'Lost',
});

/** The name of a KPI an import makes, from its metric and subject. */
export const SERIES_NAMES = defineStrings({
  reached: (stage: string) => `Reached ${stage}`,
  conversion: (from: string, to: string) => `Conversion ${from} → ${to}`,
  medianHours: (from: string, to: string) => `Median time ${from} → ${to}`,
  p90Hours: (from: string, to: string) => `90th percentile time ${from} → ${to}`,
  slaCompliance: (handoff: string, hours: number) => `SLA compliance: ${handoff} (within ${formatNumber(hours)} h)`,
  scoreAbove: (handoff: string, threshold: number) => `Converted at or above score ${formatNumber(threshold)}: ${handoff}`,
  scoreBelow: (handoff: string, threshold: number) => `Converted below score ${formatNumber(threshold)}: ${handoff}`,
  wonRevenue: 'Won revenue',
  wonDeals: 'Won deals',
  winRate: 'Win rate',
});

export const METRIC_UNITS: Record<CrmMetric, string> = { reached: 'leads', conversion: '%', medianHours: 'h', p90Hours: 'h', slaCompliance: '%', scoreAbove: '%', scoreBelow: '%', wonRevenue: '', wonDeals: 'deals', winRate: '%' };

/** One sentence per problem that stops an import, naming the row where there is one. */
export function problemSentence(p: ImportProblem, headers: readonly string[] = []): string {
  switch (p.code) {
    case 'empty':
      return 'This file is empty: there is nothing to import. Nothing in the project changed.';
    case 'headersOnly':
      return 'This file has only a header row and no data rows. Export again with the records included. Nothing in the project changed.';
    case 'workbook':
      return 'This is an Excel workbook, not a CSV file. In Excel, use File › Save As › CSV, then import that file. Nothing in the project changed.';
    case 'notText':
      return 'This file is not text, so it is not a CSV export. Nothing in the project changed.';
    case 'delimiter':
      return 'Baton could not tell how the columns are separated: the header row holds no comma, semicolon or tab. Nothing in the project changed.';
    case 'unclosedQuote':
      return `Row ${formatNumber(p.row)} opens a quoted field that never closes, so the rest of the file cannot be read. Fix that row and import again. Nothing in the project changed.`;
    case 'missingColumns':
      return `This looks like a ${KIND_WORDS[p.kind]}, but it has no ${list(p.missing.map((f) => `“${fieldName(p.kind, f)}”`))} column. Add ${p.missing.length > 1 ? 'them' : 'it'} to the export and try again. Nothing in the project changed.`;
    case 'notAnExport':
      return 'Baton does not recognise the columns of this file. Nothing in the project changed.';
    case 'dateOrderConflict':
      return `The dates in “${p.column}” mix day-first and month-first forms (some only fit 31/01, others only 01/31). Save the column in one form and import again. Nothing in the project changed.`;
    case 'noUsableRows': {
      const first = p.problems[0];
      return `No row has a date Baton can read${first ? ` (row ${formatNumber(first.row)}: ${rowProblemSentence(first, headers)})` : ''}. Nothing in the project changed.`;
    }
    case 'unreadable':
      return 'Baton could not read this file. Nothing in the project changed.';
  }
}

/** A row's problem, for the preview's list. */
export function rowProblemSentence(p: RowProblem, _headers: readonly string[], kind?: CrmKind): string {
  const col = p.field === 'rungDate' ? `Became a ${RUNG_WORDS[p.rung!]} Date` : kind ? fieldName(kind, p.field) : FIELD_WORDS[p.field];
  const what = p.problem === 'no-date' ? `has no ${col}` : p.problem === 'not-a-date' ? `“${col}” is not a date` : p.problem === 'not-an-amount' ? `“${col}” is not an amount` : `“${col}” is not a number`;
  return `Row ${formatNumber(p.row)}: ${what}`;
}
