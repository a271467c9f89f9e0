/**
 * What the workshop (sessions, agendas, votes, the questionnaire) actions say, in words: one sentence per refusal and notice code of
 * this feature ('workshop.…', listed with their data in domain/refusals.ts). Typed over those codes,
 * so a new one does not compile until it has its sentence here; module.ts hands them to
 * i18n/refusals.ts, the one place that turns what an action said into words.
 */
import { defineStrings } from '../../i18n';
import { plural } from '../../i18n/format';
import type { NoticeWords, RefusalWords } from '../../i18n/refusals';

export const REFUSALS = defineStrings({
  'workshop.emptyAgenda': () => 'An empty agenda can’t be a template.',
  'workshop.lockedMap': () => 'The facilitator has locked this map. Ask them to unlock it.',
  'workshop.lockedLane': (r) => `The facilitator has locked the lane “${r.name}”. Ask them to unlock it.`,
  'workshop.lockedStage': (r) => `The facilitator has locked the stage “${r.name}”. Ask them to unlock it.`,
  'workshop.needSession': () => 'Start a session first: votes belong to its participants.',
  'workshop.noDotsLeft': (r) => `You have used all your ${plural(r.dots, 'dot', 'dots')}. Take one back to move it.`,
  'workshop.noLanesChosen': () => 'Choose at least one lane to vote on.',
  'workshop.notInRound': () => 'That card is not in a lane of this vote.',
  'workshop.onlyFacilitator': () => 'Only the facilitator can do that.',
  'workshop.otherSessionRunning': (r) => `The session “${r.title}” is still running. End it first.`,
  'workshop.participantMissing': () => 'That participant is no longer in the session.',
  'workshop.pickVoter': () => 'Pick who is voting first (the participant switcher above the map).',
  'workshop.sessionMissing': () => 'This session is not in the project (it may have been deleted).',
  'workshop.sessionNotRunning': () => 'Start the session first.',
  'workshop.templateMissing': () => 'That template no longer exists.',
  'workshop.textEmpty': () => 'Write something first.',
  'workshop.tooManyItems': (r) => `An agenda can have at most ${r.max} items.`,
  'workshop.tooManyParticipants': (r) => `A session can have at most ${r.max} participants.`,
  'workshop.tooManyQuestions': (r) => `The questionnaire can have at most ${r.max} questions.`,
  'workshop.tooManyTemplates': (r) => `A project can keep at most ${r.max} templates.`,
  'workshop.voteAlreadyOpen': () => 'A vote is already open on this map. Close it first.',
  'workshop.voteNotOpen': () => 'This vote is closed.',
} satisfies RefusalWords<'workshop'>);

export const NOTICES = defineStrings({
  'workshop.actionMade': (n) => `Action added: ${n.title}`,
  'workshop.parked': () => 'Added to the parking lot.',
  'workshop.answersCopied': (n) =>
    n.count
      ? `${plural(n.count, 'answer', 'answers')} from last time copied in. Change what moved.`
      : 'Nothing to copy: every answer of last time is here already.',
  'workshop.templateSaved': (n) => `Saved as the template “${n.name}”.`,
} satisfies NoticeWords<'workshop'>);
