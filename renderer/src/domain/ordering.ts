/**
 * Order keys for stages, lanes, cards and maps. Records carry a number; lists sort by it with
 * the id as a tie-breaker, so two offline copies that both insert at the same place still
 * merge into one stable order.
 */
export interface Ordered {
  readonly id: string;
  readonly order: number;
}

export function byOrder<T extends Ordered>(a: T, b: T): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sortByOrder<T extends Ordered>(items: Iterable<T>): T[] {
  return Array.from(items).sort(byOrder);
}

/** The order key for an item placed at `index` in `sorted` (the list without the item). */
export function orderAt(sorted: readonly Ordered[], index: number): number {
  const i = Math.max(0, Math.min(index, sorted.length));
  const before = sorted[i - 1]?.order;
  const after = sorted[i]?.order;
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return (after as number) - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}
