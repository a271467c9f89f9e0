/**
 * The door of the live server, in named steps: the checks every HTTP request and WebSocket
 * upgrade pass before anything else (session running, Host header, credential), then for an
 * upgrade its own (Origin, room, slots). Each step answers with a status or lets the request on;
 * nothing is registered until the last step said yes (Admission.commit).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Admission, Person, Verdict } from './admission';
import { isAllowedHostHeader, isAllowedOrigin, readCookie } from './guards';

export const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

export interface DoorContext {
  readonly admission: Admission;
  readonly ended: () => boolean;
  readonly port: () => number;
  readonly allowedHosts: readonly string[];
  readonly allowedOrigins: readonly string[];
}

export const cookieName = (port: number) => `baton_live_${port}`;

export type Refusal = Extract<Verdict, { ok: false }> | { ok: false; status: 400 | 404; retryAfter?: number };

/** Step 1 for every request: session running, Host header (no DNS rebinding), credential. */
export function admitRequest(ctx: DoorContext, req: IncomingMessage, url: URL, socket: boolean): Verdict | Refusal {
  if (ctx.ended()) return { ok: false, status: 503 };
  if (!isAllowedHostHeader(req.headers.host, ctx.port(), ctx.allowedHosts)) return { ok: false, status: 403 };
  const cookie = readCookie(req.headers.cookie, cookieName(ctx.port()));
  const pid = socket ? url.searchParams.get('pid') : null;
  return ctx.admission.check({
    address: req.socket.remoteAddress ?? '',
    code: url.searchParams.get('code'),
    tokens: [pid, cookie].filter((t): t is string => !!t),
    socket,
  });
}

export interface UpgradeContext extends DoorContext {
  readonly projectId: string;
  readonly rooms: readonly string[];
  readonly syncPath: string;
  readonly wss: WebSocketServer;
  readonly slots: { readonly total: number; readonly hostReserved: number; readonly perPerson: number };
  /** Open WebSockets: all of them, and the host's. */
  readonly open: () => { readonly all: number; readonly host: number };
  readonly onConnection: (ws: WebSocket, req: IncomingMessage, person: Person) => void;
}

export function refuseUpgrade(socket: Duplex, status: number, retryAfter?: number) {
  const extra = retryAfter ? `Retry-After: ${retryAfter}\r\n` : '';
  try {
    socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Refused'}\r\nConnection: close\r\nContent-Length: 0\r\n${extra}\r\n`);
  } finally {
    socket.destroy();
  }
}

/** Step 2 for an upgrade: only `/sync/<project>` (or the session alias) leads to the room. */
function checkRoom(ctx: UpgradeContext, url: URL): Refusal | null {
  const prefix = `${ctx.syncPath}/`;
  const room = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : null;
  return room !== null && ctx.rooms.includes(room) ? null : { ok: false, status: 404 };
}

/**
 * Step 3: a free slot. `hostReserved` of the `total` are the host's alone, so participants can
 * never lock the host's own window out; one person holds `perPerson` at most.
 */
function checkSlots(ctx: UpgradeContext, person: Person | null): Refusal | null {
  const open = ctx.open();
  if (person?.host) return open.all >= ctx.slots.total ? { ok: false, status: 503 } : null;
  if (open.all - open.host >= ctx.slots.total - ctx.slots.hostReserved) return { ok: false, status: 503 };
  if (person && person.sockets.size >= ctx.slots.perPerson) return { ok: false, status: 429, retryAfter: 5 };
  return null;
}

export function handleUpgrade(ctx: UpgradeContext, req: IncomingMessage, socket: Duplex, head: Buffer): void {
  socket.on('error', () => socket.destroy());
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!isAllowedOrigin(req.headers.origin, ctx.port(), ctx.allowedOrigins, ctx.allowedHosts)) return refuseUpgrade(socket, 403);
    const verdict = admitRequest(ctx, req, url, true);
    if (!verdict.ok) return refuseUpgrade(socket, verdict.status, verdict.retryAfter);
    // Only after the credential: an unknown path must not reveal which rooms exist.
    const refused = checkRoom(ctx, url) ?? checkSlots(ctx, (verdict as Extract<Verdict, { ok: true }>).person);
    if (refused) return refuseUpgrade(socket, refused.status, refused.retryAfter);
    const person = ctx.admission.commit(verdict as Extract<Verdict, { ok: true }>, true);
    ctx.wss.handleUpgrade(req, socket, head, (ws) => ctx.onConnection(ws, req, person));
  } catch {
    refuseUpgrade(socket, 400);
  }
}
