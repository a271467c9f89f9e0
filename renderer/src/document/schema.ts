/**
 * The shape of a project inside its Y.Doc.
 *
 * - `meta` (Y.Map): schemaVersion, projectId, title, numberLocale (BCP 47), currency (ISO 4217).
 * - One top-level Y.Map per collection (maps, stages, lanes, cards, …), keyed by random id,
 *   whose values are Y.Maps of fields. Flat collections (a card names its map, stage and lane)
 *   rather than nesting: a move is a field change, two offline edits of different fields of
 *   one card both survive a merge, and the projection can observe each collection once.
 */
import * as Y from 'yjs';
import {
  CARD_COLORS,
  LANE_KINDS,
  EMOTION_MAX,
  EMOTION_MIN,
  type Card,
  type CardColor,
  type Connector,
  type EmotionPoint,
  type JourneyMap,
  type Lane,
  type LaneKind,
  type Stage,
  type PersonaPin,
  type Team,
} from '../domain/types';
import { alignmentReaders, readHubspot } from './alignmentReaders';
import { readPersona, readPersonaSignoff } from '../domain/personas';
import { workshopReaders } from '../domain/workshop/readers';
import { requestReaders } from '../domain/requests';
import { num, str, type Fields } from '../domain/read';

export const SCHEMA_VERSION = 6;

/** Transaction origins: who made a change decides whether it is undoable, saved, or sent. */
export const ORIGIN = {
  /** A person's gesture in this window: undoable, saved, broadcast. */
  local: { name: 'local' },
  /** Loaded from IndexedDB: neither saved again nor broadcast. */
  storage: { name: 'storage' },
  /** From another tab or window on this machine (already saved by its sender). */
  tab: { name: 'tab' },
  /** From a live-session peer: saved here, not undoable. */
  remote: { name: 'remote' },
  /** A schema migration: saved, not undoable. */
  migration: { name: 'migration' },
  /**
   * Session control (an agenda timer started, paused, extended): saved and sent to peers like
   * any change, but not an undo step: Ctrl+Z on the map should undo the map, not the clock.
   */
  control: { name: 'control' },
  /** A merged or imported file: saved, undoable as one step by its own manager. */
  importFile: { name: 'import' },
} as const;

/**
 * Every collection of the document. A feature that adds one adds its name here and a reader
 * below; the projection, undo, persistence and file export then cover it without more code.
 */
