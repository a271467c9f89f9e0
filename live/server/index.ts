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
 * - Tokens presented together are one person (admission.ts): one entry in the host's list,
 *   connected or not, removed as one.
 * - Wrong codes are counted per remote address: after 5 within a minute, that address gets
 *   429 for a minute, right code or not. Known tokens are checked first, so the limiter never
 *   locks out people already in or the host.
 * - Removing a participant bans every token it used, closes its connections with code 4403
 *   (y-websocket's provider does not reconnect on 44xx) AND (by default) rotates the join
 *   code, which voids every token issued before it except the host's and those of people in
 *   the room at that moment: the removed person can't come back with the link they still
 *   have, nor with a spare identity. Newcomers need the new link (the host's screen shows it).
 * - `lock()` refuses newcomers (403); people already in may still reconnect.
 * - Only `/sync/<projectId>` (and the alias `/sync/session`, for people who typed an address
 *   and a code and don't know the project's id yet) lead to the room; any other room: 404.
 * - Every message is at most `maxMessageBytes` (ws `maxPayload`, the connection is closed
 *   with 1009 otherwise) and is read completely (messages.ts), within the app's content
 *   limits (content.ts), before the room applies it; a malformed one closes that connection
 *   only. Presence: a few client ids per connection at most (presence.ts).
 * - Slots: `maxConnections` WebSockets, `hostReservedConnections` of them for the host alone,
 *   `maxConnectionsPerPerson` per person; raw TCP sockets must send a request within
 *   `headerTimeoutMs`, and only so many may wait at once (sockets.ts).
 *
 * The steps, file by file: sockets.ts (raw sockets), door.ts (Host, credential, Origin, room,
 * slots), admission.ts (people and tokens), pages.ts (the web build), relay.ts (the room);
 * types.ts holds the public shapes.
 *
 * The server keeps its own Y.Doc copy of the room (that's what setupWSConnection does), so
 * late joiners get the project even when the host's window is not connected.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { Duplex } from 'node:stream';
import { docs, getYDoc, setPersistence, type WSSharedDoc } from '@y/websocket-server/utils';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { FILE_LIMITS } from '../../renderer/src/document/file/limits';
import { Admission, DEFAULT_ADMISSION, type Person } from './admission';
import { handleUpgrade, type UpgradeContext } from './door';
import { DEFAULT_CODE_BYTES, DEFAULT_LIMITS } from './guards';
import { servePage, type PagesContext } from './pages';
import { DEFAULT_MAX_PRESENCE_IDS, PresenceGuard } from './presence';
import { joinRoom, type CheckedConnection } from './relay';
import { DEFAULT_SOCKET_LIMITS, guardSockets } from './sockets';
import type { LiveServer, LiveServerEvents, LiveServerOptions, ParticipantInfo } from './types';

export { CLOSE_MALFORMED, CLOSE_POLICY, CLOSE_TOO_LARGE } from './relay';
export type { LiveServer, LiveServerEvents, LiveServerOptions, LiveServerStats, ParticipantInfo } from './types';

/** The path prefix of the WebSocket endpoint: the provider connects to `${wsUrl}/${room}`. */
export const SYNC_PATH = '/sync';
/** A room alias that always means "this session's project". */
export const SESSION_ROOM = 'session';
/** Baton desktop's own origin (electron/main/constants.ts APP_ORIGIN). */
export const DESKTOP_ORIGIN = 'app://baton';
/** Close codes; y-websocket's provider stops reconnecting on 4400-4499. */
export const CLOSE_REMOVED = 4403;
export const CLOSE_ENDED = 4410;
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

export async function startLiveServer(opts: LiveServerOptions): Promise<LiveServer> {
  if (!PROJECT_ID.test(opts.projectId)) throw new Error('Not a project id.');
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error('Not a port number.');
  // @y/websocket-server reads YPERSISTENCE and CALLBACK_URL from the environment when it
  // loads; either would copy the project somewhere we never chose. Refuse rather than leak.
  if (process.env.CALLBACK_URL) throw new Error('CALLBACK_URL is set: refusing to start a live session.');
  setPersistence(null);

  const maxMessageBytes = opts.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const events = new EventEmitter<LiveServerEvents>();
  const admission = new Admission({
    ...DEFAULT_ADMISSION,
    codeBytes: opts.codeBytes ?? DEFAULT_CODE_BYTES,
    rateLimit: { ...DEFAULT_LIMITS, ...opts.rateLimit },
  });
  let ended = false;

  // A private room name per server, so two sessions in one process (tests, or a future
  // second session) never share @y/websocket-server's global map of documents.
  const docName = `baton-live/${opts.projectId}/${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const room: WSSharedDoc = getYDoc(docName, true);
  if (opts.initialState) Y.applyUpdate(room, opts.initialState);
  const presence = new PresenceGuard(room.conns as unknown as Map<object, Set<number>>, opts.maxPresenceIdsPerConnection ?? DEFAULT_MAX_PRESENCE_IDS);

  // The room grows by what peers send; past the size a .baton file may unpack to, the real
  // size is measured (updates overlap, deletions shrink it) and, if still over, refused.
  let roomBytes = Y.encodeStateAsUpdate(room).length;
  const grow = (bytes: number) => {
    if (roomBytes + bytes > FILE_LIMITS.maxUnpackedBytes) roomBytes = Y.encodeStateAsUpdate(room).length;
    if (roomBytes + bytes > FILE_LIMITS.maxUnpackedBytes) return false;
    roomBytes += bytes;
    return true;
  };

  const server: Server = createServer((req, res) => void servePage(pages, req, res));
  const rawSockets = guardSockets(server, { ...DEFAULT_SOCKET_LIMITS, ...(opts.headerTimeoutMs ? { headerTimeoutMs: opts.headerTimeoutMs } : {}) });
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes, perMessageDeflate: false });
  const connections = new Map<WebSocket, { person: Person; conn: CheckedConnection }>();

  function port(): number {
    const a = server.address();
    return a && typeof a === 'object' ? a.port : opts.port;
  }
  const door = {
    admission,
    ended: () => ended,
    port,
    allowedHosts: opts.allowedHosts ?? [],
    allowedOrigins: opts.allowedOrigins ?? [DESKTOP_ORIGIN],
  };
  const pages: PagesContext = { ...door, ...(opts.webRoot ? { webRoot: opts.webRoot } : {}), admitted: () => announce() };
  const upgrades: UpgradeContext = {
    ...door,
    projectId: opts.projectId,
    rooms: [opts.projectId, SESSION_ROOM],
    syncPath: SYNC_PATH,
    wss,
    slots: {
      total: opts.maxConnections ?? 64,
      hostReserved: opts.hostReservedConnections ?? 4,
      perPerson: opts.maxConnectionsPerPerson ?? 8,
    },
    open: () => ({ all: connections.size, host: admission.hostPerson.sockets.size }),
    onConnection: (ws, req, person) => {
      person.sockets.add(ws);
      const conn = joinRoom(ws, req, { room, docName, presence, maxBufferedBytes: opts.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES, grow }, () => {
        connections.delete(ws);
        // The person may have been merged into another since: drop the socket wherever it is.
        for (const p of admission.list()) p.sockets.delete(ws);
        person.sockets.delete(ws);
        person.seenAt = Date.now();
        announce();
      });
      connections.set(ws, { person, conn });
      announce();
    },
  };
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => handleUpgrade(upgrades, req, socket, head));

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

  /** Everyone admitted and not removed (the host only while connected), first the host. */
  const list = (): ParticipantInfo[] => {
    const states = room.awareness.getStates();
    const out: ParticipantInfo[] = [];
    for (const p of admission.list()) {
      if (p.host && !p.sockets.size) continue;
      let user: Record<string, unknown> = {};
      for (const ws of p.sockets) {
        const c = connections.get(ws as WebSocket)?.conn;
        for (const id of (c && room.conns.get(c as unknown as WebSocket)) ?? []) {
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

  const anyAddress = opts.host === '0.0.0.0' || opts.host === '::';
  const shownHosts = anyAddress ? [...localAddresses(), '127.0.0.1'] : [opts.host];
  const hostPart = (h: string) => (h.includes(':') ? `[${h}]` : h);
  const linkFor = (h: string) => `http://${hostPart(h)}:${port()}/?code=${admission.joinCode}#/join/${opts.projectId}`;

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
      rawSockets.destroyAll();
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
      return admission.joinCode;
    },
    get wsUrl() {
      return `ws://${hostPart(anyAddress ? '127.0.0.1' : opts.host)}:${port()}${SYNC_PATH}`;
    },
    hostToken: admission.hostToken,
    get locked() {
      return admission.locked;
    },
    lock() {
      admission.locked = true;
    },
    unlock() {
      admission.locked = false;
    },
    removeParticipant(id: string, { rotate = true } = {}) {
      if (ended) return false;
      const p = admission.remove(id, rotate);
      if (!p) return false;
      for (const ws of p.sockets) (ws as WebSocket).close(CLOSE_REMOVED, 'removed by the host');
      if (rotate) events.emit('code', admission.joinCode);
      announce();
      return true;
    },
    participants: list,
    stats: () => ({
      ...admission.stats(),
      connections: connections.size,
      presence: presence.size(),
      rawSockets: rawSockets.open(),
      pendingSockets: rawSockets.pending(),
      roomBytes,
    }),
    state: () => Y.encodeStateAsUpdate(room),
    end,
    events,
  };
}
