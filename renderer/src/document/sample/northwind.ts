/**
 * The sample project: a B2B software company's marketing-to-sales alignment, so a new
 * facilitator sees everything working in a minute. Built only through actions (the same
 * validation, the same records as a person's clicks), so it can never hold anything the app
 * could not have made itself.
 *
 * Northwind Analytics sells revenue-analytics software to mid-size SaaS companies. Two
 * agreed buyer personas, one full journey map with an emotion curve, the MQL → SQL handoff
 * contract, shared KPIs, a glossary and one past alignment workshop (answers, a dot vote,
 * decisions, actions) two weeks ago.
 *
 * Data, not a screen: the home screen's button (features/workshop/SampleProject.tsx) stores it
 * as a new project through features/workshop/sample.ts.
 */
import type * as Y from 'yjs';
import { addCard, addMap, setEmotion, type ActionResult } from '../actions';
import {
  addCriterion,
  addEngagementRule,
  addFitRule,
  addHandoff,
  addKpi,
  addRejectionReason,
  addTerm,
  setHandoffAgreement,
  setHandoffNumber,
  setHandoffText,
  setKpiDirection,
  setKpiNumber,
  setKpiOwner,
  setKpiText,
  setStageOwner,
} from '../actions/alignment';
import {
  addPersonaListItem,
  agreeWithOpenSections,
  attachPersona,
  createPersona,
  setPersonaText,
} from '../actions/personas';
import { addActionItem, addDecision, addParkingLotItem, setActionStatus } from '../actions/workshop/actions';
import { questionToAction, setTeamAgreement, setAnswer } from '../actions/workshop/questionnaire';
import { addParticipant, agendaOf, createSession, endSession, setSessionNotes, startSession } from '../actions/workshop/sessions';
import { finishAgendaItem, startAgendaItem } from '../actions/workshop/timers';
import { castVote, closeVoteRound, startVoteRound } from '../actions/workshop/votes';
import { readSnapshot } from '../projection';
import { sortByOrder } from '../../domain/ordering';
import type { PersonaListField, PersonaTextField } from '../../domain/personas';
import type { Agreement } from '../../domain/workshop/records';
import { isoDate } from '../../domain/workshop/sessions';
import type { LaneKind } from '../../domain/types';

export const SAMPLE_TITLE = 'Sample: Northwind Analytics — marketing and sales alignment';

const DAY = 24 * 60 * 60 * 1000;
const MIN = 60_000;
const MARKETING = 'team-marketing';
const SALES = 'team-sales';
const SUCCESS = 'team-success';

function must<T>(r: ActionResult<T>): T {
  if (!r.ok) throw new Error(`The sample project could not be built: ${r.refusal.code}`);
  return r.value;
}

/** Cards per lane kind, one list per stage (Awareness … Advocacy). */
const CARDS: Partial<Record<LaneKind, readonly (readonly string[])[]>> = {
  actions: [
    ['Notices the board report takes two days to build', 'Searches “revenue forecast accuracy”'],
    ['Reads two comparison guides', 'Asks peers in a RevOps community'],
    ['Books a demo with sales', 'Shares a trial with the CFO'],
    ['Sends the security questionnaire', 'Negotiates a two-year term'],
    ['Connects the CRM and billing system'],
    ['Uses the weekly pipeline review', 'Adds the finance team as users'],
    ['Speaks on our customer webinar', 'Refers a peer at another company'],
  ],
  touchpoints: [
    ['LinkedIn article', 'Google search'],
    ['Comparison guide (gated)', 'Review sites'],
    ['Discovery call', 'Live demo'],
    ['Proposal and order form', 'Procurement portal'],
    ['Onboarding calls', 'Help centre'],
    ['Quarterly business review', 'In-app tips'],
    ['Customer community', 'Case study'],
  ],
  thoughts: [
    ['“There must be a faster way to see where revenue comes from.”'],
    ['“Which of these tools will my CRM admin not hate?”'],
    ['“Will the numbers match what finance sees?”'],
    ['“Is this worth two years of budget?”'],
    ['“I need a first dashboard before the board meeting.”'],
    ['“The forecast call takes half the time now.”'],
    ['“I want my peers to know we solved this.”'],
  ],
  pains: [
    ['Our ads talk about features, not her problem'],
    ['The guide asks for twelve form fields', 'Two different price pages'],
    [
      'Sales calls her five days after she downloaded the guide',
      'Demo shows features she never asked about',
    ],
    ['Security review takes three weeks'],
    ['Nobody owns the first 30 days', 'CRM fields map badly'],
    ['Success hears about renewal risk too late'],
    ['No easy way to refer a peer'],
  ],
  opportunities: [
    ['Write about the board-report problem in her words'],
    ['Short, ungated comparison page'],
    ['Call within one business day; use what she read', 'Demo built on her own pipeline'],
    ['Pre-filled security pack'],
    ['Named onboarding owner from success'],
    ['Health score shared with sales'],
    ['Referral programme with a shared reward'],
  ],
  message: [
    ['See where your revenue really comes from.'],
    ['One view of pipeline your finance team trusts.'],
    ['Your own pipeline, forecast in minutes.'],
    ['Live in 30 days, or we keep working for free.'],
    ['Your first board report in week two.'],
    ['Forecasts you can defend.'],
    ['Tell your peers how you did it.'],
  ],
  backstage: [
    ['Marketing automation scores the visit'],
    ['Lead score reaches 60: MQL'],
    ['CRM: SQL, opportunity created'],
    ['Order form in CPQ; legal review'],
    ['Onboarding project in the success tool'],
    ['Usage data to the health score'],
    ['Advocacy list in the CRM'],
  ],
  ownership: [
    ['Marketing'],
    ['Marketing'],
    ['Sales'],
    ['Sales'],
    ['Customer success'],
    ['Customer success'],
    ['Shared'],
  ],
};

