/**
 * The one delete: removes records and follows document/references.ts from them, transitively,
 * so no delete action writes its own cascade (issue 17, item 3). For every record that goes:
 *   cascade: the records that refer to it go too (and what refers to those, and so on);
 *   clear:   the referring field is emptied ('' for an id, the id taken out of a list);
 *   keep:    nothing is written (the declaration says why the id may stay).
 * It writes inside the caller's transaction (`change`), so a delete and all it drags along are
 * one undo step, and undo puts every record and field back as it was.
 */
import * as Y from 'yjs';
import { REFERENCES, type Reference } from './references';
import { collection, type CollectionName, type YRecord, type YRecordOf } from './schema';

/** How many records of each collection went, and how many records of each had a field cleared. */
export interface Removal {
  readonly deleted: Partial<Record<CollectionName, number>>;
  readonly cleared: Partial<Record<CollectionName, number>>;
}

/** The cascade and clear references by the collection they point at (keeps write nothing). */
const INCOMING = new Map<CollectionName, Reference[]>();
for (const r of REFERENCES) {
  if (r.onDelete === 'keep') continue;
  const list = INCOMING.get(r.to) ?? [];
  list.push(r);
  INCOMING.set(r.to, list);
}

/** Whether a stored field names one of the ids (an id, or a list of them, plain or a Y.Array). */
function names(value: unknown, ids: ReadonlySet<string>): boolean {
  if (typeof value === 'string') return ids.has(value);
  const list = value instanceof Y.Array ? (value.toArray() as unknown[]) : Array.isArray(value) ? value : null;
  return !!list && list.some((x) => typeof x === 'string' && ids.has(x));
}

/** Empties a field that names gone records: '' for an id; a list keeps its other ids. */
function clearField(rec: YRecord, key: string, gone: ReadonlySet<string>): void {
  const v = rec.get(key);
  if (typeof v === 'string') {
    rec.set(key, '');
  } else if (v instanceof Y.Array) {
    for (let i = v.length - 1; i >= 0; i--) if (typeof v.get(i) === 'string' && gone.has(v.get(i) as string)) v.delete(i, 1);
  } else if (Array.isArray(v)) {
    // A plain list (an older or imported record) becomes a Y.Array, as the writers store lists:
    // two copies that each add an id then keep both.
    rec.set(key, Y.Array.from(v.filter((x) => typeof x === 'string' && !gone.has(x))));
  }
}

type Clear = { readonly from: CollectionName; readonly id: string; readonly field: string; readonly to: CollectionName };

/** What deleting these records takes along: every record that goes, and the fields to clear. Writes nothing. */
function plan(doc: Y.Doc, name: CollectionName, ids: Iterable<string>) {
  const gone = new Map<CollectionName, Set<string>>();
  const goneIn = (n: CollectionName) => gone.get(n) ?? gone.set(n, new Set()).get(n)!;
  const found: Clear[] = [];
  // Breadth first, one wave per collection at a time: each referring collection is read once a wave.
  let wave: [CollectionName, Set<string>][] = [[name, new Set([...ids].filter((id) => collection(doc, name).has(id)))]];
  while (wave.length) {
    const next = new Map<CollectionName, Set<string>>();
    for (const [to, fresh] of wave) {
      if (!fresh.size) continue;
      fresh.forEach((id) => goneIn(to).add(id));
      for (const r of INCOMING.get(to) ?? []) {
        const skip = gone.get(r.from);
        collection(doc, r.from).forEach((rec, id) => {
          if (skip?.has(id) || !names(rec.get(r.field), fresh)) return;
          if (r.onDelete === 'clear') found.push({ from: r.from, id, field: r.field, to });
          else if (!next.get(r.from)?.has(id)) (next.get(r.from) ?? next.set(r.from, new Set()).get(r.from)!).add(id);
        });
      }
    }
    wave = [...next].map(([n, s]) => [n, new Set([...s].filter((id) => !gone.get(n)?.has(id)))]);
  }
  // A record that goes anyway has nothing to clear.
  const clears = found.filter((c) => !gone.get(c.from)?.has(c.id));
  const cleared = new Map<CollectionName, Set<string>>();
  for (const c of clears) (cleared.get(c.from) ?? cleared.set(c.from, new Set()).get(c.from)!).add(c.id);
  const removal: Removal = {
    deleted: Object.fromEntries([...gone].map(([n, set]) => [n, set.size])),
    cleared: Object.fromEntries([...cleared].map(([n, set]) => [n, set.size])),
  };
  return { gone, clears, removal };
}

/**
 * What deleteRecords would delete and clear, counted from the same references, without writing:
 * for the question before a delete ("its 3 sign-offs go with it"), so it says what happens.
 */
export function removalOf(doc: Y.Doc, name: CollectionName, ids: Iterable<string>): Removal {
  return plan(doc, name, ids).removal;
}

/**
 * Deletes records of a collection and everything the references cascade to; clears the fields
 * that the references clear. Call inside a transaction. Ids that are not there are skipped.
 */
export function deleteRecords(doc: Y.Doc, name: CollectionName, ids: Iterable<string>): Removal {
  const { gone, clears, removal } = plan(doc, name, ids);
  for (const c of clears) {
    const rec = collection(doc, c.from).get(c.id);
    if (rec) clearField(rec, c.field, gone.get(c.to)!);
  }
  for (const [n, set] of gone) {
    const col = collection(doc, n);
    set.forEach((id) => col.delete(id));
  }
  return removal;
}

/**
 * Deletes the records of a collection that pass a test, with their cascades (ids collected
 * first: a Y.Map must not change while it is iterated). Call inside a transaction.
 */
export function deleteRecordsWhere<N extends CollectionName>(
  doc: Y.Doc,
  name: N,
  test: (rec: YRecordOf<N>, id: string) => boolean,
): Removal {
  const ids: string[] = [];
  collection(doc, name).forEach((rec, id) => {
    if (test(rec, id)) ids.push(id);
  });
  return deleteRecords(doc, name, ids);
}
