/**
 * Plurals by Intl.PluralRules in the catalogue's language (i18n/format.ts), one helper for
 * every feature instead of the hand-written English `n === 1` copied in five files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { plural, pluralCategory, setFormatLocale, setWordsLanguage } from '../../renderer/src/i18n/format';
import { A } from '../../renderer/src/features/alignment/strings';
import { W } from '../../renderer/src/features/workshop/strings';
import { U } from '../../renderer/src/i18n/ui';

afterEach(() => {
  setWordsLanguage('en');
  setFormatLocale(undefined);
});

describe('plural', () => {
  it('says the English forms as before', () => {
    expect(plural(1, 'card', 'cards')).toBe('1 card');
    expect(plural(0, 'card', 'cards')).toBe('0 cards');
    expect(plural(2, 'card', 'cards')).toBe('2 cards');
    expect(plural(1.5, 'card', 'cards')).toBe('1.5 cards');
    expect(W.dotsLeft('Ana', 1)).toBe('Ana: 1 dot left');
    expect(U.palette.count(3)).toBe('3 results');
    expect(A.openCount(1)).toBe('1 open point');
  });

  it('follows the words’ language, not the reader’s formatting locale', () => {
    setFormatLocale('fr'); // French counts 0 as singular; these are English words
    expect(plural(0, 'card', 'cards')).toBe('0 cards');
    expect(pluralCategory(0, 'fr')).toBe('one');
  });

  it('takes the forms a language needs (Polish: one, few, many)', () => {
    setWordsLanguage('pl');
    const files = { one: 'plik', few: 'pliki', many: 'plików', other: 'pliku' };
    expect([1, 2, 5, 22, 25, 1.5].map((n) => plural(n, files))).toEqual([
      '1 plik',
      '2 pliki',
      '5 plików',
      '22 pliki',
      '25 plików',
      '1.5 pliku',
    ]);
    expect(pluralCategory(0, 'ar')).toBe('zero');
    expect(pluralCategory(2, 'ar')).toBe('two');
  });

  it('falls back to other when a form is missing, and to English rules for an unknown language', () => {
    setWordsLanguage('pl');
    expect(plural(5, { one: 'plik', other: 'pliki' })).toBe('5 pliki');
    expect(pluralCategory(1, 'not a language!')).toBe('one');
  });

  it('is the only plural helper in the renderer', () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && /(?:const|function)\s+plural\b/.test(readFileSync(p, 'utf8'))) found.push(p);
      }
    };
    walk('renderer/src');
    expect(found).toEqual([path.join('renderer', 'src', 'i18n', 'format.ts')]);
  });
});
