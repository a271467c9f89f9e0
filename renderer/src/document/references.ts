/**
 * Which record fields refer to records of another collection, and what happens to the
 * referring record when the referred one is deleted (issue 17, item 3), declared once:
 *   cascade: the referring record goes too (a stage's cards);
 *   clear:   the field is emptied and the record stays (a removed team's stages become unowned);
 *   keep:    the id stays: the screens read a missing target as none or say it is gone (a
 *            content request whose stage was removed says so; undoing the removal links it again).
 *            Several keeps are what the delete actions do today rather than a choice (a map's
 *            handoffs, a deleted card's votes, a removed team's sign-offs and answers stay): each
 *            is a candidate for cascade or clear, a behaviour change left for its own step.
 * test/unit/references.test.ts holds the delete actions to this table over the sample project:
 * after deleting every record of a kind, no cascade or clear reference points at nothing, and
 * every reader field named like a reference is declared here. The delete actions still write
 * their cascades by hand; the next step derives them from this table.
 */
import type { CollectionName, FieldOf } from './schema';

export type OnDelete = 'cascade' | 'clear' | 'keep';

export interface Reference<F extends CollectionName = CollectionName> {
  readonly from: F;
  readonly field: FieldOf<F>;
  readonly to: CollectionName;
  readonly onDelete: OnDelete;
}

const ref = <F extends CollectionName>(from: F, field: FieldOf<F>, to: CollectionName, onDelete: OnDelete): Reference => ({ from, field, to, onDelete }) as Reference;

export const REFERENCES: readonly Reference[] = [
  ref('maps', 'personaIds', 'personas', 'clear'),
  ref('stages', 'mapId', 'maps', 'cascade'),
  ref('stages', 'ownerTeamId', 'teams', 'clear'),
  ref('lanes', 'mapId', 'maps', 'cascade'),
  ref('cards', 'mapId', 'maps', 'cascade'),
  ref('cards', 'stageId', 'stages', 'cascade'),
  ref('cards', 'laneId', 'lanes', 'cascade'),
  ref('cards', 'ownerTeamId', 'teams', 'clear'),
  ref('connectors', 'mapId', 'maps', 'cascade'),
  ref('connectors', 'fromCardId', 'cards', 'cascade'),
  ref('connectors', 'toCardId', 'cards', 'cascade'),
  ref('emotions', 'mapId', 'maps', 'cascade'),
  ref('emotions', 'laneId', 'lanes', 'cascade'),
  ref('emotions', 'stageId', 'stages', 'cascade'),
  ref('emotions', 'personaId', 'personas', 'cascade'),
  ref('handoffs', 'mapId', 'maps', 'keep'),
  ref('handoffs', 'afterStageId', 'stages', 'keep'),
  ref('handoffs', 'cardId', 'cards', 'cascade'),
  ref('handoffs', 'fromTeamId', 'teams', 'clear'),
  ref('handoffs', 'toTeamId', 'teams', 'clear'),
  ref('kpis', 'ownerTeamId', 'teams', 'clear'),
  ref('kpis', 'stageId', 'stages', 'keep'),
  ref('kpis', 'handoffId', 'handoffs', 'clear'),
  ref('kpiReadings', 'kpiId', 'kpis', 'cascade'),
  ref('glossary', 'proposedByTeamId', 'teams', 'clear'),
  ref('personaSignoffs', 'personaId', 'personas', 'cascade'),
  ref('personaSignoffs', 'teamId', 'teams', 'keep'),
  ref('personaPins', 'mapId', 'maps', 'cascade'),
  ref('personaPins', 'personaId', 'personas', 'cascade'),
  ref('sessions', 'focusMapId', 'maps', 'clear'),
  ref('sessions', 'focusStageId', 'stages', 'clear'),
  ref('participants', 'sessionId', 'sessions', 'cascade'),
  ref('participants', 'teamId', 'teams', 'keep'),
  ref('agendaItems', 'sessionId', 'sessions', 'cascade'),
  ref('agendaItems', 'questionSetId', 'questionSets', 'keep'),
  ref('questions', 'setId', 'questionSets', 'cascade'),
  ref('answers', 'sessionId', 'sessions', 'cascade'),
  ref('answers', 'questionId', 'questions', 'cascade'),
  ref('answers', 'teamId', 'teams', 'keep'),
  ref('voteRounds', 'sessionId', 'sessions', 'cascade'),
  ref('voteRounds', 'mapId', 'maps', 'keep'),
  ref('voteRounds', 'laneIds', 'lanes', 'keep'),
  ref('votes', 'roundId', 'voteRounds', 'cascade'),
  ref('votes', 'participantId', 'participants', 'keep'),
  ref('votes', 'cardId', 'cards', 'keep'),
  ref('locks', 'mapId', 'maps', 'cascade'),
  ref('parkingLot', 'sessionId', 'sessions', 'keep'),
  ref('parkingLot', 'questionId', 'questions', 'clear'),
  ref('parkingLot', 'actionId', 'actionItems', 'clear'),
  ref('decisions', 'sessionId', 'sessions', 'keep'),
  ref('actionItems', 'teamId', 'teams', 'keep'),
  ref('actionItems', 'sessionId', 'sessions', 'keep'),
  ref('actionItems', 'questionId', 'questions', 'keep'),
  ref('actionItems', 'cardId', 'cards', 'clear'),
  ref('contentRequests', 'stageId', 'stages', 'keep'),
  ref('contentRequests', 'personaId', 'personas', 'clear'),
  ref('contentRequests', 'teamId', 'teams', 'clear'),
];

/**
 * Fields named like references that are not one: a lock's target is a map, a stage or a lane
 * by its scope; an owner is a team, SHARED_OWNER or a name typed by a person.
 */
export const NOT_REFERENCES: readonly string[] = ['locks.targetId', 'handoffs.fromOwner', 'handoffs.toOwner', 'actionItems.owner', 'contentRequests.owner'];
