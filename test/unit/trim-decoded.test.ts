import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCards, addMap, deleteCards, updateCardText } from '../../renderer/src/document/actions';
import { collection } from '../../renderer/src/document/schema';
import { trimDecoded } from '../../renderer/src/storage/trimDecoded';

/** A stored project: a map of `n` cards, some edited and some deleted, as one update. */
function stored(n: number): { update: Uint8Array; ids: string[] } {
  const doc = new Y.Doc();
  const r = addMap(doc, 'Big map', 'b2b');
  if (!r.ok) throw new Error('addMap refused');
  const mapId = r.value;
  const stageId = Array.from(collection(doc, 'stages').keys()).find((id) => collection(doc, 'stages').get(id)!.get('mapId') === mapId)!;
  const laneId = Array.from(collection(doc, 'lanes').keys()).find(
    (id) => collection(doc, 'lanes').get(id)!.get('mapId') === mapId && collection(doc, 'lanes').get(id)!.get('kind') !== 'emotion',
  )!;
  const added = addCards(doc, { mapId, stageId, laneId }, Array.from({ length: n }, (_, i) => ({ text: `Card ${i + 1}` })));
  if (!added.ok) throw new Error('addCards refused');
  for (let i = 0; i < 20; i++) updateCardText(doc, added.value[i]!, `Edited ${i}`);
  deleteCards(doc, added.value.slice(30, 40));
  return { update: Y.encodeStateAsUpdate(doc), ids: added.value };
}

const anyContents = (doc: Y.Doc) => {
  const out: unknown[][] = [];
  doc.store.clients.forEach((structs) => {
    for (const s of structs) if (s instanceof Y.Item && s.content instanceof Y.ContentAny) out.push(s.content.arr);
  });
  return out;
};

describe('decoded values trimmed after a load (issue 21: the heap at 10,000 cards)', () => {
  it('every value gets an array of its own, and the document is the same, byte for byte, before and after further edits', () => {
    const { update, ids } = stored(500);
    const plain = new Y.Doc();
    Y.applyUpdate(plain, update);
    const trimmed = new Y.Doc();
    Y.applyUpdate(trimmed, update);
    const before = anyContents(trimmed);
    expect(before.length).toBeGreaterThan(2000);
    expect(trimDecoded(trimmed)).toBeNull();
    const after = anyContents(trimmed);
    expect(after).toEqual(before);
    expect(after.every((arr, i) => arr !== before[i])).toBe(true);
    expect(Y.encodeStateAsUpdate(trimmed)).toEqual(Y.encodeStateAsUpdate(plain));
    expect(collection(trimmed, 'cards').toJSON()).toEqual(collection(plain, 'cards').toJSON());
    // Edited afterwards, both documents stay one another's copy (and merge with each other).
    for (const doc of [plain, trimmed]) {
      updateCardText(doc, ids[0]!, 'Again');
      deleteCards(doc, [ids[50]!]);
    }
    expect(collection(trimmed, 'cards').toJSON()).toEqual(collection(plain, 'cards').toJSON());
    expect(collection(trimmed, 'cards').get(ids[0]!)!.get('text')).toBe('Again');
    expect(collection(trimmed, 'cards').size).toBe(489);
  });

  it('stops when its time is up and goes on from there', () => {
    const { update } = stored(2000);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    const before = anyContents(doc);
    let progress = trimDecoded(doc, -1);
    expect(progress).not.toBeNull();
    let rounds = 1;
    while (progress) {
      progress = trimDecoded(doc, -1, progress);
      rounds++;
    }
    expect(rounds).toBeGreaterThan(2);
    const after = anyContents(doc);
    expect(after).toEqual(before);
    expect(after.every((arr, i) => arr !== before[i])).toBe(true);
  });
});
