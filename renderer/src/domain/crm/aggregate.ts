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
import { addEvidence, decideOrder, noEvidence, parseDate, periodOf, type DateOrder, type OrderEvidence, type PeriodUnit } from './dates';
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

interface Acc {
  records: number;
  /** Reached counts by rung index (contacts and leads). */
  rungs: number[];
  reached: Map<Rung, number>;
  times: Map<string, number[]>;
  sla: Map<string, { handedOver: number; within: number }>;
  reasons: Map<string, number>;
  sources: Map<string, number>;
  unowned: number;
  wonDeals: number;
  wonRevenue: number;
  lostDeals: number;
  scoring: Map<string, { above: number; aboveConverted: number; below: number; belowConverted: number }>;
}

const newAcc = (rungs: number): Acc => ({
  records: 0,
  rungs: new Array<number>(rungs).fill(0),
  reached: new Map(),
  times: new Map(),
  sla: new Map(),
  reasons: new Map(),
  sources: new Map(),
  unowned: 0,
  wonDeals: 0,
  wonRevenue: 0,
  lostDeals: 0,
  scoring: new Map(),
});

const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

/** The value at rank q (0..1) of sorted numbers, nearest-rank: the median of 1,2,3,4 is 2. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (!sorted.length) return null;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

export interface CrmReducer {
  /** One data row; `row` is its number in the file (the header is row 1). */
  add(cells: readonly string[], row: number): void;
  finish(): ReduceResult;
}

