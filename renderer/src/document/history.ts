/**
 * Undo and redo. Each project document has one Y.UndoManager tracking local changes only
 * (never a peer's, a migration's or storage's). A user gesture is one step: every action
 * starts a new step, except consecutive writes that share a merge key (the debounced writes
 * of one typing session in a card), which fold into the step they started.
 */
import * as Y from 'yjs';
import { COLLECTIONS, collection, metaMap, ORIGIN } from './schema';

interface History {
  readonly undo: Y.UndoManager;
  lastMergeKey: string | undefined;
}

const histories = new WeakMap<Y.Doc, History>();

/** Large but finite: Yjs treats `lastChange === 0` (after stopCapturing) as "start a new step". */
const ONE_DAY_MS = 24 * 60 * 60 * 1000;

export function attachHistory(doc: Y.Doc, extraScope: Y.AbstractType<unknown>[] = []): Y.UndoManager {
  const existing = histories.get(doc);
  if (existing) return existing.undo;
  const scope = [metaMap(doc), ...COLLECTIONS.map((c) => collection(doc, c)), ...extraScope];
  const undo = new Y.UndoManager(scope, {
    trackedOrigins: new Set([ORIGIN.local]),
    captureTimeout: ONE_DAY_MS,
  });
  histories.set(doc, { undo, lastMergeKey: undefined });
  return undo;
}

export function historyOf(doc: Y.Doc): Y.UndoManager | undefined {
  return histories.get(doc)?.undo;
}

export function detachHistory(doc: Y.Doc): void {
  const h = histories.get(doc);
  if (!h) return;
  h.undo.destroy();
  histories.delete(doc);
}

/**
 * The only way actions write: one transaction with the local origin, one undo step unless
 * `mergeKey` continues the previous step.
 */
export function change(doc: Y.Doc, fn: () => void, mergeKey: string | undefined = ambientMergeKey): void {
  const h = histories.get(doc);
  if (h) {
    if (!mergeKey || mergeKey !== h.lastMergeKey) h.undo.stopCapturing();
    h.lastMergeKey = mergeKey;
  }
  doc.transact(fn, ORIGIN.local);
}

let ambientMergeKey: string | undefined;

/**
 * Runs `fn` with `mergeKey` as the merge key of every change in it that names none: for a
 * field that saves while typing through an action that takes no key (the inline renames).
 */
export function withMergeKey<T>(mergeKey: string, fn: () => T): T {
  const before = ambientMergeKey;
  ambientMergeKey = mergeKey;
  try {
    return fn();
  } finally {
    ambientMergeKey = before;
  }
}

/** A change that is saved and shared but is no undo step (session control: timers). */
export function changeUntracked(doc: Y.Doc, fn: () => void): void {
  doc.transact(fn, ORIGIN.control);
}

/** Ends any open merge so the next change starts its own undo step. */
export function endStep(doc: Y.Doc): void {
  const h = histories.get(doc);
  if (h) {
    h.undo.stopCapturing();
    h.lastMergeKey = undefined;
  }
}

export function undo(doc: Y.Doc): boolean {
  const h = histories.get(doc);
  if (!h) return false;
  h.lastMergeKey = undefined;
  return h.undo.undo() !== null;
}

export function redo(doc: Y.Doc): boolean {
  const h = histories.get(doc);
  if (!h) return false;
  h.lastMergeKey = undefined;
  return h.undo.redo() !== null;
}
