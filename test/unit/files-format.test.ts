import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import * as Y from 'yjs';
import { addCard, addStage, renameStage } from '../../renderer/src/document/actions';
import { diffSnapshots } from '../../renderer/src/document/file/changes';
import { buildBatonFile } from '../../renderer/src/document/file/format';
import { parseBatonFile } from '../../renderer/src/document/file/parse';
import { loadUpdates } from '../../renderer/src/storage/persistence';
import { readSnapshot } from '../../renderer/src/document/projection';
import { getRecord, SCHEMA_VERSION } from '../../renderer/src/document/schema';
import { sortByOrder } from '../../renderer/src/domain/ordering';
import { safeFileName } from '../../renderer/src/domain/fileName';
import { db, useDatabase as switchDatabase } from '../../renderer/src/storage/db';
import { buildProjectFile } from '../../renderer/src/storage/exportProject';
import { importBatonFile } from '../../renderer/src/storage/importProject';
import { listSnapshots } from '../../renderer/src/storage/snapshots';
import { createProject, deleteProject, listProjects } from '../../renderer/src/storage/projects';
import { addRecentFile, listRecentFiles } from '../../renderer/src/storage/recentFiles';
import { edit, newMachine, open, storedSnapshot } from './files-helpers';

beforeEach(() => {
  newMachine();
});

/** A PNG's first bytes followed by filler: a "picture" as the sniffers see it. */
function fakePng(fill: number): Uint8Array {
  const b = new Uint8Array(2000).fill(fill);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return b;
}
async function sha256(b: Uint8Array): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', b as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(d), (x) => x.toString(16).padStart(2, '0')).join('');
}

/** A project with a few cards, a renamed stage and a picture referenced by an imageHash field. */
async function sampleProject() {
  const { projectId, mapId } = await createProject('Acme: EMEA / “alignment”', 'b2b');
  const png = fakePng(7);
  const hash = await sha256(png);
  await db().assets.add({ hash, mime: 'image/png', bytes: png });
  await edit(projectId, (doc) => {
    const s = readSnapshot(doc);
    const stages = sortByOrder(Object.values(s.stages));
    const lane = Object.values(s.lanes).find((l) => l.kind === 'actions')!;
    const c = addCard(doc, { mapId: mapId!, stageId: stages[0]!.id, laneId: lane.id }, 'Reads an analyst report');
    addCard(doc, { mapId: mapId!, stageId: stages[1]!.id, laneId: lane.id }, 'Asks a peer');
    renameStage(doc, stages[2]!.id, 'Shortlist');
    if (c.ok) doc.transact(() => getRecord(doc, 'cards', c.value)!.set('imageHash', hash));
  });
  return { projectId, mapId: mapId!, hash, png };
}

