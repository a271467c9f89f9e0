/**
 * Every sentence of the alignment layer (teams, ownership, handoffs, KPIs, funnel, glossary,
 * the alignment overview). Plain data, no React. The actions' refusals are worded in
 * i18n/refusals.ts.
 */
import { unassignedBy, type OpenItem, type TeamReferences } from '../../domain/alignment';
import type { FunnelProblem } from '../../domain/funnel';
import type { KpiState } from '../../domain/kpis';
import type { ScoreProblem, ScoreVerdict } from '../../domain/leadScore';
import type { HubspotStage } from '../../domain/types';
import { fitListItems, fitOperator, type FitOperator } from '../../domain/fitOperators';
import type { FitRuleInput, FitValueProblem } from '../../domain/fitRules';
import { formatMoney, formatNumber } from '../../i18n/format';
import { defineStrings } from '../../i18n';
import { NUMBER_FIELD_LABELS } from './refusals';
import { DEFAULT_NAMES } from '../../domain/defaultNames';

import { plural } from '../../i18n/format';

export const A = defineStrings({
  // Sections
  overviewSection: 'Alignment overview',
  teamsSection: 'Teams',
  kpisSection: 'KPIs and funnel',
  glossarySection: 'Glossary',

  // Teams
  teamsIntro: 'The teams that own steps of the journey and sign contracts. Each has a name and a colour; the name is always shown with the colour.',
  teamName: 'Team name',
  teamColor: (name: string) => `Colour of ${name}`,
  renameTeam: (name: string) => `Rename ${name}`,
  removeTeam: (name: string) => `Remove ${name}`,
  addTeam: 'Add team',
  newTeamName: 'New team name',
  removeTeamNothing: (name: string) => `Nothing refers to ${name}. Remove it?`,
  removeTeamWhat: (name: string, r: TeamReferences) => {
    const parts: string[] = [];
    if (r.stages) parts.push(`owns ${plural(r.stages, 'stage', 'stages')}`);
    if (r.cards) parts.push(`owns ${plural(r.cards, 'card', 'cards')}`);
    if (r.handoffs) parts.push(`is a side of ${plural(r.handoffs, 'handoff', 'handoffs')}`);
    if (r.kpis) parts.push(`owns ${plural(r.kpis, 'KPI', 'KPIs')}`);
    if (r.terms) parts.push(`proposed ${plural(r.terms, 'glossary term', 'glossary terms')}`);
    if (r.requests) parts.push(`asked for ${plural(r.requests, 'piece of content', 'pieces of content')}`);
    if (r.signoffs) parts.push(`has ${plural(r.signoffs, 'persona sign-off', 'persona sign-offs')}`);
    if (r.answers) parts.push(`gave ${plural(r.answers, 'questionnaire answer', 'questionnaire answers')}`);
    if (r.participants) parts.push(`has ${plural(r.participants, 'session participant', 'session participants')}`);
    const then: string[] = [];
    if (unassignedBy(r)) then.push('those owners and sides become unassigned');
    const gone = [
      ...(r.signoffs ? [r.signoffs === 1 ? 'persona sign-off' : 'persona sign-offs'] : []),
      ...(r.answers ? [r.answers === 1 ? 'questionnaire answer' : 'questionnaire answers'] : []),
    ];
    if (gone.length) then.push(`its ${A.teamsAnd(gone)} ${r.signoffs + r.answers === 1 ? 'is' : 'are'} deleted with it`);
    if (r.participants) then.push(`${r.participants === 1 ? 'its participant stays in the session' : 'its participants stay in their sessions'} with no team`);
    const rest = gone.length ? ' Undo brings it all back.' : ' (nothing else is deleted). You can undo this.';
    return `${name} ${A.teamsAnd(parts)}. If you remove it, ${A.teamsAnd(then)}${gone.length ? '.' : ''}${rest}`;
  },
  confirmRemove: 'Remove the team',

  // Owners
  owner: 'Owner',
  ownerOf: (what: string) => `Owner of ${what}`,
  noOwner: 'No owner',
  shared: 'Shared',
  unknownTeam: 'Unknown team',
  ownerChip: (stage: string, owner: string) => `${stage}: owned by ${owner}. Open the stage’s alignment panel`,
  cardOwnerChip: (owner: string) => `Card owned by ${owner}`,
  setOwner: (name: string) => `Owner: ${name}`,
  ownershipLane: 'Who owns each step',
  ownershipSegment: (stage: string, owner: string) => `${stage}: owned by ${owner}. Change the owner`,
  cardOwner: 'Card owner',
  sameAsStage: (owner: string) => `Same as the stage (${owner})`,

  // Alignment check
  alignmentCheck: 'Alignment check',
  alignmentCheckHelp: 'Highlights stages with no owner and stages two teams both claim.',
  checkSummary: (gaps: number, overlaps: number) =>
    gaps || overlaps
      ? `⚠ ${plural(gaps, 'stage', 'stages')} without owner · ${overlaps} claimed by two teams`
      : '✓ Every stage has one owner (or is shared on purpose).',
  gapBadge: 'No owner',
  overlapShort: (n: number) => `${n} teams claim it`,
  overlapBadge: (teams: string) => `Claimed by ${teams}`,

  // Handoffs on the map
  addHandoff: 'Add handoff',
  handoffBand: 'Handoffs',
  addHandoffAfter: 'Add handoff after this stage',
  stageMenu: (n: string) => `Owner, handoff and KPI of stage ${n}`,
  addHandoffOnCard: 'Handoff on this card',
  addHandoffAfterNamed: (stage: string) => `Handoff after ${stage}…`,
  addHandoffTitle: 'Add a handoff',
  addHandoffHelp: 'Where a lead changes hands: between two stages, from one team to the next.',
  betweenWhich: 'Between which stages',
  betweenStages: (a: string, b: string) => `${a} → ${b}`,
  handoffSameTeamHint: 'A handoff passes a lead from one team to another: choose two different teams.',
  handoffAdded: (where: string) => `Handoff added: ${where}.`,
  ownerOfSelected: (n: number) => (n === 1 ? 'Card owner' : `Owner of ${n} cards`),
  sameAsStageShort: 'Same as the stage',
  handoffMarker: (name: string, from: string, to: string, status: string) =>
    `Handoff ${name}: ${from} to ${to}, ${status}. Open its contract`,
  handoffDeleted: (name: string) => `Handoff “${name}” deleted.`,
  untitledHandoff: 'Untitled handoff',

  // Side panel
  closePanel: 'Close the panel',
  panelLabel: 'Alignment panel',
  handoffPanelTitle: 'Handoff contract',
  stagePanelTitle: (name: string) => `Stage ${name}`,
  handoffName: 'Handoff name',
  fromTeam: 'From team',
  toTeam: 'To team',
  placedAfter: 'Between stages (after)',
  placedOnCard: 'On a card',
  placement: 'Where it sits on the map',
  fromWords: (team: string) => `Stage name in ${team}’s words`,
  toWords: (team: string) => `Stage name in ${team}’s words`,
  fromWordsHint: 'e.g. MQL',
  toWordsHint: 'e.g. SQL',
  criteriaTitle: 'A sales-ready lead is…',
  criteriaHelp: 'The checklist both teams agree a lead must meet before it is handed over.',
  criterion: (n: number) => `Criterion ${n}`,
  addCriterion: 'Add criterion',
  newCriterion: 'New criterion',
  removeItem: (what: string) => `Remove ${what}`,
  scoringTitle: 'Lead scoring',
  fitRules: 'Fit rules (who the lead is)',
  engagementRules: 'Engagement rules (what the lead did)',
  attribute: 'Attribute',
  compare: 'Compare',
  /** The fit rule table's column of how the attribute is compared and with what. */
  ruleHeader: 'Rule',
  value: 'Value',
  valueFrom: 'Lowest value',
  valueTo: 'Highest value',
  betweenAnd: 'and',
  /** The fit rule editor's operator choices (domain/fitRules.ts), in the order offered. */
  fitOperators: {
    is: 'is',
    contains: 'contains',
    in: 'is any of',
    eq: 'equals',
    gte: 'is at least',
    lte: 'is at most',
    between: 'is between',
  } satisfies Record<FitOperator, string>,
  /** The operator list's two groups: what compares text, what compares numbers. */
  fitTextGroup: 'Text',
  fitNumberGroup: 'Number',
  fitValueHint: (op: FitOperator) =>
    op === 'in' ? 'e.g. Germany, France (semicolons when a value has a comma)' : op === 'contains' ? 'e.g. VP' : op === 'is' ? 'e.g. Software' : 'e.g. 1,000 or 5M',
  /** A fit rule in words, for the report and the calculator's breakdown: "Company size is between 50 and 1,000". */
  fitRuleText: (r: Pick<FitRuleInput, 'attribute' | 'op' | 'value' | 'valueTo'>) => {
    const a = r.attribute.trim();
    const v = r.value.trim();
    switch (fitOperator(r.op)) {
      case 'is':
        return `${a} = ${v}`;
      case 'contains':
        return `${a} contains “${v}”`;
      case 'in':
        return `${a} is any of ${fitListItems(v).join(', ')}`;
      case 'eq':
        return `${a} equals ${v}`;
      case 'gte':
        return `${a} is at least ${v}`;
      case 'lte':
        return `${a} is at most ${v}`;
      case 'between':
        return `${a} is between ${v} and ${(r.valueTo ?? '').trim()}`;
    }
  },
  /** Why a fit rule's values cannot be checked (the rule counts for nobody, its text is kept). */
  fitValueProblem: (p: FitValueProblem, r: Pick<FitRuleInput, 'value' | 'valueTo'>) => {
    const nobody = 'Until then this rule counts for nobody; what you typed is kept.';
    switch (p) {
      case 'no-value':
        return `Type a value to compare with. ${nobody}`;
      case 'not-a-number':
        return `“${r.value.trim()}” is not a number: write it like 1,000 or 5M. ${nobody}`;
      case 'no-upper':
        return `Type the highest value too. ${nobody}`;
      case 'upper-not-a-number':
        return `“${(r.valueTo ?? '').trim()}” is not a number: write it like 1,000 or 5M. ${nobody}`;
      case 'reversed':
        return `The lowest value (${r.value.trim()}) is above the highest (${(r.valueTo ?? '').trim()}): swap them. ${nobody}`;
    }
  },
  points: NUMBER_FIELD_LABELS.points,
  action: 'Action',
  decay: NUMBER_FIELD_LABELS.decay,
  addFitRule: 'Add fit rule',
  addEngagementRule: 'Add engagement rule',
  fitRuleLabel: (n: number) => `fit rule ${n}`,
  engagementRuleLabel: (n: number) => `engagement rule ${n}`,
  threshold: NUMBER_FIELD_LABELS.threshold,
  calculatorTitle: 'Try a sample lead',
  calculatorHelp: 'Type who the lead is and what it did; the score updates as you type. Sample leads are not saved.',
  sampleAttribute: (a: string) => `Sample lead’s ${a}`,
  sampleDid: (a: string) => `The sample lead did “${a}”`,
  sampleWeeks: (a: string) => `Weeks since “${a}”`,
  weeksAgo: 'weeks ago',
  clearSample: 'Clear the sample lead',
  /** The calculator's status, said once (see domain/alignment.ts scoreVerdict). */
  scoreVerdict: (v: ScoreVerdict) => {
    const notNumber = 'The threshold is not a number, so nothing can pass yet.';
    switch (v.kind) {
      case 'no-rules':
        return 'Add fit or engagement rules above to try a sample lead.';
      case 'no-sample':
        if (v.badThreshold) return `${notNumber} Then add a sample lead to test it.`;
        return v.threshold === null
          ? 'Set a threshold, then add a sample lead to test it.'
          : `Add a sample lead to test the threshold of ${fmt(v.threshold)}.`;
      case 'passes':
        return `Score ${fmt(v.score)} — at or above the threshold of ${fmt(v.threshold)}: passes.`;
      case 'fails':
        return `Score ${fmt(v.score)} — below the threshold of ${fmt(v.threshold)}: does not pass yet.`;
      case 'no-threshold':
        return v.badThreshold
          ? `Score ${fmt(v.score)} — the threshold is not a number, so nothing can pass yet.`
          : `Score ${fmt(v.score)} — set a threshold to see whether it passes.`;
    }
  },
  scoreLine: (label: string, points: number, base: number, weeks?: number) =>
    weeks !== undefined && points !== base
      ? `${label}: ${signed(points)} (${signed(base)}, ${fmt(weeks)} ${weeks === 1 ? 'week' : 'weeks'} ago)`
      : `${label}: ${signed(points)}`,
  scoreProblem: (p: ScoreProblem) => {
    switch (p.kind) {
      case 'bad-points':
        return `“${p.label}” has no valid number of points, so it was not counted.`;
      case 'bad-value':
        return `“${p.label}” ${
          {
            'no-value': 'has no value to compare with',
            'not-a-number': 'compares numbers but its value is not a number',
            'no-upper': 'has no highest value',
            'upper-not-a-number': 'compares numbers but its highest value is not a number',
            reversed: 'has its lowest value above its highest',
          }[p.problem]
        }, so it was not counted.`;
      case 'bad-decay':
        return `“${p.label}” has a decay that is not a number of 0 or more, so it was counted without decay.`;
      case 'bad-weeks':
        return `“${p.action}”: weeks ago must be a number of 0 or more, so it was not counted.`;
      case 'bad-threshold':
        return 'The threshold is not a number, so nothing can pass yet.';
    }
  },
  slaTitle: 'Service level',
  slaFirstContact: NUMBER_FIELD_LABELS.slaFirstContactHours,
  slaAttempts: NUMBER_FIELD_LABELS.slaAttempts,
  slaAttemptDays: NUMBER_FIELD_LABELS.slaAttemptDays,
  slaMissed: 'When the service level is missed',
  slaMissedHint: 'e.g. the lead goes back to the queue and the sales manager is told',
  slaSummary: (h: number | null, m: number | null, d: number | null) =>
    h === null
      ? 'No service level yet.'
      : `First contact within ${fmt(h)} ${h === 1 ? 'hour' : 'hours'}${m !== null ? `, ${plural(m, 'attempt', 'attempts')}${d !== null ? ` within ${plural(d, 'day', 'days')}` : ''}` : ''}.`,
  rejectionTitle: 'Acceptance and rejection',
  rejectionReasons: 'Reasons to reject a lead',
  rejectionReason: (n: number) => `Rejection reason ${n}`,
  addRejectionReason: 'Add rejection reason',
  rejectedGoesTo: 'Where a rejected lead goes',
  rejectedGoesToHint: 'e.g. recycle to nurture',
  rejectedDestinations: ['Recycle to nurture', 'Back to marketing with a reason', 'Disqualified', 'Partner channel'],
  frequencies: ['Every lead', 'Weekly', 'Every two weeks', 'Monthly', 'Quarterly'],
  feedbackTitle: 'Feedback loop',
  feedbackWhat: 'What the receiving team reports back',
  feedbackWhatHint: 'e.g. which leads became revenue, and from which campaign',
  feedbackFrequency: 'How often',
  feedbackFrequencyHint: 'e.g. weekly',
  feedbackTo: 'To whom',
  feedbackToHint: 'e.g. the marketing operations lead',
  ownersTitle: 'Owners and sign-off',
  sideOwner: (team: string) => `Owner on ${team}’s side`,
  sideOwnerHint: 'A person’s name',
  agreedBy: (team: string) => `${team} agrees to this contract`,
  statusDraft: 'Draft',
  statusAgreed: 'Agreed by both',
  status: 'Status',
  crmTitle: 'CRM vocabulary',
  hubspotStage: 'HubSpot lifecycle stage',
  salesforceStatus: 'Salesforce lead status',
  salesforceHint: 'e.g. Working - Contacted',
  notMapped: 'Not mapped',
  deleteHandoff: 'Delete this handoff',
  handoffKpis: 'KPIs of this handoff',
  stageKpis: 'KPIs of this stage',
  addKpiHere: 'Add KPI',
  openKpis: 'Edit on the KPI screen',
  notANumber: (what: string) => `${what}: type a number (or leave it empty).`,
  mustBePositive: (what: string) => `${what}: type a number of 0 or more.`,
  mustBeWhole: (what: string) => `${what}: type a whole number of 0 or more.`,
  mustBePercent: (what: string) => `${what}: type a percentage between 0 and 100.`,
  notOnMap: 'Not placed on the map (its stage or card was deleted). Pick where it sits:',
  stageGone: '(deleted stage)',

  // KPIs
  kpisIntro: 'One set of numbers both teams are judged by. Each KPI belongs to a stage, a handoff, or the whole project.',
  kpiName: 'KPI name',
  kpiDefinition: 'Definition',
  kpiUnit: 'Unit',
  kpiUnitHint: 'e.g. %, €, leads',
  kpiTarget: NUMBER_FIELD_LABELS.kpiTarget,
  kpiActual: NUMBER_FIELD_LABELS.kpiActual,
  kpiDirection: 'Better when',
  kpiHigher: 'higher',
  kpiLower: 'lower',
  kpiOwner: 'Owner team',
  kpiPeriod: 'Period',
  kpiPeriodHint: 'e.g. per month',
  kpiAttachedTo: 'Measured at',
  kpiWholeProject: 'The whole project',
  kpiAtStage: (map: string, stage: string) => `Stage ${stage} (${map})`,
  kpiAtHandoff: (name: string) => `Handoff ${name}`,
  addKpi: 'Add KPI',
  deleteKpi: (name: string) => `Delete KPI ${name}`,
  kpiDeleted: (name: string) => `KPI “${name}” deleted.`,
  noKpis: 'No KPIs yet. Add the numbers both teams agree to be judged by.',
  kpiState: (s: KpiState) =>
    ({ 'no-target': 'No target yet', 'no-actual': 'No actual yet', 'on-target': 'On target', 'off-target': 'Off target' })[s],
  kpiBadge: (count: number, off: number) =>
    off ? `${plural(count, 'KPI', 'KPIs')}, ${off} off target` : `${plural(count, 'KPI', 'KPIs')}`,
  kpiBadgeLabel: (count: number, off: number, stage: string) =>
    `${A.kpiBadge(count, off)} at ${stage}. Open the stage’s alignment panel`,
  kpiCard: (name: string) => `KPI ${name}`,

  // Funnel
  funnelTitle: 'Funnel calculator',
  funnelIntro:
    'From the revenue goal, the average deal size and the conversion rate of each step: how many leads each step needs (rounded up), and where today’s rates leave a shortfall.',
  revenueGoal: NUMBER_FIELD_LABELS.revenueGoal,
  avgDealSize: NUMBER_FIELD_LABELS.avgDealSize,
  funnelPeriod: 'Period',
  stepName: (n: number) => `Name of step ${n}`,
  stepRate: (name: string) => `Planned rate from ${name} to the next step (%)`,
  stepActual: (name: string) => `Actual rate from ${name} to the next step (%)`,
  addStep: 'Add step',
  removeStep: (name: string) => `Remove step ${name}`,
  stepCol: 'Step',
  rateCol: NUMBER_FIELD_LABELS.rateCol,
  actualCol: NUMBER_FIELD_LABELS.actualCol,
  neededCol: 'Leads needed',
  expectedCol: 'At actual rates',
  shortfallCol: 'Shortfall',
  dealsNeeded: (n: number) => `${plural(n, 'won deal', 'won deals')} needed.`,
  topNeeds: (step: string, n: number) => `The funnel needs ${fmt(n)} at “${step}” (rounded up at every step).`,
  funnelProblem: (p: FunnelProblem) => {
    switch (p.kind) {
      case 'bad-goal':
        return 'Type a revenue goal of 0 or more.';
      case 'bad-deal-size':
        return 'Type an average deal size above 0.';
      case 'no-steps':
        return 'Add at least one step.';
      case 'bad-rate':
        return `Type the planned rate of “${p.name || `step ${p.stepIndex + 1}`}” as a percentage from 0 to 100.`;
      case 'bad-actual':
        return `The actual rate of “${p.name || `step ${p.stepIndex + 1}`}” must be a percentage from 0 to 100 (or empty).`;
    }
  },
  funnelImpossible: (name: string) =>
    `Impossible: at “${name}” 0% of leads move on, so no number of leads reaches the goal. Agree on a rate above 0%.`,
  funnelOnPlan: 'At the actual rates the goal is reached.',
  funnelShortfall: (deals: number, revenue: number, worst: string | null) =>
    `At the actual rates, ${plural(deals, 'won deal is', 'won deals are')} missing (${formatMoney(revenue)} of revenue)${worst ? `; the biggest leak is at “${worst}”` : ''}.`,
  funnelTopAtActual: (n: number | null, top: string) =>
    n === null
      ? 'With an actual rate of 0%, no number of leads reaches the goal at today’s rates.'
      : `To reach the goal at today’s rates, “${top}” needs ${fmt(n)} leads.`,
  untitledStep: DEFAULT_NAMES.funnelStep,
  untitledProject: DEFAULT_NAMES.untitledProject,
  funnelCsvDownload: 'Download funnel plan (.csv)',
  funnelCsvMaking: 'Making the funnel plan…',
  funnelCsvSaved: (name: string) => `Funnel plan saved: ${name}`,
  /** The money columns name the project's currency: the cells are plain numbers. */
  funnelCsvHeader: (currency: string) => [
    'Step',
    'Planned rate (%)',
    'Actual rate (%)',
    'Leads needed',
    'Leads at actual rates',
    'Shortfall (leads)',
    `Revenue goal (${currency})`,
    `Average deal size (${currency})`,
  ],

  // Report
  reportHandoffs: 'Handoff contracts',
  reportKpis: 'Shared KPIs',
  signed: 'signed',
  notSigned: 'not signed yet',
  reportAgreedFigure: 'handoff contracts agreed by both teams',
  reportKpiFigure: 'shared KPIs on target',
  reportOpenFigure: (n: number) => (n === 1 ? 'open alignment point' : 'open alignment points'),

  // Glossary
  glossaryIntro:
    'Every stage name, lead status and piece of jargon, defined once. Terms are recognised in cards and contracts (whole words, synonyms too).',
  term: 'Term',
  definition: 'Definition',
  synonyms: 'Synonyms (separated by commas)',
  proposedBy: 'Proposed by',
  termStatus: 'Status',
  agreed: 'Agreed',
  disputed: 'Disputed',
  proposed: 'Proposed',
  termStatusName: { proposed: 'Proposed', agreed: 'Agreed', disputed: 'Disputed' } as Record<string, string>,
  /** A term's status in words, beside the term (not only its colour or edge). */
  termStateProposed: (team: string) => `Proposed by ${team}: waiting for the other teams to agree.`,
  termStateProposedNobody: 'Proposed: say which team proposed it.',
  termStateAgreed: 'Agreed: both teams use it this way.',
  termStateDisputed: (team: string) =>
    `Disputed: the teams do not agree on this term yet${team ? ` (proposed by ${team})` : ''}. Settle it in the room or park it.`,
  definitionPrompt: 'What does it mean? Write it in words both teams use.',
  definitionMissing: 'No definition yet: write one so both teams read it the same way.',
  proposerRequired: (term: string) => `Say which team proposes “${term}”.`,
  chooseTeam: 'Choose a team…',
  searchTerms: 'Search the glossary',
  sortTerms: 'Sort terms',
  sortOrder: 'In the order added',
  sortAz: 'A to Z',
  sortStatus: 'Disputed first',
  sortProposer: 'By who proposed it',
  termsShown: (shown: number, total: number) => `${shown} of ${plural(total, 'term', 'terms')}`,
  noTermMatch: (q: string) => `No term matches “${q}”.`,
  disputedTag: 'disputed',
  addTerm: 'Add term',
  newTerm: 'New term',
  deleteTerm: (t: string) => `Delete term ${t}`,
  termDeleted: (t: string) => `Term “${t}” deleted.`,
  noTerms: 'No terms yet. Start with the stage names and lead statuses both teams use.',
  termChip: (term: string) => `Glossary: ${term}`,
  termTooltip: (term: string, def: string, status: string) => `${term}: ${def || 'no definition yet'} (${status})`,
  /** A card's glossary terms for screen readers (where no chip names them). */
  cardTermsText: (terms: readonly string[]) => `Glossary: ${terms.join('; ')}`,
  noDefinition: 'No definition yet.',
  termsInContract: 'Glossary terms used in this contract',
  nobody: 'Nobody',

  // Overview
  overviewIntro: 'What is still open. Each line links to the place to fix it; the list shrinks as the room closes each gap.',
  allClosed: 'Nothing is open: every stage has an owner, every handoff has an agreed contract, every KPI a target and an owner, and no term is disputed.',
  openCount: (n: number) => `${plural(n, 'open point', 'open points')}`,
  groupOwnership: 'Ownership',
  groupHandoffs: 'Handoffs',
  groupKpis: 'KPIs',
  groupPersonas: 'Personas',
  groupTerms: 'Glossary',
  handoffsList: 'All handoffs',
  noHandoffs: 'No handoffs yet. Open a journey map and choose “Add handoff” to mark where a lead changes hands.',
  openItem: (item: OpenItem, names: { stage?: string; map?: string; handoff?: string; kpi?: string; persona?: string; term?: string; teams?: string }) => {
    switch (item.kind) {
      case 'stage-no-owner':
        return `Stage “${names.stage}” (${names.map}) has no owner.`;
      case 'stage-overlap':
        return `Stage “${names.stage}” (${names.map}) is claimed by ${names.teams}.`;
      case 'handoff-not-placed':
        return `Handoff “${names.handoff}” is not placed on the map.`;
      case 'handoff-no-criteria':
        return `Handoff “${names.handoff}” has no criteria for a sales-ready lead.`;
      case 'handoff-no-sla':
        return `Handoff “${names.handoff}” has no service level.`;
      case 'handoff-not-agreed':
        return `Handoff “${names.handoff}” is not agreed by both teams yet.`;
      case 'kpi-no-target':
        return `KPI “${names.kpi}” has no target.`;
      case 'kpi-no-owner':
        return `KPI “${names.kpi}” has no owner team.`;
      case 'persona-not-agreed':
        return `Persona “${names.persona}” is not agreed by both teams yet.`;
      case 'term-disputed':
        return `The term “${names.term}” is disputed.`;
    }
  },
  fixIt: 'Fix it',

  // Handoff commands (context menus on cards, stages and handoffs, the palette, the shortcut sheet's group)
  cmd: {
    group: 'Handoffs',
    menu: (name: string) => `Menu of handoff ${name}`,
    addOnCard: 'Add a handoff on this card',
    addAfterStage: 'Add a handoff after this stage',
    open: 'Open the handoff contract',
    delete: 'Delete handoff',
    keywords: 'baton mql sql contract lead',
    // What the palette calls what it found.
    paletteHandoff: 'Handoff',
    paletteTerm: 'Glossary term',
  },
  teamsAnd: (names: string[]) =>
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`,
} as const);

export const HUBSPOT_LABELS: Record<HubspotStage, string> = defineStrings({
  subscriber: 'Subscriber',
  lead: 'Lead',
  mql: 'Marketing qualified lead (MQL)',
  sql: 'Sales qualified lead (SQL)',
  opportunity: 'Opportunity',
  customer: 'Customer',
  evangelist: 'Evangelist',
  other: 'Other',
});

/** A number in the reader's own format (i18n/format.ts): 1,234.5 / 1.234,5 … */
export function fmt(n: number): string {
  return formatNumber(n, Number.isInteger(n) ? {} : { maximumFractionDigits: 2 });
}

function signed(n: number): string {
  return n > 0 ? `+${fmt(n)}` : fmt(n);
}
