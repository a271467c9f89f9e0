/**
 * The words of the domain (see shared/DOMAIN.md) as plain, immutable TypeScript records.
 * No React, no Yjs, no Dexie here: these are what the projection hands to the UI.
 */
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
  'text',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const CARD_COLORS = ['yellow', 'blue', 'green', 'pink', 'purple', 'orange', 'grey'] as const;
export type CardColor = (typeof CARD_COLORS)[number];

export interface ProjectInfo {
  readonly projectId: Id;
  readonly title: string;
  readonly schemaVersion: number;
}

export interface JourneyMap {
  readonly id: Id;
  readonly title: string;
  readonly order: number;
  readonly createdAt: number;
}

export interface Stage {
  readonly id: Id;
  readonly mapId: Id;
  readonly name: string;
  /** The buyer's behaviour at this stage, shown under the name. */
  readonly description: string;
  readonly order: number;
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
