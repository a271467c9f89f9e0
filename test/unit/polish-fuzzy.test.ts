import { describe, expect, it } from 'vitest';
import { fold, fuzzyScore, rank } from '../../renderer/src/domain/fuzzy';

describe('fuzzy matching for the palette', () => {
  it('finds scattered letters, ignores case and accents', () => {
    expect(fuzzyScore('adst', 'Add stage')).not.toBeNull();
    expect(fuzzyScore('EQUIPE', 'Équipe marketing')).not.toBeNull();
    expect(fold('Çà')).toBe('ca');
    expect(fuzzyScore('xyz', 'Add stage')).toBeNull();
  });

  it('ranks whole words and starts above scattered letters', () => {
    const items = ['Redo', 'Add stage', 'Delete stage', 'Rename stage', 'Stage owner report'];
    expect(rank('stage', items, (x) => x)[0]!.item).toBe('Stage owner report');
    expect(rank('add st', items, (x) => x)[0]!.item).toBe('Add stage');
    expect(rank('rd', items, (x) => x).map((r) => r.item)[0]).toBe('Redo');
  });

  it('needs every word of the query and counts keywords at half weight', () => {
    expect(fuzzyScore('delete card', 'Delete stage')).toBeNull();
    const byKeyword = fuzzyScore('remove', 'Delete selected cards', 'remove erase')!;
    const byName = fuzzyScore('remove', 'Remove the picture')!;
    expect(byName).toBeGreaterThan(byKeyword);
  });
});
