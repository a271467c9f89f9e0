/** A persona's sections: text, lists, extra fields, picture and colour. */
import type * as Y from 'yjs';
import { cleanText } from '../../../domain/limits';
import { orderAt } from '../../../domain/ordering';
import {
  EXTRA_FIELD_PREFIX,
  extraSectionId,
  isListField,
  isTextField,
  PERSONA_COLORS,
  PERSONA_LIMITS,
  textLimit,
  type PersonaListField,
  type PersonaTextField,
} from '../../../domain/personas';
import { DEFAULT_NAMES } from '../../../domain/defaultNames';
import type { Notice } from '../../../domain/refusals';
import { change } from '../../history';
import { field, getRecord, newId, patch } from '../../schema';
import { deleteRecordsWhere } from '../../cascade';
import { done, refused, type ActionResult } from '../result';
import { listOf, personaOf, truncatedNotice } from './common';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Sets a text section (name, role, quote, budget…). Typing passes one merge key per session. */
export function setPersonaText(
  doc: Y.Doc,
  personaId: string,
  field: PersonaTextField,
  text: string,
  mergeKey?: string,
): ActionResult {
  const rec = getRecord(doc, 'personas', personaId);
  if (!rec || !isTextField(field)) return refused({ code: 'notFound' });
  const max = textLimit(field);
  const c = cleanText(text, max, { allowEmpty: true, singleLine: field !== 'quote' });
  const value = c.ok ? c.value : '';
  if ((rec.get(field) ?? '') === value) return done(undefined);
  change(doc, () => rec.set(field, value), mergeKey);
  return done(undefined, truncatedNotice(c, max));
}

export function addPersonaListItem(
  doc: Y.Doc,
  personaId: string,
  field: PersonaListField,
  text: string,
  index?: number,
): ActionResult<number> {
  const found = personaOf(doc, personaId);
  if (!found || !isListField(field)) return refused({ code: 'notFound' });
  const c = cleanText(text, PERSONA_LIMITS.listItem, { singleLine: true });
  if (!c.ok) return refused({ code: 'personas.itemEmpty' });
  const current = found.persona[field];
  if (current.length >= PERSONA_LIMITS.listItems) return refused({ code: 'personas.tooManyItems', max: PERSONA_LIMITS.listItems });
  const at = Math.max(0, Math.min(index ?? current.length, current.length));
  change(doc, () => listOf(found.rec, field).insert(at, [c.value]));
  return done(at, truncatedNotice(c, PERSONA_LIMITS.listItem));
}

/** Rewrites one item. Emptying it removes it. */
export function updatePersonaListItem(
  doc: Y.Doc,
  personaId: string,
  field: PersonaListField,
  index: number,
  text: string,
  mergeKey?: string,
): ActionResult {
  const found = personaOf(doc, personaId);
  if (!found || !isListField(field)) return refused({ code: 'notFound' });
  const current = found.persona[field];
  if (!Number.isInteger(index) || index < 0 || index >= current.length) return refused({ code: 'notFound' });
  const c = cleanText(text, PERSONA_LIMITS.listItem, { singleLine: true, allowEmpty: true });
  const value = c.ok ? c.value : '';
  if (current[index] === value) return done(undefined);
  change(
    doc,
    () => {
      const arr = listOf(found.rec, field);
      arr.delete(index, 1);
      if (value) arr.insert(index, [value]);
    },
    mergeKey,
  );
  return done(undefined, truncatedNotice(c, PERSONA_LIMITS.listItem));
}

export function removePersonaListItem(doc: Y.Doc, personaId: string, field: PersonaListField, index: number): ActionResult {
  const found = personaOf(doc, personaId);
  if (!found || !isListField(field)) return refused({ code: 'notFound' });
  if (!Number.isInteger(index) || index < 0 || index >= found.persona[field].length) return refused({ code: 'notFound' });
  change(doc, () => listOf(found.rec, field).delete(index, 1));
  return done(undefined);
}

export function addPersonaExtra(doc: Y.Doc, personaId: string, label: string = DEFAULT_NAMES.newPersonaField): ActionResult<string> {
  const found = personaOf(doc, personaId);
  if (!found) return refused({ code: 'notFound' });
  const extras = found.persona.extras;
  if (extras.length >= PERSONA_LIMITS.extras) return refused({ code: 'personas.tooManyExtras', max: PERSONA_LIMITS.extras });
  const c = cleanText(label, PERSONA_LIMITS.extraLabel, { singleLine: true });
  const id = newId();
  change(doc, () =>
    found.rec.set(EXTRA_FIELD_PREFIX + id, {
      label: c.ok ? c.value : DEFAULT_NAMES.newPersonaField,
      value: '',
      order: orderAt(extras, extras.length),
    }),
  );
  return done(id);
}

export function updatePersonaExtra(
  doc: Y.Doc,
  personaId: string,
  extraId: string,
  patch: { label?: string; value?: string },
  mergeKey?: string,
): ActionResult {
  const found = personaOf(doc, personaId);
  const extra = found?.persona.extras.find((x) => x.id === extraId);
  if (!found || !extra) return refused({ code: 'notFound' });
  let notice: Notice | undefined;
  let label = extra.label;
  let value = extra.value;
  if (patch.label !== undefined) {
    const c = cleanText(patch.label, PERSONA_LIMITS.extraLabel, { singleLine: true });
    if (!c.ok) return refused({ code: 'nameEmpty' });
    label = c.value;
    notice = truncatedNotice(c, PERSONA_LIMITS.extraLabel);
  }
  if (patch.value !== undefined) {
    const c = cleanText(patch.value, PERSONA_LIMITS.extraValue, { allowEmpty: true });
    value = c.ok ? c.value : '';
    notice ??= truncatedNotice(c, PERSONA_LIMITS.extraValue);
  }
  if (label === extra.label && value === extra.value) return done(undefined);
  change(doc, () => found.rec.set(EXTRA_FIELD_PREFIX + extraId, { label, value, order: extra.order }), mergeKey);
  return done(undefined, notice);
}

export function removePersonaExtra(doc: Y.Doc, personaId: string, extraId: string): ActionResult {
  const rec = getRecord(doc, 'personas', personaId);
  if (!rec || !rec.has(EXTRA_FIELD_PREFIX + extraId)) return refused({ code: 'notFound' });
  change(doc, () => {
    rec.delete(EXTRA_FIELD_PREFIX + extraId);
    deleteRecordsWhere(
      doc,
      'personaSignoffs',
      (so) => field(so, 'personaId') === personaId && field(so, 'section') === extraSectionId(extraId),
    );
  });
  return done(undefined);
}

/** Sets the picture by its hash in the assets table (stored beforehand), or removes it (null). */
export function setPersonaPicture(doc: Y.Doc, personaId: string, imageHash: string | null): ActionResult {
  const rec = getRecord(doc, 'personas', personaId);
  if (!rec) return refused({ code: 'notFound' });
  if (imageHash !== null && !SHA256_HEX.test(imageHash)) return refused({ code: 'notFound' });
  if ((field(rec, 'imageHash') ?? null) === imageHash) return done(undefined);
  change(doc, () => (imageHash ? patch(rec, { imageHash }) : rec.delete('imageHash')));
  return done(undefined);
}

export function setPersonaColor(doc: Y.Doc, personaId: string, color: string): ActionResult {
  const rec = getRecord(doc, 'personas', personaId);
  if (!rec || !(PERSONA_COLORS as readonly string[]).includes(color)) return refused({ code: 'notFound' });
  if (field(rec, 'color') !== color) change(doc, () => patch(rec, { color }));
  return done(undefined);
}
