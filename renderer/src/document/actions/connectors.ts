import type * as Y from 'yjs';
import { str } from '../../domain/read';
import { change } from '../history';
import { collection, field, getRecord, newId, putRecord } from '../schema';
import { deleteRecords } from '../cascade';
import { done, refused, type ActionResult } from './result';

export function addConnector(doc: Y.Doc, fromCardId: string, toCardId: string): ActionResult<string> {
  const from = getRecord(doc, 'cards', fromCardId);
  const to = getRecord(doc, 'cards', toCardId);
  if (!from || !to || fromCardId === toCardId || field(from, 'mapId') !== field(to, 'mapId')) {
    return refused({ code: 'notFound' });
  }
  let existing: string | undefined;
  collection(doc, 'connectors').forEach((c, id) => {
    if (field(c, 'fromCardId') === fromCardId && field(c, 'toCardId') === toCardId) existing = id;
  });
  if (existing) return done(existing);
  const id = newId();
  change(doc, () => putRecord(doc, 'connectors', id, { mapId: str(field(from, 'mapId')), fromCardId, toCardId }));
  return done(id);
}

export function deleteConnectors(doc: Y.Doc, ids: readonly string[]): ActionResult {
  const col = collection(doc, 'connectors');
  const present = ids.filter((id) => col.has(id));
  if (present.length) change(doc, () => deleteRecords(doc, 'connectors', present));
  return done(undefined);
}
