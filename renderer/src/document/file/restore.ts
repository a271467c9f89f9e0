/**
 * Bringing a project back to an earlier state (a version from its history, or the state
 * just before a merge) as ONE ordinary local change.
 *
 * Why a write rather than a Yjs trick: Yjs cannot "go back" (an update can't be un-applied,
 * and loading an old state into the live document would merge with, not replace, the
 * present). So we compare the old records with the current ones and, inside one `change()`,
 * delete what the old state did not have, re-create what it had and we lost, and set only
 * the fields that differ. Being a local change it is saved, sent to other windows, merges
 * with other people's copies like any edit, and Ctrl+Z (or the toast's Undo) reverts it in
 * one step. Records untouched since then are not written at all.
 */
import * as Y from 'yjs';
import { change } from '../history';
import { COLLECTIONS, collection, metaMap, type YRecord } from '../schema';
import { sameValue } from './changes';
import { overflowError, recordOverflow } from './records';

/** A field's value as plain JSON (nested Yjs types, e.g. a Y.Array of ids, as their content). */
const plain = (v: unknown): unknown => (v instanceof Y.AbstractType ? v.toJSON() : v);
/** A value ready to be written into this document: a nested type is copied, never moved. */
const copy = (v: unknown): unknown => (v instanceof Y.AbstractType ? v.clone() : v);

/** Writes `target`'s records over `doc`'s. Call inside a transaction. Returns the writes made. */
export function writeRecordsOver(doc: Y.Doc, target: Y.Doc): number {
  let writes = 0;
  const title = metaMap(target).get('title');
  if (typeof title === 'string' && metaMap(doc).get('title') !== title) {
    metaMap(doc).set('title', title);
    writes++;
  }
  for (const name of COLLECTIONS) {
    const current = collection(doc, name);
    const old = collection(target, name);
    for (const id of [...current.keys()]) {
      if (!(old.get(id) instanceof Y.Map)) {
        current.delete(id);
        writes++;
      }
    }
    old.forEach((oldRec, id) => {
      if (!(oldRec instanceof Y.Map)) return;
      let rec = current.get(id) as YRecord | undefined;
      if (!(rec instanceof Y.Map)) {
        rec = new Y.Map<unknown>();
        current.set(id, rec);
        writes++;
      }
      const now = rec;
      oldRec.forEach((value, key) => {
        if (!sameValue(plain(now.get(key)), plain(value))) {
          now.set(key, copy(value));
          writes++;
        }
      });
      for (const key of [...now.keys()]) {
        if (!oldRec.has(key)) {
          now.delete(key);
          writes++;
        }
      }
    });
  }
  return writes;
}

/**
 * Restores `target`'s records as one undoable local change. Returns the number of writes.
 * Throws a FileError ('too-many-records'), writing nothing, when `target` holds more records
 * than a project may (a version stored before the limits, say): the project would not open.
 */
export function restoreRecords(doc: Y.Doc, target: Y.Doc): number {
  const over = recordOverflow(target);
  if (over) throw overflowError(over, ' in the version to restore');
  let writes = 0;
  change(doc, () => {
    writes = writeRecordsOver(doc, target);
  });
  return writes;
}
