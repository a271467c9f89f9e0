import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { progress, PROGRESS_DELAY_MS, withProgress } from '../../renderer/src/ui/progress';

const visible = () => progress.getState().tasks.filter((t) => t.visible).length;

describe('feedback for long work', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows nothing for quick work', async () => {
    const r = await withProgress('Quick', async () => 42);
    expect(r).toEqual({ ok: true, value: 42 });
    expect(progress.getState().tasks).toHaveLength(0);
  });

  it('shows progress after a second, and Cancel stops the work', async () => {
    let release!: () => void;
    const done = withProgress('Exporting', async (p) => {
      p.report(0.5);
      await new Promise<void>((r) => (release = r));
      p.check();
      return 'saved';
    });
    await vi.advanceTimersByTimeAsync(PROGRESS_DELAY_MS - 100);
    expect(visible()).toBe(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(visible()).toBe(1);
    expect(progress.getState().tasks[0]!.fraction).toBe(0.5);
    progress.getState().tasks[0]!.cancel();
    release();
    expect(await done).toEqual({ ok: false, cancelled: true });
    expect(progress.getState().tasks).toHaveLength(0);
  });

  it('passes real errors on to be said in plain words', async () => {
    await expect(withProgress('Broken', async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(progress.getState().tasks).toHaveLength(0);
  });
});
