import * as Y from 'yjs';
import { readSnapshot } from '../../renderer/src/document/projection';
import { ORIGIN } from '../../renderer/src/document/schema';
import { BatonDB, db, useDatabase as switchDatabase } from '../../renderer/src/storage/db';
import { openProject } from '../../renderer/src/storage/openProject';
import { loadUpdates } from '../../renderer/src/storage/persistence';

let n = 0;
/** A fresh, empty database (a "machine"), made current. */
export function newMachine(): BatonDB {
  const d = new BatonDB(`files-${Date.now()}-${++n}`);
  switchDatabase(d);
  return d;
}

export async function open(projectId: string) {
  const r = await openProject(projectId);
  if (!r.ok) throw new Error(r.message);
  return r.project;
}

/** Opens a stored project, runs `fn` on its document (with history), saves and closes. */
export async function edit(projectId: string, fn: (doc: Y.Doc) => void): Promise<void> {
  const p = await open(projectId);
  fn(p.doc);
  await p.persistence.flush();
  await p.close();
}

/** The stored project as the UI would read it. */
export async function storedSnapshot(projectId: string) {
  const state = await loadUpdates(projectId);
  if (!state) throw new Error('not stored');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state, ORIGIN.storage);
  const snap = readSnapshot(doc);
  doc.destroy();
  return snap;
}

/** Everything stored in the database, table by table, for "nothing changed" checks. */
export async function dump() {
  const d = db();
  const updates = await d.updates.toArray();
  return {
    projects: await d.projects.toArray(),
    updates: updates.map((u) => ({ ...u, update: Array.from(u.update) })),
    snapshots: (await d.snapshots.toArray()).map((s) => ({ ...s, state: Array.from(s.state) })),
    assets: (await d.assets.toArray()).map((a) => ({ ...a, bytes: Array.from(a.bytes) })),
  };
}