describe('the .baton file', () => {
  it('holds a readable project.json, the Yjs state and the referenced pictures', async () => {
    const { projectId, hash } = await sampleProject();
    const file = await buildProjectFile(projectId);
    expect(file.name).toBe('Acme EMEA “alignment”.baton');
    const entries = unzipSync(file.bytes);
    expect(Object.keys(entries).sort()).toEqual([`assets/${hash}`, 'project.json', 'state.bin']);
    const json = JSON.parse(strFromU8(entries['project.json']!));
    expect(json).toMatchObject({ format: 'baton', formatVersion: 1, schemaVersion: SCHEMA_VERSION });
    expect(json.project.info.projectId).toBe(projectId);
    expect(Object.values(json.project.cards).map((c) => (c as { text: string }).text).sort()).toEqual([
      'Asks a peer',
      'Reads an analyst report',
    ]);
    expect(typeof json.appVersion).toBe('string');
    expect(Number.isNaN(Date.parse(json.exportedAt))).toBe(false);
  });

  it('round trip: export, then import into an empty database, gives the same project and picture', async () => {
    const { projectId, hash, png } = await sampleProject();
    const before = await storedSnapshot(projectId);
    const file = await buildProjectFile(projectId);

    newMachine();
    const r = await importBatonFile(file.bytes, file.name);
    expect(r).toMatchObject({ ok: true, kind: 'added', projectId });
    expect(await storedSnapshot(projectId)).toEqual(before);
    expect((await db().assets.get(hash))?.bytes).toEqual(png);
    expect((await listProjects()).map((p) => p.id)).toEqual([projectId]);
    // And it opens like any project.
    const p = await open(projectId);
    expect(Object.keys(p.store.getState().cards)).toHaveLength(2);
    await p.close();
  });

  it('merge: two copies edited apart, each file imported into the other machine, end identical with both edits', async () => {
    const machineA = newMachine();
    const created = await createProject('Shared', 'b2b');
    const projectId = created.projectId;
    const mapId = created.mapId!;
    const original = await buildProjectFile(projectId);
    const machineB = newMachine();
    expect((await importBatonFile(original.bytes, original.name)).ok).toBe(true);

    const cellOf = (doc: Y.Doc, stage: number) => {
      const s = readSnapshot(doc);
      const stages = sortByOrder(Object.values(s.stages));
      const lane = Object.values(s.lanes).find((l) => l.kind === 'actions')!;
      return { mapId, stageId: stages[stage]!.id, laneId: lane.id };
    };
    // Anna (machine A) adds two cards and renames a stage; Ben (machine B) adds a card and a stage.
    switchDatabase(machineA);
    await edit(projectId, (doc) => {
      addCard(doc, cellOf(doc, 0), 'Anna: webinar');
      addCard(doc, cellOf(doc, 1), 'Anna: case study');
      renameStage(doc, cellOf(doc, 3).stageId, 'Contract');
    });
    const fileA = await buildProjectFile(projectId);
    switchDatabase(machineB);
    await edit(projectId, (doc) => {
      addCard(doc, cellOf(doc, 0), 'Ben: cold call');
      addStage(doc, mapId, 'Expansion');
    });
    const fileB = await buildProjectFile(projectId);

    switchDatabase(machineA);
    const onA = await importBatonFile(fileB.bytes, fileB.name);
    expect(onA).toMatchObject({ ok: true, kind: 'merged' });
    if (onA.ok && onA.kind === 'merged') {
      expect(onA.changes.collections.find((c) => c.name === 'cards')).toMatchObject({ added: 1 });
      expect(onA.changes.collections.find((c) => c.name === 'stages')).toMatchObject({ added: 1 });
    }
    const snapA = await storedSnapshot(projectId);
    switchDatabase(machineB);
    const onB = await importBatonFile(fileA.bytes, fileA.name);
    expect(onB).toMatchObject({ ok: true, kind: 'merged' });
    if (onB.ok && onB.kind === 'merged') {
      expect(onB.changes.collections.find((c) => c.name === 'cards')).toMatchObject({ added: 2 });
      expect(onB.changes.collections.find((c) => c.name === 'stages')).toMatchObject({ renamed: 1 });
    }
    const snapB = await storedSnapshot(projectId);

    expect(snapB).toEqual(snapA);
    expect(Object.values(snapA.cards).map((c) => c.text).sort()).toEqual([
      'Anna: case study',
      'Anna: webinar',
      'Ben: cold call',
    ]);
    expect(Object.values(snapA.stages).map((s) => s.name)).toEqual(expect.arrayContaining(['Contract', 'Expansion']));

    // Importing the same file again changes nothing.
    const again = await importBatonFile(fileA.bytes, fileA.name);
    expect(again).toMatchObject({ ok: true, kind: 'merged', changes: { total: 0 } });
    expect(again.ok && again.kind === 'merged' ? again.undo : 'x').toBeUndefined();
  });

  it('a merge can be undone in one step, and leaves a version to go back to', async () => {
    const { projectId, mapId } = await createProject('Undo me', 'b2b');
    const before = await storedSnapshot(projectId);
    let cardId = '';
    // Another copy of the project (same history) with one more card and a changed title.
    const state = await loadUpdates(projectId);
    const other = new Y.Doc();
    Y.applyUpdate(other, state!);
    const s = readSnapshot(other);
    const stage = sortByOrder(Object.values(s.stages))[0]!;
    const lane = Object.values(s.lanes).find((l) => l.kind === 'actions')!;
    const r = addCard(other, { mapId: mapId!, stageId: stage.id, laneId: lane.id }, 'From the other copy');
    if (r.ok) cardId = r.value;
    const bytes = await buildBatonFile(other, async () => undefined, { appVersion: 'test' });

    const merged = await importBatonFile(bytes, 'other.baton');
    expect(merged).toMatchObject({ ok: true, kind: 'merged', changes: { total: 1 } });
    expect((await storedSnapshot(projectId)).cards[cardId]?.text).toBe('From the other copy');
    expect((await listSnapshots(projectId)).map((v) => v.label)).toEqual(['Before importing “other.baton”']);
    if (!merged.ok || merged.kind !== 'merged') throw new Error('not merged');
    await merged.undo!();
    expect(await storedSnapshot(projectId)).toEqual(before);

    // Undo also works into the open project, where it is a local change (Ctrl+Z brings the merge back).
    const merged2 = await importBatonFile(bytes, 'other.baton');
    // Yjs has seen those edits already (and then their undoing): nothing new.
    expect(merged2).toMatchObject({ ok: true, kind: 'merged', changes: { total: 0 } });
  });

  it('a file saved in format 1 (test/fixtures) opens through the real import path', async () => {
    const bytes = new Uint8Array(readFileSync('test/fixtures/baton-format-1.baton'));
    const r = await importBatonFile(bytes, 'baton-format-1.baton');
    expect(r).toMatchObject({ ok: true, kind: 'added', projectId: 'fixture-format-1', title: 'Fixture: format 1' });
    const snap = await storedSnapshot('fixture-format-1');
    expect(Object.values(snap.cards).map((c) => c.text).sort()).toEqual(['Reads an analyst report', 'Signs the order form']);
    expect(await db().assets.count()).toBe(1);
    const p = await open('fixture-format-1');
    expect(p.store.getState().info.schemaVersion).toBe(SCHEMA_VERSION);
    await p.close();
  });

  it('importing the file of a deleted project brings it back', async () => {
    const { projectId } = await sampleProject();
    const file = await buildProjectFile(projectId);
    await deleteProject(projectId);
    expect(await listProjects()).toHaveLength(0);
    expect(await importBatonFile(file.bytes, file.name)).toMatchObject({ ok: true, kind: 'restored' });
    expect((await listProjects()).map((p) => p.id)).toEqual([projectId]);
  });

  it('tells added, changed, renamed and removed records apart', () => {
    const doc = new Y.Doc();
    const before = readSnapshot(doc);
    doc.transact(() => {
      doc.getMap('meta').set('title', 'New title');
      for (const id of ['s1', 's2']) {
        const m = new Y.Map();
        m.set('name', id);
        doc.getMap('stages').set(id, m);
      }
    });
    const mid = readSnapshot(doc);
    expect(diffSnapshots(before, mid)).toMatchObject({ titleChanged: true, total: 3, collections: [{ name: 'stages', added: 2 }] });
    doc.transact(() => {
      (doc.getMap('stages').get('s1') as Y.Map<unknown>).set('name', 'Renamed');
      (doc.getMap('stages').get('s2') as Y.Map<unknown>).set('order', 5);
    });
    expect(diffSnapshots(mid, readSnapshot(doc)).collections).toEqual([
      { name: 'stages', added: 0, removed: 0, renamed: 1, changed: 1 },
    ]);
    doc.transact(() => doc.getMap('stages').delete('s1'));
    expect(diffSnapshots(mid, readSnapshot(doc)).collections[0]).toMatchObject({ removed: 1, changed: 1 });
  });

  it('parseBatonFile runs in Node on the exported bytes', async () => {
    const { projectId } = await sampleProject();
    const file = await buildProjectFile(projectId);
    const r = await parseBatonFile(file.bytes);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.file.projectId).toBe(projectId);
      expect(r.file.assets).toHaveLength(1);
      r.file.doc.destroy();
    }
  });
});

describe('file names and recent files', () => {
  it('makes a safe file name from any title', () => {
    expect(safeFileName('Acme: EMEA / Q3?', 'baton')).toBe('Acme EMEA Q3.baton');
    expect(safeFileName('  ..  ', 'baton')).toBe('Baton project.baton');
    expect(safeFileName('CON', 'baton')).toBe('_CON.baton');
    expect(safeFileName('a\u0000b\nc', 'baton')).toBe('a b c.baton');
    expect(safeFileName('x'.repeat(300), 'baton')).toHaveLength(80 + 6);
  });

  it('keeps the last ten files, newest first, without duplicates', async () => {
    for (let i = 0; i < 12; i++) await addRecentFile({ name: `f${i}.baton`, at: i, projectId: 'p1', action: 'exported' });
    await addRecentFile({ name: 'f5.baton', at: 99, projectId: 'p1', action: 'imported' });
    const list = await listRecentFiles();
    expect(list).toHaveLength(10);
    expect(list[0]).toMatchObject({ name: 'f5.baton', action: 'imported' });
    expect(list.filter((r) => r.name === 'f5.baton')).toHaveLength(1);
  });
});

