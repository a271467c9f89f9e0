/**
 * The words an action writes into the document when the person gave none: the name of a new
 * stage, lane, persona or question. They are content, not messages (they are saved and shared
 * with the project), so they live in the domain like the templates' words (domain/templates.ts),
 * where the writers (document/actions) and the catalogue (i18n/index.ts, so the pseudo-locale
 * and a later translation reach them) both can import them.
 */
import { actionFromQuestion } from './workshop/actionSentence';

export const DEFAULT_NAMES = {
  untitledProject: 'Untitled project',
  untitledMap: 'Customer journey',
  newStage: 'New stage',
  newLane: 'New lane',
  handoff: (from: string, to: string) => `${from} to ${to}`,
  newKpi: 'New KPI',
  funnelStep: 'Step',
  newPersona: 'New persona',
  copyOf: (n: string) => `Copy of ${n}`,
  unnamedPersona: 'Unnamed persona',
  newPersonaField: 'New field',
  untitledSession: 'Workshop session',
  newAgendaItem: 'New agenda item',
  newQuestionSet: 'New section',
  newQuestion: 'New question',
  actionFromQuestion,
};
