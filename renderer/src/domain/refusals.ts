/**
 * What an action says, as data: why it refused (a `Refusal`) or what the person should know
 * after it did its work (a `Notice`). Each is a code with the data its sentence needs; the
 * words live in the UI (renderer/src/i18n/refusals.ts turns each code into one sentence), so
 * the writer layer never depends on the language the app speaks. The codes live in the domain
 * so both the writers (document/actions) and the words (i18n) can import them.
 */
import type { RequestStatus, TransitionRefusal } from './requests';

/** A number typed into one of these fields can be refused; the sentence names the field. */
export type NumberField =
  | 'points'
  | 'decay'
  | 'kpiTarget'
  | 'kpiActual'
  | 'revenueGoal'
  | 'avgDealSize'
  | 'rateCol'
  | 'actualCol'
  | 'threshold'
  | 'slaFirstContactHours'
  | 'slaAttempts'
  | 'slaAttemptDays';

export type Refusal =
  // The journey map
  | { code: 'notFound' }
  | { code: 'nameEmpty' }
  | { code: 'tooManyStages'; max: number }
  | { code: 'tooManyLanes'; max: number }
  | { code: 'tooManyCards'; max: number }
  | { code: 'cannotCardOnEmotionLane' }
  | { code: 'cannotCardOnOwnershipLane' }
  // The project
  | { code: 'project.badLocale'; locale: string }
  | { code: 'project.badCurrency'; currency: string }
  // Alignment: teams, owners, handoffs, KPIs, glossary, funnel
  | { code: 'alignment.badColor' }
  | { code: 'alignment.handoffNeedsTwoStages' }
  | { code: 'alignment.handoffSameTeam' }
  | { code: 'alignment.needTwoTeams' }
  | { code: 'alignment.notATeam' }
  | { code: 'alignment.pickStageFirst' }
  | { code: 'alignment.teamNameTaken'; name: string }
  | { code: 'alignment.termTaken'; word: string; term: string }
  | { code: 'alignment.tooManyHandoffs'; max: number }
  | { code: 'alignment.tooManyItems'; max: number }
  | { code: 'alignment.tooManyKpis'; max: number }
  | { code: 'alignment.tooManyTeams'; max: number }
  | { code: 'alignment.tooManyTerms'; max: number }
  /** `label` is the caller's own name for the field, when it gave one. */
  | { code: 'alignment.notANumber'; field: NumberField; label?: string }
  | { code: 'alignment.mustBePositive'; field: NumberField; label?: string }
  | { code: 'alignment.mustBeWhole'; field: NumberField; label?: string }
  | { code: 'alignment.mustBePercent'; field: NumberField; label?: string }
  // Personas
  | { code: 'personas.alreadyOnMap' }
  | { code: 'personas.commentNeedsVerdict' }
  | { code: 'personas.itemEmpty' }
  | { code: 'personas.unknownTeam' }
  | { code: 'personas.tooManyExtras'; max: number }
  | { code: 'personas.tooManyItems'; max: number }
  | { code: 'personas.tooManyPersonas'; max: number }
  // Content requests
  | { code: 'requests.badScheme' }
  | { code: 'requests.badUrl' }
  | { code: 'requests.notAllowed'; from: RequestStatus; to: RequestStatus; allowed: readonly RequestStatus[] }
  | { code: 'requests.transition'; why: Exclude<TransitionRefusal, 'not-allowed'> }
  | { code: 'requests.notFound' }
  | { code: 'requests.ruleBandsOrder' }
  | { code: 'requests.ruleNumber'; lo: number; hi: number }
  | { code: 'requests.tooMany'; max: number }
  | { code: 'requests.whatEmpty' }
  // Workshop
  | { code: 'workshop.emptyAgenda' }
  | { code: 'workshop.lockedMap' }
  | { code: 'workshop.lockedLane'; name: string }
  | { code: 'workshop.lockedStage'; name: string }
  | { code: 'workshop.needSession' }
  | { code: 'workshop.noDotsLeft'; dots: number }
  | { code: 'workshop.noLanesChosen' }
  | { code: 'workshop.notInRound' }
  | { code: 'workshop.onlyFacilitator' }
  | { code: 'workshop.otherSessionRunning'; title: string }
  | { code: 'workshop.participantMissing' }
  | { code: 'workshop.pickVoter' }
  | { code: 'workshop.sessionMissing' }
  | { code: 'workshop.sessionNotRunning' }
  | { code: 'workshop.templateMissing' }
  | { code: 'workshop.textEmpty' }
  | { code: 'workshop.tooManyItems'; max: number }
  | { code: 'workshop.tooManyParticipants'; max: number }
  | { code: 'workshop.tooManyQuestions'; max: number }
  | { code: 'workshop.tooManyTemplates'; max: number }
  | { code: 'workshop.voteAlreadyOpen' }
  | { code: 'workshop.voteNotOpen' };

export type Notice =
  | { code: 'textTruncated'; max: number }
  | { code: 'alignment.teamAdded'; name: string }
  | { code: 'alignment.teamRemoved'; name: string; total: number }
  | { code: 'alignment.handoffAdded' }
  | { code: 'requests.asked'; what: string }
  | { code: 'requests.moved'; what: string; to: RequestStatus }
  | { code: 'requests.ruleChanged' }
  | { code: 'requests.textTooLong'; max: number }
  | { code: 'workshop.actionMade'; title: string }
  | { code: 'workshop.parked' }
  | { code: 'workshop.answersCopied'; count: number }
  | { code: 'workshop.templateSaved'; name: string };

export type RefusalCode = Refusal['code'];
export type NoticeCode = Notice['code'];

