/**
 * The live-session host: one HTTP server that serves Baton's web build to browsers in the
 * room and speaks the standard y-websocket protocol (through @y/websocket-server's own
 * `setupWSConnection`) for ONE room, the session's project. Plain Node: no Electron import,
 * so the desktop app's main process hosts it with a few lines and tests start it directly.
 *
 * Who may come in (checked for every HTTP request and BEFORE every WebSocket upgrade):
 * - The Host header must be an IP address or localhost (no DNS rebinding).
 * - A WebSocket's Origin must be absent (native clients), one of this server's own pages
 *   (http://<IP or localhost>:<port>) or listed in `allowedOrigins` (app://baton by default).
 * - A credential: the current join code (`?code=`), or a participant token that was admitted
 *   before. A browser that opens the join link gets its token as an HttpOnly cookie; a native
 *   or desktop client sends its own random token as `?pid=`. A token lets its holder come
 *   back after a dropped connection even when the code has changed since or joins are locked.
 * - Wrong codes are counted per remote address: after 5 within a minute, that address gets
 *   429 for a minute, right code or not.
 * - Removing a participant bans every token it used, closes its connections with code 4403
 *   (y-websocket's provider does not reconnect on 44xx) AND rotates the join code, so the
 *   removed person can't come back with the link they still have. Everybody already in keeps
 *   their token; newcomers need the new link (the host's screen shows it).
 * - `lock()` refuses newcomers (403); people already in may still reconnect.
 * - Only `/sync/<projectId>` (and the alias `/sync/session`, for people who typed an address
 *   and a code and don't know the project's id yet) lead to the room; any other room: 404.
 * - Every message is at most `maxMessageBytes` (ws `maxPayload`, the connection is closed
 *   with 1009 otherwise) and is read completely (messages.ts) before the room applies it; a
 *   malformed one closes that connection only.
 *
 * The server keeps its own Y.Doc copy of the room (that's what setupWSConnection does), so
 * late joiners get the project even when the host's window is not connected.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { Duplex } from 'node:stream';
import { docs, getYDoc, setPersistence, setupWSConnection, type WSSharedDoc } from '@y/websocket-server/utils';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { resolveFile, SECURITY_HEADERS } from './files';
import {
  DEFAULT_CODE_BYTES,
  DEFAULT_LIMITS,
  FailureLimiter,
  isAllowedHostHeader,
  isAllowedOrigin,
  isSecretShaped,
  newSecret,
  readCookie,
  sameSecret,
  type LimiterOptions,
} from './guards';
import { checkMessage, encodeAwarenessMessage } from './messages';

/** The path prefix of the WebSocket endpoint: the provider connects to `${wsUrl}/${room}`. */
export const SYNC_PATH = '/sync';
/** A room alias that always means "this session's project". */
export const SESSION_ROOM = 'session';
/** Baton desktop's own origin (electron/main/constants.ts APP_ORIGIN). */
export const DESKTOP_ORIGIN = 'app://baton';
/** Close codes; y-websocket's provider stops reconnecting on 4400-4499. */
export const CLOSE_REMOVED = 4403;
export const CLOSE_ENDED = 4410;
export const CLOSE_MALFORMED = 1007;
/**
 * 4 MB: the first sync of a big project carries the whole document in one message (a map
 * of 2,000 cards is about 0.5 MB), and one person's gesture is a few hundred bytes.
 */
export const DEFAULT_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
/**
 * What the server may hold for one peer that does not read (a phone asleep with its socket
 * open, or a client that stops reading on purpose): @y/websocket-server sends every update to
 * every peer without looking at back-pressure, so ws would buffer without bound for up to its
 * 30 s ping timeout. Past this, the peer is cut off; its provider reconnects and gets one fresh
 * sync. Measured in test/unit/live-hardening.test.ts.
 */
export const DEFAULT_MAX_BUFFERED_BYTES = 4 * DEFAULT_MAX_MESSAGE_BYTES;
const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Public participant ids need only be unique, not secret. */
const PUBLIC_ID_BYTES = 10;

