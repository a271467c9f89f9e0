/**
 * Actions on personas, their sign-offs and their place on journey maps. The only writers of
 * the `personas` and `personaSignoffs` collections and of a map's `personaIds`.
 *
 * Lists (goals, pains…) and a map's `personaIds` are Y.Arrays, so two offline copies that
 * each add an item keep both. Extra fields are one record field each (`extra:<id>`), so two
 * copies that each add a field keep both. Sign-offs live in their own collection with a
 * deterministic id (persona, section, team), so two copies signing the same thing merge into
 * one record; whether a sign-off still holds is derived (see domain/personas.ts).
 */
import * as Y from 'yjs';
import { cleanText } from '../../domain/limits';
import { orderAt, sortByOrder } from '../../domain/ordering';
import {
  colorForNewPersona,
  EXTRA_FIELD_PREFIX,
  extraSectionId,
  fingerprint,
  isListField,
  isTextField,
  PERSONA_COLORS,
  PERSONA_LIMITS,
  PERSONA_LIST_FIELDS,
  PERSONA_TEXT_FIELDS,
  personaStatus,
  readPersona,
  readPersonaSignoff,
  sectionIds,
  signoffId,
  textLimit,
  type Persona,
  type PersonaListField,
  type PersonaSignoff,
  type PersonaTextField,
  type SignoffVerdict,
} from '../../domain/personas';
import { DEFAULT_NAMES } from '../../domain/defaultNames';
import type { Notice } from '../../domain/refusals';
import { change } from '../history';
import { collection, deleteWhere, fieldsOf, getRecord, newId, personaPinId, putRecord, readers, type YRecord } from '../schema';
import { done, refused, type ActionResult } from './result';

const SHA256_HEX = /^[0-9a-f]{64}$/;

function personaOf(doc: Y.Doc, id: string): { rec: YRecord; persona: Persona } | undefined {
  const rec = getRecord(doc, 'personas', id);
  return rec ? { rec, persona: readPersona(id, fieldsOf(rec)) } : undefined;
}

function orderedPersonas(doc: Y.Doc, exclude?: string) {
  const list: { id: string; order: number }[] = [];
  collection(doc, 'personas').forEach((rec, id) => {
    if (id === exclude) return;
    const o = rec.get('order');
    list.push({ id, order: typeof o === 'number' ? o : 0 });
  });
  return sortByOrder(list);
}

/** The record's list as a Y.Array, converting a plain array (an older or imported record). Inside a transaction. */
function listOf(rec: YRecord, field: PersonaListField): Y.Array<string> {
  const v = rec.get(field);
  if (v instanceof Y.Array) return v as Y.Array<string>;
  const arr = new Y.Array<string>();
  rec.set(field, arr);
  if (Array.isArray(v)) arr.push(v.filter((x): x is string => typeof x === 'string'));
  return arr;
}

const truncatedNotice = (c: { ok: boolean; truncated?: boolean }, max: number): Notice | undefined =>
  c.ok && c.truncated ? { code: 'textTruncated', max } : undefined;

// ---- Personas ----

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
    collection(doc, 'maps').forEach((m) => {
      if (removeFromPersonaIds(m, personaId)) maps++;
    });
    emotionPoints = deleteWhere(doc, 'emotions', (e) => e.get('personaId') === personaId);
    signoffs = deleteWhere(doc, 'personaSignoffs', (so) => so.get('personaId') === personaId);
    deleteWhere(doc, 'personaPins', (pin) => pin.get('personaId') === personaId);
    collection(doc, 'personas').delete(personaId);
  });
  return done({ maps, emotionPoints, signoffs });
}

/** Removes every occurrence of a persona from a map's list; true when there was one. */
function removeFromPersonaIds(map: YRecord, personaId: string): boolean {
  const v = map.get('personaIds');
  if (v instanceof Y.Array) {
    let removed = false;
    for (let i = v.length - 1; i >= 0; i--) {
      if (v.get(i) === personaId) {
        v.delete(i, 1);
        removed = true;
      }
    }
    return removed;
  }
  if (Array.isArray(v) && v.includes(personaId)) {
    map.set('personaIds', Y.Array.from(v.filter((x) => x !== personaId && typeof x === 'string')));
    return true;
  }
  return false;
}

