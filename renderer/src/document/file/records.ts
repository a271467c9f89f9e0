/**
 * Counting a project's records against RECORD_LIMITS (limits.ts): for a file being opened
 * (what project.json lists, before the state is even read; then what the state holds), for a
 * merge (what the project would hold once the file joins it) and for a restore. Counting only
 * walks the collections' keys (and, per map, one field of each stage, lane and card): a
 * 200,000-stage document is counted in a few milliseconds, long before anything draws it.
 */
import * as Y from 'yjs';
import { COLLECTIONS, collection, type CollectionName } from '../schema';
import { FileError, MAP_RECORD_LIMITS, RECORD_LIMITS_ALL, type RecordLimits } from './limits';

export interface Overflow {
  readonly collection: CollectionName;
  readonly count: number;
  readonly limit: number;
  /** Set when one map holds too many (the collection's total may be within its limit). */
  readonly mapId?: string;
}

const PER_MAP = Object.keys(MAP_RECORD_LIMITS) as (keyof typeof MAP_RECORD_LIMITS)[];

export function overflowError(o: Overflow, where = ''): FileError {
  const on = o.mapId !== undefined ? ` on one map (${o.mapId.slice(0, 64)})` : '';
  return new FileError('too-many-records', `${o.count} ${o.collection}${on}${where}, more than ${o.limit}`);
}

/**
 * The counts a project.json lists (it may lie low: the state is counted again once read).
 * `counted`: the values are `{ length }` counts already made (parse.ts's scan of the text).
 */
export function listedOverflow(
  project: Readonly<Record<string, unknown>>,
  limits: RecordLimits = RECORD_LIMITS_ALL,
  counted = false,
): Overflow | undefined {
  for (const name of COLLECTIONS) {
    const listed = project[name];
    if (!listed || typeof listed !== 'object') continue;
    let n = 0;
    if (counted) n = (listed as { length: number }).length;
    else for (const _ in listed) n++;
    if (n > limits.project[name]) return { collection: name, count: n, limit: limits.project[name] };
  }
  return undefined;
}

/** Live records of a collection, without copying its entries (Y.Map's `size` makes an array). */
function liveCount(ymap: { readonly _map: Map<string, Y.Item> }, stopAfter: number): number {
  let n = 0;
  for (const item of ymap._map.values()) {
    if (!item.deleted && ++n > stopAfter) break;
  }
  return n;
}

/** The first collection (or map) of `doc` over its limit. */
export function recordOverflow(doc: Y.Doc, limits: RecordLimits = RECORD_LIMITS_ALL): Overflow | undefined {
  for (const name of COLLECTIONS) {
    const limit = limits.project[name];
    const n = liveCount(collection(doc, name), limit);
    if (n > limit) return { collection: name, count: n, limit };
  }
  for (const name of PER_MAP) {
    const limit = limits.map[name];
    const perMap = new Map<string, number>();
    for (const [, rec] of collection(doc, name)) {
      const mapId = rec instanceof Y.Map ? rec.get('mapId') : undefined;
      if (typeof mapId !== 'string') continue;
      const n = (perMap.get(mapId) ?? 0) + 1;
      if (n > limit) return { collection: name, count: n, limit, mapId };
      perMap.set(mapId, n);
    }
  }
  return undefined;
}

/**
 * What `current` would hold once `incoming` is merged into it: the union of their records
 * (a record in both counts once, on the map the incoming copy names when the two disagree).
 */
export function mergedOverflow(current: Y.Doc, incoming: Y.Doc, limits: RecordLimits = RECORD_LIMITS_ALL): Overflow | undefined {
  for (const name of COLLECTIONS) {
    const limit = limits.project[name];
    const here = collection(current, name);
    let n = liveCount(here, limit);
    for (const [id] of collection(incoming, name)) {
      if (!here.has(id) && ++n > limit) break;
    }
    if (n > limit) return { collection: name, count: n, limit };
  }
  for (const name of PER_MAP) {
    const limit = limits.map[name];
    const mapOf = new Map<string, string>();
    for (const doc of [current, incoming]) {
      for (const [id, rec] of collection(doc, name)) {
        const mapId = rec instanceof Y.Map ? rec.get('mapId') : undefined;
        if (typeof mapId === 'string') mapOf.set(id, mapId);
      }
    }
    const perMap = new Map<string, number>();
    for (const mapId of mapOf.values()) {
      const n = (perMap.get(mapId) ?? 0) + 1;
      if (n > limit) return { collection: name, count: n, limit, mapId };
      perMap.set(mapId, n);
    }
  }
  return undefined;
}
