/** Every word of the slide deck: the menu and palette entries, slide titles, tables and speaker notes. */
import { defineStrings } from '../../i18n';
import type { AreaReason, BriefingAreaId, Rag, Verdict } from '../../domain/briefing';
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

/**
 * The briefing's words on the deck's first slides. The figures come from domain/briefing.ts
 * (the model the briefing page reads); these say them.
 */
export const BW = defineStrings({
  standTitle: 'Where we stand',
  area: {
    personas: 'Personas agreed',
    language: 'Shared language',
    handoff: 'Handoff and SLA',
    kpis: 'KPIs on target',
    feedback: 'Feedback loop',
    cadence: 'Meeting cadence',
  } as Record<BriefingAreaId, string>,
  rag: { red: 'Red', amber: 'Amber', green: 'Green' } as Record<Rag, string>,
  verdict: {
    aligned: 'The teams are aligned',
    mostly: 'Mostly aligned',
    partly: 'Partly aligned: work to do',
    apart: 'The teams are far apart',
    'not-scored': 'Not scored yet: run the questionnaire',
  } as Record<Verdict, string>,
  reason: (area: BriefingAreaId, r: AreaReason): string => {
    const of = `${r.done} of ${r.total}`;
    switch (area) {
      case 'personas':
        return r.code === 'none' ? 'No persona yet' : r.code === 'all' ? 'Every persona agreed' : `${of} personas agreed`;
      case 'language':
        return r.code === 'none' ? 'No glossary yet' : r.code === 'all' ? 'Every term agreed' : `${plural(r.extra, 'term', 'terms')} in dispute`;
      case 'handoff':
        return r.code === 'none'
          ? 'No handoff contract yet'
          : r.code === 'no-sla'
            ? `${plural(r.extra, 'contract lacks', 'contracts lack')} a definition or an SLA`
            : r.code === 'not-signed'
              ? `${of} contracts signed by both sides`
              : 'Every contract defined and signed';
      case 'kpis':
        return r.code === 'none'
          ? 'No shared KPI yet'
          : r.code === 'not-measured'
            ? 'No KPI measured yet'
            : r.code === 'off-target'
              ? `${r.extra} of ${r.total} measured KPIs off target`
              : r.extra
                ? `${of} measured on target; ${r.extra} not measured`
                : 'Every KPI on target';
      case 'feedback':
        return r.code === 'none' ? 'No handoff, so no loop' : r.code === 'all' ? 'Every contract has a loop' : `${of} contracts say what comes back, how often, to whom`;
      case 'cadence':
        return r.code === 'none'
          ? 'No meeting held or booked'
          : r.code === 'no-next'
            ? `No next meeting booked (last one ${plural(r.extra, 'day', 'days')} ago)`
            : r.code === 'no-past'
              ? 'A meeting is booked; none held yet'
              : r.code === 'stale'
                ? `Last meeting ${plural(r.extra, 'day', 'days')} ago`
                : 'The next meeting is booked';
    }
  },
  noChange: 'No earlier score to compare with yet',
  change: (points: number) => (points === 0 ? 'No change since the last session' : `${points > 0 ? '+' : '−'}${Math.abs(points)} points since the last session`),
  scoreNotes: (score: string, verdict: string, answered: number, total: number) =>
    `The alignment score is ${score}: ${verdict}. It counts ${answered} answered of ${plural(total, 'question', 'questions')} of the questionnaire.`,
  redNotes: (areas: string) => `Red today: ${areas}.`,
  noRedNotes: 'Nothing is red today.',
  decisionsTitle: 'Decisions and open points',
  decisions: (n: number) => `Decided (${n})`,
  openPoints: (n: number) => `Still open (${n})`,
  noDecisions: 'No decision recorded yet.',
  allClosed: 'Nothing is open.',
  noOwner: 'no owner yet',
  pointsNotes: (d: number, o: number) => `${plural(d, 'decision', 'decisions')} so far; ${plural(o, 'point is', 'points are')} still open, each with the team that closes it:`,
  askTitle: 'What we need from you',
  asksHeading: 'Our asks',
  risksHeading: 'Top risks',
  nextMeeting: 'Next meeting',
  noNextMeeting: 'No next meeting booked',
  noAsks: 'Nothing to ask today.',
  noRisks: 'No risk stands out.',
  askNotes: 'What only leaders can decide:',
  nextNotes: (title: string, day: string) => `Next meeting: ${title}, ${day}.`,
  ask: {
    signContract: (h: string, teams: string) => `Sign the ${h} contract${teams ? ` (${teams})` : ''}`,
    writeSla: (h: string, teams: string) => `Agree the service level of the ${h} handoff${teams ? ` (${teams})` : ''}`,
    ownStage: (stage: string, map: string) => `Name an owner for ${stage}${map ? ` (${map})` : ''}`,
    ownKpi: (kpi: string) => `Name an owner for the KPI ${kpi}`,
    setKpiTarget: (kpi: string, teams: string) => `Set a target for ${kpi}${teams ? ` (${teams})` : ''}`,
    ownAction: (action: string) => `Name an owner for “${action}”`,
    backKpi: (kpi: string, teams: string) => `Back the plan to bring ${kpi} on target${teams ? ` (${teams})` : ''}`,
    settleTerm: (term: string, teams: string) => `Settle what “${term}” means${teams ? ` (${teams})` : ''}`,
    agreePersona: (persona: string, teams: string) => `Agree the persona ${persona}${teams ? ` (${teams})` : ''}`,
    bookMeeting: 'Book the next alignment meeting',
  },
  risk: {
    kpi: (kpi: string, pct: string) => `${kpi} at ${pct}% of target`,
    overdue: (action: string, day: string) => `“${action}” was due ${day}`,
    stage: (stage: string) => `Nobody owns ${stage}`,
    handoff: (h: string) => `The ${h} contract is not signed`,
    term: (term: string) => `“${term}” means different things to the teams`,
  },
});
