import { createContext, useContext } from 'react';
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
