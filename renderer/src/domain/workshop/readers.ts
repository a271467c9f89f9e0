/**
 * Tolerant readers of the workshop records: whatever a field holds (an older file, a peer, a
 * tampered file), each gives a valid record.
 */
import type { ActionItem, AgendaItem, Answer, Decision, Lock, ParkingLotItem, Participant, Question, QuestionSet, Session, SessionTemplate, TemplateItem, Vote, VoteRound } from './records';
import { AGENDA_LINKS, AGENDA_STATES, AGREEMENTS, LOCK_SCOPES, SESSION_STATUSES, WORKSHOP_LIMITS } from './records';
import { BUILT_IN_TEMPLATES } from './templates';
import { distinctStrList as strList, num, numOrNull, oneOf, str, type Fields } from '../read';


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
  }),
  answers: (id: string, f: Fields): Answer => ({
    id,
    sessionId: str(f.sessionId),
    questionId: str(f.questionId),
    teamId: str(f.teamId),
    text: str(f.text),
    agreement: oneOf(f.agreement, ['', ...AGREEMENTS] as const, ''),
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
    reason: str(f.reason),
    actionId: str(f.actionId),
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
    cardId: str(f.cardId),
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
