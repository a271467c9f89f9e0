/** Personas as a whole: create, copy, delete with everything that points at them, reorder. */
import * as Y from 'yjs';
import { cleanText } from '../../../domain/limits';
import { orderAt } from '../../../domain/ordering';
import {
  colorForNewPersona,
  EXTRA_FIELD_PREFIX,
  PERSONA_LIMITS,
  PERSONA_LIST_FIELDS,
  PERSONA_TEXT_FIELDS,
  SIGNS_FIELD_PREFIX,
} from '../../../domain/personas';
import { DEFAULT_NAMES } from '../../../domain/defaultNames';
import { change } from '../../history';
import { getRecord, newId, patch, putRecord } from '../../schema';
import { deleteRecords } from '../../cascade';
import { done, refused, type ActionResult } from '../result';
import { orderedPersonas, personaOf, truncatedNotice } from './common';

export function createPersona(doc: Y.Doc, name: string = DEFAULT_NAMES.newPersona): ActionResult<string> {
  const existing = orderedPersonas(doc);
  if (existing.length >= PERSONA_LIMITS.personas) return refused({ code: 'personas.tooManyPersonas', max: PERSONA_LIMITS.personas });
  const c = cleanText(name, PERSONA_LIMITS.shortText, { singleLine: true, allowEmpty: true });
  const id = newId();
  change(doc, () => {
    putRecord(doc, 'personas', id, {
      name: c.ok ? c.value : '',
      color: colorForNewPersona(existing.length),
      order: orderAt(existing, existing.length),
      createdAt: Date.now(),
    });
  });
  return done(id, truncatedNotice(c, PERSONA_LIMITS.shortText));
}

/** Copies a persona right after itself, as a new draft: the copy has no sign-offs. */
export function duplicatePersona(doc: Y.Doc, personaId: string, name?: string): ActionResult<string> {
  const src = personaOf(doc, personaId);
  if (!src) return refused({ code: 'notFound' });
  const all = orderedPersonas(doc);
  if (all.length >= PERSONA_LIMITS.personas) return refused({ code: 'personas.tooManyPersonas', max: PERSONA_LIMITS.personas });
  const p = src.persona;
  const c = cleanText(name ?? DEFAULT_NAMES.copyOf(p.name || DEFAULT_NAMES.unnamedPersona), PERSONA_LIMITS.shortText, { singleLine: true });
  const id = newId();
  change(doc, () => {
    const fields: Record<string, unknown> = {
      color: p.color,
      order: orderAt(all, all.findIndex((x) => x.id === personaId) + 1),
      createdAt: Date.now(),
      ...(p.imageHash ? { imageHash: p.imageHash } : {}),
    };
    for (const f of PERSONA_TEXT_FIELDS) if (p[f]) fields[f] = p[f];
    fields.name = c.ok ? c.value : p.name;
    for (const f of PERSONA_LIST_FIELDS) if (p[f].length) fields[f] = Y.Array.from([...p[f]]);
    for (const x of p.extras) fields[EXTRA_FIELD_PREFIX + x.id] = { label: x.label, value: x.value, order: x.order };
    // Who takes part in the sign-off is copied; the sign-offs themselves are not.
    for (const t of p.notSigning ?? []) fields[SIGNS_FIELD_PREFIX + t] = false;
    putRecord(doc, 'personas', id, fields);
  });
  return done(id);
}

/**
 * Deletes a persona and everything that points at it: it leaves every map it was on (no map
 * points at nothing), its emotion curves and its sign-offs go with it. One undo step.
 * Its picture stays in the assets table (other personas, or an undo, may need it).
 */
export function deletePersona(
  doc: Y.Doc,
  personaId: string,
): ActionResult<{ maps: number; emotionPoints: number; signoffs: number }> {
  if (!getRecord(doc, 'personas', personaId)) return refused({ code: 'notFound' });
  let maps = 0;
  let emotionPoints = 0;
  let signoffs = 0;
  change(doc, () => {
    const r = deleteRecords(doc, 'personas', [personaId]);
    maps = r.cleared.maps ?? 0;
    emotionPoints = r.deleted.emotions ?? 0;
    signoffs = r.deleted.personaSignoffs ?? 0;
  });
  return done({ maps, emotionPoints, signoffs });
}

export function movePersona(doc: Y.Doc, personaId: string, toIndex: number): ActionResult {
  const rec = getRecord(doc, 'personas', personaId);
  if (!rec) return refused({ code: 'notFound' });
  const all = orderedPersonas(doc);
  const from = all.findIndex((x) => x.id === personaId);
  const target = Math.max(0, Math.min(toIndex, all.length - 1));
  if (from === target) return done(undefined);
  change(doc, () => patch(rec, { order: orderAt(orderedPersonas(doc, personaId), target) }));
  return done(undefined);
}
