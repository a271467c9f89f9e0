/**
 * The catalogue of hostile .baton files. Each mutation takes a valid file made by the real
 * exporter (seeds.ts) and a seeded random stream, and returns the bytes of one case.
 *
 * `expect` says what the importer must do:
 * - 'refuse': the file is broken or hostile in a way the format forbids (a future version, a
 *   missing part, a zip bomb, a forbidden key, too deep, too long…). Accepting it is a bug.
 * - 'either': the damage may leave a readable project (a flipped byte in a zip field nobody
 *   reads, an unknown extra key, a card whose text is a number). Accepting is fine, but the
 *   result must still be a valid document (see check.ts for the invariants).
 */
import { strFromU8, strToU8 } from 'fflate';
import * as Y from 'yjs';
import { FORMAT_VERSION } from '../../renderer/src/document/file/format';
import { FILE_LIMITS, MAP_RECORD_LIMITS, RECORD_LIMITS } from '../../renderer/src/document/file/limits';
import { readSnapshot } from '../../renderer/src/document/projection';
import { COLLECTIONS, SCHEMA_VERSION, type CollectionName } from '../../renderer/src/document/schema';
import type { Rng } from './rng';
import { EXISTING_ONLY, type SeedFile, type Seeds } from './seeds';
import { concat, entry, layoutOf, readEntries, writeZip, type RawEntry } from './zipkit';

export type Expectation = 'refuse' | 'either';

export interface MutationContext {
  readonly rng: Rng;
  readonly seed: SeedFile;
  readonly seeds: Seeds;
  /** 20 MB of zeros, deflated once per worker (a zip bomb's payload). */
  readonly bomb: () => { stored: Uint8Array; size: number; crc: number };
}

export interface Mutation {
  readonly name: string;
  readonly group: string;
  readonly expect: Expectation;
  readonly weight: number;
  make(ctx: MutationContext): Uint8Array;
}

// ---- helpers --------------------------------------------------------------------------

interface Parts {
  json: Record<string, unknown>;
  state: Uint8Array;
  assets: { name: string; data: Uint8Array }[];
}

function partsOf(seed: SeedFile): Parts {
  const entries = readEntries(seed.bytes);
  const get = (n: string) => entries.find((e) => e.name === n)!.data;
  return {
    json: JSON.parse(strFromU8(get('project.json'))) as Record<string, unknown>,
    state: get('state.bin'),
    assets: entries.filter((e) => e.name.startsWith('assets/')),
  };
}

function rebuild(p: { json?: unknown; jsonText?: string; jsonBytes?: Uint8Array; state: Uint8Array; assets?: Parts['assets']; extra?: RawEntry[] }): Uint8Array {
  const jsonBytes = p.jsonBytes ?? strToU8(p.jsonText ?? JSON.stringify(p.json, null, 2));
  return writeZip([
    entry('project.json', jsonBytes),
    entry('state.bin', p.state),
    ...(p.assets ?? []).map((a) => entry(a.name, a.data, false)),
    ...(p.extra ?? []),
  ]);
}

/** The seed's state with `fn` applied on top, as a tampered Baton would write it. */
function editState(state: Uint8Array, fn: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 4242;
  Y.applyUpdate(doc, state);
  doc.transact(() => fn(doc));
  const out = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return out;
}

/**
 * The seed with its state edited by `fn`. Most of the time (`consistent`, or 4 in 5) its
 * project.json is rewritten from the edited state, as a tampered Baton that writes both parts
 * would do, so the case reaches the checks of the document itself; otherwise project.json is
 * left as it was and the file is also a disagreement between its two parts (parts-disagree).
 */
function withState(
  ctx: MutationContext,
  fn: (doc: Y.Doc, rng: Rng) => void,
  json?: (j: Record<string, unknown>) => void,
  consistent: boolean = ctx.rng.bool(0.8),
): Uint8Array {
  const p = partsOf(ctx.seed);
  json?.(p.json);
  const state = editState(p.state, (d) => fn(d, ctx.rng));
  if (!consistent) return rebuild({ json: p.json, state, assets: p.assets });
  p.json.project = snapshotOf(state) ?? p.json.project;
  return rebuild({ jsonText: JSON.stringify(p.json), state, assets: p.assets });
}

/** The state as Baton reads it (what project.json would list), or undefined if it can't be read. */
function snapshotOf(state: Uint8Array): unknown {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return JSON.parse(JSON.stringify(readSnapshot(doc))) as unknown;
  } catch {
    return undefined;
  } finally {
    doc.destroy();
  }
}

/** The id of the seed's (first) map and the records of a collection on it. */
function seedMap(doc: Y.Doc): string {
  return [...doc.getMap('maps').keys()].sort()[0] ?? 'no-map';
}
function onMap(doc: Y.Doc, name: 'stages' | 'lanes' | 'cards', mapId: string): string[] {
  const ids: string[] = [];
  doc.getMap(name).forEach((rec, id) => {
    if (rec instanceof Y.Map && rec.get('mapId') === mapId) ids.push(id);
  });
  return ids.sort();
}

/** Writes `n` plain records into a collection (on the seed's map where it has one). */
function addRecords(doc: Y.Doc, name: CollectionName, n: number, tag: string): void {
  const mapId = seedMap(doc);
  const stageIds = onMap(doc, 'stages', mapId);
  const laneIds = onMap(doc, 'lanes', mapId);
  const col = doc.getMap(name);
  for (let i = 0; i < n; i++) {
    const order = 1000 + i;
    const fields: [string, unknown][] =
      name === 'stages'
        ? [['mapId', mapId], ['name', `Stage ${i}`], ['description', ''], ['order', order]]
        : name === 'lanes'
          ? [['mapId', mapId], ['name', `Lane ${i}`], ['kind', 'text'], ['order', order]]
          : name === 'cards'
            ? [['mapId', mapId], ['stageId', stageIds[i % Math.max(1, stageIds.length)] ?? ''], ['laneId', laneIds[i % Math.max(1, laneIds.length)] ?? ''], ['text', `Card ${i}`], ['color', 'yellow'], ['order', order]]
            : name === 'maps'
              ? [['title', `Map ${i}`], ['order', order], ['createdAt', 0]]
              : [['name', `${name} ${i}`], ['order', order]];
    col.set(`${tag}-${i}`, new Y.Map<unknown>(fields));
  }
}

