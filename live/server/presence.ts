/**
 * What one connection may say about presence (awareness). A peer speaks for its own presence
 * only, and for a few client ids at most: y-websocket's provider uses one per document, so
 * `maxIdsPerConnection` (default 4) is generous for an honest peer and a wall for one that
 * claims 51,200 fake people. Entries are sorted into:
 * - someone else's (a provider echoes everyone's presence back): dropped, not punished,
 *   otherwise a peer could make someone vanish from everybody's list with a newer clock;
 * - someone who left while this connection was open (an echo in flight when they went):
 *   dropped; a connection opened after they left may claim the id (their provider reconnecting);
 * - a removal of an id this connection never held: dropped (it would only grow the room's
 *   table of known ids);
 * - its own, or a new claim: forwarded, until the connection has claimed more ids in its life
 *   than allowed; then it is cut off (1008) and nothing of that message reaches the room.
 */
import type { AwarenessEntry } from './messages';

export const DEFAULT_MAX_PRESENCE_IDS = 4;
/** Ids of people who left, remembered so late echoes of them are dropped. */
const DEPARTED_REMEMBERED = 4096;

export type PresenceVerdict = { readonly cut: true } | { readonly cut: false; readonly entries: readonly AwarenessEntry[] };

export class PresenceGuard {
  /** Client id → when (a sequence number) its connection closed. */
  private readonly departed = new Map<number, number>();
  private readonly claimed = new Map<object, { readonly since: number; readonly ids: Set<number> }>();
  private seq = 0;

  constructor(
    /** The room's map from connection to the client ids it controls (@y/websocket-server's `conns`). */
    private readonly conns: Map<object, Set<number>>,
    private readonly maxIds = DEFAULT_MAX_PRESENCE_IDS,
  ) {}

  filter(conn: object, entries: readonly AwarenessEntry[]): PresenceVerdict {
    const own = this.conns.get(conn) ?? new Set<number>();
    const others = new Set<number>();
    for (const [other, ids] of this.conns) if (other !== conn) ids.forEach((id) => others.add(id));
    const mine = this.claimed.get(conn) ?? this.opened(conn);
    const claimed = mine.ids;
    const out: AwarenessEntry[] = [];
    for (const e of entries) {
      if (others.has(e.clientId)) continue;
      const left = this.departed.get(e.clientId);
      if (left !== undefined && left > mine.since) continue;
      if (!own.has(e.clientId) && !claimed.has(e.clientId)) {
        if (e.state === 'null') continue;
        if (claimed.size >= this.maxIds) return { cut: true };
        claimed.add(e.clientId);
      }
      out.push(e);
    }
    return { cut: false, entries: out };
  }

  /** A connection opened (call before its first message). */
  opened(conn: object) {
    const mine = { since: ++this.seq, ids: new Set<number>() };
    this.claimed.set(conn, mine);
    return mine;
  }

  /** A connection closed: its ids are remembered as departed. Call before the room forgets them. */
  closed(conn: object): void {
    const at = ++this.seq;
    for (const id of [...(this.conns.get(conn) ?? []), ...(this.claimed.get(conn)?.ids ?? [])]) {
      this.departed.delete(id);
      this.departed.set(id, at);
      if (this.departed.size > DEPARTED_REMEMBERED) this.departed.delete(this.departed.keys().next().value!);
    }
    this.claimed.delete(conn);
  }

  /** Presence ids held by open connections (for the figures). */
  size(): number {
    let n = 0;
    for (const ids of this.conns.values()) n += ids.size;
    return n;
  }
}
