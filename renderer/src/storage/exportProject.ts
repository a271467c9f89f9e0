/**
 * Building a project's .baton file: from the live document when the project is open in this
 * window (unsaved keystrokes included), otherwise from what is stored, with its pictures from
 * the assets table.
 */
import * as Y from 'yjs';
import { BATON_EXTENSION, buildBatonFile } from '../document/file/format';
import { migrate } from '../document/migrations';
import { leaveRoomStateOut, roomFreeCopy } from '../document/file/roomState';
import { metaMap, ORIGIN } from '../document/schema';
import { safeFileName } from '../domain/fileName';
import { S } from '../strings';
import { db } from './db';
import { openDocOf } from './openDocs';
import { loadUpdates } from './persistence';

const APP_VERSION = typeof __BATON_VERSION__ === 'string' ? __BATON_VERSION__ : 'dev';

export interface ProjectFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /**
   * The project the file was built from, as a Yjs snapshot (before the room's state was left
   * out of the copy): after a save, the project differs from the file once it no longer equals this.
   */
  readonly saved: Y.Snapshot;
}

export async function buildProjectFile(projectId: string): Promise<ProjectFile> {
  const getAsset = async (hash: string) => {
    // A backup taken while the database fails (full, closed, unreadable) still has the whole
    // document; only pictures that can't be read are left out.
    const row = await db()
      .assets.get(hash)
      .catch(() => undefined);
    return row ? { mime: row.mime, bytes: row.bytes } : undefined;
  };
  const now = Date.now();
  const open = openDocOf(projectId);
  if (open) {
    // A shared copy leaves the room behind (running timers, open votes); the open project keeps them.
    const saved = Y.snapshot(open.doc);
    const { copy } = roomFreeCopy(open.doc, now);
    try {
      return { name: nameOf(copy), bytes: await buildBatonFile(copy, getAsset, { appVersion: APP_VERSION }), saved };
    } finally {
      copy.destroy();
    }
  }
  const state = await loadUpdates(projectId);
  if (!state) throw new Error(S.projectMissing);
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state, ORIGIN.storage);
    const saved = Y.snapshot(doc);
    // In memory only: the file carries the current schema; the stored project is untouched.
    const m = migrate(doc);
    if (!m.ok) throw new Error(m.error === 'newer-version' ? S.newerVersion : S.migrationFailed);
    leaveRoomStateOut(doc, now);
    return { name: nameOf(doc), bytes: await buildBatonFile(doc, getAsset, { appVersion: APP_VERSION }), saved };
  } finally {
    doc.destroy();
  }
}

function nameOf(doc: Y.Doc): string {
  const title = metaMap(doc).get('title');
  return safeFileName(typeof title === 'string' ? title : '', BATON_EXTENSION, S.untitledProject);
}
