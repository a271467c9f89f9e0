/**
 * One live connection of an open project's Y.Doc, through the transport of its server's kind
 * (transport.ts): y-websocket's protocol to Baton's live server or a stock y-websocket server,
 * or Hocuspocus's to a team's Hocuspocus server. The status, offline, retry and presence are
 * here, once, so every server reads the same to a person.
 *
 * What it means for the rest of the document machinery:
 * - Peers' updates are applied with the provider itself as the transaction origin. That is
 *   not ORIGIN.local, so they are never undoable here; it is not ORIGIN.storage or
 *   ORIGIN.tab, so storage/persistence.ts saves them into this device's IndexedDB like any
 *   other change and tabSync passes them on to other tabs of the same project.
 * - Every peer keeps its full copy. Offline (Wi-Fi gone, server ended) nothing stops: edits
 *   go on being saved locally and the provider sends them when it is connected again
 *   (both protocols' sync step 1/2 exchange exactly what each side is missing).
 */
import type * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { readPeers, throttle, type LiveTarget, type Peer, type PeerUser } from '../domain/live';
import { DEFAULT_SERVER_KIND, openTransport, type ServerKind, type Transport } from './transport';

export { CLOSE_ENDED, CLOSE_REMOVED } from './yWebsocketTransport';

export type LiveStatus =
  /** Trying to reach the server for the first time. */
  | 'connecting'
  /** Connected and in step with the others. */
  | 'connected'
  /** Was connected; the network or the server is gone for now. Keeps trying; work goes on. */
  | 'offline'
  /** Never got in: wrong or old link, wrong token, session locked or ended, or no server at that address. */
  | 'refused'
  /** The host removed this person. */
  | 'removed'
  /** The host ended the session. */
  | 'ended';

export interface LiveState {
  readonly status: LiveStatus;
  /** True once this copy and the server's have exchanged what each was missing. */
  readonly synced: boolean;
  /** Set with 'refused' when the server sent what Baton does not accept (live/guard.ts). */
  readonly badContent?: boolean;
  readonly peers: readonly Peer[];
}

export interface LiveOptions extends LiveTarget, PeerUser {
  /** This device's secret participant token (lets it back in after a dropped connection). */
  readonly token: string;
  /** Which protocol the server speaks (transport.ts); y-websocket when not named. */
  readonly kind?: ServerKind;
  /** A team server's access token (teamServer.ts); none for Baton's own server. */
  readonly accessToken?: string;
  /** For Node (tests): `WebSocket` from the ws package. Browsers have their own. */
  readonly WebSocketPolyfill?: typeof WebSocket;
  /** Failed first attempts before giving up with 'refused' (default 4). */
  readonly attempts?: number;
}

