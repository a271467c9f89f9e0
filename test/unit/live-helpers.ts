/**
 * Helpers for the live-session tests: real sockets on 127.0.0.1 only, each wait bounded.
 */
import { request } from 'node:http';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { startLiveServer, type LiveServer, type LiveServerOptions } from '../../live/server';

const started: LiveServer[] = [];

/** Starts a server on an ephemeral port of 127.0.0.1; `endAll` stops every one of them. */
export async function startTestServer(opts: Partial<LiveServerOptions> = {}): Promise<LiveServer> {
  const s = await startLiveServer({ host: '127.0.0.1', port: 0, projectId: 'proj-1', ...opts });
  started.push(s);
  return s;
}

export async function endAll(): Promise<void> {
  await Promise.all(started.splice(0).map((s) => s.end()));
}

export async function waitFor(test: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const until = Date.now() + ms;
  while (!test()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export type RawOutcome = { kind: 'open'; ws: WebSocket } | { kind: 'refused'; status: number } | { kind: 'error'; code: string };

/** Opens a raw WebSocket and reports whether the upgrade was accepted, and if not, the status. */
export function openRaw(url: string, headers: Record<string, string> = {}, ms = 3000): Promise<RawOutcome> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers, handshakeTimeout: ms });
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
      resolve({ kind: 'refused', status: res.statusCode ?? 0 });
      res.resume();
      ws.terminate();
    });
    ws.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ kind: 'error', code: err.code ?? err.message });
    });
  });
}

export function syncUrl(s: LiveServer, params: Record<string, string> = {}, room = s.projectId): string {
  const q = new URLSearchParams(params).toString();
  return `${s.wsUrl}/${room}${q ? `?${q}` : ''}`;
}

/** A plain HTTP GET on 127.0.0.1; resolves with status, headers and body. */
export function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, timeout: 3000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

/** A y-websocket provider in Node (no BroadcastChannel: peers must meet through the server). */
export function connectProvider(
  s: LiveServer,
  doc: Y.Doc,
  params: Record<string, string> = { code: s.joinCode },
  connect = true,
): WebsocketProvider {
  return new WebsocketProvider(s.wsUrl, s.projectId, doc, {
    params,
    connect,
    disableBc: true,
    maxBackoffTime: 300,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
}

/** Waits until a provider has synced with the server. */
export function synced(p: WebsocketProvider, ms = 5000): Promise<void> {
  return waitFor(() => p.synced, ms, 'provider sync');
}
