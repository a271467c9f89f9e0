import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, deleteStage, renameStage, updateCardText } from '../../renderer/src/document/actions';
import { buildBatonFile } from '../../renderer/src/document/file/format';
import { restoreRecords } from '../../renderer/src/document/file/restore';
import { redo, undo } from '../../renderer/src/document/history';
import { readSnapshot } from '../../renderer/src/document/projection';
import { sortByOrder } from '../../renderer/src/domain/ordering';
import { importBatonFile } from '../../renderer/src/storage/importProject';
import { loadUpdates } from '../../renderer/src/storage/persistence';
import { createProject } from '../../renderer/src/storage/projects';
import {
  attachAutoSnapshots,
  deleteSnapshot,
  listSnapshots,
  putSnapshotBack,
  snapshotDoc,
  takeSnapshot,
} from '../../renderer/src/storage/snapshots';
import { projectWithMap } from './helpers';
import { newMachine, open, storedSnapshot } from './files-helpers';

beforeEach(() => {
  newMachine();
});


describe('version history', () => {
  it('restores a version as one step that Ctrl+Z takes back, and redo brings back', () => {
    const p = projectWithMap('b2b');
    const stages = p.stages();
    addCard(p.doc, p.cell(0), 'Kept from the version');
    const version = new Y.Doc();
    Y.applyUpdate(version, Y.encodeStateAsUpdate(p.doc));
    const atVersion = p.snap();

    // Later: a card added, one edited, a stage renamed, another deleted (with its cards).
    const later = addCard(p.doc, p.cell(1), 'Added later');
    const kept = p.cards().find((c) => c.text === 'Kept from the version')!;
    updateCardText(p.doc, kept.id, 'Edited later');
    renameStage(p.doc, stages[2]!.id, 'Renamed later');
    deleteStage(p.doc, stages[0]!.id);
    const beforeRestore = p.snap();
    expect(later.ok).toBe(true);

    const writes = restoreRecords(p.doc, version);
    expect(writes).toBeGreaterThan(3);
    expect(p.snap()).toEqual(atVersion);

    expect(undo(p.doc)).toBe(true);
    expect(p.snap()).toEqual(beforeRestore);
    expect(redo(p.doc)).toBe(true);
    expect(p.snap()).toEqual(atVersion);
    // Restoring what is already there writes nothing and adds no undo step.
    expect(restoreRecords(p.doc, version)).toBe(0);
  });

  it('keeps versions per project: take, list newest first, preview, delete and put back', async () => {
    const { projectId } = await createProject('Versions', 'b2b');
    const p = await open(projectId);
    const first = await takeSnapshot(projectId, p.doc, 'Before the workshop');
    const s = p.store.getState();
    const stage = sortByOrder(Object.values(s.stages))[0]!;
    renameStage(p.doc, stage.id, 'Discovery');
    await new Promise((r) => setTimeout(r, 5));
    const second = await takeSnapshot(projectId, p.doc, 'After the workshop');
    expect((await listSnapshots(projectId)).map((v) => v.label)).toEqual(['After the workshop', 'Before the workshop']);

    const old = snapshotDoc(first)!;
    expect(readSnapshot(old).stages[stage.id]?.name).not.toBe('Discovery');
    expect(readSnapshot(snapshotDoc(second)!).stages[stage.id]?.name).toBe('Discovery');
    expect(snapshotDoc({ state: new Uint8Array([1, 2, 3]) })).toBeUndefined();

    restoreRecords(p.doc, old);
    await p.persistence.flush();
    expect((await storedSnapshot(projectId)).stages[stage.id]?.name).toBe(stage.name);

    const gone = await deleteSnapshot(first.id);
    expect((await listSnapshots(projectId)).map((v) => v.id)).toEqual([second.id]);
    await putSnapshotBack(gone!);
    expect(await listSnapshots(projectId)).toHaveLength(2);
    await p.close();
  });

  it('takes an automatic version at most every 30 minutes of editing, and only for local edits', async () => {
    const p = projectWithMap('b2b');
    const projectId = 'auto-project';
    let clock = Date.now();
    const stop = attachAutoSnapshots(p.doc, projectId, { now: () => clock });
    await new Promise((r) => setTimeout(r, 20)); // it reads the latest version's time first
    const count = async () => (await listSnapshots(projectId)).filter((v) => v.label === 'Automatic: while editing').length;

    // A change from another window or a merge is not "editing here".
    p.doc.transact(() => p.doc.getMap('meta').set('title', 'From another tab'), { name: 'tab' });
    await new Promise((r) => setTimeout(r, 20));
    expect(await count()).toBe(0);

    addCard(p.doc, p.cell(0), 'one'); // no version yet: the first edit takes one
    await new Promise((r) => setTimeout(r, 30));
    expect(await count()).toBe(1);
    clock += 10 * 60 * 1000;
    addCard(p.doc, p.cell(0), 'two');
    await new Promise((r) => setTimeout(r, 30));
    expect(await count()).toBe(1);
    clock += 25 * 60 * 1000;
    addCard(p.doc, p.cell(0), 'three');
    await new Promise((r) => setTimeout(r, 30));
    expect(await count()).toBe(2);
    const newest = (await listSnapshots(projectId))[0]!;
    expect(Object.values(readSnapshot(snapshotDoc(newest)!).cards).map((c) => c.text).sort()).toEqual(['one', 'three', 'two']);
    stop();
    clock += 60 * 60 * 1000;
    addCard(p.doc, p.cell(0), 'after stop');
    await new Promise((r) => setTimeout(r, 30));
    expect(await count()).toBe(2);
  });

  it('merging into the open project updates it live, and its undo is a local change Ctrl+Z reverts', async () => {
    const { projectId, mapId } = await createProject('Live', 'b2b');
    const p = await open(projectId);
    const other = new Y.Doc();
    Y.applyUpdate(other, (await loadUpdates(projectId))!);
    const s = readSnapshot(other);
    const cell = {
      mapId: mapId!,
      stageId: sortByOrder(Object.values(s.stages))[0]!.id,
      laneId: Object.values(s.lanes).find((l) => l.kind === 'actions')!.id,
    };
    addCard(other, cell, 'From a colleague');
    const bytes = await buildBatonFile(other, async () => undefined, { appVersion: 'test' });

    const r = await importBatonFile(bytes, 'colleague.baton');
    expect(r).toMatchObject({ ok: true, kind: 'merged' });
    const texts = () => Object.values(p.store.getState().cards).map((c) => c.text);
    expect(texts()).toEqual(['From a colleague']);
    // The merge itself is not on the local undo stack (it is someone else's work)…
    if (!r.ok || r.kind !== 'merged') throw new Error('not merged');
    await r.undo!();
    expect(texts()).toEqual([]);
    // …but undoing it is: Ctrl+Z brings the merged card back.
    expect(undo(p.doc)).toBe(true);
    expect(texts()).toEqual(['From a colleague']);
    await p.close();
  });
});
