/**
 * Helpers for the attacks on the live server (live-admission, live-limits and the live fuzz):
 * raw WebSockets and HTTP requests from a chosen loopback address, and y-websocket messages
 * built by hand. Real sockets on 127.0.0.x only; every wait is bounded.
 */
import { request } from 'node:http';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { encodeAwarenessMessage } from '../../live/server/messages';

export type Attempt = { kind: 'open'; ws: WebSocket } | { kind: 'refused'; status: number } | { kind: 'error'; code: string };

/** One WebSocket attempt, optionally from another loopback address (127.0.0.2 and up). */
export function attemptFrom(url: string, localAddress = '127.0.0.1', headers: Record<string, string> = {}, ms = 4000): Promise<Attempt> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { localAddress, headers, handshakeTimeout: ms });
    const timer = setTimeout(() => {
      ws.terminate();
      resolve({ kind: 'error', code: 'timeout' });
    }, ms + 500);
    ws.on('open', () => {
      clearTimeout(timer);
      resolve({ kind: 'open', ws });
    });
    ws.on('unexpected-response', (_req, res) => {
      clearTimeout(timer);
      res.resume();
      ws.terminate();
      resolve({ kind: 'refused', status: res.statusCode ?? 0 });
    });
    ws.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ kind: 'error', code: err.code ?? err.message });
    });
  });
}

/** An HTTP request from a chosen loopback address; resolves with status and Set-Cookie. */
export function httpFrom(
  port: number,
  path: string,
  opts: { method?: string; localAddress?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; cookie: string | null }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: opts.method ?? 'GET', localAddress: opts.localAddress ?? '127.0.0.1', headers: opts.headers ?? {}, timeout: 4000, agent: false },
      (res) => {
        res.resume();
        const set = res.headers['set-cookie'];
        res.on('end', () => resolve({ status: res.statusCode ?? 0, cookie: set ? String(set[0]).split(';')[0]! : null }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

/** Resolves with the close code of a socket (or -1 when it is still open after `ms`). */
export function closeCode(ws: WebSocket, ms = 3000): Promise<number> {
  if (ws.readyState === ws.CLOSED) return Promise.resolve(-2);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(-1), ms);
    ws.once('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** A y-websocket "sync update" message carrying `update`. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** An update made by a throw-away document: `edit` runs on it. */
export function makeUpdate(edit: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  edit(doc);
  const u = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return u;
}

/** One awareness message claiming the presence of `count` client ids from `first` on. */
export function fakePresence(first: number, count: number, name = 'Fake person'): Uint8Array {
  return encodeAwarenessMessage(
    Array.from({ length: count }, (_, i) => ({ clientId: first + i, clock: 1, state: JSON.stringify({ user: { name: `${name} ${first + i}`, team: '', color: '#2f6fdf' } }) })),
  );
}

/** What the room's copy holds, read from the server's state. */
export function roomDoc(state: Uint8Array): Y.Doc {
  const d = new Y.Doc();
  Y.applyUpdate(d, state);
  return d;
}
