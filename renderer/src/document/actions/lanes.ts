import * as Y from 'yjs';
import { cleanText, LIMITS } from '../../domain/limits';
import { orderAt } from '../../domain/ordering';
import { EMOTION_MAX, EMOTION_MIN, LANE_KINDS, type LaneKind } from '../../domain/types';
import { DEFAULT_NAMES } from '../../domain/defaultNames';
import { str } from '../../domain/read';
import { change } from '../history';
import { emotionId, field, getRecord, newId, patch, putRecord } from '../schema';
import { deleteRecords } from '../cascade';
import { done, refused, type ActionResult } from './result';
import { moveOrdered, orderedIn, orderedLockRefusal } from './stages';
import { lockRefusal } from './workshop/guard';

export function addLane(
  doc: Y.Doc,
  mapId: string,
  name: string = DEFAULT_NAMES.newLane,
  kind: LaneKind = 'text',
  index?: number,
): ActionResult<string> {
  if (!getRecord(doc, 'maps', mapId)) return refused({ code: 'notFound' });
  const locked = lockRefusal(doc, { mapId });
  if (locked) return refused(locked);
  const existing = orderedIn(doc, 'lanes', mapId);
  if (existing.length >= LIMITS.lanesPerMap) return refused({ code: 'tooManyLanes', max: LIMITS.lanesPerMap });
  const c = cleanText(name, LIMITS.laneName, { singleLine: true });
  const id = newId();
  change(doc, () => {
    putRecord(doc, 'lanes', id, {
      mapId,
      name: c.ok ? c.value : DEFAULT_NAMES.newLane,
      kind: (LANE_KINDS as readonly string[]).includes(kind) ? kind : 'text',
      order: orderAt(existing, index ?? existing.length),
    });
  });
  return done(id, c.ok && c.truncated ? { code: 'textTruncated', max: LIMITS.laneName } : undefined);
}

export function renameLane(doc: Y.Doc, laneId: string, name: string): ActionResult {
  const rec = getRecord(doc, 'lanes', laneId);
  if (!rec) return refused({ code: 'notFound' });
  const locked = orderedLockRefusal(doc, 'lanes', laneId);
  if (locked) return refused(locked);
  const c = cleanText(name, LIMITS.laneName, { singleLine: true });
  if (!c.ok) return refused({ code: 'nameEmpty' });
  if (field(rec, 'name') !== c.value) change(doc, () => patch(rec, { name: c.value }));
  return done(undefined, c.truncated ? { code: 'textTruncated', max: LIMITS.laneName } : undefined);
}

export const moveLane = (doc: Y.Doc, laneId: string, toIndex: number) =>
  moveOrdered(doc, 'lanes', laneId, toIndex);

export function deleteLane(doc: Y.Doc, laneId: string): ActionResult {
  if (!getRecord(doc, 'lanes', laneId)) return refused({ code: 'notFound' });
  const locked = orderedLockRefusal(doc, 'lanes', laneId);
  if (locked) return refused(locked);
  // Its cards and curve points go with it (document/references.ts).
  change(doc, () => deleteRecords(doc, 'lanes', [laneId]));
  return done(undefined);
}

/**
 * Sets how the customer feels at a stage on an emotion lane, clamped to -2..+2: on the map's
 * curve without a persona, or on the curve of one of the map's personas.
 */
export function setEmotion(
  doc: Y.Doc,
  laneId: string,
  stageId: string,
  score: number,
  personaId?: string,
): ActionResult {
  const lane = getRecord(doc, 'lanes', laneId);
  const stage = getRecord(doc, 'stages', stageId);
  if (!lane || !stage || field(lane, 'kind') !== 'emotion') return refused({ code: 'notFound' });
  if (!Number.isFinite(score)) return refused({ code: 'notFound' });
  const locked = lockRefusal(doc, { mapId: String(field(lane, 'mapId') ?? ''), stageIds: [stageId], laneIds: [laneId] });
  if (locked) return refused(locked);
  const mapId = str(field(lane, 'mapId'));
  if (personaId) {
    const map = getRecord(doc, 'maps', mapId);
    const attached = map?.get('personaIds');
    const ids = attached instanceof Y.Array ? attached.toArray() : Array.isArray(attached) ? attached : [];
    if (!getRecord(doc, 'personas', personaId) || !ids.includes(personaId)) return refused({ code: 'notFound' });
  }
  const value = Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(score)));
  const id = emotionId(laneId, stageId, personaId);
  const existing = getRecord(doc, 'emotions', id);
  if (existing?.get('score') === value) return done(undefined);
  change(doc, () => {
    if (existing) patch(existing, { score: value });
    else putRecord(doc, 'emotions', id, { mapId, laneId, stageId, score: value, ...(personaId ? { personaId } : {}) });
  });
  return done(undefined);
}
