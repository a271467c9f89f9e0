import { createContext, useContext, useRef } from 'react';
import { useStore } from 'zustand';
import type * as Y from 'yjs';
import type { ProjectSnapshot } from '../../document/projection';
import type { OpenProject } from '../../storage/openProject';

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
 * For selectors that build a list: the previous list while its items are the same objects, so
 * the component does not re-render. Compares item by item; zustand's `useShallow` copies both
 * arrays into Maps first, which cost more than the selector itself on a 2,000-card map.
 */
export function useProjectList<T>(selector: (s: ProjectSnapshot) => T[]): T[] {
  const prev = useRef<T[] | undefined>(undefined);
  return useProject((s) => {
    const next = selector(s);
    const p = prev.current;
    if (p && p.length === next.length && p.every((x, i) => x === next[i])) return p;
    return (prev.current = next);
  });
}
