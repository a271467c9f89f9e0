/**
 * Running a workshop, as plain TypeScript: the records of sessions, agenda items, the
 * alignment questionnaire, dot votes, facilitator locks, the parking lot, decisions and
 * action items; the agenda timer as a pure state machine over timestamps; the alignment
 * score; vote tallies. No React, no Yjs, no Dexie (see document/actions/workshop.ts for the
 * writers and features/workshop for the screens).
 *
 * Why timestamps and not a ticking counter: a timer stored as {startedAt, pausedAt,
 * accumulatedPauseMs, extraMs} is a fact about the past, so it survives a reload, syncs to
 * every peer of a live session as four numbers, and each screen computes "remaining at t"
 * itself. (Peers' clocks may differ by a few seconds; every screen shows its own clock.)
 */
import type { Id } from './types';

type Fields = Record<string, unknown>;
const str = (v: unknown, d = ''): string => (typeof v === 'string' ? v : d);
const num = (v: unknown, d = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const numOrNull = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;
const oneOf = <T extends string>(v: unknown, list: readonly T[], d: T): T =>
  (list as readonly unknown[]).includes(v) ? (v as T) : d;
const strList = (v: unknown): string[] =>
  Array.isArray(v)
    ? [...new Set(v.filter((x): x is string => typeof x === 'string' && x !== ''))]
    : [];

export const WORKSHOP_LIMITS = {
  title: 120,
  notes: 20000,
  participantName: 60,
  participantsPerSession: 60,
  agendaItems: 40,
  minutes: 600,
  extendMinutes: 60,
  question: 300,
  answer: 1000,
  questions: 200,
  itemText: 500,
  owner: 80,
  dots: 20,
  templates: 50,
} as const;

// ---- The records ----

export const SESSION_STATUSES = ['planned', 'running', 'ended'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** A workshop meeting. The stage "in focus" is what the presenter view shows. */
export interface Session {
  readonly id: Id;
  readonly title: string;
  /** The day it takes place, YYYY-MM-DD. */
  readonly date: string;
  readonly status: SessionStatus;
  readonly notes: string;
  readonly createdAt: number;
  readonly startedAt: number | null;
  readonly endedAt: number | null;
  readonly focusMapId: Id;
  readonly focusStageId: Id;
}

export interface Participant {
  readonly id: Id;
  readonly sessionId: Id;
  readonly name: string;
  readonly teamId: Id;
  /** A hex colour for the participant's dots. */
  readonly color: string;
  readonly order: number;
}

export const AGENDA_STATES = ['pending', 'running', 'paused', 'done', 'skipped'] as const;
export type AgendaState = (typeof AGENDA_STATES)[number];

/** Where an agenda item takes the room (a button next to it); '' for none. */
export const AGENDA_LINKS = [
  '',
  'questionnaire',
  'map',
  'handoffs',
  'kpis',
  'vote',
  'actions',
  'personas',
  'requests',
] as const;
export type AgendaLink = (typeof AGENDA_LINKS)[number];

/** The timer of an agenda item: a fact about the past, so it survives reloads and syncs. */
export interface AgendaTimer {
  readonly state: AgendaState;
  /** How long the item is planned for. */
  readonly minutes: number;
  /** When it was first started (ms since 1970); null before. */
  readonly startedAt: number | null;
  /** When it was paused; null while running. */
  readonly pausedAt: number | null;
  /** Time spent paused before the current pause. */
  readonly accumulatedPauseMs: number;
  /** Time added with "extend". */
  readonly extraMs: number;
  /** When it was finished or skipped. */
  readonly endedAt: number | null;
}

export interface AgendaItem extends AgendaTimer {
  readonly id: Id;
  readonly sessionId: Id;
  readonly title: string;
  readonly link: AgendaLink;
  /** For questionnaire items: the question set it works through. */
  readonly questionSetId: Id;
  readonly order: number;
}

export interface QuestionSet {
  readonly id: Id;
  readonly title: string;
  readonly order: number;
}

export const AGREEMENTS = ['agree', 'partly', 'disagree'] as const;
export type Agreement = (typeof AGREEMENTS)[number];

export interface Question {
  readonly id: Id;
  readonly setId: Id;
  readonly text: string;
  readonly order: number;
  /** Whether the teams agree; '' until the room has said. */
  readonly agreement: Agreement | '';
}

/** One team's answer to one question. Its id is `${questionId}:${teamId}` so copies merge. */
export interface Answer {
  readonly id: Id;
  readonly questionId: Id;
  readonly teamId: Id;
  readonly text: string;
}

/** A dot vote on the cards of some lanes of one map. */
export interface VoteRound {
  readonly id: Id;
  readonly sessionId: Id;
  readonly mapId: Id;
  readonly laneIds: readonly Id[];
  readonly dots: number;
  /** Participants' votes (and new cards) are hidden from the others until revealed. */
  readonly private: boolean;
  readonly revealed: boolean;
  readonly status: 'open' | 'closed';
  /** The dots are no longer drawn on the map (the round stays in the session's record). */
  readonly archived: boolean;
  readonly createdAt: number;
}

/** One dot. A participant may put several dots on one card. */
export interface Vote {
  readonly id: Id;
  readonly roundId: Id;
  readonly participantId: Id;
  readonly cardId: Id;
  readonly at: number;
}

export const LOCK_SCOPES = ['map', 'stage', 'lane'] as const;
export type LockScope = (typeof LOCK_SCOPES)[number];

/** A facilitator lock. Its id is `${scope}:${targetId}`, so locking twice is one lock. */
export interface Lock {
  readonly id: Id;
  readonly mapId: Id;
  readonly scope: LockScope;
  readonly targetId: Id;
}

export interface ParkingLotItem {
  readonly id: Id;
  readonly text: string;
  readonly sessionId: Id;
  readonly status: 'open' | 'resolved';
  readonly questionId: Id;
  readonly createdAt: number;
}

export interface Decision {
  readonly id: Id;
  readonly text: string;
  readonly sessionId: Id;
  readonly createdAt: number;
}

export interface ActionItem {
  readonly id: Id;
  readonly title: string;
  /** The person who does it. */
  readonly owner: string;
  readonly teamId: Id;
  /** YYYY-MM-DD or ''. */
  readonly dueDate: string;
  readonly status: 'open' | 'done';
  /** The session it was agreed in ('' when added outside a session). */
  readonly sessionId: Id;
  readonly questionId: Id;
  readonly createdAt: number;
}

export interface TemplateItem {
  readonly title: string;
  readonly minutes: number;
  readonly link: AgendaLink;
  /** For questionnaire items: the key of a standard question set (see QUESTION_SETS). */
  readonly questionSet?: string;
}

/** An agenda template. Built-in ones have fixed ids; a record with the same id overrides it. */
export interface SessionTemplate {
  readonly id: Id;
  readonly name: string;
  readonly items: readonly TemplateItem[];
  readonly order: number;
  /** A built-in template the facilitator removed from the list. */
  readonly hidden: boolean;
  readonly builtIn: boolean;
}

// ---- Tolerant readers ----

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HEX = /^#[0-9a-fA-F]{6}$/;
const readDate = (v: unknown) => (typeof v === 'string' && DATE.test(v) ? v : '');

function readTemplateItems(v: unknown): TemplateItem[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((x): x is Fields => !!x && typeof x === 'object')
    .map((x) => ({
      title: str(x.title),
      minutes: clampMinutes(num(x.minutes, 10)),
      link: oneOf(x.link, AGENDA_LINKS, ''),
      ...(typeof x.questionSet === 'string' ? { questionSet: x.questionSet } : {}),
    }))
    .filter((x) => x.title !== '')
    .slice(0, WORKSHOP_LIMITS.agendaItems);
}

export const workshopReaders = {
  sessions: (id: string, f: Fields): Session => ({
    id,
    title: str(f.title),
    date: readDate(f.date),
    status: oneOf(f.status, SESSION_STATUSES, 'planned'),
    notes: str(f.notes),
    createdAt: num(f.createdAt),
    startedAt: numOrNull(f.startedAt),
    endedAt: numOrNull(f.endedAt),
    focusMapId: str(f.focusMapId),
    focusStageId: str(f.focusStageId),
  }),
  participants: (id: string, f: Fields): Participant => ({
    id,
    sessionId: str(f.sessionId),
    name: str(f.name),
    teamId: str(f.teamId),
    color: HEX.test(str(f.color)) ? str(f.color) : '#495057',
    order: num(f.order),
  }),
  agendaItems: (id: string, f: Fields): AgendaItem => ({
    id,
    sessionId: str(f.sessionId),
    title: str(f.title),
    link: oneOf(f.link, AGENDA_LINKS, ''),
    questionSetId: str(f.questionSetId),
    order: num(f.order),
    state: oneOf(f.state, AGENDA_STATES, 'pending'),
    minutes: clampMinutes(num(f.minutes, 10)),
    startedAt: numOrNull(f.startedAt),
    pausedAt: numOrNull(f.pausedAt),
    accumulatedPauseMs: Math.max(0, num(f.accumulatedPauseMs)),
    extraMs: Math.max(0, num(f.extraMs)),
    endedAt: numOrNull(f.endedAt),
  }),
  questionSets: (id: string, f: Fields): QuestionSet => ({
    id,
    title: str(f.title),
    order: num(f.order),
  }),
  questions: (id: string, f: Fields): Question => ({
    id,
    setId: str(f.setId),
    text: str(f.text),
    order: num(f.order),
    agreement: oneOf(f.agreement, ['', ...AGREEMENTS] as const, ''),
  }),
  answers: (id: string, f: Fields): Answer => ({
    id,
    questionId: str(f.questionId),
    teamId: str(f.teamId),
    text: str(f.text),
  }),
  voteRounds: (id: string, f: Fields): VoteRound => ({
    id,
    sessionId: str(f.sessionId),
    mapId: str(f.mapId),
    laneIds: strList(f.laneIds),
    dots: Math.max(1, Math.min(WORKSHOP_LIMITS.dots, Math.round(num(f.dots, 3)))),
    private: f.private === true,
    revealed: f.revealed === true,
    status: oneOf(f.status, ['open', 'closed'] as const, 'open'),
    archived: f.archived === true,
    createdAt: num(f.createdAt),
  }),
  votes: (id: string, f: Fields): Vote => ({
    id,
    roundId: str(f.roundId),
    participantId: str(f.participantId),
    cardId: str(f.cardId),
    at: num(f.at),
  }),
  locks: (id: string, f: Fields): Lock => ({
    id,
    mapId: str(f.mapId),
    scope: oneOf(f.scope, LOCK_SCOPES, 'map'),
    targetId: str(f.targetId),
  }),
  parkingLot: (id: string, f: Fields): ParkingLotItem => ({
    id,
    text: str(f.text),
    sessionId: str(f.sessionId),
    status: oneOf(f.status, ['open', 'resolved'] as const, 'open'),
    questionId: str(f.questionId),
    createdAt: num(f.createdAt),
  }),
  decisions: (id: string, f: Fields): Decision => ({
    id,
    text: str(f.text),
    sessionId: str(f.sessionId),
    createdAt: num(f.createdAt),
  }),
  actionItems: (id: string, f: Fields): ActionItem => ({
    id,
    title: str(f.title),
    owner: str(f.owner),
    teamId: str(f.teamId),
    dueDate: readDate(f.dueDate),
    status: oneOf(f.status, ['open', 'done'] as const, 'open'),
    sessionId: str(f.sessionId),
    questionId: str(f.questionId),
    createdAt: num(f.createdAt),
  }),
  sessionTemplates: (id: string, f: Fields): SessionTemplate => ({
    id,
    name: str(f.name),
    items: readTemplateItems(f.items),
    order: num(f.order),
    hidden: f.hidden === true,
    builtIn: BUILT_IN_TEMPLATES.some((t) => t.id === id),
  }),
};

export function clampMinutes(m: number): number {
  if (!Number.isFinite(m)) return 1;
  return Math.max(1, Math.min(WORKSHOP_LIMITS.minutes, Math.round(m)));
}

// ---- The agenda timer: a pure state machine over timestamps ----

const MINUTE = 60_000;

export const idleTimer = (minutes: number): AgendaTimer => ({
  state: 'pending',
  minutes,
  startedAt: null,
  pausedAt: null,
  accumulatedPauseMs: 0,
  extraMs: 0,
  endedAt: null,
});

/**
 * Starts an item (from pending, or again after it was done or skipped: a fresh timer), or
 * resumes it when paused. Running stays running.
 */
export function startTimer(t: AgendaTimer, now: number): AgendaTimer {
  if (t.state === 'running') return t;
  if (t.state === 'paused') return resumeTimer(t, now);
  return {
    ...t,
    state: 'running',
    startedAt: now,
    pausedAt: null,
    accumulatedPauseMs: 0,
    extraMs: 0,
    endedAt: null,
  };
}

export function pauseTimer(t: AgendaTimer, now: number): AgendaTimer {
  if (t.state !== 'running' || t.startedAt === null) return t;
  return { ...t, state: 'paused', pausedAt: Math.max(now, t.startedAt) };
}

export function resumeTimer(t: AgendaTimer, now: number): AgendaTimer {
  if (t.state !== 'paused' || t.pausedAt === null) return t;
  return {
    ...t,
    state: 'running',
    accumulatedPauseMs: t.accumulatedPauseMs + Math.max(0, now - t.pausedAt),
    pausedAt: null,
  };
}

/** Adds minutes to the timebox of an item that has not ended (works while over time, too). */
export function extendTimer(t: AgendaTimer, minutes: number): AgendaTimer {
  if (t.state === 'done' || t.state === 'skipped' || !(minutes > 0)) return t;
  return { ...t, extraMs: t.extraMs + Math.round(minutes * MINUTE) };
}

/** Ends an item; a paused item's pause is closed first so its elapsed time stays right. */
function endTimer(t: AgendaTimer, now: number, state: 'done' | 'skipped'): AgendaTimer {
  const settled = t.state === 'paused' ? resumeTimer(t, now) : t;
  return { ...settled, state, endedAt: now };
}

export const finishTimer = (t: AgendaTimer, now: number) => endTimer(t, now, 'done');
export const skipTimer = (t: AgendaTimer, now: number) => endTimer(t, now, 'skipped');

/** Time the item has run, pauses excluded. */
export function elapsedMs(t: AgendaTimer, now: number): number {
  if (t.startedAt === null) return 0;
  const end = t.pausedAt ?? t.endedAt ?? now;
  return Math.max(0, end - t.startedAt - t.accumulatedPauseMs);
}

export const timeboxMs = (t: AgendaTimer) => t.minutes * MINUTE + t.extraMs;

/** Time left at `now`; negative once the item runs over. */
export function remainingMs(t: AgendaTimer, now: number): number {
  return timeboxMs(t) - elapsedMs(t, now);
}

/** True from the moment the countdown reaches zero while the item is running or paused. */
export function isOverTime(t: AgendaTimer, now: number): boolean {
  return (t.state === 'running' || t.state === 'paused') && remainingMs(t, now) <= 0;
}

/** The moment a running item reaches zero (for scheduling the signal); null when not running. */
export function zeroAt(t: AgendaTimer): number | null {
  if (t.state !== 'running' || t.startedAt === null) return null;
  return t.startedAt + t.accumulatedPauseMs + timeboxMs(t);
}

/** "12:05", or "−1:30" when over time. Rounds towards the next second so 0:00 shows at zero. */
export function formatClock(ms: number): string {
  const over = ms < 0;
  const total = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const body =
    h > 0
      ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
      : `${m}:${String(s).padStart(2, '0')}`;
  return over && total > 0 ? `−${body}` : body;
}

/** The item the room is on: the running or paused one, else none. */
export function currentItem<T extends AgendaItem>(items: readonly T[]): T | undefined {
  return items.find((i) => i.state === 'running') ?? items.find((i) => i.state === 'paused');
}

/** The next item still to do after the current one (or the first pending one). */
export function nextItem<T extends AgendaItem>(sortedItems: readonly T[]): T | undefined {
  const cur = currentItem(sortedItems);
  const from = cur ? sortedItems.indexOf(cur) + 1 : 0;
  return sortedItems.slice(from).find((i) => i.state === 'pending');
}

// ---- The alignment score ----

/**
 * How much a question's agreement counts: agree 1, partly 0.5, disagree 0. Questions the room
 * has not answered yet are left out (they neither raise nor lower the score).
 */
export const AGREEMENT_VALUE: Record<Agreement, number> = { agree: 1, partly: 0.5, disagree: 0 };

export interface Score {
  /** 0–100, or null when no question is answered. Not rounded. */
  readonly pct: number | null;
  readonly answered: number;
  readonly total: number;
}

export interface AlignmentScore {
  readonly sections: readonly { readonly set: QuestionSet; readonly score: Score }[];
  /**
   * Over every answered question of every section, each question weighing the same (so a
   * section with more answered questions weighs more than a short one). Not the mean of
   * the section scores: that would let one answered question outweigh ten.
   */
  readonly overall: Score;
}

export function scoreOf(questions: readonly Pick<Question, 'agreement'>[]): Score {
  let sum = 0;
  let answered = 0;
  for (const q of questions) {
    if (q.agreement === '') continue;
    sum += AGREEMENT_VALUE[q.agreement];
    answered++;
  }
  return { pct: answered ? (sum / answered) * 100 : null, answered, total: questions.length };
}

export function alignmentScore(
  sets: readonly QuestionSet[],
  questions: readonly Question[],
): AlignmentScore {
  const ordered = [...sets].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const known = new Set(ordered.map((s) => s.id));
  return {
    sections: ordered.map((set) => ({
      set,
      score: scoreOf(questions.filter((q) => q.setId === set.id)),
    })),
    overall: scoreOf(questions.filter((q) => known.has(q.setId))),
  };
}

/** "75%" or "—" when nothing is answered. */
export const formatPct = (pct: number | null) => (pct === null ? '—' : `${Math.round(pct)}%`);

// ---- Dot votes ----

export interface VoteTally {
  /** Counted dots per card. */
  readonly byCard: ReadonlyMap<Id, number>;
  /** Counted dots per participant. */
  readonly byParticipant: ReadonlyMap<Id, number>;
  /** The votes that count, oldest first. */
  readonly counted: readonly Vote[];
  /** Cards with at least one dot, most dots first; ties keep the order of `cardOrder`. */
  readonly ranked: readonly { readonly cardId: Id; readonly dots: number; readonly rank: number }[];
}

const byTime = (a: Vote, b: Vote) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Counts a round's dots. A vote counts when its participant is still in the session, its card
 * is still in one of the round's lanes, and it is among the participant's first `dots` valid
 * votes (two offline devices can each let someone vote; the oldest dots win, the same on
 * every peer). Ranking: most dots first; ties share a rank ("1, 2, 2, 4") and keep the
 * order of `cardOrder` (the map's reading order), so the list never reshuffles by itself.
 */
export function tallyVotes(
  votes: readonly Vote[],
  opts: {
    readonly roundId: Id;
    readonly dots: number;
    readonly participantIds: ReadonlySet<Id>;
    readonly cardOrder: readonly Id[];
  },
): VoteTally {
  const eligible = new Set(opts.cardOrder);
  const byParticipant = new Map<Id, number>();
  const byCard = new Map<Id, number>();
  const counted: Vote[] = [];
  for (const v of votes.filter((x) => x.roundId === opts.roundId).sort(byTime)) {
    if (!opts.participantIds.has(v.participantId) || !eligible.has(v.cardId)) continue;
    const used = byParticipant.get(v.participantId) ?? 0;
    if (used >= opts.dots) continue;
    byParticipant.set(v.participantId, used + 1);
    byCard.set(v.cardId, (byCard.get(v.cardId) ?? 0) + 1);
    counted.push(v);
  }
  const position = new Map(opts.cardOrder.map((id, i) => [id, i]));
  const sorted = [...byCard.entries()]
    .map(([cardId, dots]) => ({ cardId, dots }))
    .sort(
      (a, b) => b.dots - a.dots || (position.get(a.cardId) ?? 0) - (position.get(b.cardId) ?? 0),
    );
  let rank = 0;
  const ranked = sorted.map((x, i) => {
    if (i === 0 || sorted[i - 1]!.dots !== x.dots) rank = i + 1;
    return { ...x, rank };
  });
  return { byCard, byParticipant, counted, ranked };
}

/** Dots a participant may still place. */
export function dotsLeft(tally: VoteTally, participantId: Id, dots: number): number {
  return Math.max(0, dots - (tally.byParticipant.get(participantId) ?? 0));
}

/** Who looks at the screen: the facilitator, or one participant (see document/identity.ts). */
export type Viewer =
  { readonly role: 'facilitator' } | { readonly role: 'participant'; readonly participantId: Id };

/**
 * What a viewer may see of a round's dots. Open rounds and revealed private rounds: every
 * dot. A private round before the reveal: a participant sees only their own dots; the
 * facilitator (whose screen is usually the projected one) sees none, only how many were cast.
 * A facilitation aid, not a secret: every device holds the whole document.
 */
export function visibleVotes(
  round: Pick<VoteRound, 'private' | 'revealed'>,
  counted: readonly Vote[],
  viewer: Viewer,
): Vote[] {
  if (!round.private || round.revealed) return [...counted];
  if (viewer.role === 'facilitator') return [];
  return counted.filter((v) => v.participantId === viewer.participantId);
}

/**
 * A card written by a participant during a private round stays hidden from everyone else
 * (the facilitator included) until that round is revealed or deleted.
 */
export function isCardHidden(
  card: { readonly authorId?: Id; readonly privateRoundId?: Id },
  rounds: Readonly<Record<Id, Pick<VoteRound, 'revealed'>>>,
  viewer: Viewer,
): boolean {
  if (!card.authorId || !card.privateRoundId) return false;
  const round = rounds[card.privateRoundId];
  if (!round || round.revealed) return false;
  return !(viewer.role === 'participant' && viewer.participantId === card.authorId);
}

// ---- Locks ----

export const lockId = (scope: LockScope, targetId: Id) => `${scope}:${targetId}`;

/** What a change touches on a map; the most specific lock that covers it is reported. */
export interface EditTarget {
  readonly mapId: Id;
  readonly stageIds?: readonly Id[];
  readonly laneIds?: readonly Id[];
}

export function lockCovering(
  locks: Readonly<Record<Id, Pick<Lock, 'scope' | 'targetId'>>>,
  target: EditTarget,
): { scope: LockScope; targetId: Id } | undefined {
  for (const id of target.laneIds ?? [])
    if (locks[lockId('lane', id)]) return { scope: 'lane', targetId: id };
  for (const id of target.stageIds ?? [])
    if (locks[lockId('stage', id)]) return { scope: 'stage', targetId: id };
  if (locks[lockId('map', target.mapId)]) return { scope: 'map', targetId: target.mapId };
  return undefined;
}

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
export const answerId = (questionId: Id, teamId: Id) => `${questionId}:${teamId}`;

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

/** Colours given to participants in turn (each readable with white text on it). */
export const PARTICIPANT_COLORS = [
  '#2747c9',
  '#c2255c',
  '#0b7285',
  '#5c940d',
  '#d9480f',
  '#7048e8',
  '#495057',
  '#a61e4d',
];

/** Sessions, newest first: by date, then by when they were made. */
export function sessionsNewestFirst<T extends Pick<Session, 'date' | 'createdAt' | 'id'>>(
  list: readonly T[],
): T[] {
  return [...list].sort(
    (a, b) =>
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
      b.createdAt - a.createdAt ||
      (a.id < b.id ? -1 : 1),
  );
}

/** The session before this one (by date, then creation), if any. */
export function previousSession<T extends Pick<Session, 'date' | 'createdAt' | 'id'>>(
  list: readonly T[],
  sessionId: Id,
): T | undefined {
  const sorted = sessionsNewestFirst(list);
  const i = sorted.findIndex((s) => s.id === sessionId);
  return i >= 0 ? sorted[i + 1] : undefined;
}

/** Today as YYYY-MM-DD in local time. */
export function isoDate(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The cards a round votes on, in the map's reading order: stage by stage, then lane by lane
 * (in the lanes' order), then the cards' own order. Used for ranking ties and for lists.
 */
export function roundCardOrder(
  round: Pick<VoteRound, 'mapId' | 'laneIds'>,
  stages: readonly { readonly id: Id; readonly mapId: Id; readonly order: number }[],
  lanes: readonly { readonly id: Id; readonly mapId: Id; readonly order: number }[],
  cards: readonly {
    readonly id: Id;
    readonly mapId: Id;
    readonly stageId: Id;
    readonly laneId: Id;
    readonly order: number;
  }[],
): Id[] {
  const cmp = (a: { id: Id; order: number }, b: { id: Id; order: number }) =>
    a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const stagePos = new Map(
    stages
      .filter((s) => s.mapId === round.mapId)
      .sort(cmp)
      .map((s, i) => [s.id, i]),
  );
  const voted = new Set(round.laneIds);
  const lanePos = new Map(
    lanes
      .filter((l) => l.mapId === round.mapId && voted.has(l.id))
      .sort(cmp)
      .map((l, i) => [l.id, i]),
  );
  return cards
    .filter((c) => c.mapId === round.mapId && lanePos.has(c.laneId) && stagePos.has(c.stageId))
    .sort(
      (a, b) =>
        stagePos.get(a.stageId)! - stagePos.get(b.stageId)! ||
        lanePos.get(a.laneId)! - lanePos.get(b.laneId)! ||
        cmp(a, b),
    )
    .map((c) => c.id);
}
