/**
 * When a text field saves what is being typed: shortly after the typist pauses, and at least
 * every TYPING_MAX_WAIT_MS during a long burst. Without the second rule, fast typing with
 * no pause is saved only when it stops, and a crash in between loses all of it (found by the
 * crash rounds in test/e2e/hardening-crash.spec.ts).
 */
export const TYPING_MAX_WAIT_MS = 300;

type TimerRef = { current: ReturnType<typeof setTimeout> | undefined };
const burstStart = new WeakMap<TimerRef, number>();
/** The fields' writes that wait for a pause, so a save can make them now. */
const pending = new Map<TimerRef, () => void>();

export function scheduleTypingSave(ref: TimerRef, save: () => void, idleMs: number, now = Date.now()): void {
  if (ref.current === undefined || !burstStart.has(ref)) burstStart.set(ref, now);
  clearTimeout(ref.current);
  const due = Math.min(idleMs, (burstStart.get(ref) as number) + TYPING_MAX_WAIT_MS - now);
  pending.set(ref, save);
  ref.current = setTimeout(() => {
    burstStart.delete(ref);
    pending.delete(ref);
    save();
  }, Math.max(0, due));
}

/** The field writes now itself (blur, Enter, unmount): its waiting write is dropped. */
export function clearTypingSave(ref: TimerRef): void {
  clearTimeout(ref.current);
  ref.current = undefined;
  pending.delete(ref);
}

/**
 * Writes now what every field still waits to write (typed less than a pause ago): Save (Ctrl/Cmd+S
 * pressed while typing) and Save a copy build the file from the document, which must hold the
 * last keystrokes. A field whose write already happened (blur, Enter) is only forgotten.
 */
export function flushTypingSaves(): void {
  for (const [ref, save] of [...pending]) {
    pending.delete(ref);
    burstStart.delete(ref);
    if (ref.current === undefined) continue;
    clearTimeout(ref.current);
    save();
  }
}
