/**
 * The executive briefing: the state of a project's alignment on one page, as a pure model.
 * `briefingOf(project, today)` reads the same rules the app's screens read (the alignment
 * overview's `openItems`, the questionnaire's `alignmentScore`, `kpiState`, `personaStatus`,
 * `handoffAgreed`…), so the briefing page, the report's summary, the deck and the recap can't
 * tell a leader a different number from the screen the team works in. No React, Yjs or Dexie;
 * it returns codes and numbers, the sentences live in the features' strings catalogues.
 *
 * `openItemsOf(project)` is THE list of open alignment points: the overview screen, the report's
 * summary figure and the briefing all call it (the summary once called `openItems` without the
 * personas and said 2 where the overview said 3).
 *
 * The input is any object with these collections (a document/projection ProjectSnapshot is one).
 */
import { handoffAgreed, hasCriteria, hasServiceLevel, openItems, ownerOf, type OpenItem } from './alignment';
import { kpiState, type KpiState } from './kpis';
import { sortByOrder } from './ordering';
import { personaStatus, type Persona, type PersonaSignoff } from './personas';
import { SHARED_OWNER, type Card, type GlossaryTerm, type Handoff, type Id, type JourneyMap, type Kpi, type KpiReading, type Stage, type Team } from './types';
import type { ActionItem, Answer, Decision, ParkingLotItem, Question, QuestionSet, Session } from './workshop/records';
import { trendsOf, type Trends } from './trends';
import { projectSessionScores, scoreChange } from './workshop/score';
import { sessionsNewestFirst } from './workshop/sessions';

type Coll<T> = Readonly<Record<string, T>>;

/** The collections the briefing reads (a ProjectSnapshot has them all). */
export interface BriefingSource {
  readonly info: { readonly title: string };
  readonly maps: Coll<JourneyMap>;
  readonly stages: Coll<Stage>;
  readonly cards: Coll<Card>;
  readonly teams: Coll<Team>;
  readonly handoffs: Coll<Handoff>;
  readonly kpis: Coll<Kpi>;
  /** The KPIs' readings per period (trends.ts); optional for a project from before them. */
  readonly kpiReadings?: Coll<KpiReading>;
  readonly glossary: Coll<GlossaryTerm>;
  /** Optional: a project from before personas has no such collection. */
  readonly personas?: Coll<Persona>;
  readonly personaSignoffs?: Coll<PersonaSignoff>;
  readonly sessions: Coll<Session>;
  /** The teams' answers per session (the score reads them); optional for a caller without them. */
  readonly answers?: Coll<Answer>;
  readonly decisions: Coll<Decision>;
  readonly actionItems: Coll<ActionItem>;
  readonly parkingLot: Coll<ParkingLotItem>;
  readonly questionSets: Coll<QuestionSet>;
  readonly questions: Coll<Question>;
}

// ---------------------------------------------------------------------------------------------
// Open points: one list for every screen

type OpenSource = Pick<BriefingSource, 'maps' | 'stages' | 'cards' | 'teams' | 'handoffs' | 'kpis' | 'glossary' | 'personas' | 'personaSignoffs'>;

/** The project's teams in their order (the order every owner list uses). */
export const teamsInOrder = (s: Pick<BriefingSource, 'teams'>): Team[] => sortByOrder(Object.values(s.teams));

/** Personas with whether every team agreed them; undefined when the project has no personas collection. */
export function personasAgreement(s: Pick<OpenSource, 'teams' | 'personas' | 'personaSignoffs'>): { id: Id; agreed: boolean }[] | undefined {
  if (!s.personas) return undefined;
  const teams = teamsInOrder(s);
  const signoffs = Object.values(s.personaSignoffs ?? {});
  return sortByOrder(Object.values(s.personas)).map((p) => ({ id: p.id, agreed: personaStatus(p, teams, signoffs).agreed }));
}

/** Every open alignment point of the project, personas included (see the file's comment). */
export function openItemsOf(s: OpenSource): OpenItem[] {
  return openItems({
    maps: Object.values(s.maps),
    stages: Object.values(s.stages),
    cards: Object.values(s.cards),
    handoffs: Object.values(s.handoffs),
    kpis: Object.values(s.kpis),
    terms: Object.values(s.glossary),
    teamIds: new Set(Object.keys(s.teams)),
    personas: personasAgreement(s),
  });
}

