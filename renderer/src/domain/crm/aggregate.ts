/**
 * From rows to aggregates, at once: each row of an export is read into a few facts (when it
 * was created, how far up its kind's ladder it got and when it reached each rung, why it left,
 * where it came from, its score) which are added to its period's totals and forgotten. What
 * comes out holds counts, sums, medians and shares per period and nothing of a row: no name,
 * e-mail, owner, company or free text (test/unit/crm-domain.test.ts checks the JSON).
 *
 * Periods: a record counts in the period it was created in (reaching, reasons, sources, score
 * outcomes); a time between two rungs and a handoff's SLA count in the period the first of the
 * two happened (the handoff's month or quarter); a won or lost deal in its close date's period.
 *
 * The day/month order of each date column is decided from the data: the first rows (up to
 * SAMPLE_ROWS) are held until their dates have been seen, then every row is read with the
 * order they showed; a later date that only fits the other order is a row problem.
 */
import { cellText, parseAmount, parseFlag, vocabularyKey } from './cells';
import { dateColumns, type ColumnMapping, type CrmField } from './columns';
import { addEvidence, BAD_DATE, dateMs, decideOrder, noEvidence, periodOf, type DateOrder, type OrderEvidence, type PeriodUnit } from './dates';
import { compileFitRules, fitMatches, type CompiledFitRule, type FitRuleInput } from '../fitRules';
import { KNOWN_SOURCES, LADDERS, meaningOf, type CrmKind, type Meaning, type Rung, type ValueAnswers, type VocabularyField } from './vocabulary';

export const SAMPLE_ROWS = 500;
/** Row problems listed one by one (the rest are counted). */
export const LISTED_PROBLEMS = 20;
/** Unknown values the person is asked about (the rest are counted as "other"). */
export const ASKED_VALUES = 40;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** A handoff of the map in the CRM's words: its clock starts at `from` and stops at `to`. */
export interface HandoffSpec {
  readonly id: string;
  readonly from: Rung;
  readonly to: Rung;
  readonly slaHours: number | null;
  readonly threshold: number | null;
  /** The contract's fit rules: a row is scored with them (domain/fitRules.ts) on the columns `fitColumns` finds. */
  readonly fitRules?: readonly FitRuleInput[];
}

export interface ReduceSpec {
  readonly mapping: ColumnMapping;
  readonly unit: PeriodUnit;
  readonly handoffs: readonly HandoffSpec[];
  /** Rung pairs whose time between is measured (the map's consecutive stages); every consecutive rung pair when absent. */
  readonly pairs?: readonly (readonly [Rung, Rung])[];
  readonly answers: ValueAnswers;
  /**
   * The export's column for each fit rule attribute (by fitText of the attribute; domain/fitRules.ts
   * domain/crmProperties.ts attributeColumns). A handoff with a rule on one of them scores each row with its rules;
   * otherwise with the CRM's own score column, when the file has one.
   */
  readonly fitColumns?: Readonly<Record<string, number>>;
}

export interface PairTimes {
  readonly from: Rung;
  readonly to: Rung;
  readonly n: number;
  readonly medianHours: number | null;
  readonly p90Hours: number | null;
}

export interface SlaFigure {
  readonly handoffId: string;
  readonly hours: number;
  readonly handedOver: number;
  readonly within: number;
}

export interface ScoringFigure {
  readonly handoffId: string;
  /** 'rules': scored with the contract's fit rules on the file's columns; 'crm': the file's own score column. */
  readonly source: 'rules' | 'crm';
  readonly threshold: number;
  readonly above: number;
  readonly aboveConverted: number;
  readonly below: number;
  readonly belowConverted: number;
}

