/**
 * Version history: named copies of a project's whole Yjs state in the `snapshots` table,
 * taken by hand, when a workshop session starts (`takeSnapshot`, called by that feature),
 * before a merge, and automatically at most every 30 minutes while someone edits.
 */
import * as Y from 'yjs';
import { migrate } from '../document/migrations';
import { newId, ORIGIN } from '../document/schema';
import { S } from '../strings';
import { db, type SnapshotRow } from './db';

export const AUTO_SNAPSHOT_EVERY_MS = 30 * 60 * 1000;

/** When each project's latest version was taken (this window), so the automatic ones space out. */
const lastTaken = new Map<string, number>();

/** Saves the document as it is now under a label; resolves with the stored row. */
export async function takeSnapshot(projectId: string, doc: Y.Doc, label: string): Promise<SnapshotRow> {
  const row: SnapshotRow = { id: newId(), projectId, label, at: Date.now(), state: Y.encodeStateAsUpdate(doc) };
  lastTaken.set(projectId, row.at);
  await db().snapshots.add(row);
  return row;
}

/** Saves a given state (e.g. the one just before a merge). */
export async function storeSnapshotState(projectId: string, state: Uint8Array, label: string): Promise<SnapshotRow> {
  const row: SnapshotRow = { id: newId(), projectId, label, at: Date.now(), state };
  lastTaken.set(projectId, row.at);
  await db().snapshots.add(row);
  return row;
}

/** Newest first. */
export async function listSnapshots(projectId: string): Promise<SnapshotRow[]> {
  const rows = await db().snapshots.where('projectId').equals(projectId).toArray();
  return rows.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
}

export async function deleteSnapshot(id: string): Promise<SnapshotRow | undefined> {
  const row = await db().snapshots.get(id);
  await db().snapshots.delete(id);
  return row;
}

/** Puts a deleted version back (the toast's Undo). */
export async function putSnapshotBack(row: SnapshotRow): Promise<void> {
  await db().snapshots.put(row);
}

/** A version as a migrated, free-standing document (for preview and restore), or undefined. */
export function snapshotDoc(row: Pick<SnapshotRow, 'state'>): Y.Doc | undefined {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, row.state, ORIGIN.storage);
    if (!migrate(doc).ok) throw new Error('cannot migrate');
    return doc;
  } catch {
    doc.destroy();
    return undefined;
  }
}

/**
 * Takes an automatic version at the first local edit made 30 minutes or more after the
 * project's latest version (any kind). Returns the function that stops it.
 */
export function attachAutoSnapshots(
  doc: Y.Doc,
  projectId: string,
  opts: { everyMs?: number; now?: () => number } = {},
): () => void {
  const everyMs = opts.everyMs ?? AUTO_SNAPSHOT_EVERY_MS;
  const now = opts.now ?? Date.now;
  let stopped = false;
  let busy = false;
  let known = lastTaken.has(projectId);
  if (!known) {
    void db()
      .snapshots.where('projectId')
      .equals(projectId)
      .toArray()
      .then((rows) => {
        const latest = rows.reduce((m, r) => Math.max(m, r.at), 0);
        lastTaken.set(projectId, Math.max(lastTaken.get(projectId) ?? 0, latest));
      })
      .catch(() => lastTaken.set(projectId, now())) // unreadable: try again in 30 minutes
      .finally(() => (known = true));
  }
  const onUpdate = (_u: Uint8Array, origin: unknown) => {
    if (origin !== ORIGIN.local || stopped || busy || !known) return;
    if (now() - (lastTaken.get(projectId) ?? 0) < everyMs) return;
    busy = true;
    lastTaken.set(projectId, now());
    // After the transaction, not inside its event.
    setTimeout(() => {
      if (stopped) return void (busy = false);
      void takeSnapshot(projectId, doc, S.automaticVersion)
        .catch(() => undefined) // a failed automatic version is retried at the next interval
        .finally(() => (busy = false));
    }, 0);
  };
  doc.on('update', onUpdate);
  return () => {
    stopped = true;
    doc.off('update', onUpdate);
  };
}

export async function getSnapshot(id: string): Promise<SnapshotRow | undefined> {
  return db().snapshots.get(id);
}
