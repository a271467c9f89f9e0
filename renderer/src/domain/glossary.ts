/**
 * The glossary list as a person looks through it: search (term, synonyms, definition, case and
 * accents ignored) and sort. Pure: the glossary screen and its tests read it; the order of the
 * records themselves (what the report prints) is not changed by a sort on screen.
 */
import type { GlossaryTerm, TermStatus } from './types';

export const GLOSSARY_SORTS = ['order', 'az', 'status', 'proposer'] as const;
export type GlossarySort = (typeof GLOSSARY_SORTS)[number];

/** Disputed first (the room's work), then proposed (waiting for the other team), then agreed. */
const STATUS_RANK: Record<TermStatus, number> = { disputed: 0, proposed: 1, agreed: 2 };

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

export function matchesTerm(t: GlossaryTerm, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = fold([t.term, ...t.synonyms, t.definition].join('\n'));
  return words.every((w) => hay.includes(w));
}

/**
 * The terms to show: those matching `query`, sorted. `teamName` names a proposer for the
 * "proposed by" sort (terms without one go last). Ties keep the glossary's own order.
 */
export function glossaryView(
  terms: readonly GlossaryTerm[],
  query: string,
  sort: GlossarySort,
  teamName: (teamId: string) => string = (id) => id,
): GlossaryTerm[] {
  const byOrder = (a: GlossaryTerm, b: GlossaryTerm) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const az = (a: GlossaryTerm, b: GlossaryTerm) => a.term.localeCompare(b.term, undefined, { sensitivity: 'base', numeric: true });
  const cmp: Record<GlossarySort, (a: GlossaryTerm, b: GlossaryTerm) => number> = {
    order: byOrder,
    az: (a, b) => az(a, b) || byOrder(a, b),
    status: (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || az(a, b) || byOrder(a, b),
    proposer: (a, b) => {
      const pa = a.proposedByTeamId ? teamName(a.proposedByTeamId) : '';
      const pb = b.proposedByTeamId ? teamName(b.proposedByTeamId) : '';
      if (!pa !== !pb) return pa ? -1 : 1;
      return pa.localeCompare(pb, undefined, { sensitivity: 'base' }) || az(a, b) || byOrder(a, b);
    },
  };
  return terms.filter((t) => matchesTerm(t, query)).sort(cmp[sort]);
}