export interface PeriodFigures {
  readonly period: string;
  /** Records created in the period. */
  readonly records: number;
  /** How many of them reached each rung (a rung and every rung below it). */
  readonly reached: Readonly<Partial<Record<Rung, number>>>;
  readonly times: readonly PairTimes[];
  readonly sla: readonly SlaFigure[];
  /** Rejection, recycle and loss reasons: a known reason or `<reason item id>` of a contract. */
  readonly reasons: Readonly<Record<string, number>>;
  /** Where they came from (known sources only; anything else counts as 'unlisted'). */
  readonly sources: Readonly<Record<string, number>>;
  /** Records with an owner column left empty. */
  readonly unowned: number;
  readonly wonDeals: number;
  readonly wonRevenue: number;
  readonly lostDeals: number;
  readonly scoring: readonly ScoringFigure[];
}

export type RowProblemKind = 'not-a-date' | 'no-date' | 'not-an-amount' | 'not-a-number';

export interface RowProblem {
  readonly row: number;
  readonly field: CrmField | 'rungDate';
  readonly rung?: Rung;
  readonly problem: RowProblemKind;
}

/** What an import keeps: totals per period and how the file was read. Nothing of a row. */
export interface CrmAggregates {
  readonly kind: CrmKind;
  readonly unit: PeriodUnit;
  readonly ladder: readonly Rung[];
  readonly periods: readonly PeriodFigures[];
  /** Rows read into the totals, and rows left out (no usable date). */
  readonly records: number;
  readonly skipped: number;
  readonly problemCount: number;
  readonly problems: readonly RowProblem[];
  /** How the day/month dates of each column were read. */
  readonly dateOrders: readonly { readonly column: number; readonly order: DateOrder; readonly from: 'data' | 'custom' }[];
}

/** A value of a vocabulary column that the import did not know (shown to ask about; never stored). */
export interface UnknownValue {
  readonly field: VocabularyField;
  readonly value: string;
  readonly count: number;
}

export type FatalProblem =
  | { readonly code: 'dateOrderConflict'; readonly column: number }
  | { readonly code: 'headersOnly' }
  | { readonly code: 'noUsableRows'; readonly problems: readonly RowProblem[] };

export type ReduceResult =
  | { readonly ok: true; readonly aggregates: CrmAggregates; readonly unknown: readonly UnknownValue[]; readonly otherUnknown: number }
  | { readonly ok: false; readonly problem: FatalProblem };

/** Counts of a handoff's scored records in a period: above and below its threshold, and how many of each converted. */
interface ScoreCounts {
  above: number;
  aboveConverted: number;
  below: number;
  belowConverted: number;
}

interface Acc {
  records: number;
  /** Reached counts by rung index (contacts and leads). */
  rungs: number[];
  reached: Map<Rung, number>;
  /** Hours between two rungs, by time slot (a distinct `from>to` pair). */
  times: (number[] | undefined)[];
  /** By handoff slot (a distinct handoff id). */
  sla: ({ handedOver: number; within: number } | undefined)[];
  reasons: Map<string, number>;
  /** Deals' sources by name. */
  sources: Map<string, number>;
  /** Contacts' and leads' sources, by the reducer's source slot. */
  sourceCounts: number[];
  unowned: number;
  wonDeals: number;
  wonRevenue: number;
  lostDeals: number;
  /** By handoff slot. */
  scoring: (ScoreCounts | undefined)[];
}

const newAcc = (rungs: number): Acc => ({
  records: 0,
  rungs: new Array<number>(rungs).fill(0),
  reached: new Map(),
  times: [],
  sla: [],
  reasons: new Map(),
  sources: new Map(),
  sourceCounts: [],
  unowned: 0,
  wonDeals: 0,
  wonRevenue: 0,
  lostDeals: 0,
  scoring: [],
});

const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