// ---------------------------------------------------------------------------------------------
// The model

export type Rag = 'red' | 'amber' | 'green';

export const BRIEFING_AREAS = ['personas', 'language', 'handoff', 'kpis', 'feedback', 'cadence'] as const;
export type BriefingAreaId = (typeof BRIEFING_AREAS)[number];

/**
 * Why an area has its colour, as a code and the counts the sentence needs ("2 of 3 personas
 * agreed"). `done` of `total` is what is in place; `extra` is a second count where the reason
 * has one (disputed terms, KPIs off target, contracts without an SLA).
 */
export interface AreaReason {
  readonly code:
    | 'none'
    | 'all'
    | 'some'
    | 'no-sla'
    | 'not-signed'
    | 'not-measured'
    | 'off-target'
    | 'no-next'
    | 'no-past'
    | 'stale';
  readonly done: number;
  readonly total: number;
  readonly extra: number;
}

export interface BriefingArea {
  readonly id: BriefingAreaId;
  readonly rag: Rag;
  readonly reason: AreaReason;
}

export type Verdict = 'aligned' | 'mostly' | 'partly' | 'apart' | 'not-scored';

export interface ScoreTrend {
  /** The questionnaire's overall score (0–100, not rounded), null when nothing is answered. */
  readonly pct: number | null;
  readonly answered: number;
  readonly total: number;
  readonly verdict: Verdict;
  /** The score recorded for the session before the latest one; null when none was recorded. */
  readonly previousPct: number | null;
  /** pct − previousPct in points, null when either is unknown. */
  readonly change: number | null;
  /**
   * Where the change comes from: 'sessions' when both the latest and the previous session have
   * a recorded score; 'no-history' when the project keeps one score for the whole project (the
   * questionnaire's answers are not recorded per session), so no change can be told yet.
   */
  readonly changeBasis: 'sessions' | 'no-history';
}

export interface KpiBar {
  readonly kpiId: Id;
  readonly name: string;
  readonly unit: string;
  readonly target: number | null;
  readonly actual: number | null;
  readonly direction: Kpi['direction'];
  readonly state: KpiState;
  readonly ownerTeamId: string;
  /**
   * How much of the target is reached, in percent (a "lower is better" KPI reads target/actual,
   * so 100 is on target either way); null without both numbers.
   */
  readonly attainmentPct: number | null;
}

export interface OpenPoint {
  readonly item: OpenItem;
  /** The teams that answer for closing it (none when the point is that nobody owns it). */
  readonly ownerTeamIds: readonly string[];
}

export type Risk =
  | { readonly kind: 'kpi-off-target'; readonly kpiId: Id; readonly attainmentPct: number }
  | { readonly kind: 'action-overdue'; readonly actionId: Id; readonly dueDate: string }
  | { readonly kind: 'stage-no-owner'; readonly stageId: Id; readonly mapId: Id }
  | { readonly kind: 'handoff-not-agreed'; readonly handoffId: Id }
  | { readonly kind: 'term-disputed'; readonly termId: Id };

/** What the briefing asks of the leaders reading it. */
export type Ask =
  | { readonly kind: 'sign-contract'; readonly handoffId: Id; readonly teamIds: readonly string[] }
  | { readonly kind: 'write-sla'; readonly handoffId: Id; readonly teamIds: readonly string[] }
  | { readonly kind: 'own-stage'; readonly stageId: Id; readonly mapId: Id }
  | { readonly kind: 'own-kpi'; readonly kpiId: Id }
  | { readonly kind: 'set-kpi-target'; readonly kpiId: Id; readonly teamIds: readonly string[] }
  | { readonly kind: 'own-action'; readonly actionId: Id }
  | { readonly kind: 'back-kpi'; readonly kpiId: Id; readonly teamIds: readonly string[] }
  | { readonly kind: 'settle-term'; readonly termId: Id; readonly teamIds: readonly string[] }
  | { readonly kind: 'agree-persona'; readonly personaId: Id; readonly teamIds: readonly string[] }
  | { readonly kind: 'book-meeting' };

