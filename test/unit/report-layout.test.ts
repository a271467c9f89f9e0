import { describe, expect, it } from 'vitest';
import { pageGeometry, splitStages, stagesPerPage } from '../../renderer/src/domain/reportLayout';

describe('splitting a wide map across pages', () => {
  const n = (k: number) => Array.from({ length: k }, (_, i) => i + 1);

  it('keeps a map that fits on one page', () => {
    expect(splitStages(n(6), 6)).toEqual([n(6)]);
    expect(splitStages(n(1), 6)).toEqual([[1]]);
    expect(splitStages([], 6)).toEqual([]);
  });

  it('splits evenly, never leaving one lonely column on the last page', () => {
    expect(splitStages(n(12), 6).map((p) => p.length)).toEqual([6, 6]);
    expect(splitStages(n(7), 6).map((p) => p.length)).toEqual([4, 3]);
    expect(splitStages(n(13), 6).map((p) => p.length)).toEqual([5, 4, 4]);
    expect(splitStages(n(13), 6).flat()).toEqual(n(13));
    for (let count = 1; count <= 40; count++) {
      const pages = splitStages(n(count), 6);
      expect(pages.flat()).toEqual(n(count));
      expect(Math.max(...pages.map((p) => p.length))).toBeLessThanOrEqual(6);
      expect(pages).toHaveLength(Math.ceil(count / 6));
    }
  });

  it('fits six stages across portrait A4 and Letter, more across landscape and A3', () => {
    expect(stagesPerPage(pageGeometry('A4', 'portrait'))).toBe(6);
    expect(stagesPerPage(pageGeometry('Letter', 'portrait'))).toBe(6);
    expect(stagesPerPage(pageGeometry('A4', 'landscape'))).toBe(9);
    expect(stagesPerPage(pageGeometry('Letter', 'landscape'))).toBe(9);
    expect(stagesPerPage(pageGeometry('A3', 'landscape'))).toBe(14);
  });

  it('swaps width and height for landscape', () => {
    const p = pageGeometry('A4', 'portrait');
    const l = pageGeometry('A4', 'landscape');
    expect([p.widthMm, p.heightMm]).toEqual([210, 297]);
    expect([l.widthMm, l.heightMm]).toEqual([297, 210]);
    expect(l.contentWidthMm).toBeGreaterThan(p.contentWidthMm);
  });
});