/** A count bomb: which collection, on one map or in the whole project, and its limit. */
interface CountTarget {
  readonly name: CollectionName;
  readonly perMap: boolean;
  readonly limit: number;
}
/** Collections whose limit is cheap to reach in a case (a few thousand records at most). */
const CHEAP_PROJECT_LIMITS = COLLECTIONS.filter((n) => RECORD_LIMITS[n] <= 1000);
function countTarget(rng: Rng): CountTarget {
  const perMap = (Object.keys(MAP_RECORD_LIMITS) as (keyof typeof MAP_RECORD_LIMITS)[]).filter((n) => n !== 'cards');
  if (rng.bool(0.6)) {
    const name = rng.pick(perMap);
    return { name, perMap: true, limit: MAP_RECORD_LIMITS[name] };
  }
  const name = rng.pick(CHEAP_PROJECT_LIMITS);
  return { name, perMap: false, limit: RECORD_LIMITS[name] };
}
/** How many records `t` counts in `doc` already. */
function countedNow(doc: Y.Doc, t: CountTarget): number {
  if (t.perMap) return onMap(doc, t.name as 'stages' | 'lanes', seedMap(doc)).length;
  let n = 0;
  doc.getMap(t.name).forEach(() => n++);
  return n;
}

/** A value that is surely not `old` (for a field of project.json that must now disagree). */
function otherValue(old: unknown): unknown {
  if (typeof old === 'string') return `${old} (not what the file imports)`;
  if (typeof old === 'number') return old + 1;
  if (typeof old === 'boolean') return !old;
  return 'not what the file imports';
}

function withJson(ctx: MutationContext, fn: (j: Record<string, unknown>, rng: Rng) => unknown): Uint8Array {
  const p = partsOf(ctx.seed);
  const out = fn(p.json, ctx.rng);
  return rebuild({ ...(typeof out === 'string' ? { jsonText: out } : { json: p.json }), state: p.state, assets: p.assets });
}

/** Every object and array inside a JSON value, with a way to put a value in it. */
function containers(root: unknown): { obj: Record<string, unknown> | unknown[]; depth: number }[] {
  const out: { obj: Record<string, unknown> | unknown[]; depth: number }[] = [];
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length && out.length < 5000) {
    const [v, d] = stack.pop()!;
    if (v && typeof v === 'object') {
      out.push({ obj: v as Record<string, unknown>, depth: d });
      for (const x of Object.values(v)) stack.push([x, d + 1]);
    }
  }
  return out;
}

/** Puts `value` somewhere random in the JSON: under a new key of an object, or into an array
 * (only objects when the key itself is the point). */
function plant(rng: Rng, root: unknown, value: unknown, key?: string): void {
  const all = containers(root);
  const target = rng.pick(key === undefined ? all : all.filter((c) => !Array.isArray(c.obj))).obj;
  key ??= `fuzz${rng.int(0, 999)}`;
  if (Array.isArray(target)) target.splice(rng.int(0, target.length), 0, value);
  else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Replaces a random existing value (not the root) with `make(old)`. */
function replaceSomewhere(rng: Rng, root: unknown, make: (old: unknown) => unknown): string {
  const candidates = containers(root).filter((c) => Object.keys(c.obj).length > 0);
  const c = rng.pick(candidates);
  const keys = Object.keys(c.obj);
  const k = rng.pick(keys);
  const old = (c.obj as Record<string, unknown>)[k];
  (c.obj as Record<string, unknown>)[k] = make(old);
  return k;
}

function nestedArray(depth: number, leaf: unknown = 'bottom'): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}
function nestedObject(depth: number): unknown {
  let v: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}
