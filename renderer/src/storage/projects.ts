/**
 * Project-level operations of the home screen: create, rename, duplicate, delete (soft, with
 * undo), and the list. Each works on the project's document through its actions and saves it
 * through the same persistence as the editor.
 */
import * as Y from 'yjs';
import { initProject, renameProject as renameInDoc } from '../document/actions/project';
import { writeMapFromTemplate } from '../document/actions/maps';
import { metaMap, newId, ORIGIN } from '../document/schema';
import { mapTemplate, type MapTemplate } from '../domain/templates';
import { numberFormatForLocale } from '../domain/numberFormat';
import { currentLocale } from '../i18n/format';
import { S } from '../strings';
import { db, type ProjectRow } from './db';
import { attachPersistence, loadUpdates, metadataOf, PIECES_AFTER_BYTES, storeInPieces } from './persistence';
import type { ActionResult } from '../document/actions/result';

/** Saves a whole document as a project's first log row and writes its metadata; a big one is then stored in pieces (storeInPieces). */
export async function saveNewProject(doc: Y.Doc, projectId: string): Promise<void> {
  const update = Y.encodeStateAsUpdate(doc);
  await db().transaction('rw', db().updates, db().projects, async () => {
    await db().updates.add({ projectId, update });
    await db().projects.put(metadataOf(doc, projectId));
  });
  if (update.byteLength >= PIECES_AFTER_BYTES) await storeInPieces(projectId);
}

export async function createProject(
  title: string,
  templateId: MapTemplate['id'] | 'none' = 'b2b',
): Promise<{ projectId: string; mapId?: string }> {
  const projectId = newId();
  const doc = new Y.Doc();
  // A new project writes numbers and money the way its creator's machine does.
  initProject(doc, projectId, title, numberFormatForLocale(currentLocale()));
  let mapId: string | undefined;
  if (templateId !== 'none') {
    doc.transact(() => {
      mapId = writeMapFromTemplate(doc, S.untitledMap, mapTemplate(templateId));
    }, ORIGIN.migration);
  }
  await saveNewProject(doc, projectId);
  doc.destroy();
  return { projectId, mapId };
}

/** Runs a change on a project that may not be open, and saves it. */
export async function withProjectDoc<T>(projectId: string, fn: (doc: Y.Doc) => T): Promise<T> {
  const state = await loadUpdates(projectId);
  if (!state) throw new Error(S.projectMissing);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state, ORIGIN.storage);
  const persistence = attachPersistence(doc, projectId);
  // Tell any window that has this project open about the change.
  const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(`baton-project-${projectId}`) : null;
  let changed = 0;
  const onUpdate = (u: Uint8Array, origin: unknown) => {
    if (origin === ORIGIN.storage) return;
    channel?.postMessage(u);
    changed += u.byteLength;
  };
  doc.on('update', onUpdate);
  try {
    const result = fn(doc);
    await persistence.flush();
    // A big change made here (a map filled, a file merged) opens in short slices next time.
    if (changed >= PIECES_AFTER_BYTES) await storeInPieces(projectId);
    return result;
  } finally {
    doc.off('update', onUpdate);
    channel?.close();
    persistence.destroy();
    doc.destroy();
  }
}

export async function renameProject(projectId: string, title: string): Promise<ActionResult> {
  return withProjectDoc(projectId, (doc) => renameInDoc(doc, title));
}

export async function duplicateProject(projectId: string): Promise<string> {
  const state = await loadUpdates(projectId);
  if (!state) throw new Error(S.projectMissing);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state, ORIGIN.storage);
  const copyId = newId();
  const title = metaMap(doc).get('title');
  doc.transact(() => {
    metaMap(doc).set('projectId', copyId);
    metaMap(doc).set('title', S.copyOf(typeof title === 'string' ? title : S.untitledProject).slice(0, 120));
  }, ORIGIN.migration);
  await saveNewProject(doc, copyId);
  doc.destroy();
  return copyId;
}

/** Marks a project deleted; it disappears from the list and can be restored until purged. */
export async function deleteProject(projectId: string): Promise<void> {
  await db().projects.update(projectId, { deletedAt: Date.now() });
}

export async function restoreProject(projectId: string): Promise<void> {
  await db().transaction('rw', db().projects, async () => {
    const row = await db().projects.get(projectId);
    if (row) {
      delete row.deletedAt;
      await db().projects.put(row);
    }
  });
}

/** Removes projects deleted before `olderThan` (at start-up: their undo window has passed). */
export async function purgeDeleted(olderThan = Date.now()): Promise<number> {
  const gone = await db().projects.filter((p) => !!p.deletedAt && (p.deletedAt as number) < olderThan).toArray();
  for (const p of gone) {
    await db().transaction('rw', db().projects, db().updates, db().snapshots, async () => {
      await db().updates.where('projectId').equals(p.id).delete();
      await db().snapshots.where('projectId').equals(p.id).delete();
      await db().projects.delete(p.id);
    });
  }
  return gone.length;
}

export async function listProjects(): Promise<ProjectRow[]> {
  const rows = await db().projects.orderBy('updatedAt').reverse().toArray();
  return rows.filter((r) => !r.deletedAt);
}
