/**
 * When a text field saves what is being typed: shortly after the typist pauses, and at least
 * every TYPING_MAX_WAIT_MS during a long burst. Without the second rule, fast typing with
 * no pause is saved only when it stops, and a crash in between loses all of it (found by the
 * crash rounds in test/e2e/hardening-crash.spec.ts).
 */
export const TYPING_MAX_WAIT_MS = 300;

type TimerRef = { current: ReturnType<typeof setTimeout> | undefined };
const burstStart = new WeakMap<TimerRef, number>();

export function scheduleTypingSave(ref: TimerRef, save: () => void, idleMs: number, now = Date.now()): void {
  if (ref.current === undefined || !burstStart.has(ref)) burstStart.set(ref, now);
  clearTimeout(ref.current);
  const due = Math.min(idleMs, (burstStart.get(ref) as number) + TYPING_MAX_WAIT_MS - now);
  ref.current = setTimeout(() => {
    burstStart.delete(ref);
    save();
  }, Math.max(0, due));
}