const EMOTIONS = [-1, 0, 1, -1, -2, 1, 2];

interface PersonaDraft {
  readonly text: Partial<Record<PersonaTextField, string>>;
  readonly lists: Partial<Record<PersonaListField, readonly string[]>>;
}

const PERSONAS: readonly PersonaDraft[] = [
  {
    text: {
      name: 'Dana Ortiz',
      role: 'Head of Revenue Operations',
      company: 'A 200-person SaaS company',
      segment: 'Mid-market SaaS',
      priority: 'Primary',
      quote: 'I spend more time reconciling numbers than explaining them.',
      decider: 'Dana chooses; the CFO signs.',
      influencers: 'CRM admin, VP of Sales, finance controller',
      budget: '$30–60k a year from the RevOps budget',
      timeline: 'One quarter from first read to signature',
    },
    lists: {
      goals: ['A forecast the board trusts', 'One source of truth for pipeline'],
      pains: ['Board report takes two days', 'Marketing and sales count leads differently'],
      objections: ['Another tool for the CRM admin to maintain'],
      channels: ['RevOps communities', 'LinkedIn', 'Peer referrals'],
      problems: ['Spreadsheets between CRM and billing'],
      results: ['Forecast call in half the time', 'Board report in an hour'],
    },
  },
  {
    text: {
      name: 'Sam Patel',
      role: 'Chief Financial Officer',
      company: 'A 500-person SaaS company',
      segment: 'Mid-market SaaS',
      priority: 'Secondary',
      quote: 'Show me the number, and show me where it came from.',
      decider: 'Signs above $25k',
      influencers: 'Head of RevOps, procurement',
      budget: 'Approves; rarely owns the budget',
      timeline: 'Joins at evaluation; decides in two weeks',
    },
    lists: {
      goals: ['Predictable revenue', 'Fewer surprises at quarter end'],
      pains: ['Forecast misses by 15% or more'],
      objections: ['Long implementation', 'Security review'],
      channels: ['Finance newsletters', 'Analyst reports'],
      problems: ['No shared definition of pipeline'],
      results: ['Forecast within 5% of actual'],
    },
  },
];

function buildPersonas(doc: Y.Doc): string[] {
  return PERSONAS.map((p) => {
    const id = must(createPersona(doc, p.text.name ?? ''));
    for (const [field, value] of Object.entries(p.text))
      must(setPersonaText(doc, id, field as PersonaTextField, value));
    for (const [field, items] of Object.entries(p.lists)) {
      for (const item of items) must(addPersonaListItem(doc, id, field as PersonaListField, item));
    }
    // Both teams (and success) agreed with every section: an agreed persona.
    for (const team of [MARKETING, SALES, SUCCESS]) must(agreeWithOpenSections(doc, id, team));
    return id;
  });
}

