/**
 * The live-session fuzz: a real live server on 127.0.0.1, honest peers editing through
 * y-websocket's provider, and hostile clients (from other loopback addresses, 127.0.10.0 and
 * up) trying every attack of issue 16 in a random order for a bounded time. Then:
 * - every honest edit arrived at every honest peer and at the server's copy;
 * - the honest copies converged (the same cards, the same texts);
 * - the server's tables stayed within their bounds and its memory bounded;
 * - the server is still up: a newcomer joins and gets everything.
 * Deterministic in what it tries (seeded); timing on a loaded machine is not.
 *
 * `npm run fuzz -- --live [--seconds 45] [--seed 1]`; a 4-second run is in `npm test`
 * (test/unit/live-fuzz.test.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect as tcpConnect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startLiveServer, type LiveServer, type LiveServerStats } from '../../live/server';
import { encodeAwarenessMessage } from '../../live/server/messages';
import { mulberry32, type Rng } from './rng';

export interface LiveFuzzOptions {
  readonly seed: number;
  readonly durationMs: number;
  readonly honestPeers?: number;
  readonly hostileClients?: number;
  /** The server's header timeout (short runs use a short one, so silent sockets are seen closed). */
  readonly headerTimeoutMs?: number;
  readonly log?: (line: string) => void;
}

export interface LiveFuzzReport {
  readonly seed: number;
  readonly durationMs: number;
  readonly honestPeers: number;
  readonly hostileClients: number;
  /** Per attack: how often tried, and what the server did. */
  readonly attacks: Record<string, Record<string, number>>;
  readonly attacksTried: number;
  readonly honestEdits: number;
  readonly honestEditsArrived: number;
  readonly converged: boolean;
  readonly newcomerSynced: boolean;
  readonly editLatencyP95Ms: number;
  readonly heapMaxMb: number;
  readonly heapGrowthMb: number;
  readonly rssMaxMb: number;
  readonly statsMax: LiveServerStats;
  readonly statsEnd: LiveServerStats;
  /** What went wrong; empty when everything held. */
  readonly failures: readonly string[];
}

const WS = WebSocket as unknown as typeof globalThis.WebSocket;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

type Outcome = { kind: 'open'; ws: WebSocket } | { kind: 'refused'; status: number } | { kind: 'error'; code: string };

function attempt(url: string, localAddress: string, headers: Record<string, string> = {}, ms = 3000): Promise<Outcome> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { localAddress, headers, handshakeTimeout: ms });
    const timer = setTimeout(() => (ws.terminate(), resolve({ kind: 'error', code: 'timeout' })), ms + 500);
    ws.on('open', () => (clearTimeout(timer), resolve({ kind: 'open', ws })));
    ws.on('unexpected-response', (_req, res) => {
      clearTimeout(timer);
      res.resume();
      ws.terminate();
      resolve({ kind: 'refused', status: res.statusCode ?? 0 });
    });
    ws.on('error', (err: NodeJS.ErrnoException) => (clearTimeout(timer), resolve({ kind: 'error', code: err.code ?? err.message })));
  });
}

function closed(ws: WebSocket, ms = 3000): Promise<number> {
  if (ws.readyState === ws.CLOSED) return Promise.resolve(0);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(-1), ms);
    ws.once('close', (code) => (clearTimeout(timer), resolve(code)));
  });
}

function head(port: number, path: string, localAddress: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'HEAD', localAddress, agent: false, timeout: 3000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end();
  });
}

function updateMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

function makeUpdate(edit: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  edit(doc);
  const u = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return u;
}

const presence = (first: number, count: number, text = '') =>
  encodeAwarenessMessage(
    Array.from({ length: count }, (_, i) => ({ clientId: first + i, clock: 1, state: JSON.stringify({ user: { name: `Fake ${first + i}${text}`, team: '', color: '#2f6fdf' } }) })),
  );