export function createReducer(spec: ReduceSpec): CrmReducer {
  const { mapping, unit, answers } = spec;
  const kind = mapping.kind;
  const ladder = LADDERS[kind] as readonly Rung[];
  const rungIndex = new Map(ladder.map((r, i) => [r, i]));
  const c = mapping.columns;
  const pairs = spec.pairs ?? ladder.slice(1).map((r, i) => [ladder[i]!, r] as const);
  const pairKeys = pairs.map(([a, b]) => `${a}>${b}`);
  const periods = new Map<string, Acc>();
  const acc = (p: string) => {
    let a = periods.get(p);
    if (!a) periods.set(p, (a = newAcc(ladder.length)));
    return a;
  };
  // The period's totals of a moment, one lookup per day (a row reaches several periods' totals).
  const byDay = new Map<number, Acc>();
  const accAt = (t: number) => {
    const day = Math.floor(t / DAY_MS);
    let a = byDay.get(day);
    if (!a) byDay.set(day, (a = acc(periodOf(t, unit))));
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

  const dateAt = (cells: readonly string[], col: number | undefined, row: number, field: CrmField | 'rungDate', rung?: Rung): number | null => {
    if (col === undefined) return null;
    const t = parseDate(cells[col] ?? '', orderOf[col] ?? 'mdy');
    if (t === 'bad') {
      problem({ row, field, ...(rung ? { rung } : {}), problem: 'not-a-date' });
      return null;
    }
    return t;
  };

  // A column of vocabulary holds a handful of distinct words: each is looked up once.
  const KNOWN = { known: true } as const;
  const memo = { stage: new Map<string, Meaning>(), status: new Map<string, Meaning>() };
  function meaning(field: VocabularyField, raw: string | undefined): Meaning {
    if (raw === undefined || raw === '') return KNOWN;
    const seen = memo[field];
    const known = seen.get(raw);
    if (known !== undefined || seen.has(raw)) {
      if (!known) noteUnknown(field, cellText(raw));
      return known as Meaning;
    }
    const v = cellText(raw);
    const m = v ? meaningOf(kind, field, v, answers) : KNOWN;
    if (seen.size < 5000) seen.set(raw, m);
    if (!m) noteUnknown(field, v);
    return m;
  }
  const sourceMemo = new Map<string, string>();
  function sourceOf(raw: string): string {
    let k = sourceMemo.get(raw);
    if (k === undefined) {
      const key = vocabularyKey(cellText(raw));
      k = KNOWN_SOURCES[key] ?? KNOWN_SOURCES[key.replace(/ /g, '_')] ?? 'unlisted';
      if (sourceMemo.size < 5000) sourceMemo.set(raw, k);
    }
    return k;
  }
  const rungCols = ladder.map((r) => (mapping.rungDates as Record<string, number | undefined>)[r]);
  const at: (number | undefined)[] = ladder.map(() => undefined);
  const pairIdx = pairs.map(([a, b]) => [rungIndex.get(a)!, rungIndex.get(b)!] as const);
  const handoffIdx = spec.handoffs.map((h) => [rungIndex.get(h.from) ?? -1, rungIndex.get(h.to) ?? -1] as const);
  // How each handoff scores a row: its fit rules on the columns the file has (the calculator's
  // evaluator, so a row and the same lead typed in the calculator get the same points), else
  // the CRM's score column, else not at all. Compiled once, not per row.
  const pointsOf = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const scorers = spec.handoffs.map((h): { source: 'rules'; rules: [CompiledFitRule, number][] } | { source: 'crm' } | null => {
    if (h.threshold === null) return null;
    const cols = spec.fitColumns ?? {};
    const rules = compileFitRules(h.fitRules ?? [], pointsOf).rules.flatMap((r): [CompiledFitRule, number][] => (cols[r.key] !== undefined ? [[r, cols[r.key]!]] : []));
    if (rules.length) return { source: 'rules', rules };
    return c.score !== undefined ? { source: 'crm' } : null;
  });

  function addContact(cells: readonly string[], row: number) {
    const created = dateAt(cells, c.createDate, row, 'createDate');
    if (created === null) {
      if (c.createDate !== undefined && !cellText(cells[c.createDate])) problem({ row, field: 'createDate', problem: 'no-date' });
      skipped++;
      return;
    }
    records++;
    const a = accAt(created);
    a.records++;
    let top = -1;
    for (let i = 0; i < ladder.length; i++) {
      const col = rungCols[i];
      const t = col === undefined ? null : dateAt(cells, col, row, 'rungDate', ladder[i]);
      at[i] = t === null ? undefined : t;
      if (t !== null) top = i;
    }
    const stage = meaning('stage', c.stage !== undefined ? cells[c.stage] : undefined);
    if (stage?.rung) top = Math.max(top, rungIndex.get(stage.rung)!);
    const status = meaning('status', c.status !== undefined ? cells[c.status] : undefined);
    if (status?.rung) top = Math.max(top, rungIndex.get(status.rung)!);
    if (kind === 'salesforce-leads' && c.converted !== undefined && parseFlag(cells[c.converted] ?? '') === true) {
      top = Math.max(top, rungIndex.get('converted')!);
    }
    // A record that is in the export is at least on the first rung.
    if (kind === 'salesforce-leads') top = Math.max(top, 0);
    for (let i = 0; i <= top; i++) a.rungs[i]!++;
    if (stage?.reason) bump(a.reasons, stage.reason);
    if (status?.reason) bump(a.reasons, status.reason);
    if (c.source !== undefined) {
      const s = cells[c.source];
      if (s && s.trim()) bump(a.sources, sourceOf(s));
    }
    if (c.owner !== undefined) {
      const o = cells[c.owner];
      if (!o || (o.charCodeAt(0) <= 32 && !o.trim())) a.unowned++;
    }
    for (let i = 0; i < pairIdx.length; i++) {
      const t0 = at[pairIdx[i]![0]];
      const t1 = at[pairIdx[i]![1]];
      if (t0 === undefined || t1 === undefined || t1 < t0) continue;
      const p = accAt(t0);
      let list = p.times.get(pairKeys[i]!);
      if (!list) p.times.set(pairKeys[i]!, (list = []));
      list.push((t1 - t0) / HOUR_MS);
    }
    let score: number | null | undefined;
    for (let hi = 0; hi < spec.handoffs.length; hi++) {
      const h = spec.handoffs[hi]!;
      const [fromI, toI] = handoffIdx[hi]!;
      const t0 = fromI >= 0 ? at[fromI] : undefined;
      if (h.slaHours !== null && t0 !== undefined) {
        const p = accAt(t0);
        let s = p.sla.get(h.id);
        if (!s) p.sla.set(h.id, (s = { handedOver: 0, within: 0 }));
        s.handedOver++;
        const t1 = toI >= 0 ? at[toI] : undefined;
        if (t1 !== undefined && t1 >= t0 && t1 - t0 <= h.slaHours * HOUR_MS) s.within++;
      }
      const scorer = scorers[hi];
      if (scorer) {
        let rowScore: number;
        if (scorer.source === 'rules') {
          rowScore = 0;
          for (const [rule, col] of scorer.rules) if (fitMatches(rule, cellText(cells[col]))) rowScore += rule.points;
        } else {
          if (score === undefined) {
            const raw = cellText(cells[c.score!]);
            score = raw ? parseAmount(raw) : null;
            if (raw && score === null) problem({ row, field: 'score', problem: 'not-a-number' });
          }
          if (score === null) continue;
          rowScore = score;
        }
        let s = a.scoring.get(h.id);
        if (!s) a.scoring.set(h.id, (s = { above: 0, aboveConverted: 0, below: 0, belowConverted: 0 }));
        const converted = toI >= 0 && top >= toI;
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
    const cohort = created ?? closed;
    if (cohort === null) {
      problem({ row, field: c.createDate !== undefined ? 'createDate' : 'closeDate', problem: 'no-date' });
      skipped++;
      return;
    }
    records++;
    const a = acc(periodOf(cohort, unit));
    a.records++;
    const stage = meaning('stage', c.stage !== undefined ? cells[c.stage] : undefined);
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
    const closeP = acc(periodOf(closed ?? cohort, unit));
    if (lost) {
      closeP.lostDeals++;
      return;
    }
    closeP.wonDeals++;
    const rawAmount = c.amount !== undefined ? cellText(cells[c.amount]) : '';
    const amount = rawAmount ? parseAmount(rawAmount) : null;
    if (rawAmount && amount === null) problem({ row, field: 'amount', problem: 'not-an-amount' });
    closeP.wonRevenue += amount ?? 0;
    if (created !== null && closed !== null && closed >= created) {
      let list = closeP.times.get('created>won');
      if (!list) closeP.times.set('created>won', (list = []));
      list.push((closed - created) / HOUR_MS);
    }
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
      const out: PeriodFigures[] = [...periods.keys()].sort().map((period) => {
        const a = periods.get(period)!;
        const times: PairTimes[] = [];
        const allPairs: [string, string][] = kind === 'hubspot-contacts' || kind === 'salesforce-leads' ? pairs.map(([x, y]) => [x, y]) : [['created', 'won']];
        for (const [from, to] of allPairs) {
          const list = (a.times.get(`${from}>${to}`) ?? []).sort((x, y) => x - y);
          times.push({ from: from as Rung, to: to as Rung, n: list.length, medianHours: quantile(list, 0.5), p90Hours: quantile(list, 0.9) });
        }
        return {
          period,
          records: a.records,
          reached: Object.fromEntries(ladder.map((r, i) => [r, (a.reached.get(r) ?? 0) + a.rungs[i]!])),
          times,
          sla: spec.handoffs
            .filter((h) => h.slaHours !== null)
            .map((h) => ({ handoffId: h.id, hours: h.slaHours!, ...(a.sla.get(h.id) ?? { handedOver: 0, within: 0 }) })),
          reasons: Object.fromEntries([...a.reasons].sort()),
          sources: Object.fromEntries([...a.sources].sort()),
          unowned: a.unowned,
          wonDeals: a.wonDeals,
          wonRevenue: Math.round(a.wonRevenue * 100) / 100,
          lostDeals: a.lostDeals,
          scoring: spec.handoffs.flatMap((h, hi) => {
            const got = a.scoring.get(h.id);
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