export function movePersona(doc: Y.Doc, personaId: string, toIndex: number): ActionResult {
  const rec = getRecord(doc, 'personas', personaId);
  if (!rec) return refused({ code: 'notFound' });
  const all = orderedPersonas(doc);
  const from = all.findIndex((x) => x.id === personaId);
  const target = Math.max(0, Math.min(toIndex, all.length - 1));
  if (from === target) return done(undefined);
  change(doc, () => rec.set('order', orderAt(orderedPersonas(doc, personaId), target)));
  return done(undefined);
}

// ---- Sections ----

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
    deleteWhere(
      doc,
      'personaSignoffs',
      (so) => so.get('personaId') === personaId && so.get('section') === extraSectionId(extraId),
    );
  });
  return done(undefined);
}

/** Sets the picture by its hash in the assets table (stored beforehand), or removes it (null). */
export function setPersonaPicture(doc: Y.Doc, personaId: string, imageHash: string | null): ActionResult {
  const rec = getRecord(doc, 'personas', personaId);
  if (!rec) return refused({ code: 'notFound' });
  if (imageHash !== null && !SHA256_HEX.test(imageHash)) return refused({ code: 'notFound' });
  if ((rec.get('imageHash') ?? null) === imageHash) return done(undefined);
  change(doc, () => (imageHash ? rec.set('imageHash', imageHash) : rec.delete('imageHash')));
  return done(undefined);
}

export function setPersonaColor(doc: Y.Doc, personaId: string, color: string): ActionResult {
  const rec = getRecord(doc, 'personas', personaId);
  if (!rec || !(PERSONA_COLORS as readonly string[]).includes(color)) return refused({ code: 'notFound' });
  if (rec.get('color') !== color) change(doc, () => rec.set('color', color));
  return done(undefined);
}

// ---- Sign-offs ----

function sectionExists(p: Persona, section: string): boolean {
  return sectionIds(p).includes(section);
}

/**
 * A team agrees or disagrees with a section as it reads now (its fingerprint is remembered),
 * or withdraws its word (null). Its comment is kept when the verdict changes.
 */
export function signOffSection(
  doc: Y.Doc,
  personaId: string,
  section: string,
  teamId: string,
  verdict: SignoffVerdict | null,
): ActionResult {
  const found = personaOf(doc, personaId);
  if (!found || !sectionExists(found.persona, section)) return refused({ code: 'notFound' });
  if (!getRecord(doc, 'teams', teamId)) return refused({ code: 'personas.unknownTeam' });
  const id = signoffId(personaId, section, teamId);
  const existing = getRecord(doc, 'personaSignoffs', id);
  if (verdict === null) {
    if (existing) change(doc, () => collection(doc, 'personaSignoffs').delete(id));
    return done(undefined);
  }
  if (verdict !== 'agree' && verdict !== 'disagree') return refused({ code: 'notFound' });
  const fp = fingerprint(found.persona, section);
  if (existing && existing.get('verdict') === verdict && existing.get('fingerprint') === fp) return done(undefined);
  change(doc, () => {
    if (existing) {
      existing.set('verdict', verdict);
      existing.set('fingerprint', fp);
      existing.set('at', Date.now());
    } else {
      putRecord(doc, 'personaSignoffs', id, { personaId, section, teamId, verdict, comment: '', fingerprint: fp, at: Date.now() });
    }
  });
  return done(undefined);
}

/** The comment with a team's verdict ("we never see them at events"). Needs a verdict first. */
export function setSignoffComment(
  doc: Y.Doc,
  personaId: string,
  section: string,
  teamId: string,
  comment: string,
  mergeKey?: string,
): ActionResult {
  const rec = getRecord(doc, 'personaSignoffs', signoffId(personaId, section, teamId));
  if (!rec) return refused({ code: 'personas.commentNeedsVerdict' });
  const c = cleanText(comment, PERSONA_LIMITS.comment, { allowEmpty: true });
  const value = c.ok ? c.value : '';
  if (rec.get('comment') === value) return done(undefined);
  change(doc, () => rec.set('comment', value), mergeKey);
  return done(undefined, truncatedNotice(c, PERSONA_LIMITS.comment));
}

