/**
 * Lead scoring (the handoff contract's calculator): a sample lead's fit points through the one
 * fit rule evaluator (domain/fitRules.ts, which the CRM import also runs), its engagement points
 * after decay, against the threshold. Apart from domain/alignment.ts so that only the screens
 * with the calculator load it, not the home screen (a module shared by the home screen and a
 * lazy screen is bundled with the home screen whole).
 */
import { toNumber } from './typedNumber';
import { compileFitRules, fitListItems, fitMatches, fitOperator, fitText, type FitRuleInput, type FitValueProblem } from './fitRules';
import type { Id } from './types';

export interface ScoringRules {
  /** Compared by the one evaluator, domain/fitRules.ts (`op` absent: 'is', as rules were saved before operators). */
  readonly fitRules: readonly FitRuleInput[];
  readonly engagementRules: readonly { id: Id; action: string; points: unknown; decayPerWeek?: unknown }[];
  readonly threshold: unknown;
}

/** A sample lead typed into the calculator. */
export interface SampleLead {
  /** Attribute name → the lead's value (e.g. "Company size" → "200-1000"). */
  readonly attributes: Readonly<Record<string, string>>;
  /** What the lead did and how many weeks ago ('' or missing = this week). */
  readonly actions: readonly { action: string; weeksAgo?: unknown }[];
}

export interface ScoreLine {
  readonly kind: 'fit' | 'engagement';
  readonly ruleId: Id;
  /** The rule's attribute = value, or its action. */
  readonly label: string;
  /** The rule's points before decay. */
  readonly basePoints: number;
  /** What this line adds to the score (after decay). */
  readonly points: number;
  readonly weeksAgo?: number;
}

export type ScoreProblem =
  | { readonly kind: 'bad-points'; readonly ruleId: Id; readonly label: string }
  /** A fit rule whose values do not fit its operator: it counts for nobody. */
  | { readonly kind: 'bad-value'; readonly ruleId: Id; readonly label: string; readonly problem: FitValueProblem }
  | { readonly kind: 'bad-decay'; readonly ruleId: Id; readonly label: string }
  | { readonly kind: 'bad-weeks'; readonly action: string }
  | { readonly kind: 'bad-threshold' };

export interface LeadScore {
  readonly score: number;
  readonly threshold: number | null;
  /** 'no-threshold' when the threshold is missing or not a number: nothing can pass yet. */
  readonly outcome: 'passes' | 'fails' | 'no-threshold';
  readonly lines: readonly ScoreLine[];
  /** Inputs that were not counted, each with what was wrong. */
  readonly problems: readonly ScoreProblem[];
}

const norm = fitText;
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A fit rule in symbols, for the calculator's breakdown and its problems when the feature has
 * no words for it: "Company size 50–1000", "Revenue ≥ 5M", "Country in Germany, France".
 */
export function fitRuleLabel(r: Pick<FitRuleInput, 'attribute' | 'op' | 'value' | 'valueTo'>): string {
  const a = r.attribute.trim();
  const v = r.value.trim();
  switch (fitOperator(r.op)) {
    case 'is':
      return `${a} = ${v}`;
    case 'contains':
      return `${a} contains ${v}`;
    case 'in':
      return `${a} in ${fitListItems(v).join(', ')}`;
    case 'eq':
      return `${a} = ${v}`;
    case 'gte':
      return `${a} ≥ ${v}`;
    case 'lte':
      return `${a} ≤ ${v}`;
    case 'between':
      return `${a} ${v}–${(r.valueTo ?? '').trim()}`;
  }
}

/**
 * Engagement points after decay: the points lose `decay` per week since the action and
 * never cross zero (a +10 action never becomes negative; a −10 one never becomes positive).
 */
export function decayedPoints(points: number, decayPerWeek: number, weeksAgo: number): number {
  const left = Math.max(0, Math.abs(points) - Math.max(0, decayPerWeek) * Math.max(0, weeksAgo));
  return round2(Math.sign(points) * left) || 0;
}

