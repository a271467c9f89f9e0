/**
 * The agenda timer, a pure state machine over timestamps.
 * 
 * Why timestamps and not a ticking counter: a timer stored as {startedAt, pausedAt,
 * accumulatedPauseMs, extraMs} is a fact about the past, so it survives a reload, syncs to
 * every peer of a live session as four numbers, and each screen computes "remaining at t"
 * itself. (Peers' clocks may differ by a few seconds; every screen shows its own clock.)
 */
import type { AgendaItem, AgendaTimer } from './records';

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
