/** Personas on journey maps: attached to a map, and their card placed on its canvas. */
import * as Y from 'yjs';
import { DEFAULT_NAMES } from '../../../domain/defaultNames';
import { change, endStep, withMergeKey } from '../../history';
import { field, getRecord, patch, personaPinId, putRecord, type YRecordOf } from '../../schema';
import { deleteRecords, deleteRecordsWhere } from '../../cascade';
import { done, refused, type ActionResult } from '../result';
import { removeFromPersonaIds } from './common';
import { createPersona } from './records';

let createOnMapSteps = 0;

/**
 * Creates a persona and puts it on a map, from the map's own menu ("Add a persona to this
 * map" when the project has none yet): one undo step takes both back. The map's own emotion
 * curve, if any, stays the map's.
 */
export function createPersonaOnMap(doc: Y.Doc, mapId: string, name: string = DEFAULT_NAMES.newPersona): ActionResult<string> {
  if (!getRecord(doc, 'maps', mapId)) return refused({ code: 'notFound' });
  endStep(doc);
  const r = withMergeKey(`createPersonaOnMap:${++createOnMapSteps}`, () => {
    const made = createPersona(doc, name);
    if (!made.ok) return made;
    const on = attachPersona(doc, mapId, made.value);
    return on.ok ? made : on;
  });
  endStep(doc);
  return r;
}

export function attachPersona(doc: Y.Doc, mapId: string, personaId: string): ActionResult {
  const map = getRecord(doc, 'maps', mapId);
  if (!map || !getRecord(doc, 'personas', personaId)) return refused({ code: 'notFound' });
  const v = field(map, 'personaIds');
  const current = v instanceof Y.Array ? v.toArray() : Array.isArray(v) ? v : [];
  if (current.includes(personaId)) return refused({ code: 'personas.alreadyOnMap' });
  change(doc, () => {
    if (v instanceof Y.Array) v.push([personaId]);
    else patch(map, { personaIds: Y.Array.from([...current.filter((x) => typeof x === 'string'), personaId]) });
  });
  return done(undefined);
}

/** Takes a persona off a map, with its emotion curve on that map. One undo step. */
export function detachPersona(doc: Y.Doc, mapId: string, personaId: string): ActionResult<number> {
  const map = getRecord(doc, 'maps', mapId);
  if (!map) return refused({ code: 'notFound' });
  let points = 0;
  change(doc, () => {
    removeFromPersonaIds(map, personaId);
    const onThisMap = (r: YRecordOf<'emotions' | 'personaPins'>) => field(r, 'personaId') === personaId && field(r, 'mapId') === mapId;
    points = deleteRecordsWhere(doc, 'emotions', onThisMap).deleted.emotions ?? 0;
    deleteRecordsWhere(doc, 'personaPins', onThisMap);
  });
  return done(points);
}

const finite = (n: number) => (Number.isFinite(n) ? Math.round(n) : 0);

/**
 * Places a persona's card on a map's canvas (attaching the persona to the map if needed), or
 * moves it there if it is already placed. One undo step.
 */
export function placePersonaOnCanvas(doc: Y.Doc, mapId: string, personaId: string, x: number, y: number): ActionResult<string> {
  const map = getRecord(doc, 'maps', mapId);
  if (!map || !getRecord(doc, 'personas', personaId)) return refused({ code: 'notFound' });
  const id = personaPinId(mapId, personaId);
  change(doc, () => {
    const v = field(map, 'personaIds');
    const current = v instanceof Y.Array ? v.toArray() : Array.isArray(v) ? v : [];
    if (!current.includes(personaId)) {
      if (v instanceof Y.Array) v.push([personaId]);
      else patch(map, { personaIds: Y.Array.from([...current.filter((x) => typeof x === 'string'), personaId]) });
    }
    const pin = getRecord(doc, 'personaPins', id);
    if (pin) {
      patch(pin, { x: finite(x) });
      patch(pin, { y: finite(y) });
    } else putRecord(doc, 'personaPins', id, { mapId, personaId, x: finite(x), y: finite(y) });
  });
  return done(id);
}

/** Moves a persona's card on the canvas (a whole drag is this one change). */
export function movePersonaCard(doc: Y.Doc, pinId: string, x: number, y: number): ActionResult {
  const pin = getRecord(doc, 'personaPins', pinId);
  if (!pin) return refused({ code: 'notFound' });
  if (field(pin, 'x') === finite(x) && field(pin, 'y') === finite(y)) return done(undefined);
  change(doc, () => {
    patch(pin, { x: finite(x) });
    patch(pin, { y: finite(y) });
  });
  return done(undefined);
}

/** Takes a persona's card off the canvas; the persona stays on the map. */
export function removePersonaCard(doc: Y.Doc, pinId: string): ActionResult {
  if (!getRecord(doc, 'personaPins', pinId)) return refused({ code: 'notFound' });
  change(doc, () => deleteRecords(doc, 'personaPins', [pinId]));
  return done(undefined);
}
