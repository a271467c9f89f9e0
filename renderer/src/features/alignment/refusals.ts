/**
 * What the alignment layer (teams, handoffs, KPIs, the glossary, the funnel) actions say, in words: one sentence per refusal and notice code of
 * this feature ('alignment.…', listed with their data in domain/refusals.ts). Typed over those codes,
 * so a new one does not compile until it has its sentence here; module.ts hands them to
 * i18n/refusals.ts, the one place that turns what an action said into words.
 */
import type { NumberField } from '../../domain/refusals';
import { defineStrings } from '../../i18n';
import { plural } from '../../i18n/format';
import type { NoticeWords, RefusalWords } from '../../i18n/refusals';

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

const fieldName = (r: { field: NumberField; label?: string }) => r.label ?? NUMBER_FIELD_LABELS[r.field];

export const REFUSALS = defineStrings({
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
} satisfies RefusalWords<'alignment'>);

export const NOTICES = defineStrings({
  'alignment.teamAdded': (n) => `Team “${n.name}” added.`,
  'alignment.teamRemoved': (n) =>
    n.total
      ? `Team “${n.name}” removed; ${plural(n.total, 'place', 'places')} it owned are now unassigned.`
      : `Team “${n.name}” removed.`,
  'alignment.handoffAdded': () => 'Handoff added. Write its contract in the panel on the right.',
} satisfies NoticeWords<'alignment'>);
