/**
 * Live sessions: 20 clients on 127.0.0.1; the p95 time for an edit to reach every other
 * client through Baton's live server vs a plain y-websocket relay (the package's own
 * setupWSConnection behind a bare ws server) carrying the same updates. Arms alternate.
 */
import { createServer, type Server } from 'node:http';
import { writeFileSync, mkdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { setupWSConnection } from '@y/websocket-server/utils';
import { startLiveServer } from '../../live/server';

const CLIENTS = 20;
const EDITS = 100;
const REPEATS = Number(process.env.BENCH_REPEATS || 3);

interface Arm {
  url: string;
  room: string;
  params: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * A room name never used before in this process: @y/websocket-server keeps its rooms in a
 * module-level map that outlives the server, so a reused name would hand an arm the document
 * (and the history) of the arm before it.
 */
let rooms = 0;
const freshRoom = (arm: string) => `bench-${arm}-${process.pid}-${++rooms}`;

async function plainRelay(): Promise<Arm> {
  const server: Server = createServer();
  const wss = new WebSocketServer({ server });
  const room = freshRoom('plain');
  wss.on('connection', (conn, req) => setupWSConnection(conn, req, { docName: room }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `ws://127.0.0.1:${port}`,
    room,
    params: {},
    stop: () =>
      new Promise<void>((r) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        server.close(() => r());
      }),
  };
}

async function batonServer(): Promise<Arm> {
  const s = await startLiveServer({ host: '127.0.0.1', port: 0, projectId: freshRoom('baton') });
  return { url: s.wsUrl, room: s.projectId, params: { code: s.joinCode }, stop: () => s.end() };
}

async function waitFor(test: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!test()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setImmediate(r));
  }
}

/** p95 (ms) of the time from an edit on one client until all the others have it. */
async function measure(arm: Arm): Promise<number> {
  const docs = Array.from({ length: CLIENTS }, () => new Y.Doc());
  const providers = docs.map(
    (doc) =>
      new WebsocketProvider(arm.url, arm.room, doc, {
        params: arm.params,
        disableBc: true,
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      }),
  );
  await waitFor(() => providers.every((p) => p.synced), 20_000);
  const seen = docs.map(() => new Map<number, number>());
  docs.forEach((doc, i) =>
    doc.getMap('bench').observe((e) => {
      for (const key of e.keysChanged) seen[i]!.set(Number(key), performance.now());
    }),
  );
  const latencies: number[] = [];
  for (let k = 0; k < EDITS; k++) {
    const from = k % CLIENTS;
    const t0 = performance.now();
    docs[from]!.getMap('bench').set(String(k), { text: `edit ${k} from ${from}`, t0 });
    await waitFor(() => seen.every((m, i) => i === from || m.has(k)), 10_000);
    latencies.push(Math.max(...seen.map((m, i) => (i === from ? 0 : (m.get(k) ?? t0) - t0))));
    await new Promise((r) => setTimeout(r, 5));
  }
  providers.forEach((p) => p.destroy());
  docs.forEach((d) => d.destroy());
  const sorted = latencies.sort((a, b) => a - b);
  return sorted[Math.floor(0.95 * (sorted.length - 1))]!;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

it('live session: an edit reaches 20 clients', async () => {
  const baton: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    for (const [make, out] of [
      [batonServer, baton],
      [plainRelay, plain],
    ] as const) {
      const arm = await make();
      try {
        out.push(await measure(arm));
      } finally {
        await arm.stop();
      }
    }
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/live.tmp.json', JSON.stringify({ baton: median(baton), plain: median(plain), samples: { baton, plain } }));
});