const maxStats = (a: LiveServerStats, b: LiveServerStats): LiveServerStats =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Math.max(v, b[k as keyof LiveServerStats])])) as unknown as LiveServerStats;

export async function runLiveFuzz(opts: LiveFuzzOptions): Promise<LiveFuzzReport> {
  const rng = mulberry32(opts.seed);
  const honestCount = Math.max(2, opts.honestPeers ?? 3);
  const hostileCount = Math.max(1, opts.hostileClients ?? 6);
  const log = opts.log ?? (() => undefined);
  const failures: string[] = [];
  const webRoot = mkdtempSync(join(tmpdir(), 'baton-live-fuzz-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Baton</title>');
  const s: LiveServer = await startLiveServer({
    host: '127.0.0.1',
    port: 0,
    projectId: 'fuzz-project',
    webRoot,
    ...(opts.headerTimeoutMs ? { headerTimeoutMs: opts.headerTimeoutMs } : {}),
  });
  const attacks: Record<string, Record<string, number>> = {};
  const count = (attack: string, outcome: string, n = 1) => {
    const a = (attacks[attack] ??= {});
    a[outcome] = (a[outcome] ?? 0) + n;
  };
  const leftovers = new Set<{ destroy(): void } | WebSocket>();
  const url = (params: Record<string, string>, room = s.projectId) => `${s.wsUrl}/${room}?${new URLSearchParams(params)}`;
  let addressSeq = 0;
  const hostileAddress = () => {
    addressSeq++;
    return `127.0.${10 + (addressSeq % 200)}.${1 + ((addressSeq / 200) | 0) % 250}`;
  };
  const pid = (r: Rng) => `fuzz-pid-${Array.from(r.bytes(12), (b) => b.toString(16).padStart(2, '0')).join('')}`;

  // ---- honest peers: the host's window and participants, editing their own cards and texts ----
  let editing = true;
  const honest = Array.from({ length: honestCount }, (_, i) => {
    const doc = new Y.Doc();
    const params: Record<string, string> = i === 0 ? { pid: s.hostToken } : { code: s.joinCode, pid: `honest-peer-${i}-0123456789abcdef` };
    const provider = new WebsocketProvider(s.wsUrl, s.projectId, doc, { params, disableBc: true, maxBackoffTime: 300, WebSocketPolyfill: WS });
    provider.awareness.setLocalStateField('user', { name: `Honest ${i}`, team: '', color: '#2b8a3e' });
    provider.on('connection-close', (e: CloseEvent | null) => {
      if (editing) failures.push(`honest peer ${i} was disconnected (${e?.code ?? '?'} ${e?.reason ?? ''})`);
    });
    return { doc, provider, sent: new Map<string, number>() };
  });
  const until = (test: () => boolean, ms: number) =>
    (async () => {
      const end = Date.now() + ms;
      while (!test()) {
        if (Date.now() > end) return false;
        await sleep(20);
      }
      return true;
    })();
  if (!(await until(() => honest.every((h) => h.provider.synced), 10_000))) failures.push('honest peers did not sync at the start');
  const latencies: number[] = [];
  const arrivals = new Map<string, number>();
  honest[1]!.doc.getMap('cards').observe((e) => {
    for (const k of e.keysChanged) {
      const t = honest.find((h) => h.sent.has(k))?.sent.get(k);
      if (t !== undefined && !arrivals.has(k)) {
        arrivals.set(k, performance.now());
        latencies.push(performance.now() - t);
      }
    }
  });
  const honestLoops = honest.map(async (h, i) => {
    const r = mulberry32(opts.seed * 1000 + i);
    let n = 0;
    while (editing) {
      const key = `h${i}-${n++}`;
      h.sent.set(key, performance.now());
      h.doc.transact(() => {
        h.doc.getMap('cards').set(key, { text: `card ${n} from peer ${i}`, votes: r.int(0, 5) });
        if (r.bool(0.3)) h.doc.getText(`notes-${i}`).insert(0, `${n} `);
      });
      await sleep(r.int(15, 60));
    }
  });

  // ---- hostile clients ----
  const admittedSocket = async (from: string, params: Record<string, string> = {}) => {
    const r = await attempt(url({ code: s.joinCode, ...params }), from);
    return r.kind === 'open' ? r.ws : null;
  };
  const sendAndWatch = async (attack: string, data: Uint8Array | string, expected: number[]): Promise<number | undefined> => {
    const ws = await admittedSocket(hostileAddress());
    if (!ws) {
      count(attack, 'could not connect');
      return undefined;
    }
    const done = closed(ws, 2000);
    ws.send(data);
    const code = await done;
    ws.terminate();
    count(attack, expected.includes(code) ? `cut (${code})` : code === -1 ? 'ignored' : `closed ${code}`);
    return code;
  };
  const mustCut = (attack: string, code: number | undefined, expected: number) => {
    if (code !== undefined && code !== expected) failures.push(`${attack}: closed with ${code}, not ${expected}`);
  };
  const ATTACKS: Record<string, (r: Rng) => Promise<unknown>> = {
    'wrong code': async () => {
      const r = await attempt(url({ code: pid(rng) }), hostileAddress());
      count('wrong code', r.kind === 'refused' ? `refused ${r.status}` : r.kind);
      if (r.kind === 'open') {
        r.ws.terminate();
        failures.push('a wrong code got in');
      }
    },
    'wrong room': async () => {
      const r = await attempt(url({ code: s.joinCode }, 'another-project'), hostileAddress());
      count('wrong room', r.kind === 'refused' ? `refused ${r.status}` : r.kind);
      if (r.kind === 'open') {
        r.ws.terminate();
        failures.push('another room opened');
      }
    },
    'random bytes': (r) => sendAndWatch('random bytes', r.bytes(r.int(1, 300)), [1007, 1008, 1009]),
    'text message': () => sendAndWatch('text message', 'hello', [1007]),
    'oversized string': async (r) => {
      const key = `big-${addressSeq}`;
      const code = await sendAndWatch('oversized string', updateMessage(makeUpdate((d) => d.getMap('cards').set(key, { text: 'x'.repeat(r.int(100_001, 400_000)) }))), [1009]);
      mustCut('oversized string', code, 1009);
    },
    'forbidden content': async (r) => {
      const kind = r.int(0, 2);
      const edit = (d: Y.Doc) => {
        if (kind === 0) d.getMap('cards').set('c-sub', new Y.Doc());
        else if (kind === 1) d.getMap('cards').set('__proto__', 'x');
        else {
          let v: unknown = 'deep';
          for (let i = 0; i < 80; i++) v = [v];
          d.getMap('cards').set('c-deep', v as string);
        }
      };
      mustCut('forbidden content', await sendAndWatch('forbidden content', updateMessage(makeUpdate(edit)), [1007]), 1007);
    },
    'presence flood': async (r) => {
      mustCut('presence flood', await sendAndWatch('presence flood', presence(r.int(1, 1e9), r.int(5, 256)), [1008]), 1008);
    },
    'huge presence': (r) => sendAndWatch('huge presence', presence(r.int(1, 1e9), 1, 'x'.repeat(r.int(17_000, 200_000))), [1009]),
    'valid chaos': async (r) => {
      // An admitted client that writes valid but random things: allowed, and must not break anything.
      const ws = await admittedSocket(hostileAddress());
      if (!ws) return count('valid chaos', 'could not connect');
      const key = `chaos-${r.int(0, 50)}`;
      ws.send(updateMessage(makeUpdate((d) => d.getMap('chaos').set(key, { n: r.int(0, 1e6), s: 'y'.repeat(r.int(0, 2000)) }))));
      await sleep(50);
      ws.close();
      count('valid chaos', 'relayed');
    },
    'silent sockets': async (r) => {
      const n = r.int(5, 40);
      const socks: Socket[] = [];
      for (let i = 0; i < n; i++) {
        const sock = tcpConnect({ host: '127.0.0.1', port: s.port, localAddress: hostileAddress() });
        sock.on('error', () => undefined);
        if (r.bool(0.3)) sock.write('GET / HTTP/1.1\r\n'); // slowloris: one line, then nothing
        socks.push(sock);
        leftovers.add(sock);
      }
      const limit = (opts.headerTimeoutMs ?? 10_000) + 1500;
      const closedAll = await until(() => socks.every((x) => x.destroyed || x.readyState === 'closed'), Math.min(limit, 12_000));
      for (const x of socks) {
        x.destroy();
        leftovers.delete(x);
      }
      count('silent sockets', closedAll ? 'sockets closed by the server' : 'sockets kept open', n);
      if (!closedAll && limit <= 12_000) failures.push('silent sockets were kept open');
    },
    'HEAD flood': async (r) => {
      const from = hostileAddress();
      const statuses = await Promise.all(Array.from({ length: r.int(20, 80) }, () => head(s.port, `/?code=${s.joinCode}`, from)));
      for (const st of statuses) count('HEAD flood', `requests answered ${st}`);
    },
    'slot hoarding': async (r) => {
      const from = hostileAddress();
      const p = pid(r);
      const first = await admittedSocket(from, { pid: p });
      if (!first) return count('slot hoarding', 'could not connect');
      const more = await Promise.all(Array.from({ length: 20 }, () => attempt(url({ pid: p }), from)));
      const opened = 1 + more.filter((m) => m.kind === 'open').length;
      for (const m of more) if (m.kind === 'open') m.ws.terminate();
      first.terminate();
      count('slot hoarding', `held to ${opened}`);
      if (opened > 8) failures.push(`one person held ${opened} connections`);
    },
    'removed comes back': async (r) => {
      const from = hostileAddress();
      const p = pid(r);
      const spare = pid(r);
      const ws = await admittedSocket(from, { pid: p });
      const spareWs = await admittedSocket(from, { pid: spare });
      if (spareWs) {
        const gone = closed(spareWs);
        spareWs.close();
        await gone;
      }
      if (!ws) return count('removed comes back', 'could not connect');
      const connectedFrom = () => s.participants().filter((x) => x.address === from && x.connections > 0);
      const hostile = await until(() => connectedFrom().length === 1, 2000);
      const me = connectedFrom()[0];
      if (!hostile || !me) return (ws.terminate(), count('removed comes back', 'not listed'));
      const done = closed(ws, 2000);
      s.removeParticipant(me.id);
      await done;
      const back = await Promise.all([attempt(url({ pid: p }), from), attempt(url({ pid: spare }), from)]);
      const gotIn = back.filter((b) => b.kind === 'open');
      for (const b of gotIn) if (b.kind === 'open') b.ws.terminate();
      count('removed comes back', gotIn.length ? 'got back in' : 'kept out');
      if (gotIn.length) failures.push('a removed person (or their spare identity) got back in');
    },
  };
  const names = Object.keys(ATTACKS);
  const started = performance.now();
  const heap0 = process.memoryUsage().heapUsed;
  let heapMax = heap0;
  let rssMax = process.memoryUsage().rss;
  let statsMax = s.stats();
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    heapMax = Math.max(heapMax, m.heapUsed);
    rssMax = Math.max(rssMax, m.rss);
    statsMax = maxStats(statsMax, s.stats());
  }, 100);
  let tried = 0;
  const hostileLoops = Array.from({ length: hostileCount }, async (_, i) => {
    const r = mulberry32(opts.seed * 7919 + i);
    while (performance.now() - started < opts.durationMs) {
      const name = r.pick(names);
      tried++;
      try {
        await ATTACKS[name]!(r);
      } catch (err) {
        failures.push(`${name} threw: ${String((err as Error)?.message ?? err)}`);
      }
      await sleep(r.int(0, 30));
    }
  });
  await Promise.all(hostileLoops);
  editing = false;
  await Promise.all(honestLoops);
  log(`  ${tried} attacks in ${Math.round((performance.now() - started) / 1000)} s; checking the honest peers…`);

  // ---- what must hold ----
  const allKeys = honest.flatMap((h) => [...h.sent.keys()]);
  const everyEditArrived = () => honest.every((h) => allKeys.every((k) => h.doc.getMap('cards').has(k)));
  await until(everyEditArrived, 15_000);
  const room = new Y.Doc();
  Y.applyUpdate(room, s.state());
  const arrived = allKeys.filter((k) => honest.every((h) => h.doc.getMap('cards').has(k)) && room.getMap('cards').has(k)).length;
  if (arrived !== allKeys.length) failures.push(`${allKeys.length - arrived} of ${allKeys.length} honest edits did not arrive everywhere`);
  const view = (d: Y.Doc) => {
    const cards = d.getMap('cards').toJSON();
    const sorted = Object.keys(cards).sort().map((k) => [k, cards[k]]);
    return JSON.stringify([sorted, honest.map((_, i) => d.getText(`notes-${i}`).toString())]);
  };
  const converged = await until(() => honest.every((h) => view(h.doc) === view(honest[0]!.doc)), 10_000);
  if (!converged) failures.push('the honest copies did not converge');
  const newcomer = new Y.Doc();
  const np = new WebsocketProvider(s.wsUrl, s.projectId, newcomer, { params: { code: s.joinCode, pid: 'fuzz-newcomer-0123456789abcdef' }, disableBc: true, WebSocketPolyfill: WS });
  const newcomerSynced = (await until(() => np.synced, 10_000)) && (await until(() => allKeys.every((k) => newcomer.getMap('cards').has(k)), 5000));
  if (!newcomerSynced) failures.push('a newcomer could not join at the end, or did not get every honest edit');
  clearInterval(sampler);
  const statsEnd = s.stats();
  statsMax = maxStats(statsMax, statsEnd);
  // The bounds the server promises (live/server/admission.ts, door.ts, presence.ts, sockets.ts).
  if (statsMax.people > 256 + 1) failures.push(`the people table reached ${statsMax.people}`);
  if (statsMax.tokens > (256 + 1) * 16) failures.push(`the token table reached ${statsMax.tokens}`);
  if (statsMax.connections > 64) failures.push(`${statsMax.connections} WebSockets at once`);
  if (statsMax.presence > statsMax.connections * 4) failures.push(`${statsMax.presence} presence ids`);
  if (statsMax.pendingSockets > 256) failures.push(`${statsMax.pendingSockets} raw sockets waiting`);
  const sorted = [...latencies].sort((a, b) => a - b);

  np.destroy();
  newcomer.destroy();
  room.destroy();
  for (const h of honest) {
    h.provider.destroy();
    h.doc.destroy();
  }
  for (const x of leftovers) (x as { destroy?: () => void }).destroy?.();
  await s.end();
  rmSync(webRoot, { recursive: true, force: true });

  return {
    seed: opts.seed,
    durationMs: opts.durationMs,
    honestPeers: honestCount,
    hostileClients: hostileCount,
    attacks,
    attacksTried: tried,
    honestEdits: allKeys.length,
    honestEditsArrived: arrived,
    converged,
    newcomerSynced,
    editLatencyP95Ms: Math.round(sorted[Math.floor(sorted.length * 0.95)] ?? 0),
    heapMaxMb: mb(heapMax),
    heapGrowthMb: mb(heapMax - heap0),
    rssMaxMb: mb(rssMax),
    statsMax,
    statsEnd,
    failures,
  };
}

/** Writes a report where `npm run fuzz` writes its own. */
export function writeLiveReport(report: LiveFuzzReport, dir = join(process.cwd(), 'test/fuzz/results')): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'live-latest.json');
  writeFileSync(file, `${JSON.stringify({ ...report, at: new Date().toISOString() }, null, 2)}\n`);
  return file;
}
