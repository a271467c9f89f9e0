/**
 * The funnel calculator: from a revenue goal, a deal size and each step's planned rate, the leads
 * every step needs; with actual rates, what they would bring and where the leak starts. Pure;
 * sentences live in the alignment feature's strings, so this returns codes and numbers.
 */
import { toNumber } from './typedNumber';

const round2 = (n: number) => Math.round(n * 100) / 100;

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
