import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import * as Y from 'yjs';
import { addCard, addStage } from '../../renderer/src/document/actions';
import { sortByOrder } from '../../renderer/src/domain/ordering';
import { BatonDB, db, useDatabase } from '../../renderer/src/storage/db';
import { openProject } from '../../renderer/src/storage/openProject';
import { compact, loadInto, loadUpdates } from '../../renderer/src/storage/persistence';
import {
  createProject,
  deleteProject,
  duplicateProject,
  listProjects,
  purgeDeleted,
  renameProject,
  restoreProject,
} from '../../renderer/src/storage/projects';
import { storageStatus } from '../../renderer/src/storage/storageStatus';
import { SCHEMA_VERSION, metaMap } from '../../renderer/src/document/schema';

let n = 0;
beforeEach(async () => {
  useDatabase(new BatonDB(`test-${++n}`));
  storageStatus.setState({ saving: false, problem: undefined, message: undefined, retry: undefined });
});

async function open(id: string) {
  const r = await openProject(id);
  if (!r.ok) throw new Error(r.message);
  return r.project;
}

describe('storage', () => {
  it('a new project from the B2B template is listed with its counts', async () => {
    const { projectId, mapId } = await createProject('Acme', 'b2b');
    expect(mapId).toBeTruthy();
    const list = await listProjects();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: projectId, title: 'Acme', mapCount: 1, cardCount: 0 });
  });

  it('every change is saved: closing and reopening shows the same project', async () => {
    const { projectId, mapId } = await createProject('Acme', 'b2b');
    const p = await open(projectId);
    const stages = sortByOrder(Object.values(p.store.getState().stages));
    const lane = Object.values(p.store.getState().lanes).find((l) => l.kind === 'actions')!;
    addCard(p.doc, { mapId: mapId!, stageId: stages[0]!.id, laneId: lane.id }, 'Reads a blog post');
    addStage(p.doc, mapId!, 'Renewal');
    await p.persistence.flush();
    const snapshot = p.store.getState();
    await p.close();
    const again = await open(projectId);
    const { info: _a, ...restA } = snapshot;
    const { info: _b, ...restB } = again.store.getState();
    expect(restB).toEqual(restA);
    expect((await listProjects())[0]).toMatchObject({ cardCount: 1 });
    await again.close();
  });

  it('compaction merges the log into one row and loses nothing', async () => {
    const { projectId, mapId } = await createProject('Acme', 'blank');
    const p = await open(projectId);
    for (let i = 0; i < 30; i++) {
      addStage(p.doc, mapId!, `S${i}`);
      await p.persistence.flush();
    }
    const rowsBefore = await db().updates.where('projectId').equals(projectId).count();
    expect(rowsBefore).toBeGreaterThan(10);
    await compact(projectId);
    expect(await db().updates.where('projectId').equals(projectId).count()).toBe(1);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await loadUpdates(projectId))!);
    expect(doc.getMap('stages').size).toBe(31);
    await p.close();
  });

  it('two compactions at once (two tabs) leave one row and lose nothing', async () => {
    const { projectId, mapId } = await createProject('Acme', 'blank');
    const p = await open(projectId);
    for (let i = 0; i < 5; i++) {
      addStage(p.doc, mapId!, `S${i}`);
      await p.persistence.flush();
    }
    await Promise.all([compact(projectId), compact(projectId)]);
    expect(await db().updates.where('projectId').equals(projectId).count()).toBe(1);
    const doc = new Y.Doc();
    expect(await loadInto(doc, projectId, null)).toBe(true);
    expect(doc.getMap('stages').size).toBe(6);
    await p.close();
  });

  it('rename, duplicate, delete with undo, and purge', async () => {
    const { projectId } = await createProject('Acme', 'b2b');
    expect((await renameProject(projectId, '   ')).ok).toBe(false);
    expect((await renameProject(projectId, 'Acme EMEA')).ok).toBe(true);
    const copy = await duplicateProject(projectId);
    let list = await listProjects();
    expect(list.map((p) => p.title).sort()).toEqual(['Acme EMEA', 'Copy of Acme EMEA']);
    const copyDoc = await open(copy);
    expect(metaMap(copyDoc.doc).get('projectId')).toBe(copy);
    await copyDoc.close();
    await deleteProject(projectId);
    expect((await listProjects()).map((p) => p.id)).toEqual([copy]);
    await restoreProject(projectId);
    expect(await listProjects()).toHaveLength(2);
    await deleteProject(projectId);
    expect(await purgeDeleted(Date.now() + 1)).toBe(1);
    expect(await db().updates.where('projectId').equals(projectId).count()).toBe(0);
    list = await listProjects();
    expect(list).toHaveLength(1);
  });

  it('refuses to open a project saved by a newer Baton and writes nothing', async () => {
    const { projectId } = await createProject('Future', 'blank');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await loadUpdates(projectId))!);
    const future = new Y.Doc();
    Y.applyUpdate(future, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(doc);
    future.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 5);
    await db().updates.add({ projectId, update: Y.encodeStateAsUpdate(future, before) });
    const rows = await db().updates.count();
    const r = await openProject(projectId);
    expect(r).toMatchObject({ ok: false, error: 'newer-version' });
    expect(r.ok ? '' : r.message).toMatch(/newer version of Baton/);
    expect(await db().updates.count()).toBe(rows);
  });

  it('a failed write is reported with a way out, kept, and saved on retry', async () => {
    const { projectId, mapId } = await createProject('Quota', 'blank');
    const p = await open(projectId);
    const table = db().updates;
    const realAdd = table.add.bind(table);
    let fail = true;
    table.add = ((...args: Parameters<typeof realAdd>) => {
      if (fail) {
        const err = new Dexie.QuotaExceededError('disk full');
        return Dexie.Promise.reject(err);
      }
      return realAdd(...args);
    }) as typeof table.add;
    addStage(p.doc, mapId!, 'Will be saved later');
    await expect(p.persistence.flush()).rejects.toThrow();
    expect(storageStatus.getState().problem).toBe('quota');
    expect(storageStatus.getState().message).toMatch(/disk .* is full/);
    expect(p.persistence.pending()).toBeGreaterThan(0);
    fail = false;
    storageStatus.getState().retry!();
    await new Promise((r) => setTimeout(r, 50));
    await p.persistence.flush();
    expect(storageStatus.getState().problem).toBeUndefined();
    table.add = realAdd;
    await p.close();
    const again = await open(projectId);
    expect(Object.values(again.store.getState().stages).map((s) => s.name)).toContain('Will be saved later');
    await again.close();
  });
});
