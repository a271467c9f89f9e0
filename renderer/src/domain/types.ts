/**
 * The words of the domain (see shared/DOMAIN.md) as plain, immutable TypeScript records.
 * No React, no Yjs, no Dexie here: these are what the projection hands to the UI.
 */
import type { FitOperator } from './fitOperators';

export type Id = string;

export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotion',
  'pains',
  'opportunities',
  'message',
  'backstage',
  'ownership',
  'text',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];
/** Lanes drawn as one piece (the emotion curve, the row of owners) hold no cards. */
export const holdsCards = (kind: LaneKind): boolean => kind !== 'emotion' && kind !== 'ownership';

export const CARD_COLORS = ['yellow', 'blue', 'green', 'pink', 'purple', 'orange', 'grey'] as const;
export type CardColor = (typeof CARD_COLORS)[number];

export interface ProjectInfo {
  readonly projectId: Id;
  readonly title: string;
  readonly schemaVersion: number;
  /** How the project writes numbers (BCP 47) and its money (ISO 4217): domain/numberFormat.ts. */
  readonly numberLocale: string;
  readonly currency: string;
}

export interface JourneyMap {
  readonly id: Id;
  readonly title: string;
  readonly order: number;
  readonly createdAt: number;
  /** The personas this map is drawn for, in the order of the strip (see domain/personas.ts). */
  readonly personaIds: readonly Id[];
}

export interface Stage {
  readonly id: Id;
  readonly mapId: Id;
  readonly name: string;
  /** The buyer's behaviour at this stage, shown under the name. */
  readonly description: string;
  readonly order: number;
  /** The owning team's id, SHARED_OWNER, or '' (nobody yet). See domain/alignment.ts. */
  readonly ownerTeamId?: Id;
  /** CRM vocabulary for later exports: a HubSpot lifecycle stage and/or a Salesforce lead status. */
  readonly hubspotStage?: HubspotStage | '';
  readonly salesforceStatus?: string;
}

export interface Lane {
  readonly id: Id;
  readonly mapId: Id;
  readonly name: string;
  readonly kind: LaneKind;
  readonly order: number;
}

export interface Card {
  readonly id: Id;
  readonly mapId: Id;
  readonly stageId: Id;
  readonly laneId: Id;
  readonly text: string;
  readonly color: CardColor;
  readonly order: number;
  /** The owning team's id, SHARED_OWNER, or '' (then the stage's owner applies). */
  readonly ownerTeamId?: Id;
  /** The participant who wrote it during a private vote round, and that round (see domain/workshop/votes.ts). */
  readonly authorId?: Id;
  readonly privateRoundId?: Id;
  /** A picture shown on the card: the SHA-256 of its bytes in the assets table (like a persona's). */
  readonly imageHash?: string;
}

export interface Connector {
  readonly id: Id;
  readonly mapId: Id;
  readonly fromCardId: Id;
  readonly toCardId: Id;
}

/** One point of an emotion curve: how the customer feels at a stage, from -2 to +2. */
export interface EmotionPoint {
  readonly id: Id;
  readonly mapId: Id;
  readonly laneId: Id;
  readonly stageId: Id;
  readonly score: number;
  /** Whose curve this point is on; absent for the map's curve without a persona. */
  readonly personaId?: Id;
}

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;

/** A team that owns steps and signs things off: marketing, sales, customer success by default. */
export interface Team {
  readonly id: Id;
  readonly name: string;
  /** A hex colour, e.g. #2f6fdf. Always shown with the name, never colour alone. */
  readonly color: string;
  readonly order: number;
}

/** The owner value meaning "owned by several teams together". */
export const SHARED_OWNER = 'shared';

// ---- The alignment layer: handoffs and their contracts, shared KPIs, the glossary, the funnel ----

/** HubSpot's lifecycle stages, the CRM words a stage or a handoff can be mapped to. */
export const HUBSPOT_STAGES = [
  'subscriber',
  'lead',
  'mql',
  'sql',
  'opportunity',
  'customer',
  'evangelist',
  'other',
] as const;
export type HubspotStage = (typeof HUBSPOT_STAGES)[number];

/** One line of an ordered list inside a record (a criterion, a rejection reason…). */
export interface ListItem {
  readonly id: Id;
  readonly text: string;
  readonly order: number;
}

/**
 * Lead scoring: a fit rule gives points when the lead's attribute meets it (domain/fitRules.ts:
 * text equals, contains, one of a list; number equals, at least, at most, between). A rule
 * saved before operators has none and reads as 'is', which is what it meant.
 */
export interface FitRule {
  readonly id: Id;
  readonly attribute: string;
  readonly op: FitOperator;
  /** As typed: the text, the list, the number, or the lower end of 'between'. */
  readonly value: string;
  /** The upper end of 'between' ('' otherwise). */
  readonly valueTo: string;
  /** May be negative (e.g. "Company size: 1-10 → -10"). */
  readonly points: number;
  readonly order: number;
}

