/**
 * The alignment score of the questionnaire: how far the teams agree, per question set and
 * overall, in one session, and how it moves from session to session.
 *
 * Each team states its own agreement with each question (agree, partly, disagree) in each
 * session. A question's value is the mean of the teams' statements; the score is never the
 * facilitator's judgement. Pure: the screens, the briefing, the report and the deck all read
 * these functions (one source for every figure).
 */
import type { Id } from '../types';
import type { Agreement, Answer, Question, QuestionSet, Session } from './records';
import { sessionsNewestFirst } from './sessions';

// ---- The alignment score ----

/**
 * How much a team's statement counts: agree 1, partly 0.5, disagree 0. Questions no team has
 * answered yet are left out (they neither raise nor lower the score).
 */
export const AGREEMENT_VALUE: Record<Agreement, number> = { agree: 1, partly: 0.5, disagree: 0 };

export interface Score {
  /** 0–100, or null when no question is answered. Not rounded. */
  readonly pct: number | null;
  /** Questions at least one team stated its agreement with. */
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

/** What the teams said about one question in one session. */
export interface QuestionVerdict {
  readonly questionId: Id;
  /** Each team that stated its agreement, in the order of `teamIds`. */
  readonly stated: readonly { readonly teamId: Id; readonly agreement: Agreement }[];
  /** The mean of the statements (0–1), null when no team has said. */
  readonly value: number | null;
  /** Two teams said different things: the room should talk about it. */
  readonly split: boolean;
  /** A team said partly or disagree, or the teams are split: worth an action or the parking lot. */
  readonly open: boolean;
}

export interface ScoreScope {
  /** The session whose answers count ('' for answers given outside any session). */
  readonly sessionId: Id;
  /** The teams whose statements count (teams since removed are left out), in order. */
  readonly teamIds: readonly Id[];
}

/** Indexes a session's statements by question, then team. */
function statementsOf(answers: readonly Answer[], scope: ScoreScope): Map<Id, Map<Id, Agreement>> {
  const teams = new Set(scope.teamIds);
  const byQuestion = new Map<Id, Map<Id, Agreement>>();
  for (const a of answers) {
    if (a.sessionId !== scope.sessionId || a.agreement === '' || !teams.has(a.teamId)) continue;
    let m = byQuestion.get(a.questionId);
    if (!m) byQuestion.set(a.questionId, (m = new Map()));
    m.set(a.teamId, a.agreement);
  }
  return byQuestion;
}

function verdictFrom(questionId: Id, said: Map<Id, Agreement> | undefined, teamIds: readonly Id[]): QuestionVerdict {
  const stated = teamIds.flatMap((teamId) => {
    const agreement = said?.get(teamId);
    return agreement ? [{ teamId, agreement }] : [];
  });
  const value = stated.length
    ? stated.reduce((sum, s) => sum + AGREEMENT_VALUE[s.agreement], 0) / stated.length
    : null;
  const split = new Set(stated.map((s) => s.agreement)).size > 1;
  const open = split || stated.some((s) => s.agreement !== 'agree');
  return { questionId, stated, value, split, open };
}

/** The verdict on one question in one session. */
export function questionVerdict(answers: readonly Answer[], questionId: Id, scope: ScoreScope): QuestionVerdict {
  return verdictFrom(questionId, statementsOf(answers, scope).get(questionId), scope.teamIds);
}

/** The score of some verdicts: the mean of the answered ones. */
export function scoreOf(verdicts: readonly Pick<QuestionVerdict, 'value'>[]): Score {
  let sum = 0;
  let answered = 0;
  for (const v of verdicts) {
    if (v.value === null) continue;
    sum += v.value;
    answered++;
  }
  return { pct: answered ? (sum / answered) * 100 : null, answered, total: verdicts.length };
}

/** The score of one session: per section and overall, from the teams' statements. */
export function alignmentScore(
  sets: readonly QuestionSet[],
  questions: readonly Question[],
  answers: readonly Answer[],
  scope: ScoreScope,
): AlignmentScore {
  const ordered = [...sets].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const known = new Set(ordered.map((s) => s.id));
  const said = statementsOf(answers, scope);
  const verdicts = new Map<Id, QuestionVerdict>();
  for (const q of questions) verdicts.set(q.id, verdictFrom(q.id, said.get(q.id), scope.teamIds));
  const of = (keep: (q: Question) => boolean) =>
    scoreOf(questions.filter(keep).map((q) => verdicts.get(q.id)!));
  return {
    sections: ordered.map((set) => ({ set, score: of((q) => q.setId === set.id) })),
    overall: of((q) => known.has(q.setId)),
  };
}

// ---- Per session: the trend ----

export interface SessionScore {
  /** '' for the answers given outside any session. */
  readonly sessionId: Id;
  readonly title: string;
  /** YYYY-MM-DD, '' for answers outside any session. */
  readonly date: string;
  readonly score: AlignmentScore;
}

type SessionLike = Pick<Session, 'id' | 'title' | 'date' | 'createdAt'>;

/** Sessions oldest first (the order of a trend), by date then creation. */
export function sessionsOldestFirst<T extends SessionLike>(sessions: readonly T[]): T[] {
  return sessionsNewestFirst(sessions).reverse();
}

/**
 * The alignment score of every session in which at least one team answered, oldest first.
 * Answers given outside any session come first (they were there before the sessions that
 * count them as "last time"). This is the trend the briefing, the report and the KPI screen draw.
 */
export function sessionScores(
  sessions: readonly SessionLike[],
  sets: readonly QuestionSet[],
  questions: readonly Question[],
  answers: readonly Answer[],
  teamIds: readonly Id[],
): SessionScore[] {
  const withAnswers = new Set(answers.filter((a) => a.agreement !== '').map((a) => a.sessionId));
  const rows: SessionScore[] = [];
  const add = (sessionId: Id, title: string, date: string) => {
    const score = alignmentScore(sets, questions, answers, { sessionId, teamIds });
    if (score.overall.answered > 0) rows.push({ sessionId, title, date, score });
  };
  if (withAnswers.has('')) add('', '', '');
  for (const s of sessionsOldestFirst(sessions)) if (withAnswers.has(s.id)) add(s.id, s.title, s.date);
  return rows;
}

export interface ScoreChange {
  readonly current: SessionScore;
  /** The session answered before it, or null when this is the first. */
  readonly previous: SessionScore | null;
  /** Percentage points, current minus previous overall; null without both. */
  readonly delta: number | null;
}

/**
 * How the score moved since the previous answered session: for `sessionId`, or for the latest
 * answered session when absent. Null when no session has answers.
 */
export function scoreChange(trend: readonly SessionScore[], sessionId?: Id): ScoreChange | null {
  const i = sessionId === undefined ? trend.length - 1 : trend.findIndex((t) => t.sessionId === sessionId);
  const current = trend[i];
  if (!current) return null;
  const previous = i > 0 ? trend[i - 1]! : null;
  const a = current.score.overall.pct;
  const b = previous?.score.overall.pct ?? null;
  return { current, previous, delta: a !== null && b !== null ? a - b : null };
}

/**
 * The session whose answers are offered as a starting point for `sessionId`: the latest
 * session before it (by date) that has answers, else the answers outside any session.
 */
export function startingPointFor(
  sessions: readonly SessionLike[],
  answers: readonly Pick<Answer, 'sessionId' | 'agreement' | 'text'>[],
  sessionId: Id,
): Id | null {
  const has = new Set(answers.filter((a) => a.agreement !== '' || a.text !== '').map((a) => a.sessionId));
  const ordered = sessionsOldestFirst(sessions);
  const i = ordered.findIndex((s) => s.id === sessionId);
  if (i < 0) return null;
  for (let j = i - 1; j >= 0; j--) if (has.has(ordered[j]!.id)) return ordered[j]!.id;
  return has.has('') ? '' : null;
}

/** "75%" or "—" when nothing is answered. */

/** The parts of a project the score reads (a ProjectSnapshot has them all). */
export interface ScoreSource {
  readonly sessions: Readonly<Record<Id, SessionLike>>;
  readonly questionSets: Readonly<Record<Id, QuestionSet>>;
  readonly questions: Readonly<Record<Id, Question>>;
  readonly answers: Readonly<Record<Id, Answer>>;
  readonly teams: Readonly<Record<Id, { readonly id: Id; readonly order: number }>>;
}

/** The teams whose statements count: the project's teams, in their order. */
export const scoringTeamIds = (s: Pick<ScoreSource, 'teams'>): Id[] =>
  Object.values(s.teams)
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .map((t) => t.id);

/** sessionScores over a whole project: the trend every screen and report draws. */
export function projectSessionScores(s: ScoreSource): SessionScore[] {
  return sessionScores(
    Object.values(s.sessions),
    Object.values(s.questionSets),
    Object.values(s.questions),
    Object.values(s.answers),
    scoringTeamIds(s),
  );
}

/** One session's score over a whole project. */
export function projectScore(s: ScoreSource, sessionId: Id): AlignmentScore {
  return alignmentScore(Object.values(s.questionSets), Object.values(s.questions), Object.values(s.answers), {
    sessionId,
    teamIds: scoringTeamIds(s),
  });
}
