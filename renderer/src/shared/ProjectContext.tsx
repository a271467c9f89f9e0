import { createContext, useContext, useRef } from 'react';
import { useStore } from 'zustand';
import type * as Y from 'yjs';
import type { ProjectSnapshot } from '../document/projection';
import type { OpenProject } from '../storage/openProject';

export const ProjectContext = createContext<OpenProject | null>(null);

export function useOpenProject(): OpenProject {
  const p = useContext(ProjectContext);
  if (!p) throw new Error('useOpenProject outside a project');
  return p;
}

export function useProjectDoc(): Y.Doc {
  return useOpenProject().doc;
}

/** Subscribes to one slice of the project's projection. Keep selectors narrow. */
export function useProject<T>(selector: (s: ProjectSnapshot) => T): T {
  return useStore(useOpenProject().store, selector);
}

/**
 * The open project's number format as one key ("de-DE|EUR"). Figures are written through
 * i18n/format.ts, which already follows the project; a memoised component that shows figures
 * calls this so it re-renders when the format changes (the rest re-render with the project's
 * layout, which reads the meta).
 */
export function useNumberFormatKey(): string {
  return useProject((s) => `${s.info.numberLocale}|${s.info.currency}`);
}

/**
 * For selectors that build a list: the previous list while its items are the same objects, so
 * the component does not re-render. Compares item by item; zustand's `useShallow` copies both
 * arrays into Maps first, which cost more than the selector itself on a 2,000-card map.
 *
 * `inputs` names what the list is computed from (slices of the snapshot and the selector's own
 * arguments): while they are the same objects the selector is not run at all. React asks for
 * the value on every render of the component, so on a big map this is the difference between
 * walking every card per render and per change.
 */
export function useProjectList<T>(
  selector: (s: ProjectSnapshot) => T[],
  inputs?: (s: ProjectSnapshot) => readonly unknown[],
): T[] {
  const prev = useRef<{ list: T[]; inputs: readonly unknown[] | undefined } | undefined>(undefined);
  return useProject((s) => {
    const ins = inputs?.(s);
    const p = prev.current;
    if (p && ins && p.inputs && sameItems(p.inputs, ins)) return p.list;
    const next = selector(s);
    if (p && sameItems(p.list, next)) {
      p.inputs = ins;
      return p.list;
    }
    prev.current = { list: next, inputs: ins };
    return next;
  });
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}
