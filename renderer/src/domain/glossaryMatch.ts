/**
 * Recognising the glossary's terms in text (a card's chips, a contract's words) and finding a
 * word the glossary already has. Pure; built once per glossary, called for every card.
 */
import type { GlossaryTerm, Id } from './types';

/** Text as compared: trimmed, runs of spaces as one, lower case. */
const norm = (t: string) => t.trim().replace(/\s+/g, ' ').toLowerCase();

export interface TermHit {
  readonly termId: Id;
  /** The words as written in the text. */
  readonly word: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds a finder for the glossary's terms and synonyms: case-insensitive, whole words only
 * ("SQL" is found in "an SQL lead" but not in "MySQL"), longest match first, each term once,
 * in the order they first appear. Build it once per glossary; it is called for every card.
 */
export function glossaryMatcher(terms: readonly Pick<GlossaryTerm, 'id' | 'term' | 'synonyms'>[]): (text: string) => TermHit[] {
  const byWord = new Map<string, Id>();
  for (const t of terms) {
    for (const w of [t.term, ...t.synonyms]) {
      const key = norm(w);
      if (key && !byWord.has(key)) byWord.set(key, t.id);
    }
  }
  if (!byWord.size) return () => [];
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${words.map((w) => escapeRe(w).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}_])`,
    'giu',
  );
  return (text: string) => {
    const hits: TermHit[] = [];
    const seen = new Set<Id>();
    for (const m of text.matchAll(re)) {
      const id = byWord.get(norm(m[0]));
      if (id && !seen.has(id)) {
        seen.add(id);
        hits.push({ termId: id, word: m[0] });
      }
    }
    return hits;
  };
}

/** A term already in the glossary under this word (as a term or a synonym), other than `exceptId`. */
export function termClash(
  terms: readonly Pick<GlossaryTerm, 'id' | 'term' | 'synonyms'>[],
  word: string,
  exceptId?: Id,
): Pick<GlossaryTerm, 'id' | 'term'> | undefined {
  const key = norm(word);
  if (!key) return undefined;
  return terms.find((t) => t.id !== exceptId && [t.term, ...t.synonyms].some((w) => norm(w) === key));
}