export const COLLECTIONS = ['maps', 'stages', 'lanes', 'cards', 'connectors', 'emotions', 'teams', 'handoffs', 'kpis', 'kpiReadings', 'glossary', 'funnels', 'personas', 'personaSignoffs', 'personaPins', 'sessions', 'participants', 'agendaItems', 'questionSets', 'questions', 'answers', 'voteRounds', 'votes', 'locks', 'parkingLot', 'decisions', 'actionItems', 'sessionTemplates', 'contentRequests', 'requestRules'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export type YRecord = Y.Map<unknown>;
export type YCollection = Y.Map<YRecord>;

/** A phantom mark (never present at run time): which collection a record belongs to. */
declare const COLLECTION: unique symbol;

/**
 * A record of collection N as the writers hold it: a plain Y.Map at run time, marked with its
 * collection so `patch`, `field` and `setField` accept only that collection's fields (a record
 * of another collection does not fit; an unmarked Y.Map fits none). `collection`, `getRecord` and
 * `putRecord` hand them out.
 */
export type YRecordOf<N extends CollectionName> = YRecord & { readonly [COLLECTION]?: N };

/** The fields of a collection's records (its reader's, without the id, which is the key). */
export type FieldOf<N extends CollectionName> = Exclude<keyof RecordOf<N>, 'id'> & string;

/**
 * How a field of a read type is stored: as itself, or a list as a Y.Array (persona lists, a
 * map's personas) or a nested Y.Map of items (a contract's criteria, the funnel's steps), which
 * two people can add to at once.
 */
type Stored<T> = T extends readonly unknown[] ? T | Y.Array<T[number]> | Y.Map<Y.Map<unknown>> : T;

/**
 * What a writer may put in a record of collection N: the fields its reader reads, each of the
 * type it reads (or how that type is stored). Writing a card with a persona's fields does not
 * compile. Every field is optional: the reader fills what was never written.
 */
export type WriteOf<N extends CollectionName> = { readonly [K in FieldOf<N>]?: Stored<RecordOf<N>[K]> };

/**
 * The fields a writer may set on a record it holds: never for a Y.Map whose collection is not
 * known (the marked type was lost, or it is not a record at all: the meta map, a list item).
 */
type PatchOf<N extends CollectionName> = [CollectionName] extends [N] ? never : { readonly [K in FieldOf<N>]?: WriteOf<N>[K] };
type PatchOrClear<N extends CollectionName> = [CollectionName] extends [N] ? never : { readonly [K in FieldOf<N>]?: WriteOf<N>[K] | null };
/** A field name of a record whose collection is known (never for an unmarked Y.Map). */
export type KnownField<N extends CollectionName> = [CollectionName] extends [N] ? never : FieldOf<N>;

export function collection<N extends CollectionName>(doc: Y.Doc, name: N): Y.Map<YRecordOf<N>> {
  return doc.getMap(name) as Y.Map<YRecordOf<N>>;
}

/** Counts by collection, dropped when a record is added or removed (not when one is edited). */
const counts = new WeakMap<YCollection, number>();
const counted = new WeakSet<YCollection>();

/**
 * How many records a collection holds. Y.Map's own `size` copies every entry into an array;
 * the home-screen metadata asks for it on every saved keystroke, which on a 2,000-card project
 * was the largest allocation of the save (about 140 KB) and fed the garbage collector pauses
 * that the typing benchmark measures. Recounted only after a record is added or removed.
 */
export function recordCount(doc: Y.Doc, name: CollectionName): number {
  const ymap = collection(doc, name);
  if (!counted.has(ymap)) {
    counted.add(ymap);
    // Not observeDeep: edits inside a record don't change the count.
    ymap.observe((e) => {
      if (e.keysChanged.size) counts.delete(ymap);
    });
  }
  let n = counts.get(ymap);
  if (n === undefined) {
    let total = 0;
    ymap.forEach(() => {
      total += 1;
    });
    counts.set(ymap, (n = total));
  }
  return n;
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function newId(): string {
  return crypto.randomUUID();
}

/**
 * Writes a new record (a Y.Map of fields) into a collection: only that collection's fields, of
 * their types (`WriteOf`). Call inside a transaction.
 */
export function putRecord<N extends CollectionName>(doc: Y.Doc, name: N, id: string, fields: WriteOf<N>): YRecordOf<N> {
  const rec = new Y.Map<unknown>() as YRecordOf<N>;
  for (const [k, v] of Object.entries(fields)) if (k !== 'id' && v !== undefined) rec.set(k, v);
  collection(doc, name).set(id, rec);
  return rec;
}

/**
 * Writes a copy of a stored record's fields as they are (a duplicated map's cards): whatever
 * the original holds, known to this version or not, so a copy loses nothing. Every other write
 * goes through `putRecord`. Call inside a transaction.
 */
export function copyRecord<N extends CollectionName>(doc: Y.Doc, name: N, id: string, fields: Fields): YRecordOf<N> {
  return putRecord(doc, name, id, fields as WriteOf<N>);
}

/**
 * Writes fields of a record of collection N, as Y.Map's `set` does (each given field is written,
 * even to the value it holds; undefined leaves a field alone). Call inside a transaction.
 */
export function patch<N extends CollectionName>(rec: YRecordOf<N>, fields: PatchOf<N>): void {
  for (const [k, v] of Object.entries(fields)) if (k !== 'id' && v !== undefined) rec.set(k, v);
}

/**
 * Writes the fields of a record of collection N that differ from what it holds; null deletes a
 * field. A timer tick that changes nothing writes nothing. Call inside a transaction.
 */
export function patchChanged<N extends CollectionName>(rec: YRecordOf<N>, fields: PatchOrClear<N>): void {
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined || k === 'id') continue;
    if (v === null) {
      if (rec.has(k)) rec.delete(k);
    } else if (rec.get(k) !== v) rec.set(k, v);
  }
}

/** Deletes a field of a record of collection N (the reader then gives its default). Call inside a transaction. */
export function unset<N extends CollectionName>(rec: YRecordOf<N>, key: FieldOf<N>): void {
  rec.delete(key);
}

/**
 * What a record holds in one of its collection's fields, as stored (unknown: an older file or a
 * peer may have put anything there; the readers turn it into a value of its type).
 */
