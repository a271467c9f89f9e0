/**
 * Facilitator locks: which lock covers an edit.
 */
import type { Id } from '../types';
import type { Lock, LockScope } from './records';

// ---- Locks ----

export const lockId = (scope: LockScope, targetId: Id) => `${scope}:${targetId}`;

/** What a change touches on a map; the most specific lock that covers it is reported. */
export interface EditTarget {
  readonly mapId: Id;
  readonly stageIds?: readonly Id[];
  readonly laneIds?: readonly Id[];
}

export function lockCovering(
  locks: Readonly<Record<Id, Pick<Lock, 'scope' | 'targetId'>>>,
  target: EditTarget,
): { scope: LockScope; targetId: Id } | undefined {
  for (const id of target.laneIds ?? [])
    if (locks[lockId('lane', id)]) return { scope: 'lane', targetId: id };
  for (const id of target.stageIds ?? [])
    if (locks[lockId('stage', id)]) return { scope: 'stage', targetId: id };
  if (locks[lockId('map', target.mapId)]) return { scope: 'map', targetId: target.mapId };
  return undefined;
}
