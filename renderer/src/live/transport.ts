/**
 * The seam between a live connection (connection.ts: status, offline, retry, presence) and the
 * protocol it speaks. Two kinds of sync server are spoken:
 * - 'y-websocket': y-websocket's own protocol and provider. Baton's live server (the desktop
 *   app and `npm run host`) and the stock @y/websocket-server both speak it.
 * - 'hocuspocus': Hocuspocus's protocol (@hocuspocus/provider), for a team's @hocuspocus/server
 *   (which scales out over Redis). The document name is the room, the token goes in its
 *   authentication message (checked by the server's onAuthenticate hook), never in the URL.
 *
 * A transport reports in Baton's words (`TransportEvents`), so the status a person sees, the
 * offline and refused sentences and the retry are one piece of code for every server. The kind
 * is chosen by the person (or named by the link they open), not guessed: a server behind a
 * token check or a proxy refuses a probe the same whatever it speaks, so a guess would be wrong
 * exactly when it matters (README, "Team servers").
 */
import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { checkYWebsocketDoor, openYWebsocket } from './yWebsocketTransport';

export const SERVER_KINDS = ['y-websocket', 'hocuspocus'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];
/** What a session or link names when it names no kind: everything before Hocuspocus. */
export const DEFAULT_SERVER_KIND: ServerKind = 'y-websocket';

/** A kind as written in a link or a saved session; null when it is none of ours. */
export function readServerKind(v: unknown): ServerKind | null {
  return typeof v === 'string' && (SERVER_KINDS as readonly string[]).includes(v) ? (v as ServerKind) : null;
}

export interface TransportOptions {
  /** ws:// or wss:// address of the server (without the room). */
  readonly serverUrl: string;
  /** The room (y-websocket) or document name (Hocuspocus): a project id, or Baton's `session`. */
  readonly room: string;
  /** Baton's own server reads these from the URL (participant token, join code). */
  readonly params: Readonly<Record<string, string>>;
  /** A team server's access token; '' or absent when there is none. */
  readonly accessToken?: string;
  /** The longest wait between two attempts to reach the server. */
  readonly maxBackoffMs: number;
  /** For Node (tests): `WebSocket` from the ws package. Browsers have their own. */
  readonly WebSocketPolyfill?: typeof WebSocket;
}

/** How a transport reports; the connection turns these into its one status. */
export interface TransportEvents {
  /** The server let this connection in (y-websocket: the socket opened; Hocuspocus: the token was accepted). */
  entered(): void;
  /** A connection that was in is gone (network, server restart); the transport keeps trying. */
  lost(): void;
  /** An attempt that never got in has ended (no server there, refused upgrade). */
  attemptFailed(): void;
  /** In step with the server's copy, or no longer. */
  synced(synced: boolean): void;
  /**
   * The server said no for good: a wrong token, or Baton's host removed this person or ended
   * the session; or it sent what Baton does not accept ('content', guard.ts), and the
   * transport hung up.
   */
  shut(why: 'refused' | 'removed' | 'ended' | 'content'): void;
}

export interface Transport {
  readonly kind: ServerKind;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** Knock again (after disconnect(), or at once while offline). */
  connect(): void;
  /** Stop knocking; connect() starts again. */
  disconnect(): void;
  destroy(): void;
}

export type TeamDoor =
  /** Connected without a token: the server let us in without asking who we are. */
  | 'no-token'
  /** A connection with a wrong token got in too: the server checks nothing. */
  | 'accepts-anyone'
  /** The wrong token was refused: the server checks its tokens. */
  | 'locked'
  /** The check could not tell (the server went away meanwhile). */
  | 'unknown';

export interface DoorCheckOptions {
  readonly kind?: ServerKind;
  readonly serverUrl: string;
  readonly room: string;
  readonly accessToken: string;
  /** For Node (tests): `WebSocket` from the ws package. */
  readonly WebSocketPolyfill?: typeof WebSocket;
  readonly timeoutMs?: number;
}

interface TransportKind {
  open(doc: Y.Doc, opts: TransportOptions, events: TransportEvents): Transport;
  /** Tries a wrong token once, to see whether the server checks tokens (teamServer.ts). */
  checkDoor(opts: DoorCheckOptions & { readonly wrongToken: string }): Promise<TeamDoor>;
}

/**
 * Hocuspocus's provider (~7 kB gzip) is fetched when a team server that speaks it is first
 * dialled, not with the home screen (README, "What the home screen loads"): most rooms are
 * Baton's own server, which speaks y-websocket.
 */
const hocuspocus = () => import('./hocuspocusTransport');

const KINDS: Record<ServerKind, TransportKind> = {
  'y-websocket': { open: openYWebsocket, checkDoor: checkYWebsocketDoor },
  hocuspocus: {
    open: (doc, opts, events) => openWhenLoaded('hocuspocus', doc, events, (awareness) => hocuspocus().then((m) => (ev) => m.openHocuspocus(doc, opts, ev, awareness))),
    checkDoor: (opts) => hocuspocus().then((m) => m.checkHocuspocusDoor(opts)),
  },
};

/**
 * A transport whose protocol code is still on its way: the connection gets its document and
 * presence at once (as from any transport) and connect/disconnect/destroy are replayed on the
 * real one when it arrives. Code that fails to arrive counts as a failed attempt, so the
 * connection's usual "couldn't reach" path applies.
 */
function openWhenLoaded(
  kind: ServerKind,
  doc: Y.Doc,
  events: TransportEvents,
  load: (awareness: Awareness) => Promise<(events: TransportEvents) => Transport>,
): Transport {
  const awareness = new Awareness(doc);
  let inner: Transport | null = null;
  let destroyed = false;
  let wanted = true;
  load(awareness).then(
    (open) => {
      if (destroyed) return;
      inner = open(events);
      if (!wanted) inner.disconnect();
    },
    () => {
      if (!destroyed) events.attemptFailed();
    },
  );
  return {
    kind,
    doc,
    awareness,
    connect() {
      wanted = true;
      inner?.connect();
    },
    disconnect() {
      wanted = false;
      inner?.disconnect();
    },
    destroy() {
      destroyed = true;
      if (inner) inner.destroy();
      else awareness.destroy();
    },
  };
}

/** Opens a connection of the given kind (connection.ts is the only caller outside tests). */
export function openTransport(kind: ServerKind, doc: Y.Doc, opts: TransportOptions, events: TransportEvents): Transport {
  return KINDS[kind].open(doc, opts, events);
}

/** The door check of the given kind. */
export function checkDoorOf(kind: ServerKind, opts: DoorCheckOptions & { readonly wrongToken: string }): Promise<TeamDoor> {
  return KINDS[kind].checkDoor(opts);
}