/**
 * A team agrees with every counted section it has not yet signed off (or whose content
 * changed since). Its disagreements stay as they are. One undo step.
 */
export function agreeWithOpenSections(doc: Y.Doc, personaId: string, teamId: string): ActionResult<number> {
  const found = personaOf(doc, personaId);
  const team = getRecord(doc, 'teams', teamId);
  if (!found) return refused({ code: 'notFound' });
  if (!team) return refused({ code: 'personas.unknownTeam' });
  const signoffs: PersonaSignoff[] = [];
  collection(doc, 'personaSignoffs').forEach((rec, id) => {
    if (rec.get('personaId') === personaId) signoffs.push(readPersonaSignoff(id, fieldsOf(rec)));
  });
  const status = personaStatus(found.persona, [readers.teams(teamId, fieldsOf(team))], signoffs);
  const open = status.sections.filter(
    (s) => s.counted && s.teams[0] && (s.teams[0].state === 'open' || s.teams[0].state === 'reopened'),
  );
  if (!open.length) return done(0);
  change(doc, () => {
    for (const s of open) {
      const id = signoffId(personaId, s.section, teamId);
      const fp = fingerprint(found.persona, s.section);
      const existing = getRecord(doc, 'personaSignoffs', id);
      if (existing) {
        existing.set('verdict', 'agree');
        existing.set('fingerprint', fp);
        existing.set('at', Date.now());
      } else {
        putRecord(doc, 'personaSignoffs', id, {
          personaId,
          section: s.section,
          teamId,
          verdict: 'agree',
          comment: '',
          fingerprint: fp,
          at: Date.now(),
        });
      }
    }
  });
  return done(open.length);
}

// ---- Personas on journey maps ----

export function attachPersona(doc: Y.Doc, mapId: string, personaId: string): ActionResult {
  const map = getRecord(doc, 'maps', mapId);
  if (!map || !getRecord(doc, 'personas', personaId)) return refused({ code: 'notFound' });
  const v = map.get('personaIds');
  const current = v instanceof Y.Array ? v.toArray() : Array.isArray(v) ? v : [];
  if (current.includes(personaId)) return refused({ code: 'personas.alreadyOnMap' });
  change(doc, () => {
    if (v instanceof Y.Array) v.push([personaId]);
    else map.set('personaIds', Y.Array.from([...current.filter((x) => typeof x === 'string'), personaId]));
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
    const onThisMap = (r: YRecord) => r.get('personaId') === personaId && r.get('mapId') === mapId;
    points = deleteWhere(doc, 'emotions', onThisMap);
    deleteWhere(doc, 'personaPins', onThisMap);
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
    const v = map.get('personaIds');
    const current = v instanceof Y.Array ? v.toArray() : Array.isArray(v) ? v : [];
    if (!current.includes(personaId)) {
      if (v instanceof Y.Array) v.push([personaId]);
      else map.set('personaIds', Y.Array.from([...current.filter((x) => typeof x === 'string'), personaId]));
    }
    const pin = getRecord(doc, 'personaPins', id);
    if (pin) {
      pin.set('x', finite(x));
      pin.set('y', finite(y));
    } else putRecord(doc, 'personaPins', id, { mapId, personaId, x: finite(x), y: finite(y) });
  });
  return done(id);
}

/** Moves a persona's card on the canvas (a whole drag is this one change). */
export function movePersonaCard(doc: Y.Doc, pinId: string, x: number, y: number): ActionResult {
  const pin = getRecord(doc, 'personaPins', pinId);
  if (!pin) return refused({ code: 'notFound' });
  if (pin.get('x') === finite(x) && pin.get('y') === finite(y)) return done(undefined);
  change(doc, () => {
    pin.set('x', finite(x));
    pin.set('y', finite(y));
  });
  return done(undefined);
}

/** Takes a persona's card off the canvas; the persona stays on the map. */
export function removePersonaCard(doc: Y.Doc, pinId: string): ActionResult {
  if (!getRecord(doc, 'personaPins', pinId)) return refused({ code: 'notFound' });
  change(doc, () => collection(doc, 'personaPins').delete(pinId));
  return done(undefined);
}

