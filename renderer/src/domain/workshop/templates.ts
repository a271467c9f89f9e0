/**
 * The standard question sets and the built-in session templates.
 */
import type { Id } from '../types';
import type { SessionTemplate} from './records';

// ---- Session templates and the standard questions ----

/** The five question sets of the alignment questionnaire, in our own words. Editable per project. */
export const QUESTION_SETS: readonly {
  readonly key: string;
  readonly title: string;
  readonly questions: readonly string[];
}[] = [
  {
    key: 'profiles',
    title: 'Customer profiles',
    questions: [
      'Did marketing and sales build the customer profiles together?',
      'Do both teams name the same customers as our best ones?',
      'Do both teams describe how those customers buy the same way: who decides, budget, timeline?',
      'Do both teams agree which problems we solve for them?',
      'Do both teams agree what our results change for them?',
    ],
  },
  {
    key: 'language',
    title: 'Same language',
    questions: [
      'Does each team know which reports the other team runs?',
      'Are the shared reports run as often by both teams?',
      'Do both teams read the same report the same way?',
      'Do both teams use the same words for a lead’s status?',
    ],
  },
  {
    key: 'buyer',
    title: 'Buyer behaviour',
    questions: [
      'Do both teams agree on the stages the buyer goes through?',
      'Does every stage have one name that both teams use?',
      'Is there jargon one team uses that the other does not understand?',
      'Do both teams agree what the buyer does at each stage?',
    ],
  },
  {
    key: 'leads',
    title: 'Leads',
    questions: [
      'Do both teams agree what makes a good lead?',
      'Does each team know what the other does with a lead?',
      'Are both teams measured on the same outcomes?',
      'Do both teams agree how many leads we need, and from which sources?',
    ],
  },
  {
    key: 'content',
    title: 'Content and social',
    questions: [
      'Do both teams take part where our buyers talk online?',
      'Does our content speak to the buyer’s problem and options rather than our product?',
      'Is our content current, and does sales know where to find it?',
    ],
  },
];

/** Deterministic ids for the standard questions, so two copies that add them merge into one. */
export const questionSetId = (key: string) => `qs-${key}`;
export const standardQuestionId = (key: string, index: number) => `q-${key}-${index + 1}`;
/** One team's answer in one session ('' outside any session): deterministic, so copies merge. */
export const answerId = (sessionId: Id, questionId: Id, teamId: Id) => `${sessionId}:${questionId}:${teamId}`;

export const BUILT_IN_TEMPLATES: readonly Omit<SessionTemplate, 'hidden' | 'builtIn'>[] = [
  {
    id: 'tpl-alignment',
    name: 'Alignment workshop',
    order: 1,
    items: [
      { title: 'Customer profiles', minutes: 15, link: 'questionnaire', questionSet: 'profiles' },
      { title: 'Same language', minutes: 15, link: 'questionnaire', questionSet: 'language' },
      { title: 'Buyer behaviour', minutes: 15, link: 'questionnaire', questionSet: 'buyer' },
      { title: 'Leads', minutes: 15, link: 'questionnaire', questionSet: 'leads' },
      { title: 'Content and social', minutes: 10, link: 'questionnaire', questionSet: 'content' },
      { title: 'Map the journey', minutes: 40, link: 'map' },
      { title: 'Mark the handoffs', minutes: 20, link: 'handoffs' },
      { title: 'Set shared KPIs', minutes: 15, link: 'kpis' },
      { title: 'Vote on the biggest pains', minutes: 10, link: 'vote' },
      { title: 'Assign actions', minutes: 10, link: 'actions' },
    ],
  },
  {
    id: 'tpl-weekly',
    name: 'Weekly check-in',
    order: 2,
    items: [
      { title: 'Open actions from last week', minutes: 10, link: 'actions' },
      { title: 'What changed on the journey map', minutes: 10, link: 'map' },
      { title: 'Leads handed over and accepted', minutes: 5, link: 'kpis' },
      // New and overdue content requests are listed under this item (features/requests/CheckInBlock.tsx).
      { title: 'Content requests', minutes: 5, link: 'requests' },
      { title: 'New actions', minutes: 5, link: 'actions' },
    ],
  },
  {
    id: 'tpl-monthly',
    name: 'Monthly roundtable',
    order: 3,
    items: [
      { title: 'Open actions', minutes: 10, link: 'actions' },
      { title: 'Numbers against our shared KPIs', minutes: 15, link: 'kpis' },
      { title: 'Re-check the alignment questions', minutes: 15, link: 'questionnaire' },
      { title: 'Update the journey map', minutes: 15, link: 'map' },
      { title: 'Assign actions', minutes: 5, link: 'actions' },
    ],
  },
  {
    id: 'tpl-quarterly',
    name: 'Quarterly review',
    order: 4,
    items: [
      { title: 'Results against our shared KPIs', minutes: 30, link: 'kpis' },
      { title: 'Are the customer profiles still right?', minutes: 20, link: 'personas' },
      { title: 'Review the journey map', minutes: 30, link: 'map' },
      { title: 'Review the handoff contracts', minutes: 20, link: 'handoffs' },
      { title: 'Vote on next quarter’s priorities', minutes: 10, link: 'vote' },
      { title: 'Assign actions', minutes: 10, link: 'actions' },
    ],
  },
];

/** The templates offered: built-in ones (or the project's edited copies), then the project's own. */
/** The built-in templates as records, made once (so lists of them keep their identity between reads). */
let builtInRecords: readonly SessionTemplate[] | undefined;

export function templateList(stored: Readonly<Record<Id, SessionTemplate>>): SessionTemplate[] {
  builtInRecords ??= BUILT_IN_TEMPLATES.map((t) => ({ ...t, hidden: false, builtIn: true }));
  const builtIns = builtInRecords.map((t) => stored[t.id] ?? t);
  const own = Object.values(stored).filter((t) => !t.builtIn);
  return [...builtIns, ...own]
    .filter((t) => !t.hidden)
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}
