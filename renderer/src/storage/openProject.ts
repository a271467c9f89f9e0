/**
 * Opening a project: load its document from IndexedDB, migrate it, and attach everything an
 * open project needs (saving, tab sync, history, projection). Refuses documents made by a
 * newer Baton before anything is attached, so nothing is written back.
 */
import * as Y from 'yjs';
import { attachHistory, detachHistory } from '../document/history';
import { migrate } from '../document/migrations';
import { createProjection, type ProjectStore } from '../document/projection';
import { ORIGIN } from '../document/schema';
import { S } from '../strings';
import { loadInto, attachPersistence, compact, type Persistence } from './persistence';
import { attachTabSync } from './tabSync';
import { registerOpenDoc } from './openDocs';
import { attachAutoSnapshots } from './snapshots';

export interface OpenProject {
  readonly projectId: string;
  readonly doc: Y.Doc;
  readonly store: ProjectStore;
  readonly persistence: Persistence;
  close(): Promise<void>;
}

export type OpenResult =
  | { ok: true; project: OpenProject }
  | { ok: false; error: 'missing' | 'newer-version' | 'migration-failed'; message: string };

export async function openProject(projectId: string): Promise<OpenResult> {
  const doc = new Y.Doc();
  if (!(await loadInto(doc, projectId, ORIGIN.storage))) {
    doc.destroy();
    return { ok: false, error: 'missing', message: S.projectMissing };
  }
  // Attach saving before migrating so a migration's changes are stored like any other.
  const persistence = attachPersistence(doc, projectId);
  const outcome = migrate(doc);
  if (!outcome.ok) {
    persistence.destroy();
    doc.destroy();
    return outcome.error === 'newer-version'
      ? { ok: false, error: 'newer-version', message: S.newerVersion }
      : { ok: false, error: 'migration-failed', message: S.migrationFailed };
  }
  // Compaction is housekeeping: do it once the map is on screen, not while opening it.
  setTimeout(() => void compact(projectId).catch(() => undefined), 3000);
  const stopTabSync = attachTabSync(doc, projectId);
  attachHistory(doc);
  const projection = createProjection(doc);
  const unregister = registerOpenDoc(projectId, { doc, persistence });
  const stopAutoSnapshots = attachAutoSnapshots(doc, projectId);
  return {
    ok: true,
    project: {
      projectId,
      doc,
      store: projection.store,
      persistence,
      async close() {
        try {
          await persistence.flush();
        } finally {
          unregister();
          stopAutoSnapshots();
          projection.destroy();
          stopTabSync();
          detachHistory(doc);
          persistence.destroy();
          doc.destroy();
        }
      },
    },
  };
}
