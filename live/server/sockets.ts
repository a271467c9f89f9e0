/**
 * Raw TCP connections before they are anything: a socket that opens and sends nothing, or
 * trickles its headers, costs memory until someone closes it, and Node's own HTTP timeouts do
 * not start until a request has begun. So every new socket must deliver a complete request
 * (headers, or a WebSocket upgrade) within `headerTimeoutMs`, and at most `maxPending` sockets
 * (`maxPendingPerAddress` from one address) may be waiting at once; the rest are closed on
 * arrival. A socket that became a request is then under Node's timeouts (headers, request,
 * keep-alive), one that became a WebSocket under the room's ping (30 s).
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface SocketLimits {
  readonly headerTimeoutMs: number;
  readonly maxPending: number;
  readonly maxPendingPerAddress: number;
}

export const DEFAULT_SOCKET_LIMITS: SocketLimits = { headerTimeoutMs: 10_000, maxPending: 256, maxPendingPerAddress: 32 };

export interface SocketGuard {
  /** Open TCP sockets of every kind (waiting, HTTP, WebSocket). */
  open(): number;
  /** Sockets that have not sent a whole request yet. */
  pending(): number;
  /** Closes every socket (at the end of a session). */
  destroyAll(): void;
}

export function guardSockets(server: Server, limits: SocketLimits): SocketGuard {
  const all = new Set<Socket>();
  const waiting = new Map<Socket, NodeJS.Timeout>();
  const perAddress = new Map<string, number>();
  const address = (s: Socket) => s.remoteAddress ?? '';

  const settle = (s: Socket) => {
    const timer = waiting.get(s);
    if (!timer) return;
    clearTimeout(timer);
    waiting.delete(s);
    const a = address(s);
    const n = (perAddress.get(a) ?? 1) - 1;
    if (n > 0) perAddress.set(a, n);
    else perAddress.delete(a);
  };

  server.headersTimeout = limits.headerTimeoutMs;
  server.requestTimeout = Math.max(30_000, limits.headerTimeoutMs);
  server.keepAliveTimeout = 5_000;
  server.on('connection', (s: Socket) => {
    const a = address(s);
    if (waiting.size >= limits.maxPending || (perAddress.get(a) ?? 0) >= limits.maxPendingPerAddress) {
      s.destroy();
      return;
    }
    all.add(s);
    perAddress.set(a, (perAddress.get(a) ?? 0) + 1);
    waiting.set(
      s,
      setTimeout(() => {
        settle(s);
        s.destroy();
      }, limits.headerTimeoutMs),
    );
    s.once('close', () => {
      settle(s);
      all.delete(s);
    });
  });
  server.on('request', (req) => settle(req.socket as Socket));
  server.on('upgrade', (req) => settle(req.socket as Socket));

  return {
    open: () => all.size,
    pending: () => waiting.size,
    destroyAll() {
      for (const s of all) s.destroy();
    },
  };
}
