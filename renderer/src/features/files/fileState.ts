/**
 * Which .baton file each project came from or was last saved to, in this window (issue 23
 * item 13), and whether the project has changed since: memory only, never the document or a
 * file (a browser's file handle cannot be stored there, and a colleague's copy must not point
 * at this computer's files). Gone on reload; the project is then saved as a new file.
 *
 * "Edited" is decided by content, not by events: `saved` is the Yjs snapshot (state vector
 * and deletions) of what the file holds, and the project is edited once its document's
 * snapshot differs. Loading the same state from storage, or a merge that brought nothing,
 * keeps it unedited; any change (a keystroke, a live peer's, an undo) marks it.
 */
import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { FileLink } from '../../platform/fileAccess';

export interface ProjectFileState {
  /** The file's name as the person sees it. */
  readonly name: string;
  /** Where Save writes back to; absent where the host cannot (a download, an <input> file). */
  readonly link?: FileLink;
  readonly saved: Y.Snapshot;
  readonly edited: boolean;
}

const states = new Map<string, ProjectFileState>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export function fileStateOf(projectId: string): ProjectFileState | undefined {
  return states.get(projectId);
}

/** After an open or a save: the project is (again) what `name` holds. */
export function rememberFile(projectId: string, name: string, link: FileLink | undefined, saved: Y.Snapshot): void {
  states.set(projectId, { name, link, saved, edited: false });
  notify();
}

/** The project no longer equals its file. */
export function markEdited(projectId: string): void {
  const s = states.get(projectId);
  if (!s || s.edited) return;
  states.set(projectId, { ...s, edited: true });
  notify();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useProjectFileState(projectId: string): ProjectFileState | undefined {
  return useSyncExternalStore(subscribe, () => states.get(projectId));
}