/** Scores a sample lead: the fit rules its attributes match plus its engagement, against the threshold. */
export function scoreLead(rules: ScoringRules, lead: SampleLead): LeadScore {
  const lines: ScoreLine[] = [];
  const problems: ScoreProblem[] = [];
  const attrs = new Map(Object.entries(lead.attributes).map(([k, v]) => [fitText(k), String(v ?? '')]));

  const fit = compileFitRules(rules.fitRules, toNumber);
  const byId = new Map(rules.fitRules.map((r) => [r.id, r]));
  for (const skip of fit.skipped) {
    const label = fitRuleLabel(byId.get(skip.ruleId)!);
    problems.push(skip.kind === 'bad-points' ? { kind: 'bad-points', ruleId: skip.ruleId, label } : { kind: 'bad-value', ruleId: skip.ruleId, label, problem: skip.problem });
  }
  for (const r of fit.rules) {
    if (fitMatches(r, attrs.get(r.key))) lines.push({ kind: 'fit', ruleId: r.id, label: fitRuleLabel(byId.get(r.id)!), basePoints: r.points, points: r.points });
  }

  const byAction = new Map<string, ScoringRules['engagementRules'][number][]>();
  for (const r of rules.engagementRules) {
    if (!r.action.trim()) continue;
    const key = norm(r.action);
    const list = byAction.get(key);
    if (list) list.push(r);
    else byAction.set(key, [r]);
  }
  const badRules = new Set<Id>();
  for (const done of lead.actions) {
    const matching = byAction.get(norm(done.action));
    if (!matching) continue;
    const rawWeeks = done.weeksAgo;
    const weeks = rawWeeks === undefined || rawWeeks === null || rawWeeks === '' ? 0 : toNumber(rawWeeks);
    if (weeks === null || weeks < 0) {
      problems.push({ kind: 'bad-weeks', action: done.action.trim() });
      continue;
    }
    for (const r of matching) {
      const label = r.action.trim();
      const points = toNumber(r.points);
      if (points === null) {
        if (!badRules.has(r.id)) problems.push({ kind: 'bad-points', ruleId: r.id, label });
        badRules.add(r.id);
        continue;
      }
      let decay = r.decayPerWeek === undefined || r.decayPerWeek === '' || r.decayPerWeek === null ? 0 : toNumber(r.decayPerWeek);
      if (decay === null || decay < 0) {
        if (!badRules.has(r.id)) problems.push({ kind: 'bad-decay', ruleId: r.id, label });
        badRules.add(r.id);
        decay = 0;
      }
      lines.push({
        kind: 'engagement',
        ruleId: r.id,
        label,
        basePoints: points,
        points: decayedPoints(points, decay, weeks),
        weeksAgo: weeks,
      });
    }
  }

  const score = round2(lines.reduce((sum, l) => sum + l.points, 0));
  const blankThreshold = rules.threshold === null || rules.threshold === undefined || rules.threshold === '';
  const threshold = blankThreshold ? null : toNumber(rules.threshold);
  if (!blankThreshold && threshold === null) problems.push({ kind: 'bad-threshold' });
  const outcome = threshold === null ? 'no-threshold' : score >= threshold ? 'passes' : 'fails';
  return { score, threshold, outcome, lines, problems };
}

/**
 * What the calculator says about a sample lead, once: there are no rules yet; no sample lead
 * yet (with the threshold it would test, if one is set); or the lead's score with whether it
 * passes. A threshold that is not a number counts as none and is said here, not again in the
 * problems (`problems` leaves it out).
 */
export type ScoreVerdict =
  | { readonly kind: 'no-rules' }
  | { readonly kind: 'no-sample'; readonly threshold: number | null; readonly badThreshold: boolean }
  | { readonly kind: 'passes' | 'fails'; readonly score: number; readonly threshold: number }
  | { readonly kind: 'no-threshold'; readonly score: number; readonly badThreshold: boolean };

/** Whether the person has typed anything of a sample lead (an attribute or an action done). */
export function isBlankLead(lead: SampleLead): boolean {
  return Object.values(lead.attributes).every((v) => !String(v ?? '').trim()) && lead.actions.length === 0;
}

export function scoreVerdict(rules: ScoringRules, lead: SampleLead): { verdict: ScoreVerdict; result: LeadScore; problems: readonly ScoreProblem[] } {
  const result = scoreLead(rules, lead);
  const badThreshold = result.problems.some((p) => p.kind === 'bad-threshold');
  const problems = result.problems.filter((p) => p.kind !== 'bad-threshold');
  const hasRules = rules.fitRules.some((r) => r.attribute.trim()) || rules.engagementRules.some((r) => r.action.trim());
  const verdict: ScoreVerdict = !hasRules
    ? { kind: 'no-rules' }
    : isBlankLead(lead)
      ? { kind: 'no-sample', threshold: result.threshold, badThreshold }
      : result.outcome === 'no-threshold'
        ? { kind: 'no-threshold', score: result.score, badThreshold }
        : { kind: result.outcome, score: result.score, threshold: result.threshold! };
  return { verdict, result, problems };
}

