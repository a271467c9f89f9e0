/**
 * Feedback for long work: a task that takes more than a second (an export, an import, a
 * picture) shows its progress and a Cancel button; a quick one shows nothing. Cancelling
 * aborts the task's signal: the work stops at its next check and nothing is saved.
 */
import { createStore } from 'zustand/vanilla';

export interface ProgressTask {
  readonly id: number;
  readonly label: string;
  /** 0..1 when known; null for "working" without a measure. */
  readonly fraction: number | null;
  /** Shown once the task has run longer than the delay. */
  readonly visible: boolean;
  readonly cancel: () => void;
}

export const progress = createStore<{ tasks: readonly ProgressTask[] }>(() => ({ tasks: [] }));

/** Tasks quicker than this show nothing (a flash of a bar is noise). */
export const PROGRESS_DELAY_MS = 1000;

export interface ProgressControl {
  readonly signal: AbortSignal;
  /** Reports how far the work is (0..1). */
  report(fraction: number): void;
  /** Throws when the person cancelled; call between steps. */
  check(): void;
}

export type ProgressOutcome<T> = { ok: true; value: T } | { ok: false; cancelled: true };

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

let nextId = 1;

function patch(id: number, p: Partial<ProgressTask>): void {
  progress.setState((s) => ({ tasks: s.tasks.map((t) => (t.id === id ? { ...t, ...p } : t)) }));
}

/**
 * Runs work with a progress bar that appears after PROGRESS_DELAY_MS. Resolves with the value,
 * or `{ cancelled }` when the person pressed Cancel (the work's later result is dropped). Errors
 * other than cancelling are thrown to the caller, which says them in plain words.
 */
export async function withProgress<T>(
  label: string,
  work: (p: ProgressControl) => Promise<T>,
  delayMs: number = PROGRESS_DELAY_MS,
): Promise<ProgressOutcome<T>> {
  const controller = new AbortController();
  const id = nextId++;
  const task: ProgressTask = { id, label, fraction: null, visible: false, cancel: () => controller.abort() };
  progress.setState((s) => ({ tasks: [...s.tasks, task] }));
  const timer = setTimeout(() => patch(id, { visible: true }), delayMs);
  const control: ProgressControl = {
    signal: controller.signal,
    report: (fraction) => patch(id, { fraction: Math.max(0, Math.min(1, fraction)) }),
    check: () => {
      if (controller.signal.aborted) throw new CancelledError();
    },
  };
  try {
    const value = await work(control);
    if (controller.signal.aborted) return { ok: false, cancelled: true };
    return { ok: true, value };
  } catch (err) {
    if (controller.signal.aborted || err instanceof CancelledError) return { ok: false, cancelled: true };
    throw err;
  } finally {
    clearTimeout(timer);
    progress.setState((s) => ({ tasks: s.tasks.filter((t) => t.id !== id) }));
  }
}

/** Lets the page paint (and a Cancel click land) between two heavy steps. */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