function buildMap(doc: Y.Doc, personaIds: readonly string[]) {
  const mapId = must(addMap(doc, 'Dana’s journey: from first read to referral', 'b2b'));
  for (const p of personaIds.slice(0, 1)) must(attachPersona(doc, mapId, p));
  const snap = readSnapshot(doc);
  const stages = sortByOrder(Object.values(snap.stages).filter((s) => s.mapId === mapId));
  const lanes = sortByOrder(Object.values(snap.lanes).filter((l) => l.mapId === mapId));
  const owners = [MARKETING, MARKETING, SALES, SALES, SUCCESS, SUCCESS, SUCCESS];
  stages.forEach((s, i) => must(setStageOwner(doc, s.id, owners[i] ?? MARKETING)));
  const cardIds: Record<string, string[]> = {};
  for (const lane of lanes) {
    if (lane.kind === 'emotion') {
      // On the persona's curve (the map is drawn for Dana), or the map's own curve without one.
      stages.forEach((s, i) =>
        must(setEmotion(doc, lane.id, s.id, EMOTIONS[i] ?? 0, personaIds[0])),
      );
      continue;
    }
    const perStage = CARDS[lane.kind] ?? stages.map((s) => [`${lane.name}: ${s.name}`]);
    stages.forEach((s, i) => {
      for (const text of perStage[i] ?? []) {
        const id = must(
          addCard(doc, { mapId, stageId: s.id, laneId: lane.id }, text, {
            color:
              lane.kind === 'pains' ? 'pink' : lane.kind === 'opportunities' ? 'green' : 'yellow',
          }),
        );
        (cardIds[lane.kind] ??= []).push(id);
      }
    });
  }
  return { mapId, stages, lanes, cardIds };
}

function buildHandoff(doc: Y.Doc, mapId: string, afterStageId: string): string {
  const h = must(
    addHandoff(doc, { mapId, afterStageId }, { fromTeamId: MARKETING, toTeamId: SALES }),
  );
  must(setHandoffText(doc, h, 'name', 'MQL to SQL'));
  must(setHandoffText(doc, h, 'fromStageName', 'MQL'));
  must(setHandoffText(doc, h, 'toStageName', 'SQL'));
  must(addCriterion(doc, h, 'Works at a SaaS company with 50 to 1,000 people'));
  must(addCriterion(doc, h, 'Role in revenue operations, sales operations or finance'));
  must(addCriterion(doc, h, 'Has asked for a demo, or scored 60 or more'));
  must(addFitRule(doc, h, { attribute: 'Company size', op: 'between', value: '50', valueTo: '1,000', points: 20 }));
  must(addFitRule(doc, h, { attribute: 'Role', op: 'in', value: 'RevOps, Sales operations, Finance', points: 20 }));
  must(addFitRule(doc, h, { attribute: 'Company size', op: 'lte', value: '10', points: -10 }));
  must(addEngagementRule(doc, h, { action: 'Demo request', points: 40, decayPerWeek: 0 }));
  must(addEngagementRule(doc, h, { action: 'Pricing page visit', points: 10, decayPerWeek: 2 }));
  must(addEngagementRule(doc, h, { action: 'Guide download', points: 5, decayPerWeek: 1 }));
  must(setHandoffNumber(doc, h, 'threshold', 60, 'Threshold'));
  must(setHandoffNumber(doc, h, 'slaFirstContactHours', 24, 'First contact'));
  must(setHandoffNumber(doc, h, 'slaAttempts', 4, 'Attempts'));
  must(setHandoffNumber(doc, h, 'slaAttemptDays', 10, 'Days'));
  must(
    setHandoffText(
      doc,
      h,
      'slaMissed',
      'The lead goes back to the marketing queue and the sales manager is told.',
    ),
  );
  must(addRejectionReason(doc, h, 'Not the right company size'));
  must(addRejectionReason(doc, h, 'No project in the next six months'));
  must(setHandoffText(doc, h, 'rejectedGoesTo', 'Nurture programme, with the reason'));
  must(
    setHandoffText(
      doc,
      h,
      'feedbackWhat',
      'Which MQLs became opportunities and revenue, and from which campaign.',
    ),
  );
  must(setHandoffText(doc, h, 'feedbackFrequency', 'Every two weeks'));
  must(setHandoffText(doc, h, 'feedbackTo', 'Demand generation lead'));
  must(setHandoffText(doc, h, 'fromOwner', 'Maya Chen (demand generation)'));
  must(setHandoffText(doc, h, 'toOwner', 'Luis Romero (sales development)'));
  must(setHandoffAgreement(doc, h, 'from', true));
  must(setHandoffAgreement(doc, h, 'to', true));
  return h;
}

