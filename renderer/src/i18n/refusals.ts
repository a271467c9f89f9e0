/**
 * The one place where what an action said becomes words: one sentence per refusal code and per
 * notice code (domain/refusals.ts lists the codes and the data each carries). Like the
 * sentences for refused files, the maps are typed over the whole union, so a new code does
 * not compile until it has its sentence. The catalogue (i18n/index.ts) lists these maps, so
 * the pseudo-locale and a later translation reach them.
 */
import type { RequestStatus } from '../domain/requests';
import type { Notice, NoticeCode, NumberField, Refusal, RefusalCode } from '../domain/refusals';

import { plural } from './format';

/** The names of the number fields a refusal can name (the alignment screens show them too). */
export const NUMBER_FIELD_LABELS: Record<NumberField, string> = {
  points: 'Points',
  decay: 'Decay per week',
  kpiTarget: 'Target',
  kpiActual: 'Actual',
  revenueGoal: 'Revenue goal',
  avgDealSize: 'Average deal size',
  rateCol: 'Planned rate %',
  actualCol: 'Actual rate %',
  threshold: 'Threshold (a lead passes at this score or above)',
  slaFirstContactHours: 'First contact within (hours)',
  slaAttempts: 'Follow-up attempts',
  slaAttemptDays: 'Within (days)',
};

/** A request's status, as the middle of a sentence. */
export const REQUEST_STATUS_WORDS: Record<RequestStatus, string> = {
  new: 'New',
  accepted: 'Accepted',
  'in-progress': 'In progress',
  delivered: 'Delivered',
  declined: 'Declined',
};
const status = (s: RequestStatus) => REQUEST_STATUS_WORDS[s].toLowerCase();

type Sentences<U extends { code: string }, C extends string> = { [K in C]: (said: Extract<U, { code: K }>) => string };

const fieldName = (r: { field: NumberField; label?: string }) => r.label ?? NUMBER_FIELD_LABELS[r.field];