export interface LiveConnection {
  readonly transport: Transport;
  readonly state: StoreApi<LiveState>;
  /** Where this person's pointer is on a map (flow coordinates), or null; sent ~20 times a second at most. */
  setPointer(pointer: { mapId: string; x: number; y: number } | null): void;
  setSelection(mapId: string, cardIds: readonly string[]): void;
  /** The screen this person is on (a map id, or ''). */
  setScreen(mapId: string): void;
  /** Tries again after 'refused' (or at once while offline). */
  retry(): void;
  /** Resolves when synced with the server, or rejects with the status that stopped it. */
  whenSynced(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

/** Pointer updates at most every 50 ms: smooth enough to follow, cheap on a phone's Wi-Fi. */
const POINTER_MS = 50;

export function connectLive(doc: Y.Doc, opts: LiveOptions): LiveConnection {
  const params: Record<string, string> = { pid: opts.token };
  if (opts.code) params.code = opts.code;
  const state = createStore<LiveState>(() => ({ status: 'connecting', synced: false, peers: [] }));
  const set = (patch: Partial<LiveState>) => state.setState(patch);
  const final = () => ['refused', 'removed', 'ended'].includes(state.getState().status);
  let everConnected = false;
  let destroyed = false;
  let failures = 0;
  const maxAttempts = opts.attempts ?? 4;

  const transport: Transport = openTransport(
    opts.kind ?? DEFAULT_SERVER_KIND,
    doc,
    {
      serverUrl: opts.serverUrl,
      room: opts.room,
      params,
      ...(opts.accessToken ? { accessToken: opts.accessToken } : {}),
      maxBackoffMs: 5000,
      ...(opts.WebSocketPolyfill ? { WebSocketPolyfill: opts.WebSocketPolyfill } : {}),
    },
    {
      entered() {
        if (final()) return;
        everConnected = true;
        failures = 0;
        set({ status: 'connected' });
      },
      lost() {
        if (final()) return;
        if (everConnected) set({ status: 'offline', synced: false });
      },
      attemptFailed() {
        if (final() || everConnected) return;
        // A refused upgrade looks like any failed connection to a browser (no status code), so
        // a newcomer gives up after a few tries instead of knocking forever.
        failures++;
        if (failures >= maxAttempts) {
          set({ status: 'refused' });
          transport.disconnect();
        }
      },
      synced(synced) {
        set({ synced });
      },
      shut(why) {
        if (final()) return;
        set(why === 'content' ? { status: 'refused', synced: false, badContent: true } : { status: why, synced: false });
      },
    },
  );
  const awareness = transport.awareness;
  awareness.setLocalState({
    user: { name: opts.name, team: opts.team, color: opts.color },
    pointer: null,
    selection: null,
    mapId: '',
  });

  const onPeers = () => set({ peers: readPeers(awareness.getStates(), doc.clientID) });
  awareness.on('change', onPeers);

  // The browser knows first when Wi-Fi is gone: stop knocking, then knock at once when back.
  const hasWindow = typeof window !== 'undefined' && typeof window.addEventListener === 'function';
  const onOffline = () => {
    if (final()) return;
    transport.disconnect();
    if (everConnected) set({ status: 'offline', synced: false });
  };
  const onOnline = () => {
    if (final()) return;
    transport.connect();
  };
  if (hasWindow) {
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
  }

  const sendPointer = throttle((p: { mapId: string; x: number; y: number } | null) => {
    awareness.setLocalStateField('pointer', p ? { mapId: p.mapId, x: Math.round(p.x), y: Math.round(p.y) } : null);
  }, POINTER_MS);

  return {
    transport,
    state,
    setPointer: sendPointer,
    setSelection(mapId, cardIds) {
      awareness.setLocalStateField('selection', cardIds.length ? { mapId, cardIds: cardIds.slice(0, 50) } : null);
    },
    setScreen(mapId) {
      if (awareness.getLocalState()?.mapId !== mapId) awareness.setLocalStateField('mapId', mapId);
    },
    retry() {
      if (state.getState().status === 'removed') return;
      failures = 0;
      set({ status: everConnected ? 'offline' : 'connecting', badContent: false });
      transport.connect();
    },
    whenSynced(timeoutMs = 15_000) {
      return new Promise<void>((resolve, reject) => {
        let timer: ReturnType<typeof setTimeout> | null = null;
        const check = (s: LiveState) => {
          if (s.synced) return (stop(), resolve());
          if (s.status === 'refused' || s.status === 'removed' || s.status === 'ended') {
            stop();
            reject(new Error(s.status));
          }
        };
        const unsub = state.subscribe(check);
        const stop = () => {
          unsub();
          if (timer) clearTimeout(timer);
        };
        timer = setTimeout(() => {
          stop();
          reject(new Error('timeout'));
        }, timeoutMs);
        check(state.getState());
      });
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      sendPointer.cancel();
      if (hasWindow) {
        window.removeEventListener('offline', onOffline);
        window.removeEventListener('online', onOnline);
      }
      awareness.off('change', onPeers);
      transport.destroy();
      awareness.destroy();
    },
  };
}

/** A fresh secret participant token for this device (128 bits, URL-safe). */
export function newParticipantToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
