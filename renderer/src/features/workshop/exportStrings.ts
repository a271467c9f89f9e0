/** The words of the actions-and-decisions spreadsheet (the Export menu's CSV of what the room agreed). */
import { defineStrings } from '../../i18n';

export const WX = defineStrings({
  menu: 'Actions and decisions as a spreadsheet (CSV)',
  making: 'Making the actions and decisions spreadsheet',
  file: (project: string) => `${project} actions and decisions`,
  saved: (name: string) => `Saved “${name}”.`,
  header: ['Kind', 'Text', 'Owner', 'Team', 'Due', 'Status', 'Date', 'Session', 'Source'] as const,
  action: 'Action',
  decision: 'Decision',
  open: 'Open',
  done: 'Done',
  decided: 'Decided',
  fromQuestion: (question: string) => `Questionnaire: ${question}`,
  fromCard: (card: string) => `Vote result: ${card}`,
  agreedInSession: 'Agreed in the session',
  addedOutside: 'Added outside a session',
  decidedInSession: 'Decided in the session',
  recordedOutside: 'Recorded outside a session',
  untitledProject: 'Untitled project',
} as const);
