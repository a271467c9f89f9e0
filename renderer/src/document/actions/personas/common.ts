/** What the persona writers share: finding a persona, their order, list fields as Y.Arrays, notices. */
import * as Y from 'yjs';
import { sortByOrder } from '../../../domain/ordering';
import { readPersona, type Persona, type PersonaListField } from '../../../domain/personas';
import type { Notice } from '../../../domain/refusals';
import { collection, field, fieldsOf, getRecord, patch, type YRecordOf } from '../../schema';

export function personaOf(doc: Y.Doc, id: string): { rec: YRecordOf<'personas'>; persona: Persona } | undefined {
  const rec = getRecord(doc, 'personas', id);
  return rec ? { rec, persona: readPersona(id, fieldsOf(rec)) } : undefined;
}

export function orderedPersonas(doc: Y.Doc, exclude?: string) {
  const list: { id: string; order: number }[] = [];
  collection(doc, 'personas').forEach((rec, id) => {
    if (id === exclude) return;
    const o = field(rec, 'order');
    list.push({ id, order: typeof o === 'number' ? o : 0 });
  });
  return sortByOrder(list);
}

/** The record's list as a Y.Array, converting a plain array (an older or imported record). Inside a transaction. */
export function listOf(rec: YRecordOf<'personas'>, field: PersonaListField): Y.Array<string> {
  const v = rec.get(field);
  if (v instanceof Y.Array) return v as Y.Array<string>;
  const arr = new Y.Array<string>();
  rec.set(field, arr);
  if (Array.isArray(v)) arr.push(v.filter((x): x is string => typeof x === 'string'));
  return arr;
}

export const truncatedNotice = (c: { ok: boolean; truncated?: boolean }, max: number): Notice | undefined =>
  c.ok && c.truncated ? { code: 'textTruncated', max } : undefined;

/** Removes every occurrence of a persona from a map's list; true when there was one. */
export function removeFromPersonaIds(map: YRecordOf<'maps'>, personaId: string): boolean {
  const v = field(map, 'personaIds');
  if (v instanceof Y.Array) {
    let removed = false;
    for (let i = v.length - 1; i >= 0; i--) {
      if (v.get(i) === personaId) {
        v.delete(i, 1);
        removed = true;
      }
    }
    return removed;
  }
  if (Array.isArray(v) && v.includes(personaId)) {
    patch(map, { personaIds: Y.Array.from(v.filter((x) => x !== personaId && typeof x === 'string')) });
    return true;
  }
  return false;
}
