/**
 * Tolerant readers for the alignment layer's collections (handoffs, kpis, glossary, funnels),
 * referenced from `readers` in schema.ts. Like every reader, they turn whatever a damaged,
 * older or merged record holds into a well-formed record and never throw.
 *
 * Lists inside a record (criteria, scoring rules, rejection reasons, funnel steps) are nested
 * Y.Maps keyed by item id, each item a Y.Map of fields with an `order`: two people editing
 * different criteria of one contract at the same time both keep their edit after a merge,
 * which a plain array value (last writer wins) would not give. `toJSON()` hands them to us as
 * `{ [itemId]: { ...fields } }`.
 */
import {
  HUBSPOT_STAGES,
  KPI_DIRECTIONS,
  READING_SOURCES,
  TERM_STATUSES,
  type EngagementRule,
  type FitRule,
  type Funnel,
  type FunnelStep,
  type GlossaryTerm,
  type Handoff,
  type HubspotStage,
  type Kpi,
  type KpiDirection,
  type KpiReading,
  type ReadingSource,
  type ListItem,
  type TermStatus,
} from '../domain/types';
import { fitOperator } from '../domain/fitOperators';
import { num, numOrNull, oneOf, str, type Fields } from '../domain/read';

export { numOrNull };


export const readHubspot = (v: unknown): HubspotStage | '' => oneOf<HubspotStage | ''>(v, HUBSPOT_STAGES, '');

/** The items of a nested list, ordered by `order` then id; entries that aren't objects are dropped. */
function items<T extends { id: string; order: number }>(v: unknown, read: (id: string, f: Fields) => T): T[] {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return [];
  const out: T[] = [];
  for (const [id, f] of Object.entries(v as Record<string, unknown>)) {
    if (f && typeof f === 'object' && !Array.isArray(f)) out.push(read(id, f as Fields));
  }
  return out.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const listItem = (id: string, f: Fields): ListItem => ({ id, text: str(f.text), order: num(f.order) });

// A rule saved before operators has no `op`: it reads as 'is', the equality it always was.
const fitRule = (id: string, f: Fields): FitRule => ({
  id,
  attribute: str(f.attribute),
  op: fitOperator(f.op),
  value: str(f.value),
  valueTo: str(f.valueTo),
  points: num(f.points),
  order: num(f.order),
});

const engagementRule = (id: string, f: Fields): EngagementRule => ({
  id,
  action: str(f.action),
  points: num(f.points),
  decayPerWeek: Math.max(0, num(f.decayPerWeek)),
  order: num(f.order),
});

const funnelStep = (id: string, f: Fields): FunnelStep => ({
  id,
  name: str(f.name),
  ratePct: numOrNull(f.ratePct),
  actualPct: numOrNull(f.actualPct),
  order: num(f.order),
});

export const alignmentReaders = {
  handoffs: (id: string, f: Fields): Handoff => ({
    id,
    mapId: str(f.mapId),
    afterStageId: str(f.afterStageId),
    cardId: str(f.cardId),
    fromTeamId: str(f.fromTeamId),
    toTeamId: str(f.toTeamId),
    name: str(f.name),
    fromStageName: str(f.fromStageName),
    toStageName: str(f.toStageName),
    criteria: items(f.criteria, listItem),
    fitRules: items(f.fitRules, fitRule),
    engagementRules: items(f.engagementRules, engagementRule),
    threshold: numOrNull(f.threshold),
    slaFirstContactHours: numOrNull(f.slaFirstContactHours),
    slaAttempts: numOrNull(f.slaAttempts),
    slaAttemptDays: numOrNull(f.slaAttemptDays),
    slaMissed: str(f.slaMissed),
    rejectionReasons: items(f.rejectionReasons, listItem),
    rejectedGoesTo: str(f.rejectedGoesTo),
    feedbackWhat: str(f.feedbackWhat),
    feedbackFrequency: str(f.feedbackFrequency),
    feedbackTo: str(f.feedbackTo),
    fromOwner: str(f.fromOwner),
    toOwner: str(f.toOwner),
    agreedFrom: f.agreedFrom === true,
    agreedTo: f.agreedTo === true,
    hubspotStage: readHubspot(f.hubspotStage),
    salesforceStatus: str(f.salesforceStatus),
    order: num(f.order),
  }),
  kpis: (id: string, f: Fields): Kpi => ({
    id,
    name: str(f.name),
    definition: str(f.definition),
    unit: str(f.unit),
    target: numOrNull(f.target),
    actual: numOrNull(f.actual),
    direction: oneOf<KpiDirection>(f.direction, KPI_DIRECTIONS, 'higher'),
    ownerTeamId: str(f.ownerTeamId),
    period: str(f.period),
    stageId: str(f.stageId),
    handoffId: str(f.handoffId),
    order: num(f.order),
    crmSeries: str(f.crmSeries),
  }),
  kpiReadings: (id: string, f: Fields): KpiReading => ({
    id,
    kpiId: str(f.kpiId),
    period: str(f.period),
    value: num(f.value),
    base: numOrNull(f.base),
    source: oneOf<ReadingSource>(f.source, READING_SOURCES, 'typed'),
    at: num(f.at),
  }),
  glossary: (id: string, f: Fields): GlossaryTerm => ({
    id,
    term: str(f.term),
    definition: str(f.definition),
    proposedByTeamId: str(f.proposedByTeamId),
    synonyms: Array.isArray(f.synonyms) ? f.synonyms.filter((x): x is string => typeof x === 'string' && !!x.trim()) : [],
    status: oneOf<TermStatus>(f.status, TERM_STATUSES, 'agreed'),
    order: num(f.order),
  }),
  funnels: (id: string, f: Fields): Funnel => ({
    id,
    revenueGoal: numOrNull(f.revenueGoal),
    avgDealSize: numOrNull(f.avgDealSize),
    period: str(f.period),
    steps: items(f.steps, funnelStep),
  }),
};
