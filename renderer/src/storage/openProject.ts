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
import type { NumberFormatSpec } from '../domain/numberFormat';
import type { ProjectInfo } from '../domain/types';
import { projectNumberFormat, setProjectNumberFormat } from '../i18n/format';
import { S } from '../strings';
import { loadInto, attachPersistence, compact, type Persistence } from './persistence';
import { attachTabSync } from './tabSync';
import { registerOpenDoc } from './openDocs';
import { attachAutoSnapshots } from './snapshots';
import { yieldToMain } from './yieldToMain';

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
  // Reading the snapshot (every record) is a task of its own, after the load's (issue 21: the
  // longest task of an open); saving, tab sync and history are attached already, so nothing
  // that happens meanwhile is missed.
  await yieldToMain();
  const projection = createProjection(doc);
  const stopNumberFormat = applyNumberFormat(projection.store);
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
          stopNumberFormat();
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

/**
 * Every figure follows the open project's number format (i18n/format.ts): set now and on every
 * change of the meta. This listener is the store's first, so the format is in place before any
 * screen re-renders for the change (and an undo of the format is shown at once).
 */
function applyNumberFormat(store: ProjectStore): () => void {
  let mine: NumberFormatSpec | undefined;
  const apply = (info: ProjectInfo) => {
    mine = { locale: info.numberLocale, currency: info.currency };
    setProjectNumberFormat(mine);
  };
  apply(store.getState().info);
  const stop = store.subscribe((s, prev) => {
    if (s.info !== prev.info) apply(s.info);
  });
  return () => {
    stop();
    // Another project opened meanwhile keeps its own.
    if (projectNumberFormat() === mine) setProjectNumberFormat(undefined);
  };
}
