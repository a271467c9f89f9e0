/**
 * Opening a .baton file on this machine. Nothing is written until the whole file has been
 * parsed and checked (document/file/parse.ts), so a bad file changes nothing here.
 * - A project that is not here is added, like a new project, with its pictures.
 * - A project that is here (same projectId) is merged: the file's Yjs state is applied to
 *   the stored document (the live one if it is open in this window, so the screen updates).
 *   Yjs merges without conflicts, so both people's edits are kept. We say what the merge
 *   changed by comparing readSnapshot before and after.
 *
 * Undoing a merge: we keep the state from just before it (also as a version in the history,
 * "Before importing …") and undo by writing those records back as one local change (see
 * document/file/restore.ts), rather than with a Y.UndoManager tracking ORIGIN.importFile.
 * An UndoManager lives only as long as the document it watches, and a project merged from
 * the home screen is not open: its document is loaded, merged, saved and closed in a moment.
 * Restoring the pre-merge state works the same whether the project is open here, open in
 * another window, or closed, uses the same code as restoring a version, and the way back
 * stays in the version history after the toast is gone. Its one cost: an edit made after the
 * merge to a record the merge also changed is overwritten by the undo; the undo is offered
 * right after the merge, and the restore itself can be undone with Ctrl+Z.
 */
import * as Y from 'yjs';
import { diffSnapshots, type ProjectChanges } from '../document/file/changes';
import { FileError, type FileErrorKind } from '../document/file/limits';
import { parseBatonFile, type ParsedAsset } from '../document/file/parse';
import { mergedOverflow, overflowError } from '../document/file/records';
import { restoreRecords } from '../document/file/restore';
import { keepRoomState, readRoomState } from '../document/file/roomState';
import { migrate } from '../document/migrations';
import { readSnapshot } from '../document/projection';
import { ORIGIN } from '../document/schema';
import { S } from '../strings';
import { db } from './db';
import { openDocOf } from './openDocs';
import { loadUpdates } from './persistence';
import { restoreProject, saveNewProject, withProjectDoc } from './projects';
import { storeSnapshotState } from './snapshots';

export type ImportOutcome =
  | {
      readonly ok: true;
      /** added: not here before; restored: it was here but deleted (and is back). */
      readonly kind: 'added' | 'restored';
      readonly projectId: string;
      readonly title: string;
      readonly droppedAssets: number;
      /** What the file holds, as a Yjs snapshot: the open project differs from its file once it no longer equals this. */
      readonly saved: Y.Snapshot;
    }
  | {
      readonly ok: true;
      readonly kind: 'merged';
      readonly projectId: string;
      readonly title: string;
      readonly changes: ProjectChanges;
      /** Writes back the project as it was before the merge; absent when nothing changed. */
      readonly undo?: () => Promise<void>;
      readonly droppedAssets: number;
      readonly saved: Y.Snapshot;
    }
  | { readonly ok: false; readonly error: FileErrorKind | 'storage'; readonly detail: string };

export async function importBatonFile(bytes: Uint8Array, fileName: string): Promise<ImportOutcome> {
  const parsed = await parseBatonFile(bytes);
  if (!parsed.ok) return parsed;
  const file = parsed.file;
  const saved = Y.snapshot(file.doc);
  try {
    const stored = await loadUpdates(file.projectId);
    if (!stored) {
      await storeAssets(file.assets);
      await saveNewProject(file.doc, file.projectId);
      return { ok: true, kind: 'added', projectId: file.projectId, title: file.title, droppedAssets: file.droppedAssets, saved };
    }
    const row = await db().projects.get(file.projectId);
    const { changes, before, title } = await mergeInto(file.projectId, file.doc);
    await storeAssets(file.assets);
    if (row?.deletedAt) {
      await restoreProject(file.projectId);
      return { ok: true, kind: 'restored', projectId: file.projectId, title, droppedAssets: file.droppedAssets, saved };
    }
    let undo: (() => Promise<void>) | undefined;
    if (changes.total > 0) {
      await storeSnapshotState(file.projectId, before, S.beforeImport(fileName));
      undo = () => restoreProjectState(file.projectId, before);
    }
    return { ok: true, kind: 'merged', projectId: file.projectId, title, changes, undo, droppedAssets: file.droppedAssets, saved };
  } catch (err) {
    // A merge that would take the project past the record limits is refused like a bad file.
    if (err instanceof FileError) return { ok: false, error: err.kind, detail: err.detail };
    return { ok: false, error: 'storage', detail: String((err as Error)?.message ?? err) };
  } finally {
    file.doc.destroy();
  }
}

interface Merged {
  readonly changes: ProjectChanges;
  readonly before: Uint8Array;
  readonly title: string;
}

function mergeDocs(doc: Y.Doc, incoming: Y.Doc): Merged {
  // The file fits on its own (parse.ts); the project it joins must still fit once merged.
  const over = mergedOverflow(doc, incoming);
  if (over) throw overflowError(over, ' once merged');
  const beforeSnap = readSnapshot(doc);
  const before = Y.encodeStateAsUpdate(doc);
  const room = readRoomState(doc);
  doc.transact(() => {
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(incoming, Y.encodeStateVector(doc)), ORIGIN.importFile);
    // A shared copy's paused timers and closed votes are not news about this room (roomState.ts).
    keepRoomState(doc, room);
  }, ORIGIN.importFile);
  const after = readSnapshot(doc);
  return { changes: diffSnapshots(beforeSnap, after), before, title: after.info.title };
}

async function mergeInto(projectId: string, incoming: Y.Doc): Promise<Merged> {
  const open = openDocOf(projectId);
  if (open) {
    const merged = mergeDocs(open.doc, incoming);
    await open.persistence.flush();
    return merged;
  }
  return withProjectDoc(projectId, (doc) => {
    // Nothing is written (not even a migration) for a merge that will be refused.
    const over = mergedOverflow(doc, incoming);
    if (over) throw overflowError(over, ' once merged');
    // A project stored by an older Baton is brought up to date before the newer file joins it.
    const m = migrate(doc);
    if (!m.ok) throw new Error(m.error === 'newer-version' ? S.newerVersion : S.migrationFailed);
    return mergeDocs(doc, incoming);
  });
}

/** Writes back a project's records as they were in `state` (one undoable local change). */
export async function restoreProjectState(projectId: string, state: Uint8Array): Promise<void> {
  const target = new Y.Doc();
  try {
    Y.applyUpdate(target, state, ORIGIN.storage);
    const open = openDocOf(projectId);
    if (open) {
      restoreRecords(open.doc, target);
      await open.persistence.flush();
    } else {
      await withProjectDoc(projectId, (doc) => restoreRecords(doc, target));
    }
  } finally {
    target.destroy();
  }
}

/** Pictures are stored by content hash; one already here is never overwritten. */
async function storeAssets(assets: readonly ParsedAsset[]): Promise<void> {
  if (!assets.length) return;
  await db().transaction('rw', db().assets, async () => {
    for (const a of assets) {
      if (!(await db().assets.get(a.hash))) await db().assets.add({ hash: a.hash, mime: a.mime, bytes: a.bytes });
    }
  });
}