export interface BriefingAction {
  readonly actionId: Id;
  readonly title: string;
  readonly owner: string;
  readonly teamId: string;
  readonly dueDate: string;
  /** Neither a person nor a team: the report flags it ("No owner yet"). */
  readonly unowned: boolean;
  readonly overdue: boolean;
}

export interface ContractLine {
  readonly handoffId: Id;
  readonly name: string;
  readonly fromTeamId: Id;
  readonly toTeamId: Id;
  readonly agreed: boolean;
  readonly criteria: readonly string[];
  readonly threshold: number | null;
  readonly slaFirstContactHours: number | null;
}

export interface Briefing {
  readonly title: string;
  readonly score: ScoreTrend;
  /** The worst area (first red, else first amber), the verdict's "biggest gap"; null when all green. */
  readonly biggestGap: BriefingAreaId | null;
  readonly areas: readonly BriefingArea[];
  readonly kpis: readonly KpiBar[];
  /** Each KPI's readings, the funnel's rates and the SLAs per period, the score per session (trends.ts trendsOf). */
  readonly trends: Trends;
  readonly contracts: readonly ContractLine[];
  readonly decisions: readonly { readonly id: Id; readonly text: string; readonly sessionId: Id }[];
  /** Exactly `openItemsOf(project)`, each with its owners. */
  readonly openPoints: readonly OpenPoint[];
  /** Open actions, soonest due first (no date last). */
  readonly actions: readonly BriefingAction[];
  readonly risks: readonly Risk[];
  readonly asks: readonly Ask[];
  readonly nextMeeting: { readonly sessionId: Id; readonly title: string; readonly date: string } | null;
  readonly lastMeeting: { readonly sessionId: Id; readonly title: string; readonly date: string } | null;
}

/** How many risks and asks the page has room for (the rest are in the report's later pages). */
export const BRIEFING_TOP = { risks: 3, asks: 4 } as const;
/** A session older than this many days means the meetings have stopped (meeting cadence). */
export const CADENCE_STALE_DAYS = 45;

export function verdictOf(pct: number | null): Verdict {
  if (pct === null) return 'not-scored';
  if (pct >= 80) return 'aligned';
  if (pct >= 60) return 'mostly';
  if (pct >= 40) return 'partly';
  return 'apart';
}

/** Reached share of a KPI's target, direction-aware (see KpiBar.attainmentPct). */
export function attainment(k: Pick<Kpi, 'target' | 'actual' | 'direction'>): number | null {
  if (k.target === null || k.actual === null) return null;
  if (k.direction === 'lower') {
    if (k.actual <= 0) return k.target >= 0 ? 100 : null;
    return (k.target / k.actual) * 100;
  }
  if (k.target === 0) return k.actual >= 0 ? 100 : 0;
  return (k.actual / k.target) * 100;
}

const ratio = (done: number, total: number, none: Rag = 'red'): Rag =>
  total === 0 ? none : done === total ? 'green' : done === 0 ? 'red' : 'amber';

const reason = (code: AreaReason['code'], done = 0, total = 0, extra = 0): AreaReason => ({ code, done, total, extra });

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

const validDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));

/**
 * The score and its change since the previous session, from the questionnaire per session
 * (workshop/score.ts: projectSessionScores, scoreChange): the latest answered session's score,
 * and the change when an earlier session was answered too ('no-history' otherwise).
 */
function scoreTrend(s: BriefingSource): ScoreTrend {
  const c = scoreChange(projectSessionScores({ ...s, answers: s.answers ?? {} }));
  const score = c?.current.score.overall ?? { pct: null, answered: 0, total: Object.keys(s.questions).length };
  const previousPct = c?.previous?.score.overall.pct ?? null;
  return {
    pct: score.pct,
    answered: score.answered,
    total: score.total,
    verdict: verdictOf(score.pct),
    previousPct,
    change: c?.delta ?? null,
    changeBasis: c?.previous ? 'sessions' : 'no-history',
  };
}