function buildKpis(doc: Y.Doc, stages: readonly { id: string }[], handoffId: string) {
  const kpis: {
    name: string;
    def: string;
    unit: string;
    target: number;
    actual: number;
    owner: string;
    dir: 'higher' | 'lower';
    stage?: number;
    handoff?: boolean;
  }[] = [
    {
      name: 'MQL to SQL conversion',
      def: 'Share of MQLs that sales accepts as SQL within 30 days.',
      unit: '%',
      target: 35,
      actual: 27,
      owner: 'shared',
      dir: 'higher',
      handoff: true,
    },
    {
      name: 'First contact within 24 hours',
      def: 'Share of MQLs called or emailed by sales within one business day.',
      unit: '%',
      target: 90,
      actual: 64,
      owner: SALES,
      dir: 'higher',
      handoff: true,
    },
    {
      name: 'Sales-ready leads per month',
      def: 'MQLs that meet the contract.',
      unit: 'leads',
      target: 120,
      actual: 95,
      owner: MARKETING,
      dir: 'higher',
      stage: 1,
    },
    {
      name: 'Win rate',
      def: 'Opportunities won out of opportunities closed.',
      unit: '%',
      target: 25,
      actual: 21,
      owner: SALES,
      dir: 'higher',
      stage: 3,
    },
    {
      name: 'Customer acquisition cost',
      def: 'Sales and marketing spend per new customer.',
      unit: '$',
      target: 18000,
      actual: 21500,
      owner: 'shared',
      dir: 'lower',
    },
    {
      name: 'Net revenue retention',
      def: 'Revenue kept and grown from last year’s customers.',
      unit: '%',
      target: 110,
      actual: 104,
      owner: SUCCESS,
      dir: 'higher',
      stage: 5,
    },
  ];
  for (const k of kpis) {
    const id = must(
      addKpi(doc, {
        name: k.name,
        ...(k.handoff
          ? { handoffId }
          : k.stage !== undefined
            ? { stageId: stages[k.stage]?.id }
            : {}),
      }),
    );
    must(setKpiText(doc, id, 'definition', k.def));
    must(setKpiText(doc, id, 'unit', k.unit));
    must(setKpiText(doc, id, 'period', 'Quarter'));
    must(setKpiNumber(doc, id, 'target', k.target));
    must(setKpiNumber(doc, id, 'actual', k.actual));
    must(setKpiOwner(doc, id, k.owner));
    must(setKpiDirection(doc, id, k.dir));
  }
}

function buildGlossary(doc: Y.Doc) {
  const terms: { term: string; definition: string; by: string; synonyms?: string }[] = [
    {
      term: 'MQL',
      definition:
        'Marketing-qualified lead: meets the fit criteria and scored 60 or more, or asked for a demo.',
      by: MARKETING,
      synonyms: 'marketing-qualified lead',
    },
    {
      term: 'SAL',
      definition: 'Sales-accepted lead: sales has looked at the MQL and agrees to work it.',
      by: SALES,
      synonyms: 'sales-accepted lead',
    },
    {
      term: 'SQL',
      definition: 'Sales-qualified lead: sales has confirmed a project, a budget and a timeline.',
      by: SALES,
      synonyms: 'sales-qualified lead',
    },
    {
      term: 'Opportunity',
      definition: 'An SQL with a deal in the CRM: an amount and a close date.',
      by: SALES,
    },
    {
      term: 'Recycled lead',
      definition: 'A lead sales handed back to marketing, with a reason, for nurturing.',
      by: MARKETING,
      synonyms: 'nurture',
    },
    {
      term: 'Pipeline',
      definition:
        'The sum of open opportunities, weighted by stage, for the current and next quarter.',
      by: SALES,
    },
  ];
  for (const t of terms)
    must(
      addTerm(doc, {
        term: t.term,
        definition: t.definition,
        proposedByTeamId: t.by,
        synonyms: t.synonyms,
        // Agreed in the past workshop.
        status: 'agreed',
      }),
    );
}

