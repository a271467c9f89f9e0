/**
 * The projects open in this window. An import of a project that is open here merges into the
 * live document (so the screen updates at once) instead of a second copy loaded from disk;
 * "Save a copy" exports the live document, unsaved keystrokes included.
 */
import type * as Y from 'yjs';
import type { Persistence } from './persistence';

export interface OpenDoc {
  readonly doc: Y.Doc;
  readonly persistence: Persistence;
}

const open = new Map<string, OpenDoc>();

/** Called by openProject; returns the function its close() calls. */
export function registerOpenDoc(projectId: string, entry: OpenDoc): () => void {
  open.set(projectId, entry);
  return () => {
    if (open.get(projectId) === entry) open.delete(projectId);
  };
}

export function openDocOf(projectId: string): OpenDoc | undefined {
  return open.get(projectId);
}