/** A deep JSON text built as text (JSON.stringify would recurse that deep). */
function deepText(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

const otherType = (rng: Rng, old: unknown): unknown => {
  const choices: unknown[] = [null, 0, -1, 1e308, 3.5, '', 'x', true, false, [], {}, [1, 'a'], { id: 7 }];
  let v = rng.pick(choices);
  for (let i = 0; i < 4 && typeof v === typeof old && Array.isArray(v) === Array.isArray(old); i++) v = rng.pick(choices);
  return v;
};

function randomRecordKey(doc: Y.Doc, rng: Rng): { name: string; id: string; rec: Y.Map<unknown> } | null {
  const filled = COLLECTIONS.filter((n) => doc.getMap(n).size > 0);
  if (!filled.length) return null;
  const name = rng.pick(filled);
  const ids = [...doc.getMap(name).keys()];
  const id = rng.pick(ids);
  const rec = doc.getMap(name).get(id);
  return rec instanceof Y.Map ? { name, id, rec } : null;
}

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;

/** A Y value of a type no reader expects. */
function oddYValue(rng: Rng): unknown {
  switch (rng.int(0, 9)) {
    case 0:
      return new Y.Array<unknown>();
    case 1: {
      const t = new Y.Text();
      t.insert(0, 'text as a Y.Text');
      return t;
    }
    case 2:
      return new Y.Map<unknown>();
    case 3:
      return new Uint8Array(rng.int(0, 64));
    case 4:
      return null;
    case 5:
      return rng.int(-1e9, 1e9);
    case 6:
      return { nested: { value: [1, 2, 3] } };
    case 7:
      return ['a', 1, null];
    case 8:
      return Number.MAX_SAFE_INTEGER;
    default:
      return rng.bool() ? true : 'a string';
  }
}

// ---- the catalogue --------------------------------------------------------------------

export const MUTATIONS: readonly Mutation[] = [
  // Bytes of the whole file.
  {
    name: 'flip-bytes',
    group: 'bytes',
    expect: 'either',
    weight: 8,
    make: ({ rng, seed }) => {
      const b = seed.bytes.slice();
      const n = rng.int(1, 16);
      for (let i = 0; i < n; i++) {
        const at = rng.int(0, b.length - 1);
        b[at] = b[at]! ^ rng.int(1, 255);
      }
      return b;
    },
  },
  {
    name: 'truncate',
    group: 'bytes',
    expect: 'refuse',
    weight: 4,
    make: ({ rng, seed }) => seed.bytes.slice(0, rng.int(0, seed.bytes.length - 1)),
  },
  {
    name: 'append-junk',
    group: 'bytes',
    expect: 'either',
    weight: 2,
    make: ({ rng, seed }) => concat([seed.bytes, rng.bytes(rng.int(1, 4096))]),
  },
  {
    name: 'prepend-junk',
    group: 'bytes',
    expect: 'refuse',
    weight: 1,
    make: ({ rng, seed }) => concat([rng.bytes(rng.int(1, 512)), seed.bytes]),
  },
  {
    name: 'zero-range',
    group: 'bytes',
    expect: 'either',
    weight: 2,
    make: ({ rng, seed }) => {
      const b = seed.bytes.slice();
      const at = rng.int(0, b.length - 1);
      b.fill(0, at, Math.min(b.length, at + rng.int(1, 256)));
      return b;
    },
  },
  {
    name: 'splice-chunk',
    group: 'bytes',
    expect: 'either',
    weight: 2,
    make: ({ rng, seed }) => {
      const b = seed.bytes;
      const from = rng.int(0, b.length - 1);
      const chunk = b.slice(from, Math.min(b.length, from + rng.int(1, 512)));
      const to = rng.int(0, b.length);
      return concat([b.subarray(0, to), chunk, b.subarray(to)]);
    },
  },
  {
    name: 'random-bytes',
    group: 'bytes',
    expect: 'refuse',
    weight: 1,
    make: ({ rng }) => rng.bytes(rng.int(0, 4096)),
  },

  // The zip's own structure.
  {
    name: 'central-directory-field',
    group: 'zip',
    expect: 'either',
    weight: 6,
    make: ({ rng, seed }) => {
      const b = seed.bytes.slice();
      const dv = new DataView(b.buffer);
      const { central } = layoutOf(b);
      const p = rng.pick(central);
      const field = rng.pick([
        [8, 2], [10, 2], [16, 4], [20, 4], [24, 4], [28, 2], [30, 2], [32, 2], [42, 4],
      ] as const);
      const value = rng.pick([0, 1, 0xff, 0xffff, 0xffffffff, rng.int(0, 0xffffffff), rng.int(0, b.length)]);
      if (field[1] === 2) dv.setUint16(p + field[0], value & 0xffff, true);
      else dv.setUint32(p + field[0], value >>> 0, true);
      return b;
    },
  },
  {
    name: 'end-record-field',
    group: 'zip',
    expect: 'either',
    weight: 3,
    make: ({ rng, seed }) => {
      const b = seed.bytes.slice();
      const dv = new DataView(b.buffer);
      const { eocd } = layoutOf(b);
      const off = rng.pick([4, 6, 8, 10, 12, 16, 20]);
      const value = rng.pick([0, 1, 2, 0xffff, rng.int(0, 0xffff)]);
      if (off >= 12 && off <= 16) dv.setUint32(eocd + off, rng.pick([0, 0xffffffff, rng.int(0, b.length * 2)]), true);
      else dv.setUint16(eocd + off, value, true);
      return b;
    },
  },
  {
    name: 'local-header-field',
    group: 'zip',
    expect: 'either',
    weight: 3,
    make: ({ rng, seed }) => {
      const b = seed.bytes.slice();
      const dv = new DataView(b.buffer);
      const p = rng.pick(layoutOf(b).locals);
      const off = rng.pick([0, 6, 8, 14, 18, 22, 26, 28]);
      if (off >= 14 && off <= 22) dv.setUint32(p + off, rng.int(0, 0xffffffff), true);
      else dv.setUint16(p + off, rng.pick([0, 0xffff, rng.int(0, 64)]), true);
      return b;
    },
  },
  {
    name: 'duplicate-entry',
    group: 'zip',
    expect: 'refuse',
    weight: 2,
    make: ({ rng, seed }) => {
      const p = partsOf(seed);
      const which = rng.pick(['project.json', 'state.bin']);
      const evil = which === 'project.json' ? strToU8(JSON.stringify({ ...p.json, evil: true })) : editState(p.state, (d) => d.getMap('meta').set('title', 'evil twin'));
      const entries = [entry('project.json', strToU8(JSON.stringify(p.json))), entry('state.bin', p.state), entry(which, evil)];
      return writeZip(rng.bool() ? entries : entries.reverse());
    },
  },
  {
    name: 'odd-entry-names',
    group: 'zip',
    expect: 'either',
    weight: 2,
    make: ({ rng, seed }) => {
      const p = partsOf(seed);
      const name = rng.pick(['../../evil.sh', '/etc/passwd', 'assets/../../x', 'C:\\Windows\\x', 'a'.repeat(60000), 'assets/', '', 'project.json/', 'state.bin\u0000.txt']);
      return rebuild({ json: p.json, state: p.state, assets: p.assets, extra: [entry(name, rng.bytes(rng.int(0, 64)))] });
    },
  },
  {
    name: 'non-utf8-entry-name',
    group: 'zip',
    expect: 'refuse',
    weight: 1,
    make: ({ rng, seed }) => {
      const p = partsOf(seed);
      const name = new Uint8Array([0xff, 0xfe, rng.int(0x80, 0xbf)]);
      return rebuild({ json: p.json, state: p.state, extra: [{ ...entry('x', new Uint8Array(1)), name }] });
    },
  },
  {
    name: 'missing-part',
    group: 'zip',
    expect: 'refuse',
    weight: 3,
    make: ({ rng, seed }) => {
      const p = partsOf(seed);
      const json = entry('project.json', strToU8(JSON.stringify(p.json)));
      const state = entry('state.bin', p.state);
      switch (rng.int(0, 4)) {
        case 0:
          return writeZip([state]);
        case 1:
          return writeZip([json]);
        case 2:
          return writeZip([]);
        case 3:
          return writeZip([{ ...json, name: 'Project.json' }, state]);
        default:
          return writeZip([json, { ...state, name: 'data/state.bin' }]);
      }
    },
  },
  {
    name: 'unknown-method-or-encrypted',
    group: 'zip',
    expect: 'refuse',
    weight: 1,
    make: ({ rng, seed }) => {
      const p = partsOf(seed);
      const e = entry(rng.pick(['project.json', 'state.bin']), rng.bool() ? strToU8(JSON.stringify(p.json)) : p.state);
      const odd = rng.bool() ? { ...e, method: rng.pick([1, 9, 12, 14, 93, 99]) } : { ...e, flags: 1 };
      const rest = [entry('project.json', strToU8(JSON.stringify(p.json))), entry('state.bin', p.state)].filter((x) => x.name !== e.name);
      return writeZip([odd, ...rest]);
    },
  },
  {
    name: 'stored-not-deflated',
    group: 'zip',
    expect: 'either',
    weight: 1,
    make: ({ seed }) => {
      const p = partsOf(seed);
      return writeZip([entry('project.json', strToU8(JSON.stringify(p.json)), false), entry('state.bin', p.state, false)]);
    },
  },
  {
    name: 'too-many-entries',
    group: 'zip',
    expect: 'refuse',
    weight: 1,
    make: ({ rng, seed }) => {
      const p = partsOf(seed);
      const extra: RawEntry[] = [];
      const n = FILE_LIMITS.maxEntries + rng.int(0, 500);
      for (let i = 0; i < n; i++) extra.push(entry(`junk/${i}`, new Uint8Array(0), false));
      return rebuild({ json: p.json, state: p.state, extra });
    },
  },
  {
    name: 'wrong-checksum',
    group: 'zip',
    expect: 'refuse',
    weight: 1,
    make: ({ rng, seed }) => {
      const p = partsOf(seed);
      const e = entry(rng.pick(['project.json', 'state.bin']), rng.bool() ? strToU8(JSON.stringify(p.json)) : p.state);
      const bad = { ...e, crc: (e.crc ^ rng.int(1, 0xffffff)) >>> 0 };
      const rest = [entry('project.json', strToU8(JSON.stringify(p.json))), entry('state.bin', p.state)].filter((x) => x.name !== e.name);
      return writeZip([bad, ...rest]);
    },
  },

  // Zip bombs.
  {
    name: 'zip-bomb',
    group: 'bomb',
    expect: 'refuse',
    weight: 3,
    make: ({ rng, seed, bomb }) => {
      const p = partsOf(seed);
      const z = bomb();
      // A picture the document refers to (one it doesn't refer to is never inflated).
      const target = rng.pick(['state.bin', 'project.json', p.assets[0]?.name ?? 'state.bin']);
      const declared = rng.pick([z.size, 1000, 0, 100 * 1024 * 1024 + 1, 64 * 1024, rng.int(1, z.size)]);
      const bombEntry: RawEntry = { name: target, stored: z.stored, method: 8, crc: z.crc, size: declared };
      const honest = [entry('project.json', strToU8(JSON.stringify(p.json))), entry('state.bin', p.state), ...p.assets.map((a) => entry(a.name, a.data, false))].filter((e) => e.name !== target);
      return writeZip([...honest, bombEntry]);
    },
  },
  {
    name: 'bomb-in-unused-entry',
    group: 'bomb',
    // Entries Baton does not read are never inflated, so this file is fine.
    expect: 'either',
    weight: 1,
    make: ({ seed, bomb }) => {
      const p = partsOf(seed);
      const z = bomb();
      return rebuild({ json: p.json, state: p.state, assets: p.assets, extra: [{ name: 'future/huge.bin', stored: z.stored, method: 8, crc: z.crc, size: z.size }] });
    },
  },
  {
    name: 'declared-huge',
    group: 'bomb',
    expect: 'refuse',
    weight: 1,
    make: ({ rng, seed }) => {
      const p = partsOf(seed);
      const target = rng.pick(['project.json', 'state.bin']);
      const entries = [entry('project.json', strToU8(JSON.stringify(p.json))), entry('state.bin', p.state)].map((e) =>
        e.name === target ? { ...e, size: rng.pick([0xfffffffe, 200 * 1024 * 1024, FILE_LIMITS.maxUnpackedBytes + 1]) } : e,
      );
      return writeZip(entries);
    },
  },
  {
    name: 'nested-zip',
    group: 'bomb',
    expect: 'refuse',
    weight: 1,
    make: ({ seed }) => {
      const p = partsOf(seed);
      return rebuild({ json: p.json, state: seed.bytes });
    },
  },

  // project.json.
  {
    name: 'json-too-deep',
    group: 'json',
    expect: 'refuse',
    weight: 2,
    make: (ctx) =>
      withJson(ctx, (j, rng) => {
        const depth = rng.pick([FILE_LIMITS.maxDepth + 1, 100, 1000, 100_000]);
        if (depth > 1000) {
          const text = JSON.stringify(j);
          return text.replace('{', `{"deep": ${deepText(depth)},`);
        }
        plant(rng, j, rng.bool() ? nestedArray(depth) : nestedObject(depth));
        return undefined;
      }),
  },
  {
    name: 'json-nesting-within-limit',
    group: 'json',
    expect: 'either',
    weight: 1,
    make: (ctx) => withJson(ctx, (j, rng) => void plant(rng, j, nestedArray(rng.int(1, 40)))),
  },
  {
    name: 'json-forbidden-key',
    group: 'json',
    expect: 'refuse',
    weight: 3,
    make: (ctx) => withJson(ctx, (j, rng) => void plant(rng, j, rng.pick([{ polluted: true }, 1, 'x', null]), rng.pick(FORBIDDEN))),
  },
  {
    name: 'json-harmless-odd-key',
    group: 'json',
    expect: 'either',
    weight: 1,
    make: (ctx) => withJson(ctx, (j, rng) => void plant(rng, j, { polluted: true }, rng.pick(['toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'then']))),
  },
  {
    name: 'json-huge-string',
    group: 'json',
    expect: 'refuse',
    weight: 2,
    make: (ctx) => withJson(ctx, (j, rng) => void plant(rng, j, 'x'.repeat(FILE_LIMITS.maxStringLength + rng.int(1, 200_000)))),
  },
  {
    name: 'json-huge-key',
    group: 'json',
    expect: 'refuse',
    weight: 1,
    make: (ctx) => withJson(ctx, (j, rng) => void plant(rng, j, 1, 'k'.repeat(FILE_LIMITS.maxStringLength + rng.int(1, 1000)))),
  },
  {
    name: 'json-long-string-within-limit',
    group: 'json',
    expect: 'either',
    weight: 1,
    make: (ctx) => withJson(ctx, (j, rng) => void plant(rng, j, 'y'.repeat(rng.int(10_000, FILE_LIMITS.maxStringLength)))),
  },
  {
    name: 'json-huge-array',
    group: 'json',
    expect: 'either',
    weight: 1,
    make: (ctx) => withJson(ctx, (j, rng) => void plant(rng, j, Array.from({ length: rng.int(10_000, 300_000) }, (_, i) => i))),
  },
  {
    name: 'json-wrong-type',
    group: 'json',
    expect: 'either',
    weight: 4,
    make: (ctx) => withJson(ctx, (j, rng) => void replaceSomewhere(rng, j, (old) => otherType(rng, old))),
  },
  {
    name: 'json-required-wrong-type',
    group: 'json',
    expect: 'refuse',
    weight: 2,
    make: (ctx) =>
      withJson(ctx, (j, rng) => {
        const project = j.project as Record<string, unknown>;
        const info = project.info as Record<string, unknown>;
        const target = rng.pick(['format', 'formatVersion', 'schemaVersion', 'appVersion', 'exportedAt', 'project', 'info', 'projectId', 'title', 'assets', 'record']);
        if (target === 'info') project.info = otherType(rng, info);
        else if (target === 'projectId' || target === 'title') info[target] = otherType(rng, info[target]);
        else if (target === 'record') project.cards = rng.pick([7, 'cards', [1], null, { x: 5 }, { x: { noId: 1 } }]);
        else if (target === 'assets') j.assets = rng.pick([7, 'x', { a: 1 }, [1], [{ hash: 1 }]]);
        else j[target] = otherType(rng, j[target]);
      }),
  },
  {
    name: 'json-missing-key',
    group: 'json',
    expect: 'refuse',
    weight: 1,
    make: (ctx) =>
      withJson(ctx, (j, rng) => {
        const k = rng.pick(['format', 'formatVersion', 'schemaVersion', 'appVersion', 'exportedAt', 'project', 'info']);
        if (k === 'info') delete (j.project as Record<string, unknown>).info;
        else delete j[k];
      }),
  },
  {
    name: 'json-future-version',
    group: 'version',
    expect: 'refuse',
    weight: 2,
    make: (ctx) =>
      withJson(ctx, (j, rng) => {
        if (rng.bool()) j.formatVersion = FORMAT_VERSION + rng.int(1, 1000);
        else j.schemaVersion = SCHEMA_VERSION + rng.pick([1, 2, 1000, 0.5]);
      }),
  },
  {
    name: 'json-not-json',
    group: 'json',
    expect: 'refuse',
    weight: 1,
    make: ({ rng, seed }) => {
      const p = partsOf(seed);
      const text = JSON.stringify(p.json);
      const bytes = rng.bool()
        ? new Uint8Array([0xc3, 0x28, ...strToU8(text)]) // not UTF-8
        : strToU8(text.slice(0, rng.int(0, text.length - 1)));
      return rebuild({ jsonBytes: bytes, state: p.state });
    },
  },
  {
    name: 'json-projectid-mismatch',
    group: 'json',
    expect: 'refuse',
    weight: 1,
    make: (ctx) =>
      withJson(ctx, (j, rng) => {
        ((j.project as Record<string, unknown>).info as Record<string, unknown>).projectId = rng.pick([...EXISTING_ONLY, 'someone-else', '../../x', 'a'.repeat(65), '']);
      }),
  },

  // Record counts (W9): one map, or the whole project, just over its limit or far over it.
  {
    name: 'records-just-over',
    group: 'records',
    expect: 'refuse',
    weight: 2,
    make: (ctx) => {
      const t = countTarget(ctx.rng);
      return withState(ctx, (d) => addRecords(d, t.name, t.limit - countedNow(d, t) + 1, 'over'), undefined, ctx.rng.bool());
    },
  },
  {
    name: 'records-at-limit',
    group: 'records',
    expect: 'either',
    weight: 1,
    make: (ctx) => {
      const t = countTarget(ctx.rng);
      return withState(ctx, (d) => addRecords(d, t.name, Math.max(0, t.limit - countedNow(d, t)), 'at'), undefined, true);
    },
  },
  {
    name: 'records-far-over',
    group: 'records',
    expect: 'refuse',
    weight: 1,
    make: (ctx) => {
      const { rng } = ctx;
      // In the state: 10 times a map's stages, 25 times its lanes, 5 times a project's maps.
      const inState: [CollectionName, number][] = [
        ['stages', MAP_RECORD_LIMITS.stages * 10],
        ['lanes', MAP_RECORD_LIMITS.lanes * 25],
        ['maps', RECORD_LIMITS.maps * 5],
      ];
      if (rng.bool(0.6)) {
        const [name, n] = rng.pick(inState);
        return withState(ctx, (d) => addRecords(d, name, n, 'bomb'), undefined, rng.bool());
      }
      // Listed in project.json only (200,000 stages hung the tab; 4 times a map's cards):
      // refused from the listing, before the state is read.
      const p = partsOf(ctx.seed);
      const [name, n] = rng.pick<[CollectionName, number]>([
        ['stages', 200_000],
        ['cards', MAP_RECORD_LIMITS.cards * 4],
        ['maps', RECORD_LIMITS.maps * 100],
      ]);
      const project = p.json.project as Record<string, Record<string, unknown>>;
      const listed: Record<string, unknown> = { ...(project[name] ?? {}) };
      for (let i = 0; i < n; i++) listed[`listed-${i}`] = { id: `listed-${i}` };
      project[name] = listed;
      // Written without indentation: a 200,000-record listing is made in a moment.
      return rebuild({ jsonText: JSON.stringify(p.json), state: p.state, assets: p.assets });
    },
  },

  // project.json against the state (W10): the readable part says something the state does not.
  {
    name: 'parts-disagree',
    group: 'agreement',
    expect: 'refuse',
    weight: 3,
    make: (ctx) => {
      const { rng } = ctx;
      const p = partsOf(ctx.seed);
      const project = p.json.project as Record<string, Record<string, Record<string, unknown>>>;
      const listed = COLLECTIONS.filter((n) => Object.keys(project[n] ?? {}).length > 0);
      const someRecord = () => {
        const name = rng.pick(listed);
        const id = rng.pick(Object.keys(project[name]!).sort());
        return { name, id, rec: project[name]![id]! };
      };
      switch (rng.int(0, 6)) {
        case 0: {
          const info = project.info as unknown as Record<string, unknown>;
          info.title = otherValue(info.title);
          break;
        }
        case 1: {
          const { rec } = someRecord();
          const key = rng.pick(Object.keys(rec).filter((k) => k !== 'id').sort());
          if (key === undefined) return rebuild({ json: { ...p.json, schemaVersion: 1 }, state: p.state, assets: p.assets });
          rec[key] = otherValue(rec[key]);
          break;
        }
        case 2: {
          const { name, id } = someRecord(); // in the state, hidden from the readable part
          delete project[name]![id];
          break;
        }
        case 3: {
          const name = rng.pick(COLLECTIONS);
          project[name] = { ...(project[name] ?? {}), invented: { id: 'invented', name: 'Listed, not in the state' } };
          break;
        }
        case 4:
          p.json.schemaVersion = rng.int(1, SCHEMA_VERSION - 1);
          break;
        case 5:
          // The state holds more than the readable part lists.
          return withState(ctx, (d) => addRecords(d, rng.pick(['cards', 'stages', 'personas'] as const), rng.int(1, 50), 'hidden'), undefined, false);
        default:
          // The state says something else than the readable part, which still shows the old words.
          return withState(
            ctx,
            (d) => {
              const mapId = seedMap(d);
              (d.getMap('maps').get(mapId) as Y.Map<unknown> | undefined)?.set('title', 'Not the map the readable part shows');
              d.getMap('meta').set('title', 'Not the project the readable part shows');
            },
            undefined,
            false,
          );
      }
      return rebuild({ json: p.json, state: p.state, assets: p.assets });
    },
  },

  // state.bin (the Yjs document).
  {
    name: 'state-garbage',
    group: 'yjs',
    expect: 'either',
    weight: 2,
    make: ({ rng, seed }) => {
      const p = partsOf(seed);
      return rebuild({ json: p.json, state: rng.bytes(rng.int(0, 8192)) });
    },
  },
  {
    name: 'state-flipped',
    group: 'yjs',
    expect: 'either',
    weight: 5,
    make: ({ rng, seed }) => {
      const p = partsOf(seed);
      const s = p.state.slice();
      const n = rng.int(1, 8);
      for (let i = 0; i < n; i++) {
        const at = rng.int(0, s.length - 1);
        s[at] = rng.bool() ? s[at]! ^ (1 << rng.int(0, 7)) : rng.int(0, 255);
      }
      return rebuild({ json: p.json, state: s, assets: p.assets });
    },
  },
  {
    name: 'state-truncated',
    group: 'yjs',
    expect: 'either',
    weight: 2,
    make: ({ rng, seed }) => {
      const p = partsOf(seed);
      return rebuild({ json: p.json, state: p.state.slice(0, rng.int(0, p.state.length - 1)) });
    },
  },
  {
    name: 'state-missing-dependencies',
    group: 'yjs',
    expect: 'refuse',
    weight: 1,
    make: ({ rng, seed }) => {
      const p = partsOf(seed);
      const doc = new Y.Doc();
      doc.clientID = 4343;
      Y.applyUpdate(doc, p.state);
      const sv = Y.encodeStateVector(doc);
      doc.getMap('meta').set('title', 'later');
      doc.getMap('cards').set(`late-${rng.int(0, 99)}`, new Y.Map([['text', 'late']]));
      const s = Y.encodeStateAsUpdate(doc, sv);
      doc.destroy();
      return rebuild({ json: p.json, state: s });
    },
  },
  {
    name: 'state-v2-encoding',
    group: 'yjs',
    expect: 'either',
    weight: 1,
    make: ({ seed }) => {
      const p = partsOf(seed);
      return rebuild({ json: p.json, state: Y.convertUpdateFormatV1ToV2(p.state) });
    },
  },
  {
    name: 'state-two-projects-merged',
    group: 'yjs',
    expect: 'either',
    weight: 1,
    make: ({ seed, seeds }) => {
      const p = partsOf(seed);
      return rebuild({ json: p.json, state: Y.mergeUpdates(Object.values(seeds.states)) });
    },
  },
  {
    name: 'state-future-version',
    group: 'version',
    expect: 'refuse',
    weight: 2,
    make: (ctx) => withState(ctx, (d, rng) => d.getMap('meta').set('schemaVersion', SCHEMA_VERSION + rng.pick([1, 7, 1e9]))),
  },
  {
    name: 'state-old-or-odd-version',
    group: 'version',
    expect: 'either',
    weight: 2,
    make: (ctx) =>
      withState(ctx, (d, rng) => {
        const v = rng.pick<unknown>([1, 2, 0, -3, 2.5, '3', null, 'delete']);
        if (v === 'delete') d.getMap('meta').delete('schemaVersion');
        else d.getMap('meta').set('schemaVersion', v);
      }),
  },
  {
    name: 'state-bad-projectid',
    group: 'yjs',
    expect: 'refuse',
    weight: 2,
    make: (ctx) =>
      withState(ctx, (d, rng) => {
        const v = rng.pick<unknown>([7, '', '../x', 'a'.repeat(65), 'white space', null, 'delete', EXISTING_ONLY[0], 'another-project']);
        if (v === 'delete') d.getMap('meta').delete('projectId');
        else d.getMap('meta').set('projectId', v);
        // project.json keeps the id it had: a well-formed id of another project in the state
        // alone is what this case is about (both ids changed is 'retarget-both-ids').
      }, undefined, false),
  },
  {
    name: 'retarget-both-ids',
    group: 'yjs',
    // A consistent file that claims another id: adding it (or merging into that project) is
    // what a real file of that project would do; the invariants still hold.
    expect: 'either',
    weight: 1,
    make: (ctx) => {
      const id = ctx.rng.pick([...EXISTING_ONLY, 'brand-new-id', 'x']);
      return withState(
        ctx,
        (d) => d.getMap('meta').set('projectId', id),
        (j) => void (((j.project as Record<string, unknown>).info as Record<string, unknown>).projectId = id),
      );
    },
  },
  {
    name: 'state-forbidden-key',
    group: 'yjs',
    expect: 'refuse',
    weight: 3,
    make: (ctx) =>
      withState(ctx, (d, rng) => {
        const key = rng.pick(FORBIDDEN);
        const hit = randomRecordKey(d, rng);
        switch (rng.int(0, 4)) {
          case 0:
            d.getMap(rng.pick(COLLECTIONS)).set(key, new Y.Map([['text', 'x']]));
            break;
          case 1:
            hit?.rec.set(key, 'x');
            if (!hit) d.getMap('meta').set(key, 1);
            break;
          case 2:
            // In an array: Yjs refuses to store an object whose own "constructor" is not Object.
            (hit?.rec ?? d.getMap('meta')).set('text', [JSON.parse(`{"${key}": {"polluted": true}}`)]);
            break;
          case 3:
            d.getMap(key).set('a', 1);
            break;
          default: {
            const t = new Y.Text();
            t.insert(0, 'x', { [key]: true });
            (hit?.rec ?? d.getMap('meta')).set('rich', t);
          }
        }
      }),
  },
  {
    name: 'state-too-deep',
    group: 'yjs',
    expect: 'refuse',
    weight: 2,
    make: (ctx) =>
      withState(ctx, (d, rng) => {
        const depth = rng.pick([FILE_LIMITS.maxDepth + 1, 100, 500]);
        const hit = randomRecordKey(d, rng);
        const parent = hit?.rec ?? d.getMap('meta');
        if (rng.bool()) parent.set('deep', nestedArray(depth));
        else {
          let m = new Y.Map<unknown>();
          parent.set('deep', m);
          for (let i = 0; i < depth; i++) {
            const child = new Y.Map<unknown>();
            m.set('c', child);
            m = child;
          }
        }
      }),
  },
  {
    name: 'state-huge-string',
    group: 'yjs',
    expect: 'refuse',
    weight: 2,
    make: (ctx) =>
      withState(ctx, (d, rng) => {
        const hit = randomRecordKey(d, rng);
        const parent = hit?.rec ?? d.getMap('meta');
        const text = 'z'.repeat(FILE_LIMITS.maxStringLength + rng.int(1, 100_000));
        if (rng.bool()) parent.set(rng.pick(['text', 'name', 'title', 'x']), text);
        else {
          const t = new Y.Text();
          for (let i = 0; i < 4; i++) t.insert(0, text.slice(0, Math.ceil(text.length / 4)));
          parent.set('rich', t);
        }
      }),
  },
  {
    name: 'state-many-records',
    group: 'yjs',
    expect: 'either',
    weight: 1,
    make: (ctx) =>
      withState(ctx, (d, rng) => {
        const n = rng.int(1000, 8000);
        const cards = d.getMap('cards');
        const hit = randomRecordKey(d, rng);
        for (let i = 0; i < n; i++) cards.set(`many-${i}`, new Y.Map<unknown>([['text', `card ${i}`], ['mapId', hit?.id ?? 'm'], ['order', i]]));
      }),
  },
  {
    name: 'state-huge-array',
    group: 'yjs',
    expect: 'either',
    weight: 1,
    make: (ctx) =>
      withState(ctx, (d, rng) => {
        const hit = randomRecordKey(d, rng);
        const arr = new Y.Array<unknown>();
        (hit?.rec ?? d.getMap('meta')).set(rng.pick(['personaIds', 'goals', 'items', 'x']), arr);
        arr.push(Array.from({ length: rng.int(10_000, 100_000) }, (_, i) => (rng.bool(0.1) ? i : `v${i}`)));
      }),
  },
  {
    name: 'state-wrong-field-types',
    group: 'yjs',
    expect: 'either',
    weight: 5,
    make: (ctx) =>
      withState(ctx, (d, rng) => {
        const n = rng.int(1, 10);
        for (let i = 0; i < n; i++) {
          const hit = randomRecordKey(d, rng);
          if (!hit) continue;
          const fields = [...hit.rec.keys(), 'text', 'order', 'mapId', 'stageId', 'laneId', 'personaIds', 'score', 'color', 'kind'];
          hit.rec.set(rng.pick(fields), oddYValue(rng));
        }
        if (rng.bool(0.2)) d.getMap('meta').set('title', oddYValue(rng));
      }),
  },
  {
    name: 'state-record-not-a-map',
    group: 'yjs',
    expect: 'refuse',
    weight: 2,
    make: (ctx) =>
      withState(ctx, (d, rng) => {
        const value = rng.pick<() => unknown>([() => 42, () => 'str', () => null, () => new Y.Array(), () => new Y.Text('t'), () => [1], () => ({ id: 'x' })])();
        d.getMap(rng.pick(COLLECTIONS)).set(`odd-${rng.int(0, 99)}`, value);
      }),
  },
  {
    name: 'state-root-type-confusion',
    group: 'yjs',
    expect: 'either',
    weight: 1,
    make: ({ rng, seed }) => {
      const p = partsOf(seed);
      // A separate update that writes a collection's name as an array or a text.
      const other = new Y.Doc();
      other.clientID = 4444;
      const name = rng.pick([...COLLECTIONS, 'meta']);
      if (rng.bool()) other.getArray(name).push([1, 'two', { three: 3 }]);
      else other.getText(name).insert(0, 'not a map');
      const s = Y.mergeUpdates([p.state, Y.encodeStateAsUpdate(other)]);
      other.destroy();
      return rebuild({ json: p.json, state: s });
    },
  },
  {
    name: 'state-subdocument',
    group: 'yjs',
    expect: 'refuse',
    weight: 1,
    make: (ctx) => withState(ctx, (d, rng) => (randomRecordKey(d, rng)?.rec ?? d.getMap('meta')).set('sub', new Y.Doc())),
  },
  {
    name: 'state-big-binary',
    group: 'yjs',
    expect: 'refuse',
    weight: 1,
    make: (ctx) => {
      // Random bytes (zeros would trip the zip-bomb ratio first) just over the picture limit.
      const big = ctx.rng.bytes(FILE_LIMITS.maxImageBytes + ctx.rng.int(1, 1024));
      const p = partsOf(ctx.seed);
      const s = editState(p.state, (d) => d.getMap('meta').set('blob', big));
      return writeZip([entry('project.json', strToU8(JSON.stringify(p.json))), entry('state.bin', s, false)]);
    },
  },
  {
    name: 'state-deletions-and-extra-roots',
    group: 'yjs',
    expect: 'either',
    weight: 2,
    make: (ctx) =>
      withState(ctx, (d, rng) => {
        for (let i = rng.int(0, 5); i > 0; i--) {
          const hit = randomRecordKey(d, rng);
          if (hit) d.getMap(hit.name).delete(hit.id);
        }
        d.getMap(`unknown-${rng.int(0, 9)}`).set('x', { y: [1, 2] });
        if (rng.bool()) d.getMap('meta').set('title', rng.pick(['', '   ', '\u0000\u0001', '<script>alert(1)</script>', '😀'.repeat(100)]));
      }),
  },

  // Pictures.
  {
    name: 'asset-tampered',
    group: 'assets',
    expect: 'either',
    weight: 2,
    make: ({ rng, seed }) => {
      const p = partsOf(seed);
      const assets = p.assets.map((a) => {
        switch (rng.int(0, 3)) {
          case 0:
            return { ...a, data: rng.bytes(a.data.length) }; // not a picture, wrong hash
          case 1:
            return { ...a, data: concat([a.data, new Uint8Array([1])]) }; // hash no longer matches
          case 2:
            return { ...a, name: `assets/${'0'.repeat(64)}` };
          default:
            return { ...a, name: `assets/../${a.name}` };
        }
      });
      return rebuild({ json: p.json, state: p.state, assets: rng.bool(0.2) ? [] : assets });
    },
  },
  {
    name: 'asset-declared-too-large',
    group: 'assets',
    expect: 'refuse',
    weight: 1,
    make: ({ rng, seed }) => {
      const p = partsOf(seed);
      const a = p.assets[0] ?? { name: `assets/${'c'.repeat(64)}`, data: new Uint8Array(8) };
      const e = { ...entry(a.name, a.data, false), size: FILE_LIMITS.maxImageBytes + rng.int(1, 1e6) };
      return writeZip([entry('project.json', strToU8(JSON.stringify(p.json))), entry('state.bin', p.state), { ...e, method: 8 }]);
    },
  },
];

/** Several mutations on top of each other (each on the previous one's output). */
export const COMBINED: Mutation = {
  name: 'combined',
  group: 'combined',
  expect: 'either',
  weight: 4,
  make: (ctx) => {
    const byteLevel = MUTATIONS.filter((m) => m.group === 'bytes' || m.name === 'central-directory-field' || m.name === 'local-header-field');
    const first = ctx.rng.pick(MUTATIONS.filter((m) => m.group !== 'bomb' && m.name !== 'too-many-entries'));
    let bytes = first.make(ctx);
    for (let i = ctx.rng.int(1, 2); i > 0; i--) {
      const next = ctx.rng.pick(byteLevel);
      try {
        bytes = next.make({ ...ctx, seed: { ...ctx.seed, bytes } });
      } catch {
        // This step needs a readable zip and the previous one broke it: keep what we have.
      }
    }
    return bytes;
  },
};

const ALL = [...MUTATIONS, COMBINED];
const TOTAL_WEIGHT = ALL.reduce((n, m) => n + m.weight, 0);

/** A mutation by weight; `groups` restricts the pick to those groups (e.g. `records,agreement`). */
export function pickMutation(rng: Rng, groups?: readonly string[]): Mutation {
  const pool = groups?.length ? ALL.filter((m) => groups.includes(m.group)) : ALL;
  const total = pool === ALL ? TOTAL_WEIGHT : pool.reduce((n, m) => n + m.weight, 0);
  let x = rng.next() * total;
  for (const m of pool) {
    x -= m.weight;
    if (x < 0) return m;
  }
  return pool[pool.length - 1]!;
}
