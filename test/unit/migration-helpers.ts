/**
 * Older documents for the migration tests, written as the Baton of their day wrote them, and the
 * check every migration has to pass: two copies migrated apart (two laptops offline) merge.
 */
import * as Y from 'yjs';
import { migrate } from '../../renderer/src/document/migrations';

/** A record as a Y.Map of its fields. */
export const rec = (fields: Record<string, unknown>) => new Y.Map<unknown>(Object.entries(fields));

/** A literal document: its meta keys and, per collection, records by id (plain fields, or a Y.Map for a nested list). */
export function literalDoc(
  meta: Record<string, unknown>,
  collections: Record<string, Record<string, Record<string, unknown>>> = {},
): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const [k, v] of Object.entries(meta)) doc.getMap('meta').set(k, v);
    for (const [name, records] of Object.entries(collections))
      for (const [id, fields] of Object.entries(records)) doc.getMap(name).set(id, rec(fields));
  });
  return doc;
}

/** Two copies of an older document, each migrated on its own and then merged both ways. */
export function migratedApart(older: Y.Doc): [Y.Doc, Y.Doc] {
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(older));
  migrate(older);
  migrate(b);
  Y.applyUpdate(older, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(older));
  return [older, b];
}
