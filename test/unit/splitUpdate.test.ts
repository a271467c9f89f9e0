import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCards, addMap, deleteCards, updateCardText } from '../../renderer/src/document/actions';
import { collection } from '../../renderer/src/document/schema';
import { splitUpdate } from '../../renderer/src/storage/splitUpdate';
import { BatonDB, db, useDatabase } from '../../renderer/src/storage/db';
import { compact, loadInto } from '../../renderer/src/storage/persistence';
import { createProject, withProjectDoc } from '../../renderer/src/storage/projects';

/** A map of `cards` cards in its first stage and lane, made by Baton's own actions. */
function fill(doc: Y.Doc, cards: number): string[] {
  const r = addMap(doc, 'Big map', 'b2b');
  if (!r.ok) throw new Error('addMap refused');
  const mapId = r.value;
  const stageId = Array.from(collection(doc, 'stages').keys()).find((id) => collection(doc, 'stages').get(id)!.get('mapId') === mapId)!;
  const laneId = Array.from(collection(doc, 'lanes').keys()).find(
    (id) => collection(doc, 'lanes').get(id)!.get('mapId') === mapId && collection(doc, 'lanes').get(id)!.get('kind') !== 'emotion',
  )!;
  const added = addCards(doc, { mapId, stageId, laneId }, Array.from({ length: cards }, (_, i) => ({ text: `Card ${i + 1}` })));
  if (!added.ok) throw new Error('addCards refused');
  return added.value;
}

const contentOf = (doc: Y.Doc) => ({ cards: collection(doc, 'cards').toJSON(), stages: collection(doc, 'stages').toJSON(), maps: collection(doc, 'maps').toJSON() });

describe('the stored log in pieces (compaction, issue 21)', () => {
  it('two sessions’ edits, cut into pieces, give back the same document with its edits and deletions', () => {
    const first = new Y.Doc();
    const ids = fill(first, 600);
    const second = new Y.Doc(); // a later session: another Yjs client
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    const before = Y.encodeStateVector(second);
    for (let i = 0; i < 50; i++) updateCardText(second, ids[i]!, `Edited ${i}`);
    deleteCards(second, ids.slice(100, 140));
    const log = [Y.encodeStateAsUpdate(first), Y.encodeStateAsUpdate(second, before)];

    const pieces = splitUpdate(log, 500);
    expect(pieces.length).toBeGreaterThan(3);
    const reopened = new Y.Doc();
    for (const p of pieces) Y.applyUpdate(reopened, p);
    expect(reopened.store.pendingStructs).toBeNull();
    expect(contentOf(reopened)).toEqual(contentOf(second));
    expect(collection(reopened, 'cards').size).toBe(560);
    expect(collection(reopened, 'cards').get(ids[7]!)!.get('text')).toBe('Edited 7');
  });

  it('a small log stays one row', () => {
    const doc = new Y.Doc();
    fill(doc, 3);
    expect(splitUpdate([Y.encodeStateAsUpdate(doc)])).toHaveLength(1);
  });

  it('compaction cuts a big one-row project into pieces once, and opening it gives every card', async () => {
    useDatabase(new BatonDB(`split-${Date.now()}`));
    const { projectId } = await createProject('Big', 'none');
    await withProjectDoc(projectId, (doc) => fill(doc, 2000));
    // createProject and withProjectDoc: the whole project in a couple of rows, not compaction's.
    await compact(projectId);
    const rows = await db().updates.where('projectId').equals(projectId).toArray();
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((r) => r.compacted)).toBe(true);
    await compact(projectId); // nothing to do: the log is compaction's own pieces
    expect((await db().updates.where('projectId').equals(projectId).primaryKeys()).sort()).toEqual(rows.map((r) => r.seq).sort());
    const doc = new Y.Doc();
    expect(await loadInto(doc, projectId, null)).toBe(true);
    expect(collection(doc, 'cards').size).toBe(2000);
  });
});