/** The teams a handoff's contract belongs to (its two sides, known teams only, once each). */
function handoffTeams(h: Handoff, teamIds: ReadonlySet<Id>): string[] {
  return [...new Set([ownerOf(h.fromTeamId, teamIds), ownerOf(h.toTeamId, teamIds)].filter(Boolean))];
}

function ownersOf(s: BriefingSource, item: OpenItem, teams: readonly Team[], teamIds: ReadonlySet<Id>): string[] {
  switch (item.kind) {
    case 'stage-no-owner':
      return [];
    case 'stage-overlap':
      return [...item.teamIds];
    case 'handoff-not-placed':
    case 'handoff-no-criteria':
    case 'handoff-no-sla':
    case 'handoff-not-agreed': {
      const h = s.handoffs[item.handoffId];
      return h ? handoffTeams(h, teamIds) : [];
    }
    case 'kpi-no-target': {
      const o = ownerOf(s.kpis[item.kpiId]?.ownerTeamId, teamIds);
      return o ? [o] : [];
    }
    case 'kpi-no-owner':
      return [];
    case 'persona-not-agreed': {
      const p = s.personas?.[item.personaId];
      if (!p) return [];
      const st = personaStatus(p, teams, Object.values(s.personaSignoffs ?? {}));
      // The teams that disagree, or else every team that has not agreed every section yet.
      const against = new Set(st.disagreements.map((d) => d.teamId));
      if (against.size) return teams.filter((t) => against.has(t.id)).map((t) => t.id);
      const waiting = new Set(st.sections.filter((x) => x.counted).flatMap((x) => x.teams.filter((t) => t.state !== 'agrees').map((t) => t.teamId)));
      return teams.filter((t) => waiting.has(t.id)).map((t) => t.id);
    }
    case 'term-disputed': {
      const o = ownerOf(s.glossary[item.termId]?.proposedByTeamId, teamIds);
      return o ? [o] : [];
    }
  }
}

function areasOf(s: BriefingSource, kpis: readonly KpiBar[], today: string, next: Briefing['nextMeeting'], last: Briefing['lastMeeting']): BriefingArea[] {
  const personas = personasAgreement(s) ?? [];
  const agreedPersonas = personas.filter((p) => p.agreed).length;
  const terms = Object.values(s.glossary);
  const disputed = terms.filter((t) => t.status === 'disputed').length;
  const handoffs = Object.values(s.handoffs);
  const defined = handoffs.filter((h) => hasCriteria(h) && hasServiceLevel(h)).length;
  const signed = handoffs.filter((h) => hasCriteria(h) && hasServiceLevel(h) && handoffAgreed(h)).length;
  const measured = kpis.filter((k) => k.state === 'on-target' || k.state === 'off-target');
  const onTarget = measured.filter((k) => k.state === 'on-target').length;
  const loops = handoffs.filter((h) => h.feedbackWhat.trim() && h.feedbackFrequency.trim() && h.feedbackTo.trim()).length;

  const area = (id: BriefingAreaId, rag: Rag, r: AreaReason): BriefingArea => ({ id, rag, reason: r });
  const out: BriefingArea[] = [];

  out.push(
    personas.length === 0
      ? area('personas', 'red', reason('none'))
      : area('personas', ratio(agreedPersonas, personas.length), reason(agreedPersonas === personas.length ? 'all' : 'some', agreedPersonas, personas.length)),
  );

  if (terms.length === 0) out.push(area('language', 'red', reason('none')));
  else if (disputed === 0) out.push(area('language', 'green', reason('all', terms.length, terms.length)));
  // Disputed terms: amber while most words are agreed, red when half or more are in dispute.
  else out.push(area('language', disputed * 2 >= terms.length ? 'red' : 'amber', reason('some', terms.length - disputed, terms.length, disputed)));

  if (handoffs.length === 0) out.push(area('handoff', 'red', reason('none')));
  else if (defined < handoffs.length) out.push(area('handoff', 'red', reason('no-sla', defined, handoffs.length, handoffs.length - defined)));
  else if (signed < handoffs.length) out.push(area('handoff', 'amber', reason('not-signed', signed, handoffs.length)));
  else out.push(area('handoff', 'green', reason('all', signed, handoffs.length)));

  if (kpis.length === 0) out.push(area('kpis', 'red', reason('none')));
  else if (measured.length === 0) out.push(area('kpis', 'amber', reason('not-measured', 0, kpis.length)));
  else if (onTarget === measured.length) out.push(area('kpis', measured.length === kpis.length ? 'green' : 'amber', reason('all', onTarget, measured.length, kpis.length - measured.length)));
  // Off target: red when half or more of the measured KPIs miss.
  else out.push(area('kpis', (measured.length - onTarget) * 2 >= measured.length ? 'red' : 'amber', reason('off-target', onTarget, measured.length, measured.length - onTarget)));

  if (handoffs.length === 0) out.push(area('feedback', 'red', reason('none')));
  else out.push(area('feedback', ratio(loops, handoffs.length), reason(loops === handoffs.length ? 'all' : 'some', loops, handoffs.length)));

  const sinceLast = last && validDay(last.date) && validDay(today) ? daysBetween(last.date, today) : null;
  if (!next && !last) out.push(area('cadence', 'red', reason('none')));
  else if (!next) out.push(area('cadence', sinceLast !== null && sinceLast > CADENCE_STALE_DAYS ? 'red' : 'amber', reason('no-next', 0, 0, sinceLast ?? 0)));
  else if (!last) out.push(area('cadence', 'amber', reason('no-past')));
  else if (sinceLast !== null && sinceLast > CADENCE_STALE_DAYS) out.push(area('cadence', 'amber', reason('stale', 0, 0, sinceLast)));
  else out.push(area('cadence', 'green', reason('all', 0, 0, sinceLast ?? 0)));

  return out;
}

