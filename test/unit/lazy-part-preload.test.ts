import { describe, expect, it } from 'vitest';
import { lazyPart, preloadParts } from '../../renderer/src/ui/lazyPart';

describe('opening a project fetches its parts a few per task (issue 21: no long task while opening)', () => {
  it('starts eight fetches, lets the browser run, starts the rest, and resolves once all are in, failures included', async () => {
    const started: number[] = [];
    for (let i = 0; i < 20; i++) {
      lazyPart(async () => {
        started.push(i);
        if (i === 5) throw new Error('offline');
        return () => null;
      });
    }
    const all = preloadParts();
    expect(started).toHaveLength(8);
    await all;
    expect(started.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