export interface LiveServerOptions {
  /** The address to listen on: 127.0.0.1 (this machine only) or 0.0.0.0 (the room's network). */
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly projectId: string;
  /** The built renderer (out/renderer) served to browsers; without it only sync is offered. */
  readonly webRoot?: string;
  /** Random bytes in a join code (at least 10 = 80 bits; default 16). */
  readonly codeBytes?: number;
  readonly maxMessageBytes?: number;
  /** Bytes queued for one connection at most before it is cut off (default 16 MB). */
  readonly maxBufferedBytes?: number;
  /** Simultaneous WebSocket connections at most (default 64). */
  readonly maxConnections?: number;
  /** Exact origins allowed besides this server's own pages (default: Baton desktop's). */
  readonly allowedOrigins?: readonly string[];
  /** Host names allowed besides IP addresses and localhost (e.g. a laptop's .local name). */
  readonly allowedHosts?: readonly string[];
  readonly rateLimit?: Partial<LimiterOptions>;
  /** The project's state to start the room with (tests; a host may instead just connect). */
  readonly initialState?: Uint8Array;
}

export interface ParticipantInfo {
  /** A public id for the host's list and `removeParticipant`; never a credential. */
  readonly id: string;
  /** From the participant's presence (awareness); empty until they set it. */
  readonly name: string;
  readonly team: string;
  readonly color: string;
  readonly host: boolean;
  readonly address: string;
  readonly connections: number;
  readonly joinedAt: number;
}

export interface LiveServerEvents {
  /** The list of connected people changed (join, leave, name, removal). */
  participants: [ParticipantInfo[]];
  /** The join code changed (after a removal). */
  code: [string];
  ended: [];
}

export interface LiveServer {
  readonly host: string;
  readonly port: number;
  readonly projectId: string;
  /** The join link for browsers and other Batons, with the current code. */
  readonly url: string;
  readonly joinCode: string;
  /** The WebSocket base URL (the provider's serverUrl; the room is the project id). */
  readonly wsUrl: string;
  /** Join links for every address of this machine (when listening on all of them). */
  readonly urls: readonly string[];
  /** A token for the host's own window: admitted always, never removable. */
  readonly hostToken: string;
  readonly locked: boolean;
  lock(): void;
  unlock(): void;
  /** Disconnects and bans a participant, and rotates the join code. False if unknown/host. */
  removeParticipant(id: string): boolean;
  participants(): ParticipantInfo[];
  /** The server's copy of the project (for a host that wants to save what the room made). */
  state(): Uint8Array;
  end(): Promise<void>;
  readonly events: EventEmitter<LiveServerEvents>;
}

interface Participant {
  readonly id: string;
  readonly tokens: Set<string>;
  readonly host: boolean;
  readonly joinedAt: number;
  address: string;
  banned: boolean;
  readonly sockets: Set<WebSocket>;
}

/**
 * What setupWSConnection gets instead of the socket itself: the same surface it uses (send,
 * close, ping, readyState, events), but 'message' is only emitted for messages that passed
 * `checkMessage`. (Node's EventEmitter can't stop one listener from seeing an event.)
 */
class CheckedConnection extends EventEmitter {
  binaryType = 'arraybuffer';
  constructor(
    readonly ws: WebSocket,
    private readonly maxBufferedBytes: number,
  ) {
    super();
  }
  get readyState() {
    return this.ws.readyState;
  }
  send(data: Uint8Array, opts: object, cb?: (err?: Error) => void) {
    // A peer that doesn't read is cut off rather than buffered for without bound.
    if (this.ws.bufferedAmount + data.length > this.maxBufferedBytes) {
      this.ws.terminate();
      cb?.(new Error('the peer is not reading'));
      return;
    }
    this.ws.send(data, opts, cb);
  }
  close() {
    this.ws.close();
  }
  ping() {
    this.ws.ping();
  }
}

/** Trims a presence string to something fit for a list (no control characters). */
function label(v: unknown, max: number): string {
  if (typeof v !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  return Array.from(v.replace(/[\u0000-\u001F\u007F]/g, '').trim()).slice(0, max).join('');
}

function localAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  }
  return out;
}

