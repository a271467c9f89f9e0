/**
 * The records of a workshop, as plain TypeScript: sessions, participants, agenda items and
 * their timers, the alignment questionnaire, dot votes, facilitator locks, the parking lot,
 * decisions, action items and agenda templates, with their limits. No React, no Yjs, no Dexie
 * (document/actions/workshop/ holds the writers, features/workshop the screens).
 */
import type { Id } from '../types';

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
  reason: 300,
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
}

/**
 * One team's answer to one question in one session: what it says and whether it agrees.
 * Its id is `${sessionId}:${questionId}:${teamId}` (answerId) so copies merge. Answers given
 * outside any session have sessionId ''.
 */
export interface Answer {
  readonly id: Id;
  readonly sessionId: Id;
  readonly questionId: Id;
  readonly teamId: Id;
  readonly text: string;
  /** The team's own statement; '' until it has said. */
  readonly agreement: Agreement | '';
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
  /** Why it was closed ("Settled in the room: …"); '' while open or when closed without a word. */
  readonly reason: string;
  /** The action it became, if it became one. */
  readonly actionId: Id;
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
  /** The card it was made from (a vote's result), '' otherwise. */
  readonly cardId: Id;
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
