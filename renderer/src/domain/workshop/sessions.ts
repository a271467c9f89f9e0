/**
 * Sessions in order, today's date (participants' colours: participantColors.ts).
 */
import type { Id } from '../types';
import type { Session } from './records';

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