/** The first ask of each kind (in priority order), then the rest: four sign-offs must not hide the missing owner. */
function topAsks(asks: readonly Ask[]): Ask[] {
  const seen = new Set<Ask['kind']>();
  const first: Ask[] = [];
  const rest: Ask[] = [];
  for (const a of asks) {
    if (seen.has(a.kind)) rest.push(a);
    else {
      seen.add(a.kind);
      first.push(a);
    }
  }
  return [...first, ...rest].slice(0, BRIEFING_TOP.asks);
}

/**
 * The briefing of a project on `today` (YYYY-MM-DD, the reader's day: it decides what is
 * overdue and which meeting is next).
 */
export function briefingOf(s: BriefingSource, today: string): Briefing {
  const teams = teamsInOrder(s);
  const teamIds = new Set(teams.map((t) => t.id));

  const kpis: KpiBar[] = sortByOrder(Object.values(s.kpis)).map((k) => ({
    kpiId: k.id,
    name: k.name,
    unit: k.unit,
    target: k.target,
    actual: k.actual,
    direction: k.direction,
    state: kpiState(k),
    ownerTeamId: ownerOf(k.ownerTeamId, teamIds),
    attainmentPct: attainment(k),
  }));

  const sessions = sessionsNewestFirst(Object.values(s.sessions));
  const upcoming = sessions
    .filter((x) => x.status === 'planned' && validDay(x.date) && x.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt)[0];
  const held = sessions.find((x) => x.status === 'ended' || x.status === 'running');
  const meeting = (x: Session | undefined) => (x ? { sessionId: x.id, title: x.title, date: x.date } : null);
  const nextMeeting = meeting(upcoming);
  const lastMeeting = meeting(held);

  const areas = areasOf(s, kpis, today, nextMeeting, lastMeeting);
  const biggestGap = (areas.find((a) => a.rag === 'red') ?? areas.find((a) => a.rag === 'amber'))?.id ?? null;

  const items = openItemsOf(s);
  const openPoints = items.map((item) => ({ item, ownerTeamIds: ownersOf(s, item, teams, teamIds) }));

  const actions: BriefingAction[] = Object.values(s.actionItems)
    .filter((a) => a.status === 'open')
    .sort((a, b) => (a.dueDate || '9999').localeCompare(b.dueDate || '9999') || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
    .map((a) => ({
      actionId: a.id,
      title: a.title,
      owner: a.owner.trim(),
      teamId: ownerOf(a.teamId, teamIds),
      dueDate: a.dueDate,
      unowned: !a.owner.trim() && !ownerOf(a.teamId, teamIds),
      overdue: validDay(a.dueDate) && a.dueDate < today,
    }));

  const handoffs = sortByOrder(Object.values(s.handoffs));
  const contracts: ContractLine[] = handoffs.map((h) => ({
    handoffId: h.id,
    name: h.name,
    fromTeamId: h.fromTeamId,
    toTeamId: h.toTeamId,
    agreed: handoffAgreed(h),
    criteria: h.criteria.map((c) => c.text.trim()).filter(Boolean),
    threshold: h.threshold,
    slaFirstContactHours: h.slaFirstContactHours,
  }));

  // Risks, worst first: KPIs furthest off target, then overdue actions, then what nobody owns.
  const risks: Risk[] = [
    ...kpis
      .filter((k) => k.state === 'off-target' && k.attainmentPct !== null)
      .sort((a, b) => a.attainmentPct! - b.attainmentPct!)
      .map((k): Risk => ({ kind: 'kpi-off-target', kpiId: k.kpiId, attainmentPct: k.attainmentPct! })),
    ...actions.filter((a) => a.overdue).map((a): Risk => ({ kind: 'action-overdue', actionId: a.actionId, dueDate: a.dueDate })),
    ...items.flatMap((i): Risk[] =>
      i.kind === 'stage-no-owner'
        ? [{ kind: 'stage-no-owner', stageId: i.stageId, mapId: i.mapId }]
        : i.kind === 'handoff-not-agreed'
          ? [{ kind: 'handoff-not-agreed', handoffId: i.handoffId }]
          : i.kind === 'term-disputed'
            ? [{ kind: 'term-disputed', termId: i.termId }]
            : [],
    ),
  ].slice(0, BRIEFING_TOP.risks);

  // Asks: decisions only leaders can take, in the order they unblock the most.
  const asks: Ask[] = [];
  for (const p of openPoints) {
    const i = p.item;
    if (i.kind === 'handoff-not-agreed') asks.push({ kind: 'sign-contract', handoffId: i.handoffId, teamIds: p.ownerTeamIds });
    else if (i.kind === 'handoff-no-sla') asks.push({ kind: 'write-sla', handoffId: i.handoffId, teamIds: p.ownerTeamIds });
    else if (i.kind === 'stage-no-owner') asks.push({ kind: 'own-stage', stageId: i.stageId, mapId: i.mapId });
    else if (i.kind === 'kpi-no-owner') asks.push({ kind: 'own-kpi', kpiId: i.kpiId });
    else if (i.kind === 'kpi-no-target') asks.push({ kind: 'set-kpi-target', kpiId: i.kpiId, teamIds: p.ownerTeamIds });
  }
  for (const a of actions) if (a.unowned) asks.push({ kind: 'own-action', actionId: a.actionId });
  if (!nextMeeting) asks.push({ kind: 'book-meeting' });
  for (const p of openPoints) {
    const i = p.item;
    if (i.kind === 'persona-not-agreed') asks.push({ kind: 'agree-persona', personaId: i.personaId, teamIds: p.ownerTeamIds });
    else if (i.kind === 'term-disputed') asks.push({ kind: 'settle-term', termId: i.termId, teamIds: p.ownerTeamIds });
  }
  const worstKpi = risks.find((r) => r.kind === 'kpi-off-target');
  if (worstKpi && worstKpi.kind === 'kpi-off-target') {
    const k = kpis.find((x) => x.kpiId === worstKpi.kpiId)!;
    asks.push({ kind: 'back-kpi', kpiId: k.kpiId, teamIds: k.ownerTeamId && k.ownerTeamId !== SHARED_OWNER ? [k.ownerTeamId] : [] });
  }

  return {
    title: s.info.title,
    score: scoreTrend(s),
    trends: trendsOf({ ...s, answers: s.answers ?? {} }),
    biggestGap,
    areas,
    kpis,
    contracts,
    decisions: Object.values(s.decisions)
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
      .map((d) => ({ id: d.id, text: d.text, sessionId: d.sessionId })),
    openPoints,
    actions,
    risks,
    asks: topAsks(asks),
    nextMeeting,
    lastMeeting,
  };
}
