/**
 * The alignment layer's rules, as pure functions: ownership gaps and overlaps, what refers to a
 * team, what a handoff contract has written, and the list of what is still open. The funnel
 * calculator is funnel.ts, KPI status kpis.ts, glossary recognition glossaryMatch.ts, lead
 * scoring leadScore.ts. No React, Yjs or Dexie; sentences live in the feature's strings
 * catalogue, so these return codes and numbers.
 *
 * How ownership and "claims" are modelled (the alignment check reads this):
 * - A stage's owner is its `ownerTeamId`: a team id, SHARED_OWNER, or '' (nobody).
 * - A card's owner is its own `ownerTeamId`, or else its stage's owner (cards inherit).
 * - A team CLAIMS a stage when it owns the stage or owns any card in it.
 * - A GAP is a stage nobody owns (no owner, or an owner team that no longer exists).
 * - An OVERLAP is a stage two or more teams claim while the stage is not marked shared.
 *   Marking a stage "shared" is how the room says "yes, both of us, on purpose".
 */
import { SHARED_OWNER, type Card, type GlossaryTerm, type Handoff, type Id, type Kpi, type Stage } from './types';

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
