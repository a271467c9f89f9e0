/**
 * Narrow reads of the alignment layer for the map and the screens. Each returns arrays that keep
 * their identity while nothing they show changed, so typing in a contract does not rebuild the
 * map's nodes.
 */
import { useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { glossaryMatcher, type TermHit } from '../../domain/glossaryMatch';
import { sortByOrder } from '../../domain/ordering';
import type { GlossaryTerm, Handoff, Kpi } from '../../domain/types';
import { useProject } from '../../shared/ProjectContext';

export type HandoffPlacementView = Pick<Handoff, 'id' | 'afterStageId' | 'cardId' | 'order'>;

/** Where each handoff of a map sits, without its contract (what the canvas lays out). */
export function useHandoffPlacements(mapId: string): HandoffPlacementView[] {
  const cache = useRef(new Map<string, HandoffPlacementView>());
  return useProject(
    useShallow((s) => {
      const out: HandoffPlacementView[] = [];
      const next = new Map<string, HandoffPlacementView>();
      for (const h of Object.values(s.handoffs)) {
        if (h.mapId !== mapId) continue;
        const prev = cache.current.get(h.id);
        const p =
          prev && prev.afterStageId === h.afterStageId && prev.cardId === h.cardId && prev.order === h.order
            ? prev
            : { id: h.id, afterStageId: h.afterStageId, cardId: h.cardId, order: h.order };
        next.set(h.id, p);
        out.push(p);
      }
      cache.current = next;
      return out;
    }),
  );
}

export function useGlossary(): Readonly<Record<string, GlossaryTerm>> {
  return useProject((s) => s.glossary);
}

/** The glossary's term finder, rebuilt only when the glossary changes (shared by every card). */
let lastTerms: Readonly<Record<string, GlossaryTerm>> | null = null;
let lastFinder: (text: string) => TermHit[] = () => [];
export function finderFor(terms: Readonly<Record<string, GlossaryTerm>>): (text: string) => TermHit[] {
  if (terms !== lastTerms) {
    lastTerms = terms;
    lastFinder = glossaryMatcher(Object.values(terms));
  }
  return lastFinder;
}

/** The glossary terms used in a text (whole words, synonyms too). */
export function useTermsIn(text: string | undefined): TermHit[] {
  const terms = useGlossary();
  return useMemo(() => (text ? finderFor(terms)(text) : []), [terms, text]);
}

/** KPIs measured at a stage (or a handoff), in their order. */
export function useKpisOf(subject: { stageId?: string; handoffId?: string }): Kpi[] {
  const { stageId, handoffId } = subject;
  return useProject(
    useShallow((s) =>
      sortByOrder(
        Object.values(s.kpis).filter((k) => (stageId ? k.stageId === stageId : handoffId ? k.handoffId === handoffId : false)),
      ),
    ),
  );
}
