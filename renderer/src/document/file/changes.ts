/**
 * What changed between two readings of a project (before and after a merge, or a restore):
 * per collection, how many records were added, removed, renamed (a name or title changed) or
 * otherwise changed. Pure; the sentence is made in features/files/strings.ts.
 */
import type { ProjectSnapshot } from '../projection';
import { COLLECTIONS, type CollectionName } from '../schema';

export interface CollectionChanges {
  readonly added: number;
  readonly removed: number;
  readonly renamed: number;
  readonly changed: number;
}

export interface ProjectChanges {
  readonly titleChanged: boolean;
  /** Only collections with at least one change, in the order they are best told. */
  readonly collections: readonly (CollectionChanges & { readonly name: CollectionName })[];
  readonly total: number;
}

/** Cards first: they are what people add most and look for first. */
const TELLING_ORDER: readonly string[] = ['cards', 'stages', 'lanes', 'maps'];

export function diffSnapshots(before: ProjectSnapshot, after: ProjectSnapshot): ProjectChanges {
  const names = [...COLLECTIONS].sort((a, b) => rank(a) - rank(b));
  const collections: (CollectionChanges & { name: CollectionName })[] = [];
  let total = 0;
  for (const name of names) {
    const a = before[name] as Readonly<Record<string, object>>;
    const b = after[name] as Readonly<Record<string, object>>;
    let added = 0;
    let removed = 0;
    let renamed = 0;
    let changed = 0;
    for (const id of Object.keys(b)) {
      const was = a[id];
      const now = b[id]!;
      if (!was) added++;
      else if (!sameValue(was, now)) {
        const w = was as { name?: unknown; title?: unknown };
        const n = now as { name?: unknown; title?: unknown };
        if (w.name !== n.name || w.title !== n.title) renamed++;
        else changed++;
      }
    }
    for (const id of Object.keys(a)) if (!b[id]) removed++;
    const sum = added + removed + renamed + changed;
    if (sum) collections.push({ name, added, removed, renamed, changed });
    total += sum;
  }
  const titleChanged = before.info.title !== after.info.title;
  return { titleChanged, collections, total: total + (titleChanged ? 1 : 0) };
}

function rank(name: string): number {
  const i = TELLING_ORDER.indexOf(name);
  return i < 0 ? TELLING_ORDER.length + COLLECTIONS.indexOf(name as CollectionName) : i;
}

/** Deep equality of plain JSON-like values (the projection's records). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return a instanceof Uint8Array && b instanceof Uint8Array && a.length === b.length && a.every((x, i) => x === b[i]);
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue((a as never)[k], (b as never)[k]));
}
