import * as Y from 'yjs';
import { cleanText, LIMITS } from '../../domain/limits';
import { mapTemplate, type MapTemplate } from '../../domain/templates';
import { DEFAULT_NAMES } from '../../domain/defaultNames';
import { change } from '../history';
import { collection, copyRecord, emotionId, field, fieldsOf, getRecord, newId, patch, putRecord, readers } from '../schema';
import { done, refused, type ActionResult } from './result';
import { deleteRecords } from '../cascade';

function nextMapOrder(doc: Y.Doc): number {
  let max = 0;
  collection(doc, 'maps').forEach((m) => {
    const o = field(m, 'order');
    if (typeof o === 'number' && o > max) max = o;
  });
  return max + 1;
}

/** Writes a map and its template's stages and lanes. Call inside a transaction. */
export function writeMapFromTemplate(doc: Y.Doc, title: string, template: MapTemplate): string {
  const mapId = newId();
  putRecord(doc, 'maps', mapId, { title, order: nextMapOrder(doc), createdAt: Date.now() });
  template.stages.forEach((s, i) =>
    putRecord(doc, 'stages', newId(), { mapId, name: s.name, description: s.description, order: i + 1 }),
  );
  template.lanes.forEach((l, i) =>
    putRecord(doc, 'lanes', newId(), { mapId, name: l.name, kind: l.kind, order: i + 1 }),
  );
  return mapId;
}

export function addMap(
  doc: Y.Doc,
  title: string,
  templateId: MapTemplate['id'] = 'b2b',
): ActionResult<string> {
  const c = cleanText(title, LIMITS.mapTitle, { singleLine: true });
  const name = c.ok ? c.value : DEFAULT_NAMES.untitledMap;
  let mapId = '';
  change(doc, () => {
    mapId = writeMapFromTemplate(doc, name, mapTemplate(templateId));
  });
  return done(mapId, c.ok && c.truncated ? { code: 'textTruncated', max: LIMITS.mapTitle } : undefined);
}

export function renameMap(doc: Y.Doc, mapId: string, title: string): ActionResult {
  const rec = getRecord(doc, 'maps', mapId);
  if (!rec) return refused({ code: 'notFound' });
  const c = cleanText(title, LIMITS.mapTitle, { singleLine: true });
  if (!c.ok) return refused({ code: 'nameEmpty' });
  change(doc, () => patch(rec, { title: c.value }));
  return done(undefined, c.truncated ? { code: 'textTruncated', max: LIMITS.mapTitle } : undefined);
}

/** Everything that belongs to a map, found by its `mapId` field. */
function idsInMap(doc: Y.Doc, name: 'stages' | 'lanes' | 'cards' | 'connectors' | 'emotions', mapId: string) {
  const ids: string[] = [];
  collection(doc, name).forEach((rec, id) => {
    if (field(rec, 'mapId') === mapId) ids.push(id);
  });
  return ids;
}

export function deleteMap(doc: Y.Doc, mapId: string): ActionResult {
  if (!getRecord(doc, 'maps', mapId)) return refused({ code: 'notFound' });
  // Its stages, lanes, cards, curves, handoffs and vote rounds go with it (document/references.ts).
  change(doc, () => deleteRecords(doc, 'maps', [mapId]));
  return done(undefined);
}

/** Copies a map with new ids for everything in it; connectors and emotions follow their cards. */
export function duplicateMap(doc: Y.Doc, mapId: string, title: string): ActionResult<string> {
  const src = getRecord(doc, 'maps', mapId);
  if (!src) return refused({ code: 'notFound' });
  const c = cleanText(title, LIMITS.mapTitle, { singleLine: true });
  const newMapId = newId();
  change(doc, () => {
    const map = readers.maps(mapId, fieldsOf(src));
    putRecord(doc, 'maps', newMapId, {
      title: c.ok ? c.value : map.title,
      order: nextMapOrder(doc),
      createdAt: Date.now(),
      ...(map.personaIds.length ? { personaIds: Y.Array.from([...map.personaIds]) } : {}),
    });
    const idMap = new Map<string, string>();
    for (const name of ['stages', 'lanes', 'cards'] as const) {
      for (const id of idsInMap(doc, name, mapId)) idMap.set(id, newId());
    }
    const remap = (id: unknown) => (typeof id === 'string' ? (idMap.get(id) ?? id) : id);
    for (const name of ['stages', 'lanes', 'cards'] as const) {
      for (const id of idsInMap(doc, name, mapId)) {
        const f = fieldsOf(getRecord(doc, name, id));
        copyRecord(doc, name, idMap.get(id) as string, {
          ...f,
          mapId: newMapId,
          stageId: remap(f.stageId),
          laneId: remap(f.laneId),
        });
      }
    }
    for (const id of idsInMap(doc, 'connectors', mapId)) {
      const f = fieldsOf(getRecord(doc, 'connectors', id));
      copyRecord(doc, 'connectors', newId(), {
        ...f,
        mapId: newMapId,
        fromCardId: remap(f.fromCardId),
        toCardId: remap(f.toCardId),
      });
    }
    for (const id of idsInMap(doc, 'emotions', mapId)) {
      const f = fieldsOf(getRecord(doc, 'emotions', id));
      const laneId = remap(f.laneId) as string;
      const stageId = remap(f.stageId) as string;
      const personaId = typeof f.personaId === 'string' ? f.personaId : undefined;
      copyRecord(doc, 'emotions', emotionId(laneId, stageId, personaId), { ...f, mapId: newMapId, laneId, stageId });
    }
  });
  return done(newMapId);
}
