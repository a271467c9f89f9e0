/**
 * Keeps a project's Y.Doc in IndexedDB. Our own small adapter rather than y-dexie or
 * y-indexeddb, because we need three things they don't give together: (1) every change is
 * written at once (the next task, not on an idle timer), with a promise that says when it is
 * on disk, for the "saved" indicator and the durability benchmark; (2) the project's
 * home-screen metadata is written in the same IndexedDB transaction, so the list never
 * disagrees with the document; (3) write failures are kept and retried, never dropped.
 *
 * Storage format: an append-only log of Yjs updates per project, merged into one row when it
 * grows (compaction). Yjs updates are commutative and idempotent, so the log can be replayed
 * in any order and a row written twice is harmless.
 */
import * as Y from 'yjs';
import { metaMap, ORIGIN, recordCount } from '../document/schema';
import { db, type ProjectRow } from './db';
import { clearStorageError, reportStorageError, storageStatus } from './storageStatus';
import { mergeUpdatesOffThread } from './mergeUpdates';
import { trimDecoded } from './trimDecoded';
import { yieldToMain } from './yieldToMain';

/** Compact when a project's log has more rows than this. */
const COMPACT_AFTER = 200;

export async function loadUpdates(projectId: string): Promise<Uint8Array | undefined> {
  const rows = await db().updates.where('projectId').equals(projectId).toArray();
  if (!rows.length) return undefined;
  return rows.length === 1 ? rows[0]!.update : Y.mergeUpdates(rows.map((r) => r.update));
}

/** How long applying stored rows may hold the main thread before the next rows wait a turn: about one of compaction's pieces (10–40 ms each), so two of them are not one 80–200 ms task under load. */
const APPLY_SLICE_MS = 16;

/**
 * Applies a project's stored log to `doc`, row by row, with `origin`; false when nothing is
 * stored. For opening a project: merging the rows first (loadUpdates) decodes and re-encodes
 * the whole document before applying decodes it again, twice the work (about a second of main
 * thread at 10,000 cards); updates apply in any order. The apply starts in a task of its own
 * (not the one that read the rows, nor the screen's), and a long log is applied in slices of
 * about APPLY_SLICE_MS with a turn for the browser between them. Nothing observes `doc` yet
 * (it is the opening's own), so the slices' transactions are seen by no one.
 */
export async function loadInto(doc: Y.Doc, projectId: string, origin: unknown): Promise<boolean> {
  const rows = await db().updates.where('projectId').equals(projectId).toArray();
  if (!rows.length) return false;
  let i = 0;
  // Per client, how far the decoded values are trimmed (trimDecoded.ts: ~3 MB at 10,000 cards).
  const trimmed = new Map<number, number>();
  while (i < rows.length) {
    await yieldToMain();
    const started = performance.now();
    doc.transact(() => {
      do {
        Y.applyUpdate(doc, rows[i++]!.update, origin);
        trimDecoded(doc, Infinity, trimmed);
      } while (i < rows.length && performance.now() - started < APPLY_SLICE_MS);
    }, origin);
  }
  return true;
}

/**
 * Merges a project's log into one row; rows added meanwhile are left alone, and if another tab
 * compacted the same rows first, nothing is written. The merge (Y.mergeUpdates, a decode and
 * re-encode of the whole document: over a second at 10,000 cards) and its cut into pieces
 * (splitUpdate.ts: rows that each apply in a short task when the project opens) run in a
 * worker, so they are no long task on the screen; the read and the swap are each one IndexedDB
 * transaction.
 */
export async function compact(projectId: string, minLooseBytes = 0): Promise<void> {
  const rows = await db().updates.where('projectId').equals(projectId).toArray();
  // Nothing to do when the log is compaction's own pieces. A single row that compaction did
  // not write (a new or imported project, or one compacted before pieces) is cut into pieces.
  if (!rows.length || rows.every((r) => r.compacted)) return;
  let loose = 0;
  for (const r of rows) if (!r.compacted) loose += r.update.byteLength;
  if (loose < minLooseBytes) return;
  const pieces = await mergeUpdatesOffThread(rows.map((r) => r.update));
  if (rows.length === 1 && pieces.length === 1) return; // small: one row already
  const seqs = rows.map((r) => r.seq as number);
  await db().transaction('rw', db().updates, async () => {
    const present = new Set(await db().updates.where('projectId').equals(projectId).primaryKeys());
    if (!seqs.every((seq) => present.has(seq))) return; // compacted elsewhere meanwhile
    await db().updates.bulkDelete(seqs);
    // In order (ascending seq): loadInto applies them as written.
    await db().updates.bulkAdd(pieces.map((update) => ({ projectId, update, compacted: true as const })));
  });
}

