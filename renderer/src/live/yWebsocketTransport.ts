/**
 * y-websocket's protocol, through y-websocket's own provider: Baton's live server (desktop app,
 * `npm run host`) and the stock @y/websocket-server. The room is the last part of the URL, the
 * participant token, join code and a team's access token travel as URL parameters (`?token=`,
 * what a token-checking hook or reverse proxy in front of the stock server reads).
 *
 * - Peers' updates are applied with the provider itself as the transaction origin: not
 *   ORIGIN.local, so never undoable here; not ORIGIN.storage or ORIGIN.tab, so saved into
 *   IndexedDB and passed on to other tabs like any other change.
 * - The provider's cross-tab BroadcastChannel is off: tabSync already does that job.
 */
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { guardedWebSocket } from './guard';
import type { DoorCheckOptions, TeamDoor, Transport, TransportEvents, TransportOptions } from './transport';

/** The URL parameter that carries a team server's access token. */
export const TEAM_TOKEN_PARAM = 'token';

/** Baton's server close codes (live/server/index.ts): the provider does not reconnect on 44xx. */
export const CLOSE_REMOVED = 4403;
export const CLOSE_ENDED = 4410;

/**
 * Every y-websocket server (the stock one, Baton's) greets a new connection with its sync step 1
 * at once. A socket that opens and stays silent this long is no y-websocket server (a Hocuspocus
 * server waits for its authentication message): refused, with the team server's sentence,
 * rather than "Live" and never in step.
 */
export const GREETING_MS = 5000;

export function openYWebsocket(doc: Y.Doc, opts: TransportOptions, events: TransportEvents): Transport {
  const params: Record<string, string> = { ...opts.params };
  if (opts.accessToken) params[TEAM_TOKEN_PARAM] = opts.accessToken;
  let breached = false;
  const Socket = guardedWebSocket(opts.WebSocketPolyfill ?? WebSocket, 'y-websocket', () => {
    breached = true;
    provider.disconnect();
    events.shut('content');
  });
  const provider = new WebsocketProvider(opts.serverUrl, opts.room, doc, {
    params,
    disableBc: true,
    maxBackoffTime: opts.maxBackoffMs,
    WebSocketPolyfill: Socket,
  });
  let wasIn = false;
  let greeting: ReturnType<typeof setTimeout> | null = null;
  const stopGreeting = () => {
    if (greeting) clearTimeout(greeting);
    greeting = null;
  };
  provider.on('status', ({ status }: { status: string }) => {
    stopGreeting();
    if (status === 'connected') {
      wasIn = true;
      const ws = provider.ws;
      let heard = false;
      ws?.addEventListener('message', () => (heard = true), { once: true });
      greeting = setTimeout(() => {
        greeting = null;
        if (heard || provider.ws !== ws || !provider.wsconnected) return;
        provider.disconnect();
        events.shut('refused');
      }, GREETING_MS);
      events.entered();
    } else if (status === 'disconnected' && wasIn) {
      wasIn = false;
      events.lost();
    }
  });
  provider.on('sync', (synced: boolean) => events.synced(synced));
  // A refused upgrade looks like any failed connection to a browser (no status code).
  provider.on('connection-close', () => {
    if (!wasIn && !provider.wsconnected) events.attemptFailed();
  });
  provider.on('closed', ({ code }: { code: number }) => {
    if (breached) return;
    events.shut(code === CLOSE_REMOVED ? 'removed' : code === CLOSE_ENDED ? 'ended' : 'refused');
  });
  return {
    kind: 'y-websocket',
    doc,
    awareness: provider.awareness,
    connect: () => provider.connect(),
    disconnect() {
      stopGreeting();
      provider.disconnect();
    },
    destroy() {
      stopGreeting();
      provider.destroy();
    },
  };
}

/**
 * Opens (and at once closes) one connection with a wrong token. The stock server greets every
 * connection with its sync step 1: proof it let us in. Refused before the upgrade (401/403), or
 * closed at once by a hook that upgrades first and then checks, it says nothing: locked.
 */
export function checkYWebsocketDoor(opts: DoorCheckOptions & { readonly wrongToken: string }): Promise<TeamDoor> {
  const Impl = opts.WebSocketPolyfill ?? (typeof WebSocket !== 'undefined' ? WebSocket : null);
  if (!Impl) return Promise.resolve('unknown');
  const url = `${opts.serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(opts.room)}?${TEAM_TOKEN_PARAM}=${encodeURIComponent(opts.wrongToken)}`;
  return new Promise<TeamDoor>((resolve) => {
    let done = false;
    let ws: WebSocket;
    const finish = (door: TeamDoor) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        ws.close();
      } catch {
        /* already gone */
      }
      resolve(door);
    };
    const timer = setTimeout(() => finish('unknown'), opts.timeoutMs ?? 5000);
    try {
      ws = new Impl(url);
    } catch {
      finish('unknown');
      return;
    }
    ws.binaryType = 'arraybuffer';
    ws.onmessage = () => finish('accepts-anyone');
    ws.onerror = () => finish('locked');
    ws.onclose = () => finish('locked');
  });
}
