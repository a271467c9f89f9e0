/**
 * Hocuspocus's protocol, through its own provider (@hocuspocus/provider), for a team's
 * @hocuspocus/server. One socket to the server's address; the room (the project id) is the
 * Hocuspocus document name; the access token goes in the provider's authentication message,
 * which the server's onAuthenticate hook checks (scripts/hocuspocus-server.mjs), so it never
 * shows in a URL or a proxy's log. Baton's own URL parameters (participant token, join code)
 * belong to Baton's live server, which speaks y-websocket; a Hocuspocus server gets none.
 *
 * What the provider says, in Baton's words:
 * - authenticated → entered: the wrong-token case never shows "Live", even for a moment;
 * - authenticationFailed → shut('refused'), and the socket stops knocking (the provider would
 *   otherwise keep its socket open and send the same refused token after every reconnect);
 * - a socket that closes before authentication → attemptFailed; after it → lost (it reconnects).
 * Peers' updates arrive with the provider as the transaction origin, as with y-websocket: saved
 * to IndexedDB, passed to other tabs, never undoable here.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { guardedWebSocket } from './guard';
import type { DoorCheckOptions, TeamDoor, Transport, TransportEvents, TransportOptions } from './transport';

function socketTo(url: string, maxDelay: number, WebSocketPolyfill: typeof WebSocket): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({
    url,
    // The same rhythm as y-websocket's provider: at once, then up to every few seconds.
    delay: 500,
    minDelay: 500,
    maxDelay,
    WebSocketPolyfill,
  });
}

/**
 * A Hocuspocus server answers the authentication message at once (its onAuthenticate hook is a
 * token comparison). A socket that opens and gets no answer this long is no Hocuspocus server (a
 * y-websocket server does not read Hocuspocus's messages): refused, rather than "Connecting…"
 * for ever.
 */
export const AUTH_ANSWER_MS = 8000;

export function openHocuspocus(doc: Y.Doc, opts: TransportOptions, events: TransportEvents, awareness = new Awareness(doc)): Transport {
  const Guarded = guardedWebSocket(opts.WebSocketPolyfill ?? WebSocket, 'hocuspocus', () => refuse('content'));
  const socket = socketTo(opts.serverUrl, opts.maxBackoffMs, Guarded);
  let authenticated = false;
  let shut = false;
  let answer: ReturnType<typeof setTimeout> | null = null;
  const stopWaiting = () => {
    if (answer) clearTimeout(answer);
    answer = null;
  };
  const refuse = (why: 'refused' | 'content' = 'refused') => {
    stopWaiting();
    if (shut) return;
    shut = true;
    socket.disconnect();
    events.shut(why);
  };
  const down = () => {
    stopWaiting();
    if (shut) return;
    if (authenticated) {
      authenticated = false;
      events.synced(false);
      events.lost();
    } else {
      events.attemptFailed();
    }
  };
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: opts.room,
    document: doc,
    awareness,
    token: opts.accessToken ?? '',
    onAuthenticated: () => {
      stopWaiting();
      if (shut) return;
      authenticated = true;
      events.entered();
    },
    onAuthenticationFailed: () => refuse(),
    onSynced: ({ state }) => events.synced(state),
    onStatus: ({ status }) => {
      if (status === WebSocketStatus.Disconnected) down();
      else if (status === WebSocketStatus.Connected && !authenticated && !answer && !shut) answer = setTimeout(() => refuse(), AUTH_ANSWER_MS);
    },
    // The server closed this document but not the socket (it is shutting down, or unloaded the
    // document): the provider would sit there unsynced, so start over on a fresh socket.
    onClose: () => {
      if (shut || !authenticated) return;
      down();
      socket.webSocket?.close();
    },
  });
  // A provider given its own socket attaches only when asked.
  provider.attach();
  return {
    kind: 'hocuspocus',
    doc,
    awareness,
    connect() {
      shut = false;
      void socket.connect();
    },
    disconnect() {
      stopWaiting();
      socket.disconnect();
    },
    destroy() {
      stopWaiting();
      shut = true;
      provider.destroy();
      socket.destroy();
    },
  };
}

/**
 * Asks for the room once with a wrong token (a throwaway document, no presence): a server that
 * authenticates it checks nothing; one that answers "permission denied" checks its tokens.
 */
export function checkHocuspocusDoor(opts: DoorCheckOptions & { readonly wrongToken: string }): Promise<TeamDoor> {
  return new Promise<TeamDoor>((resolve) => {
    let done = false;
    const doc = new Y.Doc();
    let socket: HocuspocusProviderWebsocket | null = null;
    let provider: HocuspocusProvider | null = null;
    const finish = (door: TeamDoor) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      // After the promise settles: the provider calls back from inside its own handlers.
      setTimeout(() => {
        provider?.destroy();
        socket?.destroy();
        doc.destroy();
      }, 0);
      resolve(door);
    };
    const timer = setTimeout(() => finish('unknown'), opts.timeoutMs ?? 5000);
    try {
      socket = socketTo(opts.serverUrl, 1000, guardedWebSocket(opts.WebSocketPolyfill ?? WebSocket, 'hocuspocus', () => finish('unknown')));
      provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: opts.room,
        document: doc,
        awareness: null,
        token: opts.wrongToken,
        onAuthenticated: () => finish('accepts-anyone'),
        onAuthenticationFailed: () => finish('locked'),
      });
      provider.attach();
    } catch {
      finish('unknown');
    }
  });
}