/**
 * Rows written outside compaction (bytes) above which a project saved whole, or changed while
 * closed, is cut into pieces before the save resolves (storeInPieces). About a tenth of
 * STRUCTS_PER_PIECE's worth of cards: below it the log would be one piece anyway.
 */
export const PIECES_AFTER_BYTES = 64 * 1024;

/**
 * Stores a project that was just written whole (new, imported, duplicated, joined) or filled
 * while closed as compaction's pieces now, in the worker, instead of 3 s into its first open:
 * that first open applied the whole document as one Yjs update, the longest task of an open
 * (issue 21: ~380 ms at 10,000 cards, over a second under load). The rows are written first
 * and compaction swaps them in one transaction only if they are all still there, so nothing
 * written meanwhile is lost; a failure leaves the rows as they were (an optimisation only).
 */
export async function storeInPieces(projectId: string): Promise<void> {
  await compact(projectId, PIECES_AFTER_BYTES).catch(() => undefined);
}

export function metadataOf(doc: Y.Doc, projectId: string, prev?: ProjectRow): ProjectRow {
  const title = metaMap(doc).get('title');
  const now = Date.now();
  return {
    id: projectId,
    title: typeof title === 'string' ? title : (prev?.title ?? ''),
    createdAt: prev?.createdAt ?? now,
    updatedAt: now,
    mapCount: recordCount(doc, 'maps'),
    cardCount: recordCount(doc, 'cards'),
    ...(prev?.deletedAt ? { deletedAt: prev.deletedAt } : {}),
  };
}

/**
 * Tells the page that a change reached IndexedDB (a 'baton:saved' event on window), for the
 * durability benchmark and tests; nothing in the app depends on it.
 */
function announceSaved(projectId: string): void {
  if (typeof globalThis.dispatchEvent !== 'function' || typeof CustomEvent !== 'function') return;
  globalThis.dispatchEvent(new CustomEvent('baton:saved', { detail: { projectId, at: performance.now() } }));
}

export interface Persistence {
  /** Resolves when every change made so far is in IndexedDB. */
  flush(): Promise<void>;
  /** Updates waiting to be written (non-zero while saving or after a failure). */
  pending(): number;
  destroy(): void;
}

export function attachPersistence(doc: Y.Doc, projectId: string): Persistence {
  let queue: Uint8Array[] = [];
  let writing: Promise<void> | null = null;
  let scheduled = false;
  let writtenSinceCompact = 0;
  let destroyed = false;
  let failed = false;

  const write = async (): Promise<void> => {
    scheduled = false;
    if (!queue.length) return;
    const batch = queue;
    queue = [];
    const update = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
    storageStatus.setState({ saving: true });
    try {
      await db().transaction('rw', db().updates, db().projects, async () => {
        await db().updates.add({ projectId, update });
        const prev = await db().projects.get(projectId);
        await db().projects.put(metadataOf(doc, projectId, prev));
      });
      writtenSinceCompact += 1;
      announceSaved(projectId);
      if (failed) {
        failed = false;
        clearStorageError();
      }
      storageStatus.setState({ saving: queue.length > 0 });
      if (writtenSinceCompact >= COMPACT_AFTER) {
        writtenSinceCompact = 0;
        await compact(projectId).catch(() => undefined); // compaction is an optimisation only
      }
    } catch (err) {
      // Keep the batch at the front of the queue: nothing is dropped; "Try again" re-runs.
      queue = [update, ...queue];
      failed = true;
      reportStorageError(err, () => {
        void kick();
      });
    }
  };

  const kick = (): Promise<void> => {
    writing = (writing ?? Promise.resolve()).then(write);
    return writing;
  };

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    // Storage's own loads, and tabs that already saved the same update, are not written again.
    if (origin === ORIGIN.storage || origin === ORIGIN.tab || destroyed) return;
    queue.push(update);
    if (!scheduled && !failed) {
      scheduled = true;
      // One write per task: a burst of changes in one event becomes one row.
      setTimeout(() => void kick(), 0);
    }
  };
  doc.on('update', onUpdate);

  return {
    async flush() {
      while (queue.length && !failed) await kick();
      await writing;
      if (queue.length) throw new Error('unsaved changes remain');
    },
    pending: () => queue.length,
    destroy() {
      destroyed = true;
      doc.off('update', onUpdate);
    },
  };
}