function buildPastSession(doc: Y.Doc, now: number, mapId: string, pains: readonly string[]) {
  const start = now - 14 * DAY;
  const sessionId = must(
    createSession(
      doc,
      { templateId: 'tpl-alignment', title: 'Alignment workshop', date: isoDate(start) },
      start,
    ),
  );
  const people = [
    ['Maya Chen', MARKETING],
    ['Tom Berg', MARKETING],
    ['Luis Romero', SALES],
    ['Aisha Khan', SALES],
    ['Jo Park', SUCCESS],
  ] as const;
  const ids = people.map(([name, team]) => must(addParticipant(doc, sessionId, name, team)));
  must(startSession(doc, sessionId, start));
  let t = start;
  for (const item of agendaOf(doc, sessionId)) {
    must(startAgendaItem(doc, item.id, t));
    t += item.minutes * MIN + 2 * MIN;
    must(finishAgendaItem(doc, item.id, t, false));
  }
  // Answers, and each team's own agreement: who agrees on what (customer success did not answer).
  const answers: [string, string, string, Agreement, Agreement][] = [
    ['q-profiles-1', 'We wrote them last year, alone.', 'We never saw them.', 'disagree', 'disagree'],
    [
      'q-profiles-2',
      'RevOps leads at 200-person SaaS companies.',
      'Same, plus CFOs who sign.',
      'agree',
      'disagree',
    ],
    ['q-profiles-4', 'Board reporting takes too long.', 'Forecasts miss.', 'agree', 'agree'],
    ['q-language-4', 'MQL, then SQL.', 'Lead, then opportunity.', 'disagree', 'disagree'],
    ['q-buyer-1', 'Seven stages, from awareness to advocacy.', 'We agree with the seven.', 'agree', 'agree'],
    [
      'q-leads-1',
      'Anyone who downloads the guide.',
      'A project and a budget this quarter.',
      'disagree',
      'disagree',
    ],
    ['q-leads-3', 'Leads and pipeline created.', 'Revenue won.', 'partly', 'partly'],
    ['q-content-2', 'Mostly our features.', 'Mostly our features.', 'agree', 'agree'],
  ];
  for (const [q, m, s, mAgrees, sAgrees] of answers) {
    must(setAnswer(doc, sessionId, q, MARKETING, m));
    must(setAnswer(doc, sessionId, q, SALES, s));
    must(setTeamAgreement(doc, sessionId, q, MARKETING, mAgrees));
    must(setTeamAgreement(doc, sessionId, q, SALES, sAgrees));
  }
  // The dot vote on the pain points.
  const round = must(
    startVoteRound(
      doc,
      { sessionId, mapId, laneIds: laneIdsOfPains(doc, mapId), dots: 3, private: false },
      t,
    ),
  );
  const pattern = [2, 2, 3, 2, 4, 2, 3, 0, 2, 4, 5, 2, 3, 4, 5];
  pattern.forEach((cardIndex, i) => {
    const card = pains[cardIndex];
    const who = ids[Math.floor(i / 3)];
    if (card && who) must(castVote(doc, round, who, card, t + i * 1000));
  });
  must(closeVoteRound(doc, round));
  // What the room decided.
  const a1 = must(questionToAction(doc, 'q-leads-1', sessionId));
  const a2 = must(questionToAction(doc, 'q-language-4', sessionId));
  void a1;
  must(
    addActionItem(
      doc,
      {
        title: 'Call every MQL within one business day',
        owner: 'Luis Romero',
        teamId: SALES,
        dueDate: isoDate(now + 7 * DAY),
        sessionId,
      },
      t,
    ),
  );
  must(
    addActionItem(
      doc,
      {
        title: 'Shorten the guide’s form to four fields',
        owner: 'Tom Berg',
        teamId: MARKETING,
        dueDate: isoDate(now - 2 * DAY),
        sessionId,
      },
      t,
    ),
  );
  must(
    addActionItem(
      doc,
      {
        title: 'Name an onboarding owner for every new customer',
        owner: 'Jo Park',
        teamId: SUCCESS,
        dueDate: isoDate(now + 14 * DAY),
        sessionId,
      },
      t,
    ),
  );
  must(setActionStatus(doc, a2, 'done'));
  must(
    addDecision(
      doc,
      'An MQL is a lead that meets the contract (score 60, or a demo request).',
      sessionId,
      t,
    ),
  );
  must(
    addDecision(
      doc,
      'Marketing and sales share one pipeline report, reviewed every Monday.',
      sessionId,
      t,
    ),
  );
  must(
    addParkingLotItem(doc, 'Should customer success join the weekly check-in?', sessionId, '', t),
  );
  must(
    setSessionNotes(
      doc,
      sessionId,
      'Both teams agree on the buyer and the seven stages, but not on what a good lead is. The contract for MQL to SQL was drafted and both sides signed it. Biggest pains by vote: slow follow-up and the long form.',
    ),
  );
  must(endSession(doc, sessionId, t + 10 * MIN));
  return sessionId;
}

function laneIdsOfPains(doc: Y.Doc, mapId: string): string[] {
  return Object.values(readSnapshot(doc).lanes)
    .filter((l) => l.mapId === mapId && l.kind === 'pains')
    .map((l) => l.id);
}

/** Fills a new, empty project document with the sample. Returns the map to open. */
export function buildSampleProject(doc: Y.Doc, now = Date.now()): { mapId: string } {
  const personaIds = buildPersonas(doc);
  const { mapId, stages, cardIds } = buildMap(doc, personaIds);
  const handoffId = buildHandoff(doc, mapId, stages[1]!.id);
  buildKpis(doc, stages, handoffId);
  buildGlossary(doc);
  buildPastSession(doc, now, mapId, cardIds.pains ?? []);
  return { mapId };
}
