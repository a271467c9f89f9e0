/**
 * Gives back the spare room Yjs's decoder leaves in every stored value (issue 21: the JS heap
 * at 10,000 cards, at most 2x culled React Flow's). Reading an update, Yjs collects each
 * value's content into an empty array with `push` (readContentAny), and V8 grows an array
 * that is pushed to with room for 16 more: at 10,000 cards that was 60,000 one-value arrays
 * holding ~4.4 MB of backing store, the largest single thing on the heap after the Yjs items
 * themselves. A copy (`slice`) is allocated at its exact length. Nothing else changes: the
 * content is the same values in the same order, and Yjs replaces the array itself whenever it
 * splits or merges content, so swapping it is invisible to the document.
 */
import * as Y from 'yjs';

/** How many structs are trimmed between looks at the clock (a clock read per struct costs more than the copy). */
const STEP = 2048;

/**
 * Trims the decoded content of `doc`'s structs from `from` (per client, the struct index to
 * start at) for at most `budgetMs`; returns where it stopped, or null when it got to the end.
 */
export function trimDecoded(doc: Y.Doc, budgetMs = Infinity, from: Map<number, number> = new Map()): Map<number, number> | null {
  const started = performance.now();
  for (const [client, structs] of doc.store.clients) {
    let i = from.get(client) ?? 0;
    while (i < structs.length) {
      const end = Math.min(structs.length, i + STEP);
      for (; i < end; i++) {
        const s = structs[i];
        if (s instanceof Y.Item && s.content instanceof Y.ContentAny) s.content.arr = s.content.arr.slice();
      }
      if (i < structs.length && performance.now() - started > budgetMs) {
        from.set(client, i);
        return from;
      }
    }
    from.set(client, i);
  }
  return null;
}
