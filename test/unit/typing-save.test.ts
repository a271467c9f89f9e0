import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearTypingSave, flushTypingSaves, scheduleTypingSave, TYPING_MAX_WAIT_MS } from '../../renderer/src/ui/typingSave';

afterEach(() => vi.useRealTimers());

describe('typing is saved', () => {
  it('after a pause, and at least every few hundred milliseconds while typing never pauses', () => {
    vi.useFakeTimers();
    const ref = { current: undefined as ReturnType<typeof setTimeout> | undefined };
    const saves: number[] = [];
    const save = () => {
      ref.current = undefined;
      saves.push(Date.now());
    };
    const start = Date.now();
    // A key every 50 ms for 1 second, with a 200 ms idle delay: never a pause long enough.
    for (let t = 0; t < 1000; t += 50) {
      scheduleTypingSave(ref, save, 200);
      vi.advanceTimersByTime(50);
    }
    expect(saves.length).toBeGreaterThanOrEqual(3);
    expect(saves[0]! - start).toBeLessThanOrEqual(TYPING_MAX_WAIT_MS);
    vi.advanceTimersByTime(500);
    expect(saves[saves.length - 1]! - start).toBeLessThanOrEqual(1200);
    // One key then a pause: saved once, after the idle delay.
    const before = saves.length;
    scheduleTypingSave(ref, save, 200);
    vi.advanceTimersByTime(199);
    expect(saves.length).toBe(before);
    vi.advanceTimersByTime(1);
    expect(saves.length).toBe(before + 1);
  });

  it('a save (Ctrl+S while typing) writes every waiting field now, once, and not a field that already wrote', () => {
    vi.useFakeTimers();
    const refs = [0, 1, 2].map(() => ({ current: undefined as ReturnType<typeof setTimeout> | undefined }));
    const saved: number[] = [];
    refs.forEach((ref, i) => scheduleTypingSave(ref, () => saved.push(i), 80));
    // The third field was left (blur): it wrote itself and its waiting write is dropped.
    clearTypingSave(refs[2]!);
    flushTypingSaves();
    expect(saved).toEqual([0, 1]);
    vi.advanceTimersByTime(1000);
    flushTypingSaves();
    expect(saved).toEqual([0, 1]);
  });
});
