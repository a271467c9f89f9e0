import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCards, addMap, deleteCards, updateCardText } from '../../renderer/src/document/actions';
import { collection } from '../../renderer/src/document/schema';
import { splitUpdate } from '../../renderer/src/storage/splitUpdate';
import { BatonDB, db, useDatabase } from '../../renderer/src/storage/db';
import { compact, loadInto } from '../../renderer/src/storage/persistence';
import { createProject, duplicateProject, withProjectDoc } from '../../renderer/src/storage/projects';

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
    // An old project: the whole of it in one row that compaction did not write.
    const whole = new Y.Doc();
    fill(whole, 2000);
    await db().updates.where('projectId').equals(projectId).delete();
    await db().updates.add({ projectId, update: Y.encodeStateAsUpdate(whole) });
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

  it('a project filled while closed, or saved whole, is in pieces before the save resolves (not 3 s into its first open)', async () => {
    useDatabase(new BatonDB(`pieces-${Date.now()}`));
    const rowsOf = (projectId: string) => db().updates.where('projectId').equals(projectId).toArray();
    const { projectId } = await createProject('Big', 'none');
    await withProjectDoc(projectId, (doc) => fill(doc, 2000));
    const filled = await rowsOf(projectId);
    expect(filled.length).toBeGreaterThan(3);
    expect(filled.every((r) => r.compacted)).toBe(true);
    const doc = new Y.Doc();
    expect(await loadInto(doc, projectId, null)).toBe(true);
    expect(collection(doc, 'cards').size).toBe(2000);

    // A small change while closed (a rename) is one more row, nothing merged.
    await withProjectDoc(projectId, (d) => collection(d, 'cards').get(collection(d, 'cards').keys().next().value!)!.set('text', 'Renamed'));
    const renamed = await rowsOf(projectId);
    expect(renamed).toHaveLength(filled.length + 1);
    expect(renamed.at(-1)!.compacted).toBeFalsy();

    // Saved whole (an imported file, a duplicate): pieces too, and every card there.
    const copyId = await duplicateProject(projectId);
    const copied = await rowsOf(copyId);
    expect(copied.length).toBeGreaterThan(3);
    expect(copied.every((r) => r.compacted)).toBe(true);
    const copy = new Y.Doc();
    expect(await loadInto(copy, copyId, null)).toBe(true);
    const original = new Y.Doc();
    await loadInto(original, projectId, null);
    expect(contentOf(copy).cards).toEqual(contentOf(original).cards);
    expect(collection(copy, 'cards').size).toBe(2000);
    expect(Array.from(collection(copy, 'cards').values()).some((c) => c.get('text') === 'Renamed')).toBe(true);

    // A small new project stays one row.
    const small = await createProject('Small', 'b2b');
    expect(await rowsOf(small.projectId)).toHaveLength(1);
  });
});