function refuseUpgrade(socket: Duplex, status: number, text: string, headers: Record<string, string> = {}) {
  const extra = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  try {
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n${extra}\r\n`);
  } finally {
    socket.destroy();
  }
}

export async function startLiveServer(opts: LiveServerOptions): Promise<LiveServer> {
  if (!PROJECT_ID.test(opts.projectId)) throw new Error('Not a project id.');
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error('Not a port number.');
  // @y/websocket-server reads YPERSISTENCE and CALLBACK_URL from the environment when it
  // loads; either would copy the project somewhere we never chose. Refuse rather than leak.
  if (process.env.CALLBACK_URL) throw new Error('CALLBACK_URL is set: refusing to start a live session.');
  setPersistence(null);

  const maxMessageBytes = opts.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const maxBufferedBytes = opts.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES;
  const maxConnections = opts.maxConnections ?? 64;
  const allowedOrigins = opts.allowedOrigins ?? [DESKTOP_ORIGIN];
  const allowedHosts = opts.allowedHosts ?? [];
  const codeBytes = opts.codeBytes ?? DEFAULT_CODE_BYTES;
  const limiter = new FailureLimiter({ ...DEFAULT_LIMITS, ...opts.rateLimit });
  const events = new EventEmitter<LiveServerEvents>();

  let joinCode = newSecret(codeBytes);
  let locked = false;
  let ended = false;
  const byToken = new Map<string, Participant>();
  const people = new Map<string, Participant>();

  const addParticipant = (tokens: string[], address: string, host = false): Participant => {
    const p: Participant = {
      id: `p-${newSecret(PUBLIC_ID_BYTES)}`,
      tokens: new Set(tokens),
      host,
      joinedAt: Date.now(),
      address,
      banned: false,
      sockets: new Set(),
    };
    people.set(p.id, p);
    for (const t of tokens) byToken.set(t, p);
    return p;
  };
  const hostToken = newSecret(24);
  addParticipant([hostToken], '', true);

  // A private room name per server, so two sessions in one process (tests, or a future
  // second session) never share @y/websocket-server's global map of documents.
  const docName = `baton-live/${opts.projectId}/${newSecret(8)}`;
  const room: WSSharedDoc = getYDoc(docName, true);
  if (opts.initialState) Y.applyUpdate(room, opts.initialState);

  type Verdict = { ok: true; participant: Participant; newToken?: string } | { ok: false; status: number; text: string; retryAfter?: number };

  /** The one admission rule for both HTTP and WebSocket requests. */
  const admit = (req: IncomingMessage, presented: { code: string | null; tokens: string[] }, isSocket: boolean): Verdict => {
    const address = req.socket.remoteAddress ?? '';
    if (ended) return { ok: false, status: 503, text: 'Service Unavailable' };
    const blocked = limiter.blockedFor(address);
    if (blocked) return { ok: false, status: 429, text: 'Too Many Requests', retryAfter: Math.ceil(blocked / 1000) };
    if (!isAllowedHostHeader(req.headers.host, port(), allowedHosts)) return { ok: false, status: 403, text: 'Forbidden' };
    const tokens = presented.tokens.filter(isSecretShaped);
    const known = tokens.map((t) => byToken.get(t)).filter((p): p is Participant => !!p);
    if (known.some((p) => p.banned)) {
      limiter.fail(address);
      return { ok: false, status: 403, text: 'Forbidden' };
    }
    const existing = known[0];
    if (existing) {
      for (const t of tokens) {
        if (byToken.has(t)) continue;
        existing.tokens.add(t);
        byToken.set(t, existing);
      }
      if (!existing.host) existing.address = address;
      return { ok: true, participant: existing };
    }
    if (presented.code === null) return { ok: false, status: 401, text: 'Unauthorized' };
    if (!sameSecret(presented.code, joinCode)) {
      limiter.fail(address);
      return { ok: false, status: 401, text: 'Unauthorized' };
    }
    if (locked) return { ok: false, status: 403, text: 'Forbidden' };
    if (people.size > 1000) return { ok: false, status: 503, text: 'Service Unavailable' };
    // A browser page gets a server-made token as a cookie; a socket brings its own (or has
    // none, and then must present the code again whenever it reconnects).
    const newToken = isSocket ? undefined : newSecret(18);
    const participant = addParticipant(newToken ? [newToken, ...tokens] : tokens, address);
    return { ok: true, participant, ...(newToken ? { newToken } : {}) };
  };

  const cookieName = () => `baton_live_${port()}`;

  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, text: string, headers: Record<string, string | number> = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS, ...headers });
      res.end(req.method === 'HEAD' ? undefined : text);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed.', { Allow: 'GET, HEAD' });
      const url = new URL(req.url ?? '/', 'http://localhost');
      const cookie = readCookie(req.headers.cookie, cookieName());
      const verdict = admit(req, { code: url.searchParams.get('code'), tokens: cookie ? [cookie] : [] }, false);
      if (!verdict.ok) {
        const text =
          verdict.status === 429
            ? 'Too many wrong join codes from this device. Wait a minute, then open the join link again.'
            : verdict.status === 403 && locked
              ? 'The facilitator has locked this live session: no one new can join now.'
              : 'This is a Baton live session. Open the join link (or scan the QR code) the facilitator shows.';
        return send(verdict.status, text, verdict.retryAfter ? { 'Retry-After': verdict.retryAfter } : {});
      }
      if (!opts.webRoot) return send(404, 'This live session serves no pages; join it from Baton.');
      const file = await resolveFile(opts.webRoot, url.pathname);
      if (file.status !== 200) return send(file.status, file.status === 404 ? 'Not found.' : 'Refused.');
      const headers: Record<string, string> = {
        'Content-Type': file.type,
        'Cache-Control': 'no-cache',
        ...SECURITY_HEADERS,
      };
      if (verdict.newToken) headers['Set-Cookie'] = `${cookieName()}=${verdict.newToken}; Path=/; HttpOnly; SameSite=Strict`;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : file.body);
    } catch {
      if (!res.headersSent) send(500, 'Something went wrong.');
      else res.destroy();
    }
  };

  const server: Server = createServer((req, res) => void onRequest(req, res));
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes, perMessageDeflate: false });

  const sockets = () => [...people.values()].reduce((n, p) => n + p.sockets.size, 0);

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const origin = req.headers.origin;
      if (!isAllowedOrigin(origin, port(), allowedOrigins, allowedHosts)) return refuseUpgrade(socket, 403, 'Forbidden');
      const cookie = readCookie(req.headers.cookie, cookieName());
      const pid = url.searchParams.get('pid');
      const verdict = admit(req, { code: url.searchParams.get('code'), tokens: [pid, cookie].filter((t): t is string => !!t) }, true);
      if (!verdict.ok) {
        return refuseUpgrade(socket, verdict.status, verdict.text, verdict.retryAfter ? { 'Retry-After': String(verdict.retryAfter) } : {});
      }
      // Only after the credential: an unknown path must not reveal which rooms exist.
      const roomName = url.pathname.startsWith(`${SYNC_PATH}/`) ? url.pathname.slice(SYNC_PATH.length + 1) : null;
      if (roomName !== opts.projectId && roomName !== SESSION_ROOM) return refuseUpgrade(socket, 404, 'Not Found');
      if (sockets() >= maxConnections) return refuseUpgrade(socket, 503, 'Service Unavailable');
      wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, req, verdict.participant));
    } catch {
      refuseUpgrade(socket, 400, 'Bad Request');
    }
  });

  const onConnection = (ws: WebSocket, req: IncomingMessage, participant: Participant) => {
    const conn = new CheckedConnection(ws, maxBufferedBytes);
    participant.sockets.add(ws);
    ws.on('error', () => undefined); // e.g. maxPayload exceeded: ws closes the socket itself (1009)
    ws.on('message', (data, isBinary) => {
      if (!isBinary) return ws.close(CLOSE_MALFORMED, 'binary messages only');
      const bytes = data instanceof Buffer ? new Uint8Array(data) : new Uint8Array(Buffer.concat(data as Buffer[]));
      const check = checkMessage(bytes);
      if (!check.ok) return ws.close(CLOSE_MALFORMED, 'malformed message');
      if (check.kind === 'awareness') {
        // A peer speaks for its own presence only. (Providers echo everyone's presence back,
        // so entries of people on other connections are dropped, not punished: without this
        // a peer could make someone vanish from everybody's list with a newer clock.)
        const others = new Set<number>();
        for (const [other, ids] of room.conns) if (other !== conn) ids.forEach((id) => others.add(id));
        const own = check.entries.filter((e) => !others.has(e.clientId));
        if (!own.length) return;
        if (own.length !== check.entries.length) return conn.emit('message', encodeAwarenessMessage(own));
      }
      conn.emit('message', bytes);
    });
    ws.on('close', () => {
      participant.sockets.delete(ws);
      conn.emit('close');
      announce();
    });
    ws.on('pong', () => conn.emit('pong'));
    setupWSConnection(conn as unknown as WebSocket, req, { docName, gc: true });
    announce();
  };

  let announceTimer: NodeJS.Timeout | null = null;
  /** Tells listeners who is here, at most every 100 ms (presence changes come in bursts). */
  const announce = () => {
    if (announceTimer || ended) return;
    announceTimer = setTimeout(() => {
      announceTimer = null;
      if (!ended) events.emit('participants', list());
    }, 100);
  };
  room.awareness.on('change', announce);

  const list = (): ParticipantInfo[] => {
    const states = room.awareness.getStates();
    const out: ParticipantInfo[] = [];
    for (const p of people.values()) {
      if (p.banned || !p.sockets.size) continue;
      let user: Record<string, unknown> = {};
      for (const [conn, ids] of room.conns) {
        if (!p.sockets.has((conn as CheckedConnection).ws)) continue;
        for (const id of ids) {
          const u = (states.get(id) as { user?: unknown } | undefined)?.user;
          if (u && typeof u === 'object') user = u as Record<string, unknown>;
        }
      }
      out.push({
        id: p.id,
        name: label(user.name, 60),
        team: label(user.team, 60),
        color: /^#[0-9a-fA-F]{6}$/.test(String(user.color)) ? String(user.color) : '#868e96',
        host: p.host,
        address: p.address,
        connections: p.sockets.size,
        joinedAt: p.joinedAt,
      });
    }
    return out.sort((a, b) => Number(b.host) - Number(a.host) || a.joinedAt - b.joinedAt);
  };

  await new Promise<void>((resolveListen, rejectListen) => {
    const onError = (err: Error) => {
      server.off('listening', onListening);
      rejectListen(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolveListen();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(opts.port, opts.host);
  }).catch((err) => {
    room.destroy();
    docs.delete(docName);
    throw err;
  });
  server.on('error', () => undefined);

  function port(): number {
    const a = server.address();
    return a && typeof a === 'object' ? a.port : opts.port;
  }
  const anyAddress = opts.host === '0.0.0.0' || opts.host === '::';
  const shownHosts = anyAddress ? [...localAddresses(), '127.0.0.1'] : [opts.host];
  const hostPart = (h: string) => (h.includes(':') ? `[${h}]` : h);
  const linkFor = (h: string) => `http://${hostPart(h)}:${port()}/?code=${joinCode}#/join/${opts.projectId}`;

  const end = async () => {
    if (ended) return;
    ended = true;
    if (announceTimer) clearTimeout(announceTimer);
    room.awareness.off('change', announce);
    const open = [...wss.clients];
    for (const ws of open) ws.close(CLOSE_ENDED, 'session ended');
    // Give peers a moment to hear why, then cut whatever is left.
    await Promise.race([
      Promise.all(open.map((ws) => new Promise<void>((r) => (ws.readyState === ws.CLOSED ? r() : ws.once('close', () => r()))))),
      new Promise((r) => setTimeout(r, 1000)),
    ]);
    for (const ws of wss.clients) ws.terminate();
    await new Promise<void>((r) => wss.close(() => r()));
    await new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    });
    room.destroy();
    docs.delete(docName);
    events.emit('ended');
    events.removeAllListeners();
  };

  return {
    host: opts.host,
    get port() {
      return port();
    },
    projectId: opts.projectId,
    get url() {
      return linkFor(shownHosts[0]!);
    },
    get urls() {
      return shownHosts.map(linkFor);
    },
    get joinCode() {
      return joinCode;
    },
    get wsUrl() {
      return `ws://${hostPart(anyAddress ? '127.0.0.1' : opts.host)}:${port()}${SYNC_PATH}`;
    },
    hostToken,
    get locked() {
      return locked;
    },
    lock() {
      locked = true;
    },
    unlock() {
      locked = false;
    },
    removeParticipant(id: string) {
      const p = people.get(id);
      if (!p || p.host || p.banned || ended) return false;
      p.banned = true;
      for (const ws of p.sockets) ws.close(CLOSE_REMOVED, 'removed by the host');
      joinCode = newSecret(codeBytes);
      events.emit('code', joinCode);
      announce();
      return true;
    },
    participants: list,
    state: () => Y.encodeStateAsUpdate(room),
    end,
    events,
  };
}
