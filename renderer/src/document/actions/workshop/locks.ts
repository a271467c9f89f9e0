/**
 * Facilitator locks: a whole map, a stage or a lane, against participants' changes (the
 * checks are in guard.ts).
 */
import type * as Y from 'yjs';
import { lockId } from '../../../domain/workshop/locks';
import type { LockScope } from '../../../domain/workshop/records';
import { change } from '../../history';
import { collection, getRecord, putRecord } from '../../schema';
import { deleteRecords } from '../../cascade';
import { done, refused, type ActionResult } from '../result';
import { facilitatorOnly } from './guard';

// ---- Locks ----

/** Locks or unlocks a whole map, a stage or a lane against participants' changes. */
export function setLock(
  doc: Y.Doc,
  scope: LockScope,
  targetId: string,
  locked: boolean,
): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  const col = scope === 'map' ? 'maps' : scope === 'stage' ? 'stages' : 'lanes';
  const target = getRecord(doc, col, targetId);
  if (!target) return refused({ code: 'notFound' });
  const id = lockId(scope, targetId);
  const has = collection(doc, 'locks').has(id);
  if (has === locked) return done(undefined);
  const mapId = scope === 'map' ? targetId : String(target.get('mapId') ?? '');
  change(doc, () => {
    if (locked) putRecord(doc, 'locks', id, { mapId, scope, targetId });
    else deleteRecords(doc, 'locks', [id]);
  });
  return done(undefined);
}
