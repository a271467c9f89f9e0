/**
 * Which export a file is, from its header row: a HubSpot contacts or deals export, a
 * Salesforce leads or opportunities report, by the column names their documentation gives
 * (compared without case, spaces, dashes or underscores mattering). A file that is none of
 * these goes through a column mapping the person confirms (the same ColumnMapping type).
 */
import { vocabularyKey } from './cells';
import { hubspotStageOf, LADDERS, type CrmKind, type Rung } from './vocabulary';

export const FIELDS = ['createDate', 'stage', 'status', 'owner', 'source', 'score', 'amount', 'closeDate', 'converted', 'won', 'closed'] as const;
export type CrmField = (typeof FIELDS)[number];

/** Where each field is in the row (a column index), and the date column of each rung. */
export interface ColumnMapping {
  readonly kind: CrmKind;
  readonly columns: Readonly<Partial<Record<CrmField, number>>>;
  /** HubSpot contacts: the "Became a … Date" column of each lifecycle stage. */
  readonly rungDates: Readonly<Partial<Record<Rung, number>>>;
}

/** The fields a kind cannot be read without. */
export const REQUIRED: Record<CrmKind, readonly CrmField[]> = {
  'hubspot-contacts': ['createDate', 'stage'],
  'hubspot-deals': ['stage', 'amount', 'closeDate'],
  'salesforce-leads': ['status', 'createDate'],
  'salesforce-opportunities': ['stage', 'amount', 'closeDate'],
};

/** The documented column names of each field, per kind (vocabulary keys). */
const NAMES: Record<CrmKind, Partial<Record<CrmField, readonly string[]>>> = {
  'hubspot-contacts': {
    createDate: ['create date', 'createdate', 'created date'],
    stage: ['lifecycle stage', 'lifecyclestage'],
    status: ['lead status', 'hs lead status'],
    owner: ['contact owner', 'hubspot owner', 'owner'],
    source: ['original source', 'original source type', 'hs analytics source'],
    score: ['hubspot score', 'lead score', 'hubspotscore'],
  },
  'hubspot-deals': {
    stage: ['deal stage', 'dealstage'],
    amount: ['amount', 'amount in company currency'],
    closeDate: ['close date', 'closedate'],
    createDate: ['create date', 'createdate'],
    owner: ['deal owner', 'hubspot owner', 'owner'],
  },
  'salesforce-leads': {
    status: ['lead status', 'status'],
    createDate: ['created date', 'create date', 'createddate'],
    converted: ['converted', 'isconverted', 'is converted'],
    source: ['lead source', 'leadsource'],
    owner: ['lead owner', 'owner', 'owner name', 'owner full name'],
    score: ['lead score', 'score'],
  },
  'salesforce-opportunities': {
    stage: ['stage', 'stagename', 'stage name'],
    amount: ['amount'],
    closeDate: ['close date', 'closedate'],
    createDate: ['created date', 'createddate'],
    won: ['won', 'iswon', 'is won'],
    closed: ['closed', 'isclosed', 'is closed'],
    owner: ['opportunity owner', 'owner', 'owner name'],
    source: ['lead source', 'leadsource'],
  },
};

const BECAME = /^became an? (.+) date$/;

function find(keys: readonly string[], names: readonly string[] | undefined): number | undefined {
  if (!names) return undefined;
  for (const n of names) {
    const i = keys.indexOf(n);
    if (i >= 0) return i;
  }
  return undefined;
}

/** The mapping of a kind's documented columns found in these headers (required ones may be missing). */
export function mappingFor(kind: CrmKind, headers: readonly string[]): ColumnMapping {
  const keys = headers.map(vocabularyKey);
  const columns: Partial<Record<CrmField, number>> = {};
  for (const f of FIELDS) {
    const i = find(keys, NAMES[kind][f]);
    if (i !== undefined) columns[f] = i;
  }
  // Won/Closed as one column in some Salesforce reports: "Won/Closed" holds Won.
  if (kind === 'salesforce-opportunities' && columns.won === undefined) {
    const i = keys.findIndex((k) => k === 'won/closed' || k === 'closed/won');
    if (i >= 0) columns.won = i;
  }
  const rungDates: Partial<Record<Rung, number>> = {};
  if (kind === 'hubspot-contacts') {
    keys.forEach((k, i) => {
      const m = BECAME.exec(k);
      const s = m ? hubspotStageOf(m[1]!.replace(/ lifecycle$/, '')) : null;
      if (s && s !== 'other' && rungDates[s] === undefined) rungDates[s] = i;
    });
  }
  return { kind, columns, rungDates };
}

export type Recognition =
  | { readonly kind: 'recognised'; readonly mapping: ColumnMapping }
  | { readonly kind: 'missing'; readonly mapping: ColumnMapping; readonly missing: readonly CrmField[] }
  | { readonly kind: 'unknown' };

/** The fields of the mapping that its kind needs and lacks. */
export function missingFields(m: ColumnMapping): CrmField[] {
  return REQUIRED[m.kind].filter((f) => m.columns[f] === undefined);
}

/**
 * The export these headers are. Each kind scores the documented columns it finds; the kind
 * with a telling column (Lifecycle Stage, Deal Stage, Converted, Won/Closed with Stage) and
 * the most matches wins. 'missing' when it is clearly that kind but required columns lack.
 */
export function recognise(headers: readonly string[]): Recognition {
  const keys = new Set(headers.map(vocabularyKey));
  const has = (...names: string[]) => names.some((n) => keys.has(n));
  const becameCount = [...keys].filter((k) => BECAME.test(k)).length;
  let kind: CrmKind | null = null;
  if (has('lifecycle stage', 'lifecyclestage') || becameCount > 0) kind = 'hubspot-contacts';
  else if (has('deal stage', 'dealstage')) kind = 'hubspot-deals';
  else if (has('converted', 'isconverted', 'is converted') || (has('lead status') && has('lead source', 'created date'))) kind = 'salesforce-leads';
  else if (has('stage', 'stagename', 'stage name') && has('won', 'closed', 'iswon', 'isclosed', 'won/closed', 'amount', 'close date')) kind = 'salesforce-opportunities';
  if (!kind) return { kind: 'unknown' };
  const mapping = mappingFor(kind, headers);
  const missing = missingFields(mapping);
  return missing.length ? { kind: 'missing', mapping, missing } : { kind: 'recognised', mapping };
}

/** The date fields of a mapping (their day/month order is decided from the data). */
export function dateColumns(m: ColumnMapping): number[] {
  const out = new Set<number>();
  for (const f of ['createDate', 'closeDate'] as const) if (m.columns[f] !== undefined) out.add(m.columns[f]!);
  for (const r of LADDERS[m.kind]) {
    const i = (m.rungDates as Record<string, number | undefined>)[r];
    if (i !== undefined) out.add(i);
  }
  return [...out];
}

/** Checks a mapping made by hand: every index inside the header row, the kind's required fields set. */
export function validMapping(m: ColumnMapping, columnCount: number): CrmField[] | 'bad-index' {
  const all = [...Object.values(m.columns), ...Object.values(m.rungDates)];
  if (all.some((i) => typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= columnCount)) return 'bad-index';
  return missingFields(m);
}