export function field<N extends CollectionName>(rec: YRecordOf<N>, key: FieldOf<N>): unknown {
  return rec.get(key);
}

export function getRecord<N extends CollectionName>(doc: Y.Doc, name: N, id: string): YRecordOf<N> | undefined {
  const rec = collection(doc, name).get(id);
  return rec instanceof Y.Map ? rec : undefined;
}

// ---- Tolerant readers: a record merged from a damaged or older file never crashes the UI. ----


export function fieldsOf(rec: unknown): Fields {
  return rec instanceof Y.Map ? (rec.toJSON() as Fields) : {};
}

export const readers = {
  maps: (id: string, f: Fields): JourneyMap => ({
    id,
    title: str(f.title, 'Untitled map'),
    order: num(f.order),
    createdAt: num(f.createdAt),
    // Written as a Y.Array (two copies that each attach a persona keep both); read tolerantly.
    personaIds: Array.isArray(f.personaIds)
      ? [...new Set(f.personaIds.filter((x): x is string => typeof x === 'string' && x !== ''))]
      : [],
  }),
  stages: (id: string, f: Fields): Stage => ({
    id,
    mapId: str(f.mapId),
    name: str(f.name),
    description: str(f.description),
    order: num(f.order),
    ownerTeamId: str(f.ownerTeamId),
    hubspotStage: readHubspot(f.hubspotStage),
    salesforceStatus: str(f.salesforceStatus),
  }),
  lanes: (id: string, f: Fields): Lane => ({
    id,
    mapId: str(f.mapId),
    name: str(f.name),
    kind: (LANE_KINDS as readonly string[]).includes(str(f.kind)) ? (f.kind as LaneKind) : 'text',
    order: num(f.order),
  }),
  cards: (id: string, f: Fields): Card => ({
    id,
    mapId: str(f.mapId),
    stageId: str(f.stageId),
    laneId: str(f.laneId),
    text: str(f.text),
    color: (CARD_COLORS as readonly string[]).includes(str(f.color))
      ? (f.color as CardColor)
      : 'yellow',
    order: num(f.order),
    ownerTeamId: str(f.ownerTeamId),
    // Written during a private vote round by a participant (features/workshop): hidden from others until revealed.
    ...(str(f.authorId) && str(f.privateRoundId) ? { authorId: str(f.authorId), privateRoundId: str(f.privateRoundId) } : {}),
    // A picture dropped on the card (canvas/cardPicture.ts): its hash in the assets table.
    ...(/^[0-9a-f]{64}$/.test(str(f.imageHash)) ? { imageHash: str(f.imageHash) } : {}),
  }),
  connectors: (id: string, f: Fields): Connector => ({
    id,
    mapId: str(f.mapId),
    fromCardId: str(f.fromCardId),
    toCardId: str(f.toCardId),
  }),
  emotions: (id: string, f: Fields): EmotionPoint => ({
    id,
    mapId: str(f.mapId),
    laneId: str(f.laneId),
    stageId: str(f.stageId),
    score: Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(num(f.score)))),
    ...(str(f.personaId) ? { personaId: str(f.personaId) } : {}),
  }),
  teams: (id: string, f: Fields): Team => ({
    id,
    name: str(f.name, 'Team'),
    color: /^#[0-9a-fA-F]{6}$/.test(str(f.color)) ? str(f.color) : '#868e96',
    order: num(f.order),
  }),
  ...alignmentReaders,
  personas: readPersona,
  personaSignoffs: readPersonaSignoff,
  personaPins: (id: string, f: Fields): PersonaPin => ({
    id,
    mapId: str(f.mapId),
    personaId: str(f.personaId),
    x: num(f.x),
    y: num(f.y),
  }),
  ...workshopReaders,
  ...requestReaders,
} satisfies Record<CollectionName, (id: string, f: Fields) => unknown>;

export type RecordOf<N extends CollectionName> = ReturnType<(typeof readers)[N]>;

/**
 * The id of the emotion point of a lane at a stage (on a persona's curve, or on the map's
 * curve without a persona): deterministic, so two copies merge.
 */
export function emotionId(laneId: string, stageId: string, personaId?: string): string {
  return personaId ? `${laneId}:${stageId}:${personaId}` : `${laneId}:${stageId}`;
}

/** The id of a persona's card on a map: deterministic, so two copies that place it merge. */
export function personaPinId(mapId: string, personaId: string): string {
  return `${mapId}:${personaId}`;
}
