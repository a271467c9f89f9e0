/**
 * Sessions in order, participants' colours, today's date.
 */
import type { Id } from '../types';
import type { Session } from './records';

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
