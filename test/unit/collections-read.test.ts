/**
 * Every collection's tolerant reader takes garbage: random JSON values in every field it
 * knows (and some it does not) give a record of the same shape, never a throw. Generated over
 * COLLECTIONS, not hand-listed: a new collection is covered the day it is added.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, collection, fieldsOf, readers } from '../../renderer/src/document/schema';
import { initProject } from '../../renderer/src/document/actions/project';
import { buildSampleProject } from '../../renderer/src/document/sample/northwind';
import { distinctStrList, num, numOrNull, oneOf, str, strList } from '../../renderer/src/domain/read';

/** A small deterministic random source, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function garbage(r: () => number, depth = 0): unknown {
  const pick = Math.floor(r() * 14);
  switch (pick) {
    case 0: return null;
    case 1: return undefined;
    case 2: return true;
    case 3: return Math.floor(r() * 2000) - 1000;
    case 4: return [NaN, Infinity, -Infinity, -0, 1e308][Math.floor(r() * 5)];
    case 5: return '';
    case 6: return ['x', '#ff00ff', '2026-01-01', '__proto__', 'ü'.repeat(50), 'agree', 'open'][Math.floor(r() * 7)];
    case 7: return r() * 10;
    case 8: return depth > 2 ? [] : Array.from({ length: Math.floor(r() * 4) }, () => garbage(r, depth + 1));
    case 9: return depth > 2 ? {} : Object.fromEntries(Array.from({ length: Math.floor(r() * 4) }, (_, i) => [`k${i}`, garbage(r, depth + 1)]));
    case 10: return { id: 'x', order: 'NaN', text: 7 };
    case 11: return [{ title: 3 }, 'a', null];
    case 12: return String(Math.floor(r() * 10));
    default: return -1;
  }
}

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** The fields a real record of each collection has (from the sample project), plus what the reader outputs. */
function knownFields(): Record<string, Set<string>> {
  const doc = new Y.Doc();
  initProject(doc, 'p-read', 'Read test');
  buildSampleProject(doc, Date.UTC(2026, 0, 15));
  const out: Record<string, Set<string>> = {};
  for (const name of COLLECTIONS) {
    const keys = new Set<string>(Object.keys(readers[name]('x', {}) as object));
    collection(doc, name).forEach((rec) => Object.keys(fieldsOf(rec)).forEach((k) => keys.add(k)));
    ['order', 'mapId', 'stageId', 'laneId', 'nonsense'].forEach((k) => keys.add(k));
    out[name] = keys;
  }
  return out;
}

describe('the tolerant readers of every collection', () => {
  const fields = knownFields();

  it('every collection has a reader', () => {
    for (const name of COLLECTIONS) expect(typeof readers[name], name).toBe('function');
  });

  it.each(COLLECTIONS.map((n) => [n]))('%s: garbage in every field gives a record of the same shape, never a throw', (name) => {
    const read = readers[name] as unknown as (id: string, f: Record<string, unknown>) => Record<string, unknown>;
    const blank = read('id-1', {});
    const r = rng(name.length * 7919);
    for (let i = 0; i < 300; i++) {
      const f: Record<string, unknown> = {};
      for (const k of fields[name]!) if (r() < 0.8) f[k] = garbage(r);
      let rec: Record<string, unknown> = {};
      expect(() => (rec = read('id-1', f)), `${name} ${JSON.stringify(f)}`).not.toThrow();
      expect(rec.id, name).toBe('id-1');
      expect(() => JSON.stringify(rec)).not.toThrow();
      for (const [k, v] of Object.entries(blank)) {
        const want = kind(v);
        const got = kind(rec[k]);
        // A number that may be unset reads as null or a number; an optional field may be absent.
        const ok = got === want || (want === 'null' && got === 'number') || (want === 'undefined');
        expect(ok, `${name}.${k}: ${got} instead of ${want} for ${JSON.stringify(f[k])}`).toBe(true);
        if (got === 'number') expect(Number.isFinite(rec[k]) || rec[k] === null, `${name}.${k} finite`).toBe(true);
      }
    }
  });
});

describe('the shared reader helpers', () => {
  it('take the value first and fall back on anything else', () => {
    expect(str(3, 'd')).toBe('d');
    expect(str('a')).toBe('a');
    expect(num('3')).toBe(0);
    expect(num(NaN, 5)).toBe(5);
    expect(numOrNull(Infinity)).toBeNull();
    expect(oneOf('b', ['a', 'b'] as const, 'a')).toBe('b');
    expect(oneOf('c', ['a', 'b'] as const, 'a')).toBe('a');
    expect(strList(['a', 1, 'a', ''])).toEqual(['a', 'a', '']);
    expect(distinctStrList(['a', 1, 'a', ''])).toEqual(['a']);
  });
});
