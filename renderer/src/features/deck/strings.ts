/** Every word of the slide deck: the menu and palette entries, slide titles, tables and speaker notes. */
import { defineStrings } from '../../i18n';
import { plural } from '../../i18n/format';

export const DK = defineStrings({
  // The Export menu and the palette
  download: 'Download slide deck (.pptx)',
  keywords: 'powerpoint pptx keynote impress presentation slides deck export',
  making: 'Making the slide deck',
  saved: (name: string) => `Slide deck saved: ${name}`,
  noProject: 'Open a project to make its slide deck.',
  untitled: 'Untitled project',
  // The title slide
  deckSubtitle: 'Marketing and sales alignment',
  madeOn: (day: string) => `Made with Baton on ${day}`,
  titleNotes: (title: string, n: number) =>
    `This deck shows where ${title} stands: the alignment score and what is red, the decisions, what we ask of you, the journey map, the handoff ${plural(n, 'contract', 'contracts')}, the KPIs and the open actions. Every figure comes from the project, as the team sees it in Baton.`,
  // The map
  mapTitle: (title: string) => title,
  mapStages: (from: number, to: number, n: number) => (from === to ? `Stage ${from} of ${n}` : `Stages ${from}–${to} of ${n}`),
  mapNotes: (map: string, stages: string, cards: number) =>
    `${map}, ${stages}: ${plural(cards, 'card', 'cards')} on this slide. Walk the stages left to right; the emotion row shows how the customer feels at each stage (−2 to +2).`,
  lanes: 'Lanes',
  moreCards: (n: number) => `+ ${n} more`,
  notScored: 'Not scored yet',
  ownerRow: 'Owner',
  handoffsRow: 'Handoffs',
  mapCurve: 'the map’s own curve',
  dots: (n: number) => `${n} ${n === 1 ? 'dot' : 'dots'}`,
  noStages: 'This map has no stages yet.',
  // Handoff contracts
  contractTitle: (name: string) => `Handoff contract: ${name}`,
  contractSides: (from: string, to: string) => `${from} → ${to}`,
  contractAgreed: 'Agreed by both sides',
  contractDraft: 'Draft: not signed by both sides',
  criteria: 'A sales-ready lead',
  noCriteria: 'No checklist yet',
  threshold: (n: string) => `Hand over at a lead score of ${n}`,
  noThreshold: 'No score threshold yet',
  serviceLevel: 'Service level',
  rejected: 'Rejected leads go to',
  feedback: 'Feedback loop',
  owners: 'Owners',
  ownerLine: (team: string, person: string, signed: boolean) => `${team}: ${person || 'nobody named'} (${signed ? 'signed' : 'not signed'})`,
  contractNotes: (name: string, status: string, sla: string) => `The ${name} contract. ${status}. ${sla}. Ask both owners whether the definition still holds.`,
  // KPIs
  kpiTitle: (unit: string) => (unit ? `KPIs: target and actual (${unit})` : 'KPIs: target and actual'),
  target: 'Target',
  actual: 'Actual',
  kpiNotes: (lines: string) => `Target against actual for each KPI. ${lines}`,
  kpiLine: (name: string, target: string, actual: string, state: string) => `${name}: target ${target}, actual ${actual} (${state}).`,
  kpiState: { 'on-target': 'on target', 'off-target': 'off target', 'no-actual': 'not measured yet', 'no-target': 'no target yet' } as Record<string, string>,
  // Actions
  actionsTitle: 'Open actions',
  actionsMore: (page: number, pages: number) => `Open actions (${page} of ${pages})`,
  action: 'Action',
  owner: 'Owner',
  team: 'Team',
  due: 'Due',
  noOwner: 'No owner yet',
  noDate: 'No date',
  overdue: (day: string) => `${day} (overdue)`,
  noActions: 'No open actions.',
  actionsNotes: (n: number, unowned: number, overdue: number) =>
    [
      `${plural(n, 'open action', 'open actions')}.`,
      unowned ? `${plural(unowned, 'action has', 'actions have')} no owner yet: ask who takes them.` : 'Every action has an owner.',
      overdue ? `${plural(overdue, 'action is', 'actions are')} overdue.` : '',
    ]
      .filter(Boolean)
      .join(' '),
});