export const REFUSAL_SENTENCES = {
  notFound: () => 'That item no longer exists; someone may have deleted it.',
  nameEmpty: () => 'A name can’t be empty; the old name was kept.',
  tooManyStages: (r) => `A map can have at most ${r.max} stages.`,
  tooManyLanes: (r) => `A map can have at most ${r.max} lanes.`,
  tooManyCards: (r) => `A map can have at most ${r.max} cards.`,
  cannotCardOnEmotionLane: () => 'The emotion lane holds a curve, not cards. Pick another lane.',
  cannotCardOnOwnershipLane: () => 'The ownership lane shows who owns each stage, not cards. Pick another lane.',
  'project.badLocale': (r) => `“${r.locale}” is not a number format Baton knows (it looks like en-US or de-DE). The project keeps its format.`,
  'project.badCurrency': (r) => `“${r.currency}” is not a currency code Baton knows (three letters, like USD or EUR). The project keeps its currency.`,

  'alignment.badColor': () => 'Pick a colour from the colour picker.',
  'alignment.handoffNeedsTwoStages': () =>
    'A handoff sits between two stages: this is the last stage. Add a stage after it, or put the handoff on a card.',
  'alignment.handoffSameTeam': () => 'A handoff passes a lead between two different teams. Pick another team for one side.',
  'alignment.needTwoTeams': () => 'Add at least two teams first (Teams, in the sidebar).',
  'alignment.notATeam': () => 'That team no longer exists; pick another one.',
  'alignment.pickStageFirst': () => 'Pick a stage first: click a cell of the stage the handoff follows.',
  'alignment.teamNameTaken': (r) => `There is already a team called “${r.name}”.`,
  'alignment.termTaken': (r) => `“${r.word}” is already in the glossary (under “${r.term}”).`,
  'alignment.tooManyHandoffs': (r) => `A map can have at most ${r.max} handoffs.`,
  'alignment.tooManyItems': (r) => `A list can hold at most ${r.max} lines.`,
  'alignment.tooManyKpis': (r) => `A project can have at most ${r.max} KPIs.`,
  'alignment.tooManyTeams': (r) => `A project can have at most ${r.max} teams.`,
  'alignment.tooManyTerms': (r) => `A glossary can have at most ${r.max} terms.`,
  'alignment.notANumber': (r) => `${fieldName(r)}: type a number (or leave it empty).`,
  'alignment.mustBePositive': (r) => `${fieldName(r)}: type a number of 0 or more.`,
  'alignment.mustBeWhole': (r) => `${fieldName(r)}: type a whole number of 0 or more.`,
  'alignment.mustBePercent': (r) => `${fieldName(r)}: type a percentage between 0 and 100.`,

  'personas.alreadyOnMap': () => 'That persona is already on this map.',
  'personas.commentNeedsVerdict': () => 'Choose agree or disagree first, then add a comment.',
  'personas.itemEmpty': () => 'Type something first.',
  'personas.unknownTeam': () => 'That team no longer exists; someone may have deleted it.',
  'personas.tooManyExtras': (r) => `A persona can have at most ${r.max} extra fields.`,
  'personas.tooManyItems': (r) => `A list can have at most ${r.max} items.`,
  'personas.tooManyPersonas': (r) => `A project can have at most ${r.max} personas.`,

  'requests.badScheme': () =>
    'Only web links (http or https) can be saved as a link. For a file, write where it is without “file:” or another prefix.',
  'requests.badUrl': () => 'This web link is not complete. Check it, or write where the file is instead.',
  'requests.notAllowed': (r) =>
    `A request that is ${status(r.from)} cannot become ${status(r.to)}. It can become: ${r.allowed.map(status).join(', ')}.`,
  'requests.transition': (r) =>
    ({
      same: 'It already has that status.',
      'needs-owner': 'Name an owner before it is delivered: who made it?',
      'needs-reason': 'Say why it is declined, so whoever asked knows.',
    })[r.why],
  'requests.notFound': () => 'This request is not in the project any more (it may have been deleted).',
  'requests.ruleBandsOrder': () => 'Each band must reach further than the one before (for example 7, 14, 30 days).',
  'requests.ruleNumber': (r) => `Use a whole number from ${r.lo} to ${r.hi}.`,
  'requests.tooMany': (r) => `A project holds at most ${r.max} content requests.`,
  'requests.whatEmpty': () => 'Say what you need first.',

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
} satisfies Sentences<Refusal, RefusalCode>;

export const NOTICE_SENTENCES = {
  textTruncated: (n) => `That was longer than ${n.max} characters, so the end was cut off.`,
  'alignment.teamAdded': (n) => `Team “${n.name}” added.`,
  'alignment.teamRemoved': (n) =>
    n.total
      ? `Team “${n.name}” removed; ${plural(n.total, 'place', 'places')} it owned are now unassigned.`
      : `Team “${n.name}” removed.`,
  'alignment.handoffAdded': () => 'Handoff added. Write its contract in the panel on the right.',
  'requests.asked': (n) => `Asked for “${n.what}”.`,
  'requests.moved': (n) => `“${n.what}” is now ${status(n.to)}.`,
  'requests.ruleChanged': () => 'The priority rule changed; every priority follows it.',
  'requests.textTooLong': (n) => `The text was cut to ${n.max} characters.`,
  'workshop.actionMade': (n) => `Action added: ${n.title}`,
  'workshop.parked': () => 'Added to the parking lot.',
  'workshop.answersCopied': (n) =>
    n.count
      ? `${plural(n.count, 'answer', 'answers')} from last time copied in. Change what moved.`
      : 'Nothing to copy: every answer of last time is here already.',
  'workshop.templateSaved': (n) => `Saved as the template “${n.name}”.`,
} satisfies Sentences<Notice, NoticeCode>;

/** The sentence a person reads for a refusal. */
export function refusalSentence(r: Refusal): string {
  return (REFUSAL_SENTENCES[r.code] as (said: Refusal) => string)(r);
}

/** The sentence a person reads for a notice. */
export function noticeSentence(n: Notice): string {
  return (NOTICE_SENTENCES[n.code] as (said: Notice) => string)(n);
}