/** Lead scoring: an engagement rule gives points for an action, losing `decayPerWeek` each week since. */
export interface EngagementRule {
  readonly id: Id;
  readonly action: string;
  readonly points: number;
  /** 0 = no decay. */
  readonly decayPerWeek: number;
  readonly order: number;
}

export const HANDOFF_STATUSES = ['draft', 'agreed'] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

/**
 * A point where a lead changes hands (marketing → sales, sales → customer success, sales back
 * to nurture), with its written contract. Placed on the boundary after a stage, or on a card.
 */
export interface Handoff {
  readonly id: Id;
  readonly mapId: Id;
  /** Drawn on the boundary between this stage and the next ('' when placed on a card). */
  readonly afterStageId: Id;
  /** Drawn on this card ('' when placed between stages). */
  readonly cardId: Id;
  readonly fromTeamId: Id;
  readonly toTeamId: Id;
  readonly name: string;
  /** The stage names in each team's words, e.g. MQL (marketing) → SQL (sales). */
  readonly fromStageName: string;
  readonly toStageName: string;
  /** The definition of a sales-ready lead, as a checklist. */
  readonly criteria: readonly ListItem[];
  readonly fitRules: readonly FitRule[];
  readonly engagementRules: readonly EngagementRule[];
  /** The lead score at which a lead is handed over; null when not set. */
  readonly threshold: number | null;
  readonly slaFirstContactHours: number | null;
  readonly slaAttempts: number | null;
  readonly slaAttemptDays: number | null;
  readonly slaMissed: string;
  readonly rejectionReasons: readonly ListItem[];
  readonly rejectedGoesTo: string;
  readonly feedbackWhat: string;
  readonly feedbackFrequency: string;
  readonly feedbackTo: string;
  /** The person who answers for the contract on each side. */
  readonly fromOwner: string;
  readonly toOwner: string;
  /** Each side's sign-off; the contract is "agreed" when both signed. */
  readonly agreedFrom: boolean;
  readonly agreedTo: boolean;
  readonly hubspotStage: HubspotStage | '';
  readonly salesforceStatus: string;
  readonly order: number;
}

export const KPI_DIRECTIONS = ['higher', 'lower'] as const;
/** Whether a higher or a lower actual is better (win rate vs. acquisition cost). */
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

/** A number both teams are judged by, attached to a stage, a handoff, or the whole project. */
export interface Kpi {
  readonly id: Id;
  readonly name: string;
  readonly definition: string;
  readonly unit: string;
  readonly target: number | null;
  readonly actual: number | null;
  readonly direction: KpiDirection;
  readonly ownerTeamId: Id;
  readonly period: string;
  /** One of these two, or neither for a project-wide KPI. */
  readonly stageId: Id;
  readonly handoffId: Id;
  readonly order: number;
  /**
   * The CRM figure that fills this KPI's readings (domain/crm/funnel.ts seriesKey, e.g.
   * 'slaCompliance:mql:sql'), or '' when it is typed by hand.
   */
  readonly crmSeries?: string;
}

export const READING_SOURCES = ['typed', 'crm'] as const;
export type ReadingSource = (typeof READING_SOURCES)[number];

/**
 * A KPI's value in one period (issue 20, "history, not one number"): imported from a CRM export
 * or carried over from the value typed before readings existed. One per KPI and period, with a
 * deterministic id (`kpiId:period`), so a re-import of a period replaces it and two copies merge.
 */
export interface KpiReading {
  readonly id: Id;
  readonly kpiId: Id;
  /** '2024-03' (a month) or '2024-Q1' (a quarter). */
  readonly period: string;
  readonly value: number;
  /** How many records the value was computed from (the leads handed over for an SLA share); null when typed. */
  readonly base: number | null;
  readonly source: ReadingSource;
  readonly at: number;
}

/**
 * A term starts "proposed" (one team's word, the other has not agreed yet), then is agreed or
 * disputed. Files written before "proposed" existed hold only the other two.
 */
export const TERM_STATUSES = ['proposed', 'agreed', 'disputed'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

/** A word both teams use, defined once. */
export interface GlossaryTerm {
  readonly id: Id;
  readonly term: string;
  readonly definition: string;
  readonly proposedByTeamId: Id;
  readonly synonyms: readonly string[];
  readonly status: TermStatus;
  readonly order: number;
}

/** One step of the funnel: the share of its leads that move on to the next step. */
export interface FunnelStep {
  readonly id: Id;
  readonly name: string;
  /** Planned conversion rate to the next step, in percent (0–100); null when not set. */
  readonly ratePct: number | null;
  /** The rate seen so far, in percent; null when unknown. */
  readonly actualPct: number | null;
  readonly order: number;
}

/** The funnel calculator's inputs, saved with the project (one per project). */
export interface Funnel {
  readonly id: Id;
  readonly revenueGoal: number | null;
  readonly avgDealSize: number | null;
  readonly period: string;
  readonly steps: readonly FunnelStep[];
}

/** A persona card placed on a journey map's canvas (one per persona and map), in flow coordinates. */
export interface PersonaPin {
  readonly id: Id;
  readonly mapId: Id;
  readonly personaId: Id;
  readonly x: number;
  readonly y: number;
}
