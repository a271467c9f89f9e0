/**
 * Writes are typed per collection (document/schema.ts): `putRecord`, `patch`, `patchChanged`,
 * `unset` and `field` take only the fields the collection's reader reads, of their types. The
 * `@ts-expect-error` lines are the test that matters: `npm test`'s type-check fails when one of
 * them compiles (a card written with a persona's fields, say). The rest checks what they write.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  collection,
  field,
  getRecord,
  patch,
  patchChanged,
  putRecord,
  readers,
  fieldsOf,
  unset,
  type YRecordOf,
} from '../../renderer/src/document/schema';

const cardText = (rec: YRecordOf<'cards'>) => field(rec, 'text');

describe('typed writes', () => {
  it('refuse, at compile time, fields of another collection or of the wrong type', () => {
    const doc = new Y.Doc();
    // Never called: these lines only have to compile, or not.
    const misuses = () => {
      // @ts-expect-error a card has no persona fields
      putRecord(doc, 'cards', 'c1', { name: 'Dana', role: 'Head of sales' });
      // @ts-expect-error a card's order is a number
      putRecord(doc, 'cards', 'c2', { order: 'first' });
      // @ts-expect-error a card's colour is one of the card colours
      putRecord(doc, 'cards', 'c3', { color: 'chartreuse' });
      putRecord(doc, 'personas', 'p1', { name: 'Dana', role: 'Head of sales' });
      const persona = getRecord(doc, 'personas', 'p1')!;
      const card = putRecord(doc, 'cards', 'c4', { text: 'Sees an ad', color: 'blue', order: 1 });
      // @ts-expect-error a persona's record is not a card's
      cardText(persona);
      // @ts-expect-error a card has no field of that name
      field(card, 'txet');
      // @ts-expect-error a persona's field on a card
      patch(card, { role: 'Buyer' });
      // @ts-expect-error a Y.Map whose collection is not known takes no fields (the meta map, a list item)
      patch(new Y.Map<unknown>(), { text: 'x' });
      // @ts-expect-error a card's text is not a number
      patchChanged(card, { text: 3 });
      // @ts-expect-error no such field to delete
      unset(card, 'name');
    };
    expect(typeof misuses).toBe('function');
    doc.transact(() => putRecord(doc, 'cards', 'c4', { text: 'Sees an ad', color: 'blue', order: 1 }));
    expect(cardText(getRecord(doc, 'cards', 'c4')!)).toBe('Sees an ad');
  });

  it('write what they are given, as Y.Map does, and read it back through the reader', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      const card = putRecord(doc, 'cards', 'c', { mapId: 'm', stageId: 's', laneId: 'l', text: 'a', order: 1 });
      patch(card, { text: 'b', color: 'pink', order: undefined });
      patch(card, { imageHash: 'f'.repeat(64) });
      unset(card, 'imageHash');
    });
    const rec = getRecord(doc, 'cards', 'c')!;
    expect(fieldsOf(rec)).toEqual({ mapId: 'm', stageId: 's', laneId: 'l', text: 'b', color: 'pink', order: 1 });
    expect(readers.cards('c', fieldsOf(rec))).toMatchObject({ text: 'b', color: 'pink', order: 1 });
  });

  it('patchChanged writes only what differs, and null deletes', () => {
    const doc = new Y.Doc();
    doc.transact(() => putRecord(doc, 'agendaItems', 'a', { state: 'running', startedAt: 10, pausedAt: 20 }));
    const rec = getRecord(doc, 'agendaItems', 'a')!;
    let updates = 0;
    doc.on('update', () => updates++);
    doc.transact(() => patchChanged(rec, { state: 'running', startedAt: 10 }));
    expect(updates).toBe(0);
    doc.transact(() => patchChanged(rec, { state: 'paused', pausedAt: null }));
    expect(updates).toBe(1);
    expect(fieldsOf(collection(doc, 'agendaItems').get('a'))).toEqual({ state: 'paused', startedAt: 10 });
  });
});
