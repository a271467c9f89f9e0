/**
 * Which record fields refer to records of another collection, and what happens to the
 * referring record when the referred one is deleted (issue 17, item 3), declared once:
 *   cascade: the referring record goes too (a stage's cards);
 *   clear:   the field is emptied and the record stays (a removed team's stages become unowned);
 *   keep:    the id stays, for the reason written with it: the screens read a missing target
 *            as none or say it is gone (a content request whose stage was removed says so).
 * document/cascade.ts's `deleteRecords` is the one delete: every delete action goes through it,
 * so these lines are the cascades, followed transitively in the action's one transaction (one
 * undo step; undo puts back every record and field). Readers tolerate a dangling id, so a
 * change here needs no migration: it applies to the next delete.
 * test/unit/references.test.ts builds a record of every collection referring to every other,
 * deletes each referred record and finds nothing dangling but the keeps; it also runs the real
 * delete actions over the sample project and checks every reader field named like a reference
 * is declared.
 */
import type { CollectionName, FieldOf } from './schema';

export type OnDelete = 'cascade' | 'clear' | 'keep';

export interface Reference<F extends CollectionName = CollectionName> {
  readonly from: F;
  readonly field: FieldOf<F>;
  readonly to: CollectionName;
  readonly onDelete: OnDelete;
  /** Why the id may outlive its target (keeps only: a keep without a reason does not compile). */
  readonly why?: string;
}

function ref<F extends CollectionName>(from: F, field: FieldOf<F>, to: CollectionName, onDelete: 'cascade' | 'clear'): Reference;
function ref<F extends CollectionName>(from: F, field: FieldOf<F>, to: CollectionName, onDelete: 'keep', why: string): Reference;
function ref<F extends CollectionName>(from: F, field: FieldOf<F>, to: CollectionName, onDelete: OnDelete, why?: string): Reference {
  return (why ? { from, field, to, onDelete, why } : { from, field, to, onDelete }) as Reference;
}

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
  // A handoff is drawn between a stage and the next on its map: without the map or that stage
  // it has no place to be seen or edited (it used to stay, invisible, in the alignment lists).
  ref('handoffs', 'mapId', 'maps', 'cascade'),
  ref('handoffs', 'afterStageId', 'stages', 'cascade'),
  ref('handoffs', 'cardId', 'cards', 'cascade'),
  ref('handoffs', 'fromTeamId', 'teams', 'clear'),
  ref('handoffs', 'toTeamId', 'teams', 'clear'),
  ref('kpis', 'ownerTeamId', 'teams', 'clear'),
  // A KPI of a deleted stage keeps its readings and is measured for the whole project from then
  // on, as a KPI of a deleted handoff already was (it used to point at the stage that was gone).
  ref('kpis', 'stageId', 'stages', 'clear'),
  ref('kpis', 'handoffId', 'handoffs', 'clear'),
  ref('kpiReadings', 'kpiId', 'kpis', 'cascade'),
  ref('glossary', 'proposedByTeamId', 'teams', 'clear'),
  ref('personaSignoffs', 'personaId', 'personas', 'cascade'),
  // A sign-off is a team's word on a persona: a removed team no longer vouches for it (its
  // sign-offs used to stay in the document, shown by no screen, and came back to life if a
  // merged copy still had the team).
  ref('personaSignoffs', 'teamId', 'teams', 'cascade'),
  ref('personaPins', 'mapId', 'maps', 'cascade'),
  ref('personaPins', 'personaId', 'personas', 'cascade'),
  ref('sessions', 'focusMapId', 'maps', 'clear'),
  ref('sessions', 'focusStageId', 'stages', 'clear'),
  ref('participants', 'sessionId', 'sessions', 'cascade'),
  // The person stays in the room, of no team, as a removed team's stages stay, unowned.
  ref('participants', 'teamId', 'teams', 'clear'),
  ref('agendaItems', 'sessionId', 'sessions', 'cascade'),
  ref('agendaItems', 'questionSetId', 'questionSets', 'keep', 'the agenda is a record of the session as planned: the item still says what it was for, and its button opens the questionnaire screen with no set focused'),
  ref('questions', 'setId', 'questionSets', 'cascade'),
  ref('answers', 'sessionId', 'sessions', 'cascade'),
  ref('answers', 'questionId', 'questions', 'cascade'),
  // A team's answers are its part of the questionnaire: without the team they are nobody's
  // (the score reads the present teams' answers; they used to stay in the document, unread).
  ref('answers', 'teamId', 'teams', 'cascade'),
  ref('voteRounds', 'sessionId', 'sessions', 'cascade'),
  // A round votes on one map's cards: with the map gone its cards and so its votes are gone, and
  // the round would be an empty result in the session (it used to stay, with its votes).
  ref('voteRounds', 'mapId', 'maps', 'cascade'),
  ref('voteRounds', 'laneIds', 'lanes', 'keep', 'the lanes a round was opened on are its question, as asked: a deleted lane\'s cards and their votes go with it, and a missing lane matches no card'),
  ref('votes', 'roundId', 'voteRounds', 'cascade'),
  ref('votes', 'participantId', 'participants', 'keep', 'a removed participant\'s dots stay in the document and no longer count (the tally reads only present participants); adding the person back is not the same record, but undo is'),
  // A dot on a deleted card is a vote for nothing (it used to stay in the document, uncounted).
  ref('votes', 'cardId', 'cards', 'cascade'),
  ref('locks', 'mapId', 'maps', 'cascade'),
  ref('parkingLot', 'sessionId', 'sessions', 'keep', 'history: what the room parked stays in the project when its session is deleted (the list then names no session)'),
  ref('parkingLot', 'questionId', 'questions', 'clear'),
  ref('parkingLot', 'actionId', 'actionItems', 'clear'),
  ref('decisions', 'sessionId', 'sessions', 'keep', 'history: a decision stays in the project when its session is deleted (it then names no session)'),
  ref('actionItems', 'teamId', 'teams', 'keep', 'history: an action item agreed with a team stays as agreed; its owner is the name typed with it, and a missing team shows as none'),
  ref('actionItems', 'sessionId', 'sessions', 'keep', 'history: an action item stays in the project when its session is deleted'),
  ref('actionItems', 'questionId', 'questions', 'keep', 'history: an action item raised on a question stays when the question is removed'),
  ref('actionItems', 'cardId', 'cards', 'clear'),
  ref('contentRequests', 'stageId', 'stages', 'keep', 'a content request is work asked of someone: it stays and says its stage was removed (undo links it again)'),
  ref('contentRequests', 'personaId', 'personas', 'clear'),
  ref('contentRequests', 'teamId', 'teams', 'clear'),
];

/**
 * Fields named like references that are not one: a lock's target is a map, a stage or a lane
 * by its scope; an owner is a team, SHARED_OWNER or a name typed by a person.
 */
export const NOT_REFERENCES: readonly string[] = ['locks.targetId', 'handoffs.fromOwner', 'handoffs.toOwner', 'actionItems.owner', 'contentRequests.owner'];