/** The value at rank q (0..1) of sorted numbers, nearest-rank: the median of 1,2,3,4 is 2. */
export function quantile(sorted: ArrayLike<number>, q: number): number | null {
  if (!sorted.length) return null;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

/** Distinct cell values remembered per column (a column of words or dates holds a few hundred). */
const MEMO_SIZE = 5000;
/** The first distinct values are found by a scan (length, then text) rather than hashing each new cell string. */
const SCAN_SIZE = 16;

/**
 * A pure function of a cell's raw text, remembered per distinct text: a column of vocabulary
 * holds a handful of words, so each is worked out once. Every row's cell is a new string from
 * papaparse (its hash not yet known): the first few values are compared by length and text,
 * the rest looked up in a Map, and past MEMO_SIZE values they are worked out each time.
 */
function memoOf<T>(compute: (raw: string) => T): (raw: string) => T {
  const keys: string[] = [];
  const vals: T[] = [];
  const more = new Map<string, T>();
  return (raw) => {
    const n = raw.length;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k.length === n && k === raw) return vals[i]!;
    }
    if (more.size) {
      const v = more.get(raw);
      if (v !== undefined || more.has(raw)) return v as T;
    }
    const v = compute(raw);
    if (keys.length < SCAN_SIZE) {
      keys.push(raw);
      vals.push(v);
    } else if (more.size < MEMO_SIZE - SCAN_SIZE) more.set(raw, v);
    return v;
  };
}

export interface CrmReducer {
  /** One data row; `row` is its number in the file (the header is row 1). */
  add(cells: readonly string[], row: number): void;
  finish(): ReduceResult;
}

/** Days either side of the first row's day kept in an array (the rest in a Map): ±45 years. */
const DAY_SPAN = 1 << 14;

/*
 * Speed (bench/crm, BENCH_ONLY=crm): the reducer runs once per row of a file of up to a million,
 * so its per-row work is kept to reading the cells it needs: every column index, rung index,
 * pair and handoff is resolved once here; moments stay numbers (NaN for none, never boxed);
 * words are remembered per distinct cell; a day finds its period's totals in an array; fit
 * rules are compiled once and remember their answer per distinct cell.
 */
