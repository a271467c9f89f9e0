/**
 * A project's whole document as several stored rows instead of one (compaction's output), so
 * opening it applies the log in slices that each fit a short task (issue 21: applying one
 * 10,000-card update was the longest task of an open, 400 ms to over a second). Each piece is
 * an ordinary Yjs update: a run of one client's structs in clock order, with no deletions;
 * the last piece is the delete set alone. Applied in order they give the same document as the
 * merged update, each piece finding the structs it refers to in earlier ones (inOrder);
 * `splitUpdate` checks that on a fresh document before it answers, and answers the merged
 * update alone when the pieces would not apply cleanly in order (a piece left waiting for
 * another client's structs), so nothing a split could lose is ever stored.
 */
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';

/** Structs per piece: about 10–40 ms of applying on this kind of machine. */
export const STRUCTS_PER_PIECE = 3000;

/** One client's structs in a document's store (Items and GCs, in clock order). */
type Structs = Y.Doc['store']['clients'] extends Map<number, infer S> ? S : never;

function piece(client: number, structs: Structs): Uint8Array {
  const enc = new Y.UpdateEncoderV1();
  // The update format's struct section (Yjs's writeClientsStructs for one client), then an
  // empty delete set.
  encoding.writeVarUint(enc.restEncoder, 1);
  encoding.writeVarUint(enc.restEncoder, structs.length);
  enc.writeClient(client);
  encoding.writeVarUint(enc.restEncoder, structs[0]!.id.clock);
  for (const s of structs) s.write(enc, 0);
  encoding.writeVarUint(enc.restEncoder, 0);
  return enc.toUint8Array();
}

/** The other client's struct `item` needs integrated before it (its left and right origins, its parent), if any. */
function needs(item: Y.Item | Y.GC): Y.ID[] {
  if (!(item instanceof Y.Item)) return [];
  const out: Y.ID[] = [];
  if (item.origin) out.push(item.origin);
  if (item.rightOrigin) out.push(item.rightOrigin);
  const parentItem = (item.parent as Y.AbstractType<unknown> | null)?._item;
  if (parentItem) out.push(parentItem.id);
  return out;
}

/**
 * Runs of each client's structs, in an order in which every run finds what it refers to
 * already applied (a later session's edits refer to the earlier session's cards, and the
 * earlier client may write again after): round after round, each client's run goes as far as
 * its structs are ready, up to `perPiece`. Null when no client can go on (never for a store
 * that integrated, as it did in this order once).
 */
function inOrder(doc: Y.Doc, perPiece: number): Uint8Array[] | null {
  const clients = Array.from(doc.store.clients.keys()).sort((a, b) => a - b);
  const next = new Map<number, number>(clients.map((c) => [c, 0]));
  /** Per client, the clock up to which its structs are in earlier pieces. */
  const applied = new Map<number, number>();
  const pieces: Uint8Array[] = [];
  let left = 0;
  doc.store.clients.forEach((structs) => (left += structs.length));
  while (left > 0) {
    let progress = false;
    for (const client of clients) {
      const structs = doc.store.clients.get(client)!;
      const start = next.get(client)!;
      let i = start;
      while (i < structs.length && i - start < perPiece) {
        const ready = needs(structs[i]!).every((id) => id.client === client || id.clock < (applied.get(id.client) ?? 0));
        if (!ready) break;
        i++;
      }
      if (i === start) continue;
      pieces.push(piece(client, structs.slice(start, i)));
      const last = structs[i - 1]!;
      applied.set(client, last.id.clock + last.length);
      next.set(client, i);
      left -= i - start;
      progress = true;
    }
    if (!progress) return null;
  }
  return pieces;
}

/** True when `pieces`, applied in order to a fresh document, leave nothing waiting and give `original`'s state and deletions. */
function appliesCleanly(pieces: readonly Uint8Array[], original: Y.Doc): boolean {
  const doc = new Y.Doc({ gc: false });
  try {
    for (const p of pieces) {
      Y.applyUpdate(doc, p);
      if (doc.store.pendingStructs || doc.store.pendingDs) return false;
    }
    return Y.equalSnapshots(Y.snapshot(doc), Y.snapshot(original));
  } catch {
    return false;
  } finally {
    doc.destroy();
  }
}

/** The merged form of `updates` in pieces of about `perPiece` structs (one piece when small or when a split would not apply cleanly). */
export function splitUpdate(updates: readonly Uint8Array[], perPiece = STRUCTS_PER_PIECE): Uint8Array[] {
  const merged = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates as Uint8Array[]);
  const doc = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(doc, merged);
    let total = 0;
    doc.store.clients.forEach((structs) => (total += structs.length));
    if (total <= perPiece || doc.store.pendingStructs || doc.store.pendingDs) return [merged];
    const pieces = inOrder(doc, perPiece);
    if (!pieces) return [merged];
    pieces.push(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)));
    return appliesCleanly(pieces, doc) ? pieces : [merged];
  } catch {
    return [merged];
  } finally {
    doc.destroy();
  }
}
