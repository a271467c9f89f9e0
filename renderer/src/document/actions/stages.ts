import type * as Y from 'yjs';
import { cleanText, LIMITS } from '../../domain/limits';
import { orderAt, sortByOrder } from '../../domain/ordering';
import { DEFAULT_NAMES } from '../../domain/defaultNames';
import type { Refusal } from '../../domain/refusals';
import { change } from '../history';
import { collection, field, getRecord, newId, patch, putRecord } from '../schema';
import { deleteRecords } from '../cascade';
import { done, refused, type ActionResult } from './result';
import { lockRefusal } from './workshop/guard';

/** A facilitator's lock on the stage or lane's map, stage or lane (features/workshop); undefined when free. */
export function orderedLockRefusal(doc: Y.Doc, name: 'stages' | 'lanes', id: string): Refusal | undefined {
  const mapId = String(getRecord(doc, name, id)?.get('mapId') ?? '');
  return lockRefusal(doc, name === 'stages' ? { mapId, stageIds: [id] } : { mapId, laneIds: [id] });
}

/** The ordered stages or lanes of a map, read straight from the document. */
export function orderedIn(doc: Y.Doc, name: 'stages' | 'lanes', mapId: string, exclude?: string) {
  const list: { id: string; order: number }[] = [];
  collection(doc, name).forEach((rec, id) => {
    if (id !== exclude && field(rec, 'mapId') === mapId) {
      const o = field(rec, 'order');
      list.push({ id, order: typeof o === 'number' ? o : 0 });
    }
  });
  return sortByOrder(list);
}

export function addStage(doc: Y.Doc, mapId: string, name: string = DEFAULT_NAMES.newStage, index?: number): ActionResult<string> {
  if (!getRecord(doc, 'maps', mapId)) return refused({ code: 'notFound' });
  const locked = lockRefusal(doc, { mapId });
  if (locked) return refused(locked);
  const existing = orderedIn(doc, 'stages', mapId);
  if (existing.length >= LIMITS.stagesPerMap) return refused({ code: 'tooManyStages', max: LIMITS.stagesPerMap });
  const c = cleanText(name, LIMITS.stageName, { singleLine: true });
  const id = newId();
  change(doc, () => {
    putRecord(doc, 'stages', id, {
      mapId,
      name: c.ok ? c.value : DEFAULT_NAMES.newStage,
      description: '',
      order: orderAt(existing, index ?? existing.length),
    });
  });
  return done(id, c.ok && c.truncated ? { code: 'textTruncated', max: LIMITS.stageName } : undefined);
}

export function renameStage(doc: Y.Doc, stageId: string, name: string): ActionResult {
  const rec = getRecord(doc, 'stages', stageId);
  if (!rec) return refused({ code: 'notFound' });
  const locked = orderedLockRefusal(doc, 'stages', stageId);
  if (locked) return refused(locked);
  const c = cleanText(name, LIMITS.stageName, { singleLine: true });
  if (!c.ok) return refused({ code: 'nameEmpty' });
  if (field(rec, 'name') !== c.value) change(doc, () => patch(rec, { name: c.value }));
  return done(undefined, c.truncated ? { code: 'textTruncated', max: LIMITS.stageName } : undefined);
}

export function setStageDescription(doc: Y.Doc, stageId: string, text: string): ActionResult {
  const rec = getRecord(doc, 'stages', stageId);
  if (!rec) return refused({ code: 'notFound' });
  const locked = orderedLockRefusal(doc, 'stages', stageId);
  if (locked) return refused(locked);
  const c = cleanText(text, LIMITS.stageDescription, { allowEmpty: true, singleLine: true });
  const value = c.ok ? c.value : '';
  if (field(rec, 'description') !== value) change(doc, () => patch(rec, { description: value }));
  return done(undefined, c.ok && c.truncated ? { code: 'textTruncated', max: LIMITS.stageDescription } : undefined);
}

/** Moves a stage or lane to `toIndex` in its map's order. */
export function moveOrdered(doc: Y.Doc, name: 'stages' | 'lanes', id: string, toIndex: number): ActionResult {
  const rec = getRecord(doc, name, id);
  if (!rec) return refused({ code: 'notFound' });
  const locked = orderedLockRefusal(doc, name, id);
  if (locked) return refused(locked);
  const mapId = field(rec, 'mapId') as string;
  const all = orderedIn(doc, name, mapId);
  const from = all.findIndex((x) => x.id === id);
  const target = Math.max(0, Math.min(toIndex, all.length - 1));
  if (from === target) return done(undefined);
  const others = all.filter((x) => x.id !== id);
  change(doc, () => patch(rec, { order: orderAt(others, target) }));
  return done(undefined);
}

export const moveStage = (doc: Y.Doc, stageId: string, toIndex: number) =>
  moveOrdered(doc, 'stages', stageId, toIndex);

export function deleteStage(doc: Y.Doc, stageId: string): ActionResult {
  if (!getRecord(doc, 'stages', stageId)) return refused({ code: 'notFound' });
  const locked = orderedLockRefusal(doc, 'stages', stageId);
  if (locked) return refused(locked);
  // Its cards, curve points and handoffs go; its KPIs become the project's (document/references.ts).
  change(doc, () => deleteRecords(doc, 'stages', [stageId]));
  return done(undefined);
}
