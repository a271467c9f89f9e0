/**
 * Checks one incoming y-websocket message before the shared room sees it. @y/websocket-server
 * catches a message that throws and carries on, but by then a half-read update may have been
 * partly integrated, and the sender stays connected to try again. We read the whole message
 * here first (the envelope, the Yjs update or state vector, the awareness entries) and close
 * the sender's connection when anything is off; the room and every other peer carry on.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { checkStructs, ContentError } from './content';

/** y-websocket's message types (y-websocket/src/y-websocket.js). */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;
/** y-protocols/sync's sub-types. */
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

/** At most this many presence entries in one awareness message (one per person and tab). */
export const MAX_AWARENESS_ENTRIES = 256;
/**
 * One person's presence as JSON text, at most: a name, a team, a colour, a pointer and a
 * selection of at most 50 card ids (domain/live.ts MAX_SELECTION) are about 2 KB.
 */
export const MAX_AWARENESS_STATE_CHARS = 16 * 1024;

/** One person's presence in an awareness message, as sent (the state is JSON text). */
export interface AwarenessEntry {
  readonly clientId: number;
  readonly clock: number;
  readonly state: string;
}

export type MessageCheck =
  /** `update`: the size of the document update a sync message carries (step 2 or update). */
  | { readonly ok: true; readonly kind: 'sync'; readonly update?: number }
  | { readonly ok: true; readonly kind: 'query-awareness' }
  | { readonly ok: true; readonly kind: 'awareness'; readonly entries: readonly AwarenessEntry[] }
  /** `tooLarge`: the message broke a size limit (closed with 1009, otherwise 1007). */
  | { readonly ok: false; readonly reason: string; readonly tooLarge?: boolean };

const bad = (reason: string, tooLarge = false): MessageCheck => ({ ok: false, reason, ...(tooLarge ? { tooLarge } : {}) });

function ended(decoder: decoding.Decoder): boolean {
  return decoder.pos === decoder.arr.length;
}

export function checkMessage(data: Uint8Array): MessageCheck {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const sub = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (!ended(decoder)) return bad('trailing bytes');
      if (sub === SYNC_STEP1) {
        Y.decodeStateVector(payload);
        return { ok: true, kind: 'sync' };
      }
      if (sub !== SYNC_STEP2 && sub !== SYNC_UPDATE) return bad('unknown sync message');
      checkUpdate(payload);
      return { ok: true, kind: 'sync', update: payload.length };
    }
    if (type === MESSAGE_AWARENESS) {
      const payload = decoding.readVarUint8Array(decoder);
      if (!ended(decoder)) return bad('trailing bytes');
      return { ok: true, kind: 'awareness', entries: checkAwareness(payload) };
    }
    if (type === MESSAGE_QUERY_AWARENESS) {
      if (!ended(decoder)) return bad('trailing bytes');
      return { ok: true, kind: 'query-awareness' };
    }
    // Auth messages only ever go from a server to a client.
    return bad(`unknown message type ${type}`);
  } catch (err) {
    if (err instanceof ContentError) return bad(`over the app's limits: ${err.message}`, err.tooLarge);
    return bad(`unreadable: ${(err as Error)?.message ?? String(err)}`.slice(0, 200));
  }
}

/**
 * Reads a whole Yjs (v1) update without applying it; throws when it is not one, or a
 * ContentError when it holds what a .baton file may not (content.ts).
 */
function checkUpdate(update: Uint8Array): void {
  const decoded = Y.decodeUpdate(update);
  for (const s of decoded.structs) {
    if (!Number.isSafeInteger(s.id.client) || !Number.isSafeInteger(s.id.clock) || s.length < 0) {
      throw new Error('impossible struct id');
    }
  }
  checkStructs(decoded.structs);
}

/** y-protocols/awareness's encoding: count, then (clientID, clock, JSON state) per entry. */
function checkAwareness(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const n = decoding.readVarUint(decoder);
  if (n > MAX_AWARENESS_ENTRIES) throw new Error('too many presence entries');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < n; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    if (state.length > MAX_AWARENESS_STATE_CHARS) throw new ContentError('a presence too large', true);
    JSON.parse(state);
    entries.push({ clientId, clock, state });
  }
  if (!ended(decoder)) throw new Error('trailing bytes in presence');
  return entries;
}

/** Encodes presence entries as an awareness message (the inverse of `checkAwareness`). */
export function encodeAwarenessMessage(entries: readonly AwarenessEntry[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(inner, e.clientId);
    encoding.writeVarUint(inner, e.clock);
    encoding.writeVarString(inner, e.state);
  }
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}
