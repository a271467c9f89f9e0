/**
 * The alignment layer's rules, as pure functions: lead scoring, the funnel calculator,
 * ownership gaps and overlaps, KPI status, glossary recognition, what refers to a team, and
 * the list of what is still open. No React, Yjs or Dexie; sentences live in the feature's
 * strings catalogue, so these return codes and numbers.
 *
 * How ownership and "claims" are modelled (the alignment check reads this):
 * - A stage's owner is its `ownerTeamId`: a team id, SHARED_OWNER, or '' (nobody).
 * - A card's owner is its own `ownerTeamId`, or else its stage's owner (cards inherit).
 * - A team CLAIMS a stage when it owns the stage or owns any card in it.
 * - A GAP is a stage nobody owns (no owner, or an owner team that no longer exists).
 * - An OVERLAP is a stage two or more teams claim while the stage is not marked shared.
 *   Marking a stage "shared" is how the room says "yes, both of us, on purpose".
 */
import {
  SHARED_OWNER,
  type Card,
  type GlossaryTerm,
  type Handoff,
  type Id,
  type Kpi,
  type Stage,
} from './types';

// ---------------------------------------------------------------------------------------------
// Numbers typed by people

/**
 * A finite number from a number or a numeric string (" 12 ", "3.5", "1,5"); null for anything
 * else (NaN, Infinity, "", "abc", objects). Commas are read as decimal points.
 */