export function createReducer(spec: ReduceSpec): CrmReducer {
  const { mapping, unit, answers } = spec;
  const kind = mapping.kind;
  const ladder = LADDERS[kind] as readonly Rung[];
  const rungIndex = new Map(ladder.map((r, i) => [r, i]));
  const c = mapping.columns;
  const pairs = spec.pairs ?? ladder.slice(1).map((r, i) => [ladder[i]!, r] as const);
  // A slot per distinct time pair and per distinct handoff id: totals kept in arrays, not Maps by key.
  const timeSlots = new Map<string, number>();
  const timeSlot = (key: string) => {
    let s = timeSlots.get(key);
    if (s === undefined) timeSlots.set(key, (s = timeSlots.size));
    return s;
  };
  const pairSlots = pairs.map(([a, b]) => timeSlot(`${a}>${b}`));
  const wonSlot = timeSlot('created>won');
  const idSlots = new Map<string, number>();
  const handoffSlot = spec.handoffs.map((h) => {
    let s = idSlots.get(h.id);
    if (s === undefined) idSlots.set(h.id, (s = idSlots.size));
    return s;
  });
  const periods = new Map<string, Acc>();
  const acc = (p: string) => {
    let a = periods.get(p);
    if (!a) periods.set(p, (a = newAcc(ladder.length)));
    return a;
  };
  // The period's totals of a moment, one lookup per day (a row reaches several periods' totals):
  // by the day's distance from the first day seen in an array, further days in a Map.
  const nearDays: (Acc | undefined)[] = new Array<Acc | undefined>(2 * DAY_SPAN);
  let baseDay = NaN;
  const farDays = new Map<number, Acc>();
  const accAt = (t: number) => {
    const day = Math.floor(t / DAY_MS);
    if (baseDay !== baseDay) baseDay = day - DAY_SPAN;
    const i = day - baseDay;
    if (i >= 0 && i < 2 * DAY_SPAN) {
      let a = nearDays[i];
      if (!a) nearDays[i] = a = acc(periodOf(t, unit));
      return a;
    }
    let a = farDays.get(day);
    if (!a) farDays.set(day, (a = acc(periodOf(t, unit))));
    return a;
  };
  const problems: RowProblem[] = [];
  let problemCount = 0;
  const problem = (p: RowProblem) => {
    problemCount++;
    if (problems.length < LISTED_PROBLEMS) problems.push(p);
  };
  const unknown = new Map<string, UnknownValue>();
  let otherUnknown = 0;
  const noteUnknown = (field: VocabularyField, value: string) => {
    const key = `${field}\u0000${vocabularyKey(value)}`;
    const u = unknown.get(key);
    if (u) unknown.set(key, { ...u, count: u.count + 1 });
    else if (unknown.size < ASKED_VALUES && value.length <= 80) unknown.set(key, { field, value, count: 1 });
    else otherUnknown++;
  };

  const dateCols = dateColumns(mapping);
  const evidence = new Map<number, OrderEvidence>(dateCols.map((i) => [i, noEvidence()]));
  const orders = new Map<number, { order: DateOrder; from: 'data' | 'custom' }>();
  /** `orders` by column, read per cell. */
  const orderOf: DateOrder[] = [];
  let held: { cells: readonly string[]; row: number }[] | null = [];
  let fatal: FatalProblem | null = null;
  let records = 0;
  let skipped = 0;
  let anyRow = false;

  /** A date cell's moment, NaN when there is none (no column, empty, or not a date: then a row problem). */
  const dateAt = (cells: readonly string[], col: number | undefined, row: number, field: CrmField | 'rungDate', rung?: Rung): number => {
    if (col === undefined) return NaN;
    const t = dateMs(cells[col] ?? '', orderOf[col] ?? 'mdy');
    if (t === BAD_DATE) {
      problem({ row, field, ...(rung ? { rung } : {}), problem: 'not-a-date' });
      return NaN;
    }
    return t;
  };

  // A column of vocabulary holds a handful of distinct words: each is looked up once.
  const KNOWN = { known: true } as const;
  const meaningMemo = {
    stage: memoOf((raw): Meaning => {
      const v = cellText(raw);
      return v ? meaningOf(kind, 'stage', v, answers) : KNOWN;
    }),
    status: memoOf((raw): Meaning => {
      const v = cellText(raw);
      return v ? meaningOf(kind, 'status', v, answers) : KNOWN;
    }),
  };
  function meaning(field: VocabularyField, raw: string | undefined): Meaning {
    if (raw === undefined || raw === '') return KNOWN;
    const m = meaningMemo[field](raw);
    if (!m) noteUnknown(field, cellText(raw));
    return m;
  }
  // A source is counted in a slot of the period's sourceCounts (its name in sourceNames); -1: a blank cell, not counted.
  const sourceNames: string[] = [];
  const sourceSlot = memoOf((raw) => {
    if (!raw.trim()) return -1;
    const key = vocabularyKey(cellText(raw));
    const name = KNOWN_SOURCES[key] ?? KNOWN_SOURCES[key.replace(/ /g, '_')] ?? 'unlisted';
    const i = sourceNames.indexOf(name);
    return i >= 0 ? i : sourceNames.push(name) - 1;
  });
  /** The date column of each rung, and the rungs that have one (the others are never reached by a date). */
  const rungCols = ladder.map((r) => (mapping.rungDates as Record<string, number | undefined>)[r]);
  const datedRungs = rungCols.flatMap((col, i) => (col === undefined ? [] : [i]));
  /** When the row reached each rung, NaN when its date says nothing. */
  const at = new Float64Array(ladder.length).fill(NaN);
  // A pair with a rung that is not on the ladder is never measured (its list stays empty).
  const timedPairs = pairs.flatMap(([a, b], i) => {
    const from = rungIndex.get(a);
    const to = rungIndex.get(b);
    return from === undefined || to === undefined ? [] : [{ from, to, slot: pairSlots[i]! }];
  });
  const stageCol = c.stage;
  const statusCol = c.status;
  const salesforce = kind === 'salesforce-leads';
  const convertedRung = salesforce ? rungIndex.get('converted')! : -1;
  // How each handoff scores a row: its fit rules on the columns the file has (the calculator's
  // evaluator, so a row and the same lead typed in the calculator get the same points), else
  // the CRM's score column, else not at all. Compiled once, not per row; a rule remembers its
  // answer per distinct cell (a column of countries or sizes repeats).
  const pointsOf = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  type Scorer = { source: 'rules'; rules: { points: number; col: number; matches: (raw: string | undefined) => boolean }[] } | { source: 'crm' };
  const scorers = spec.handoffs.map((h): Scorer | null => {
    if (h.threshold === null) return null;
    const cols = spec.fitColumns ?? {};
    const rules = compileFitRules(h.fitRules ?? [], pointsOf).rules.flatMap((r: CompiledFitRule) => {
      if (cols[r.key] === undefined) return [];
      const memo = memoOf((raw) => fitMatches(r, cellText(raw)));
      return [{ points: r.points, col: cols[r.key]!, matches: (raw: string | undefined) => (raw === undefined ? false : memo(raw)) }];
    });
    if (rules.length) return { source: 'rules', rules };
    return c.score !== undefined ? { source: 'crm' } : null;
  });
  const handoffs = spec.handoffs.map((h, hi) => ({
    slot: handoffSlot[hi]!,
    from: rungIndex.get(h.from) ?? -1,
    to: rungIndex.get(h.to) ?? -1,
    slaMs: h.slaHours === null ? null : h.slaHours * HOUR_MS,
    threshold: h.threshold,
    scorer: scorers[hi]!,
  }));

  function addContact(cells: readonly string[], row: number) {
    const created = dateAt(cells, c.createDate, row, 'createDate');
    if (created !== created) {
      if (c.createDate !== undefined && !cellText(cells[c.createDate])) problem({ row, field: 'createDate', problem: 'no-date' });
      skipped++;
      return;
    }
    records++;
    const a = accAt(created);
    a.records++;
    let top = -1;
    for (let k = 0; k < datedRungs.length; k++) {
      const i = datedRungs[k]!;
      const t = dateAt(cells, rungCols[i], row, 'rungDate', ladder[i]);
      at[i] = t;
      if (t === t) top = i;
    }
    const stage = meaning('stage', stageCol !== undefined ? cells[stageCol] : undefined);
    if (stage?.rung) top = Math.max(top, rungIndex.get(stage.rung)!);
    const status = meaning('status', statusCol !== undefined ? cells[statusCol] : undefined);
    if (status?.rung) top = Math.max(top, rungIndex.get(status.rung)!);
    if (salesforce && c.converted !== undefined && parseFlag(cells[c.converted] ?? '') === true) {
      top = Math.max(top, convertedRung);
    }
    // A record that is in the export is at least on the first rung.
    if (salesforce) top = Math.max(top, 0);
    const reached = a.rungs;
    for (let i = 0; i <= top; i++) reached[i]!++;
    if (stage?.reason) bump(a.reasons, stage.reason);
    if (status?.reason) bump(a.reasons, status.reason);
    if (c.source !== undefined) {
      const s = cells[c.source];
      const slot = s ? sourceSlot(s) : -1;
      if (slot >= 0) a.sourceCounts[slot] = (a.sourceCounts[slot] ?? 0) + 1;
    }
    if (c.owner !== undefined) {
      const o = cells[c.owner];
      if (!o || (o.charCodeAt(0) <= 32 && !o.trim())) a.unowned++;
    }
    for (let i = 0; i < timedPairs.length; i++) {
      const pair = timedPairs[i]!;
      const t0 = at[pair.from]!;
      const t1 = at[pair.to]!;
      // NaN (a rung without a date) compares false.
      if (!(t1 >= t0)) continue;
      const p = accAt(t0);
      (p.times[pair.slot] ??= []).push((t1 - t0) / HOUR_MS);
    }
    let score: number | null | undefined;
    for (let hi = 0; hi < handoffs.length; hi++) {
      const h = handoffs[hi]!;
      const t0 = h.from >= 0 ? at[h.from]! : NaN;
      if (h.slaMs !== null && t0 === t0) {
        const p = accAt(t0);
        const s = (p.sla[h.slot] ??= { handedOver: 0, within: 0 });
        s.handedOver++;
        const t1 = h.to >= 0 ? at[h.to]! : NaN;
        if (t1 >= t0 && t1 - t0 <= h.slaMs) s.within++;
      }
      const scorer = h.scorer;
      if (scorer) {
        let rowScore: number;
        if (scorer.source === 'rules') {
          rowScore = 0;
          for (const rule of scorer.rules) if (rule.matches(cells[rule.col])) rowScore += rule.points;
        } else {
          if (score === undefined) {
            const raw = cellText(cells[c.score!]);
            score = raw ? parseAmount(raw) : null;
            if (raw && score === null) problem({ row, field: 'score', problem: 'not-a-number' });
          }
          if (score === null) continue;
          rowScore = score;
        }
        const s = (a.scoring[h.slot] ??= { above: 0, aboveConverted: 0, below: 0, belowConverted: 0 });
        const converted = h.to >= 0 && top >= h.to;
        if (rowScore >= h.threshold!) {
          s.above++;
          if (converted) s.aboveConverted++;
        } else {
          s.below++;
          if (converted) s.belowConverted++;
        }
      }
    }
  }

  function addDeal(cells: readonly string[], row: number) {
    const closed = dateAt(cells, c.closeDate, row, 'closeDate');
    const created = dateAt(cells, c.createDate, row, 'createDate');
    const cohort = created === created ? created : closed;
    if (cohort !== cohort) {
      problem({ row, field: c.createDate !== undefined ? 'createDate' : 'closeDate', problem: 'no-date' });
      skipped++;
      return;
    }
    records++;
    const a = acc(periodOf(cohort, unit));
    a.records++;
    const stage = meaning('stage', stageCol !== undefined ? cells[stageCol] : undefined);
    let won = stage?.rung === 'won';
    let lost = !!(stage && 'lost' in stage && stage.lost);
    if (c.won !== undefined) {
      const w = parseFlag(cells[c.won] ?? '');
      if (w !== null) won = w;
      const cl = c.closed !== undefined ? parseFlag(cells[c.closed] ?? '') : null;
      if (w === false && cl === true) lost = true;
      if (w === true) lost = false;
    }
    bump(a.reached as Map<string, number>, 'created');
    if (won) bump(a.reached as Map<string, number>, 'won');
    if (stage?.reason) bump(a.reasons, stage.reason);
    else if (lost) bump(a.reasons, 'lost');
    if (c.owner !== undefined && !cellText(cells[c.owner])) a.unowned++;
    if (c.source !== undefined) {
      const s = cellText(cells[c.source]);
      if (s) bump(a.sources, KNOWN_SOURCES[vocabularyKey(s)] ?? 'unlisted');
    }
    if (!won && !lost) return;
    const closeP = acc(periodOf(closed === closed ? closed : cohort, unit));
    if (lost) {
      closeP.lostDeals++;
      return;
    }
    closeP.wonDeals++;
    const rawAmount = c.amount !== undefined ? cellText(cells[c.amount]) : '';
    const amount = rawAmount ? parseAmount(rawAmount) : null;
    if (rawAmount && amount === null) problem({ row, field: 'amount', problem: 'not-an-amount' });
    closeP.wonRevenue += amount ?? 0;
    // NaN (no date) compares false.
    if (closed >= created) (closeP.times[wonSlot] ??= []).push((closed - created) / HOUR_MS);
  }

  const addRow = kind === 'hubspot-contacts' || kind === 'salesforce-leads' ? addContact : addDeal;

  function flushHeld() {
    if (!held) return;
    for (const [col, ev] of evidence) {
      const d = decideOrder(ev);
      if (d.order === 'conflict') {
        fatal = { code: 'dateOrderConflict', column: col };
        break;
      }
      orders.set(col, d);
      orderOf[col] = d.order;
    }
    const rows = held;
    held = null;
    if (fatal) return;
    for (const r of rows) addRow(r.cells, r.row);
  }

  return {
    add(cells, row) {
      if (fatal) return;
      anyRow = true;
      if (held) {
        for (const col of dateCols) addEvidence(evidence.get(col)!, cells[col] ?? '');
        held.push({ cells, row });
        if (held.length >= SAMPLE_ROWS) flushHeld();
        return;
      }
      addRow(cells, row);
    },
    finish() {
      flushHeld();
      if (fatal) return { ok: false, problem: fatal };
      if (!anyRow) return { ok: false, problem: { code: 'headersOnly' } };
      if (records === 0) return { ok: false, problem: { code: 'noUsableRows', problems } };
      const allPairs: [string, string][] = kind === 'hubspot-contacts' || kind === 'salesforce-leads' ? pairs.map(([x, y]) => [x, y]) : [['created', 'won']];
      const out: PeriodFigures[] = [...periods.keys()].sort().map((period) => {
        const a = periods.get(period)!;
        const times: PairTimes[] = [];
        for (const [from, to] of allPairs) {
          // Numbers sort as numbers in a Float64Array, without a comparator called per pair.
          const list = new Float64Array(a.times[timeSlot(`${from}>${to}`)] ?? []).sort();
          times.push({ from: from as Rung, to: to as Rung, n: list.length, medianHours: quantile(list, 0.5), p90Hours: quantile(list, 0.9) });
        }
        return {
          period,
          records: a.records,
          reached: Object.fromEntries(ladder.map((r, i) => [r, (a.reached.get(r) ?? 0) + a.rungs[i]!])),
          times,
          sla: spec.handoffs
            .flatMap((h, hi) => (h.slaHours === null ? [] : [{ handoffId: h.id, hours: h.slaHours, ...(a.sla[handoffSlot[hi]!] ?? { handedOver: 0, within: 0 }) }])),
          reasons: Object.fromEntries([...a.reasons].sort()),
          sources: Object.fromEntries([...a.sources, ...sourceNames.flatMap((name, i) => (a.sourceCounts[i] ? [[name, a.sourceCounts[i]] as const] : []))].sort()),
          unowned: a.unowned,
          wonDeals: a.wonDeals,
          wonRevenue: Math.round(a.wonRevenue * 100) / 100,
          lostDeals: a.lostDeals,
          scoring: spec.handoffs.flatMap((h, hi) => {
            const got = a.scoring[handoffSlot[hi]!];
            return got && scorers[hi] ? [{ handoffId: h.id, source: scorers[hi]!.source, threshold: h.threshold!, ...got }] : [];
          }),
        };
      });
      return {
        ok: true,
        aggregates: {
          kind,
          unit,
          ladder,
          periods: out,
          records,
          skipped,
          problemCount,
          problems,
          dateOrders: [...orders].map(([column, o]) => ({ column, ...o })),
        },
        unknown: [...unknown.values()].sort((x, y) => y.count - x.count),
        otherUnknown,
      };
    },
  };
}

/** A share in percent with one decimal, or null when there is nothing to divide by. */
export function pct(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/** Conversion from one rung to another in a period, in percent. */
export function conversion(p: PeriodFigures, from: Rung, to: Rung): number | null {
  return pct(p.reached[to] ?? 0, p.reached[from] ?? 0);
}