export function toNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const t = v.trim().replace(',', '.');
  if (!t || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Text as compared: trimmed, runs of spaces as one, lower case. */
const norm = (t: string) => t.trim().replace(/\s+/g, ' ').toLowerCase();

// ---------------------------------------------------------------------------------------------
// The funnel calculator

export interface FunnelInput {
  readonly revenueGoal: unknown;
  readonly avgDealSize: unknown;
  /**
   * From the top of the funnel down. Each step's rate is the share (in percent) of its leads
   * that reach the next step; the last step's rate is the share that become won deals.
   */
  readonly steps: readonly { name: string; ratePct: unknown; actualPct?: unknown }[];
}

export type FunnelProblem =
  | { readonly kind: 'bad-goal' }
  | { readonly kind: 'bad-deal-size' }
  | { readonly kind: 'no-steps' }
  | { readonly kind: 'bad-rate'; readonly stepIndex: number; readonly name: string }
  | { readonly kind: 'bad-actual'; readonly stepIndex: number; readonly name: string };

export interface FunnelStepResult {
  readonly name: string;
  readonly ratePct: number;
  /** Leads this step needs, rounded up at every step (there is no such thing as 0.3 of a lead). */
  readonly needed: number;
  readonly actualPct: number | null;
  /** Leads this step would see if the planned top volume flowed through the actual rates. */
  readonly expected: number;
  /** needed − expected (whole leads), 0 when on plan. */
  readonly shortfall: number;
  /** The actual rate is below the planned one: a leak starts here. */
  readonly belowPlan: boolean;
}

export interface FunnelActuals {
  /** Won deals the planned top volume would bring at the actual rates (whole deals). */
  readonly expectedDeals: number;
  readonly dealsShortfall: number;
  readonly revenueShortfall: number;
  /** Leads needed at the top to still reach the goal at the actual rates; null when an actual rate is 0. */
  readonly topNeededAtActualRates: number | null;
  /** The step whose actual rate falls furthest below its plan (in percentage points). */
  readonly worstStepIndex: number | null;
}

export type FunnelResult =
  | { readonly kind: 'invalid'; readonly problems: readonly FunnelProblem[] }
  /** A planned rate of 0%: no number of leads is enough. */
  | { readonly kind: 'impossible'; readonly dealsNeeded: number; readonly stepIndex: number; readonly name: string }
  | {
      readonly kind: 'ok';
      readonly dealsNeeded: number;
      readonly steps: readonly FunnelStepResult[];
      /** Null when no actual rate has been entered. */
      readonly actuals: FunnelActuals | null;
    };

/** ceil that ignores floating-point dust (3 / 0.3 = 10.000000000000002 must stay 10). */
const ceilLeads = (x: number) => Math.ceil(x - 1e-9);
const floorLeads = (x: number) => Math.floor(x + 1e-9);

/** Leads needed at each step, walking up from the deals needed; null if a rate is 0. */
function neededFor(deals: number, rates: readonly number[]): number[] | null {
  const out = new Array<number>(rates.length);
  let next = deals;
  for (let i = rates.length - 1; i >= 0; i--) {
    const r = rates[i]!;
    if (next > 0 && r === 0) return null;
    next = next === 0 ? 0 : ceilLeads((next * 100) / r);
    out[i] = next;
  }
  return out;
}

export function funnelPlan(input: FunnelInput): FunnelResult {
  const problems: FunnelProblem[] = [];
  const goal = toNumber(input.revenueGoal);
  const deal = toNumber(input.avgDealSize);
  if (goal === null || goal < 0) problems.push({ kind: 'bad-goal' });
  if (deal === null || deal <= 0) problems.push({ kind: 'bad-deal-size' });
  if (!input.steps.length) problems.push({ kind: 'no-steps' });
  const rates: number[] = [];
  const actuals: (number | null)[] = [];
  input.steps.forEach((s, i) => {
    const r = toNumber(s.ratePct);
    if (r === null || r < 0 || r > 100) problems.push({ kind: 'bad-rate', stepIndex: i, name: s.name });
    rates.push(r ?? 0);
    const blank = s.actualPct === undefined || s.actualPct === null || s.actualPct === '';
    const a = blank ? null : toNumber(s.actualPct);
    if (!blank && (a === null || a < 0 || a > 100)) problems.push({ kind: 'bad-actual', stepIndex: i, name: s.name });
    actuals.push(a);
  });
  if (problems.length) return { kind: 'invalid', problems };

  const dealsNeeded = ceilLeads(goal! / deal!);
  const needed = neededFor(dealsNeeded, rates);
  if (!needed) {
    // Any 0% step blocks the whole flow; name the first one from the top.
    const i = Math.max(0, rates.indexOf(0));
    return { kind: 'impossible', dealsNeeded, stepIndex: i, name: input.steps[i]!.name };
  }

  const hasActuals = actuals.some((a) => a !== null);
  const effective = rates.map((r, i) => actuals[i] ?? r);
  const steps: FunnelStepResult[] = [];
  let flow = needed[0]!;
  for (let i = 0; i < rates.length; i++) {
    const expected = floorLeads(flow);
    steps.push({
      name: input.steps[i]!.name,
      ratePct: rates[i]!,
      needed: needed[i]!,
      actualPct: actuals[i]!,
      expected,
      shortfall: Math.max(0, needed[i]! - expected),
      belowPlan: actuals[i] !== null && actuals[i]! < rates[i]!,
    });
    flow = (flow * effective[i]!) / 100;
  }
  if (!hasActuals) return { kind: 'ok', dealsNeeded, steps, actuals: null };

  const expectedDeals = floorLeads(flow);
  const dealsShortfall = Math.max(0, dealsNeeded - expectedDeals);
  const atActual = neededFor(dealsNeeded, effective);
  let worst: number | null = null;
  let worstGap = 0;
  actuals.forEach((a, i) => {
    if (a !== null && rates[i]! - a > worstGap) {
      worstGap = rates[i]! - a;
      worst = i;
    }
  });
  return {
    kind: 'ok',
    dealsNeeded,
    steps,
    actuals: {
      expectedDeals,
      dealsShortfall,
      revenueShortfall: round2(Math.max(0, goal! - expectedDeals * deal!)),
      topNeededAtActualRates: atActual ? atActual[0]! : null,
      worstStepIndex: worst,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Ownership: gaps and overlaps

export interface StageOwnership {
  readonly stageId: Id;
  /** A team id, SHARED_OWNER, or '' (no owner, or an owner team that no longer exists). */
  readonly owner: string;
  /** Every team that claims the stage (owns it or one of its cards), in first-seen order. */
  readonly claimants: readonly Id[];
  readonly gap: boolean;
  readonly overlap: boolean;
}

export interface OwnershipCheck {
  readonly stages: readonly StageOwnership[];
  /** Cards with no owner of their own and none from their stage. */
  readonly cardsWithoutOwner: readonly Id[];
}

/** Normalises an owner value: a known team id, SHARED_OWNER, or ''. */
export function ownerOf(value: string | undefined, teamIds: ReadonlySet<Id>): string {
  if (!value) return '';
  if (value === SHARED_OWNER) return SHARED_OWNER;
  return teamIds.has(value) ? value : '';
}

export function ownershipCheck(
  stages: readonly Pick<Stage, 'id' | 'ownerTeamId'>[],
  cards: readonly Pick<Card, 'id' | 'stageId' | 'ownerTeamId'>[],
  teamIds: ReadonlySet<Id>,
): OwnershipCheck {
  const cardsByStage = new Map<Id, Pick<Card, 'id' | 'stageId' | 'ownerTeamId'>[]>();
  for (const c of cards) {
    const list = cardsByStage.get(c.stageId);
    if (list) list.push(c);
    else cardsByStage.set(c.stageId, [c]);
  }
  const cardsWithoutOwner: Id[] = [];
  const out = stages.map((s): StageOwnership => {
    const owner = ownerOf(s.ownerTeamId, teamIds);
    const claimants: Id[] = [];
    const claim = (t: string) => {
      if (t && t !== SHARED_OWNER && !claimants.includes(t)) claimants.push(t);
    };
    claim(owner);
    for (const c of cardsByStage.get(s.id) ?? []) {
      const own = ownerOf(c.ownerTeamId, teamIds);
      claim(own);
      if (!own && !owner) cardsWithoutOwner.push(c.id);
    }
    return {
      stageId: s.id,
      owner,
      claimants,
      gap: owner === '',
      overlap: owner !== SHARED_OWNER && claimants.length >= 2,
    };
  });
  return { stages: out, cardsWithoutOwner };
}

// ---------------------------------------------------------------------------------------------
// KPIs

export type KpiState = 'no-target' | 'no-actual' | 'on-target' | 'off-target';

export function kpiState(k: Pick<Kpi, 'target' | 'actual' | 'direction'>): KpiState {
  if (k.target === null) return 'no-target';
  if (k.actual === null) return 'no-actual';
  const ok = k.direction === 'lower' ? k.actual <= k.target : k.actual >= k.target;
  return ok ? 'on-target' : 'off-target';
}

export interface KpiSummary {
  readonly count: number;
  readonly offTarget: number;
  readonly onTarget: number;
}

export function kpiSummary(kpis: readonly Pick<Kpi, 'target' | 'actual' | 'direction'>[]): KpiSummary {
  let offTarget = 0;
  let onTarget = 0;
  for (const k of kpis) {
    const st = kpiState(k);
    if (st === 'off-target') offTarget++;
    else if (st === 'on-target') onTarget++;
  }
  return { count: kpis.length, offTarget, onTarget };
}

// ---------------------------------------------------------------------------------------------
// The glossary: recognising terms in text

export interface TermHit {
  readonly termId: Id;
  /** The words as written in the text. */
  readonly word: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds a finder for the glossary's terms and synonyms: case-insensitive, whole words only
 * ("SQL" is found in "an SQL lead" but not in "MySQL"), longest match first, each term once,
 * in the order they first appear. Build it once per glossary; it is called for every card.
 */
export function glossaryMatcher(terms: readonly Pick<GlossaryTerm, 'id' | 'term' | 'synonyms'>[]): (text: string) => TermHit[] {
  const byWord = new Map<string, Id>();
  for (const t of terms) {
    for (const w of [t.term, ...t.synonyms]) {
      const key = norm(w);
      if (key && !byWord.has(key)) byWord.set(key, t.id);
    }
  }
  if (!byWord.size) return () => [];
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${words.map((w) => escapeRe(w).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}_])`,
    'giu',
  );
  return (text: string) => {
    const hits: TermHit[] = [];
    const seen = new Set<Id>();
    for (const m of text.matchAll(re)) {
      const id = byWord.get(norm(m[0]));
      if (id && !seen.has(id)) {
        seen.add(id);
        hits.push({ termId: id, word: m[0] });
      }
    }
    return hits;
  };
}

/** A term already in the glossary under this word (as a term or a synonym), other than `exceptId`. */
export function termClash(
  terms: readonly Pick<GlossaryTerm, 'id' | 'term' | 'synonyms'>[],
  word: string,
  exceptId?: Id,
): Pick<GlossaryTerm, 'id' | 'term'> | undefined {
  const key = norm(word);
  if (!key) return undefined;
  return terms.find((t) => t.id !== exceptId && [t.term, ...t.synonyms].some((w) => norm(w) === key));
}

// ---------------------------------------------------------------------------------------------
// Teams: what refers to a team (said before it is removed)

/**
 * What removing a team does, counted by the delete itself (document/actions/teams.ts reads it from
 * document/cascade.ts's removalOf, so the question before removing says what the removal does).
 */
export interface TeamReferences {
  /** Owners and sides that become unassigned. */
  readonly stages: number;
  readonly cards: number;
  readonly handoffs: number;
  readonly kpis: number;
  /** Glossary terms it proposed, content requests it made (the proposer, the asker is cleared). */
  readonly terms: number;
  readonly requests: number;
  /** Session participants of the team: they stay, with no team. */
  readonly participants: number;
  /** Its persona sign-offs and questionnaire answers: deleted with it (undo brings them back). */
  readonly signoffs: number;
  readonly answers: number;
  /** All of the above. */
  readonly total: number;
}

/** How many owners, sides, proposers and askers become unassigned. */
export const unassignedBy = (r: TeamReferences) => r.stages + r.cards + r.handoffs + r.kpis + r.terms + r.requests;

// ---------------------------------------------------------------------------------------------
// Handoff contracts: what is written

/** A sales-ready lead is defined by a checklist item or by a score threshold with rules. */
export function hasCriteria(h: Pick<Handoff, 'criteria' | 'threshold' | 'fitRules' | 'engagementRules'>): boolean {
  if (h.criteria.some((c) => c.text.trim())) return true;
  return h.threshold !== null && (h.fitRules.length > 0 || h.engagementRules.length > 0);
}

/** The service level is written when at least the first-contact time is set. */
export function hasServiceLevel(h: Pick<Handoff, 'slaFirstContactHours'>): boolean {
  return h.slaFirstContactHours !== null;
}

export const handoffAgreed = (h: Pick<Handoff, 'agreedFrom' | 'agreedTo'>) => h.agreedFrom && h.agreedTo;

// ---------------------------------------------------------------------------------------------
// The alignment overview: what is still open

export type OpenItem =
  | { readonly kind: 'stage-no-owner'; readonly stageId: Id; readonly mapId: Id }
  | { readonly kind: 'stage-overlap'; readonly stageId: Id; readonly mapId: Id; readonly teamIds: readonly Id[] }
  | { readonly kind: 'handoff-not-placed'; readonly handoffId: Id; readonly mapId: Id }
  | { readonly kind: 'handoff-no-criteria'; readonly handoffId: Id; readonly mapId: Id }
  | { readonly kind: 'handoff-no-sla'; readonly handoffId: Id; readonly mapId: Id }
  | { readonly kind: 'handoff-not-agreed'; readonly handoffId: Id; readonly mapId: Id }
  | { readonly kind: 'kpi-no-target'; readonly kpiId: Id }
  | { readonly kind: 'kpi-no-owner'; readonly kpiId: Id }
  | { readonly kind: 'persona-not-agreed'; readonly personaId: Id }
  | { readonly kind: 'term-disputed'; readonly termId: Id };

export interface OverviewInput {
  readonly maps: readonly { id: Id; order: number }[];
  readonly stages: readonly Stage[];
  readonly cards: readonly Pick<Card, 'id' | 'stageId' | 'mapId' | 'ownerTeamId'>[];
  readonly handoffs: readonly Handoff[];
  readonly kpis: readonly Kpi[];
  readonly terms: readonly GlossaryTerm[];
  readonly teamIds: ReadonlySet<Id>;
  /** Personas and whether both teams agreed them; absent when the project has no personas yet. */
  readonly personas?: readonly { id: Id; agreed: boolean }[];
}

const byOrderThenId = (a: { order: number; id: Id }, b: { order: number; id: Id }) =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every open point of the alignment, in a stable order: by map and stage, then handoffs, KPIs, personas, terms. */
export function openItems(input: OverviewInput): OpenItem[] {
  const out: OpenItem[] = [];
  const stageIds = new Set(input.stages.map((s) => s.id));
  const cardIds = new Set(input.cards.map((c) => c.id));
  const mapOrder = new Map([...input.maps].sort(byOrderThenId).map((m, i) => [m.id, i]));
  const stages = input.stages
    .filter((s) => mapOrder.has(s.mapId))
    .sort((a, b) => mapOrder.get(a.mapId)! - mapOrder.get(b.mapId)! || byOrderThenId(a, b));
  const check = ownershipCheck(stages, input.cards, input.teamIds);
  check.stages.forEach((o, i) => {
    const mapId = stages[i]!.mapId;
    if (o.gap) out.push({ kind: 'stage-no-owner', stageId: o.stageId, mapId });
    if (o.overlap) out.push({ kind: 'stage-overlap', stageId: o.stageId, mapId, teamIds: o.claimants });
  });
  for (const h of [...input.handoffs].sort(byOrderThenId)) {
    const placed = (h.afterStageId && stageIds.has(h.afterStageId)) || (h.cardId && cardIds.has(h.cardId));
    if (!placed) out.push({ kind: 'handoff-not-placed', handoffId: h.id, mapId: h.mapId });
    if (!hasCriteria(h)) out.push({ kind: 'handoff-no-criteria', handoffId: h.id, mapId: h.mapId });
    if (!hasServiceLevel(h)) out.push({ kind: 'handoff-no-sla', handoffId: h.id, mapId: h.mapId });
    if (!handoffAgreed(h)) out.push({ kind: 'handoff-not-agreed', handoffId: h.id, mapId: h.mapId });
  }
  for (const k of [...input.kpis].sort(byOrderThenId)) {
    if (k.target === null) out.push({ kind: 'kpi-no-target', kpiId: k.id });
    if (!ownerOf(k.ownerTeamId, input.teamIds)) out.push({ kind: 'kpi-no-owner', kpiId: k.id });
  }
  for (const p of input.personas ?? []) if (!p.agreed) out.push({ kind: 'persona-not-agreed', personaId: p.id });
  for (const t of [...input.terms].sort(byOrderThenId)) {
    if (t.status === 'disputed') out.push({ kind: 'term-disputed', termId: t.id });
  }
  return out;
}
