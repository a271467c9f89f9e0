/**
 * The live-session server under attack, with real sockets on 127.0.0.1 (attackers come from
 * other loopback addresses, 127.0.0.2 and up, so the per-address limits apply to them and not to
 * the honest peers): a flood of joins with wrong codes, malformed and oversized messages, and a
 * client that never reads. Throughout, two honest peers keep editing, and we measure how long
 * an edit takes to reach the other one. Every loop and wait is bounded.
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { connectProvider, endAll, startTestServer, synced, syncUrl, waitFor } from './live-helpers';
import type { LiveServer } from '../../live/server';

afterEach(endAll);

type Attempt = { kind: 'open'; ws: WebSocket } | { kind: 'refused'; status: number } | { kind: 'error'; code: string };

/** One WebSocket attempt from a given loopback address. */
function attempt(url: string, localAddress: string, ms = 4000): Promise<Attempt> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { localAddress, handshakeTimeout: ms });
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

/** Two honest peers on one project; `probe()` measures edit latency from A to B. */
async function honestPeers(s: LiveServer) {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const pa = connectProvider(s, a, { code: s.joinCode, pid: 'honest-peer-a-0123456789abcdef' });
  const pb = connectProvider(s, b, { code: s.joinCode, pid: 'honest-peer-b-0123456789abcdef' });
  await Promise.all([synced(pa), synced(pb)]);
  const latencies: number[] = [];
  const sent = new Map<string, number>();
  b.getMap('probe').observe((e) => {
    for (const k of e.keysChanged) {
      const t = sent.get(k);
      if (t !== undefined) latencies.push(performance.now() - t);
    }
  });
  let n = 0;
  const timer = setInterval(() => {
    const k = `edit-${n++}`;
    sent.set(k, performance.now());
    a.getMap('probe').set(k, `card text ${n}`);
  }, 10);
  return {
    a,
    b,
    latencies,
    sentCount: () => sent.size,
    stop() {
      clearInterval(timer);
    },
    close() {
      clearInterval(timer);
      pa.destroy();
      pb.destroy();
      a.destroy();
      b.destroy();
    },
  };
}

const p95 = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length * 0.95)] ?? Infinity;

describe('a live session under attack', () => {
  it('500 joins with wrong codes from 50 addresses are refused (401, then 429) while honest peers keep syncing', async () => {
    const s = await startTestServer();
    const peers = await honestPeers(s);
    const statuses: Record<string, number> = {};
    const started = performance.now();
    // 50 addresses × 10 attempts, 50 at a time.
    for (let wave = 0; wave < 10; wave++) {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => attempt(syncUrl(s, { code: randomBytes(16).toString('base64url') }), `127.0.0.${10 + i}`)),
      );
      for (const r of results) {
        const key = r.kind === 'refused' ? String(r.status) : r.kind;
        statuses[key] = (statuses[key] ?? 0) + 1;
        if (r.kind === 'open') r.ws.terminate();
      }
    }
    const floodMs = performance.now() - started;
    await new Promise((r) => setTimeout(r, 300));
    peers.stop();
    await waitFor(() => peers.b.getMap('probe').size === peers.a.getMap('probe').size, 5000, 'the last honest edits');
    const figures = { attempts: 500, statuses, floodMs: Math.round(floodMs), honestEdits: peers.latencies.length, p95Ms: Math.round(p95(peers.latencies)), maxMs: Math.round(Math.max(...peers.latencies)) };
    console.log(`live flood: ${JSON.stringify(figures)}`);
    // Every attempt refused: 5 wrong codes per address, then that address is blocked.
    expect(statuses).toEqual({ 401: 250, 429: 250 });
    // The honest peers went on: every edit arrived, and quickly.
    expect(peers.latencies.length).toBeGreaterThanOrEqual(Math.min(20, peers.sentCount() - 1));
    expect(p95(peers.latencies)).toBeLessThan(500);
    expect(peers.b.getMap('probe').size).toBe(peers.a.getMap('probe').size);
    // A blocked address stays blocked even with the right code; a new honest one gets in.
    expect(await attempt(syncUrl(s, { code: s.joinCode }), '127.0.0.10')).toEqual({ kind: 'refused', status: 429 });
    const late = await attempt(syncUrl(s, { code: s.joinCode }), '127.0.0.250');
    expect(late.kind).toBe('open');
    if (late.kind === 'open') late.ws.close();
    peers.close();
  }, 60_000);

  it('malformed and oversized messages close only their own connection; the room and honest peers go on', async () => {
    const s = await startTestServer({ maxMessageBytes: 256 * 1024 });
    const peers = await honestPeers(s);
    const codes: number[] = [];
    const payloads: (Buffer | string)[] = [
      randomBytes(64), // garbage
      Buffer.from([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f]), // a sync update that claims 4 GB
      Buffer.from([1, 5, 1, 2, 3]), // a truncated awareness message
      Buffer.from([0, 9, 0]), // an unknown sync type
      'a text message', // y-websocket speaks binary only
      Buffer.alloc(300 * 1024, 7), // over the size limit
    ];
    for (let round = 0; round < 5; round++) {
      for (const [i, payload] of payloads.entries()) {
        const r = await attempt(syncUrl(s, { code: s.joinCode }), `127.0.1.${round * 10 + i + 1}`);
        if (r.kind !== 'open') throw new Error(`an attacker with the right code could not connect: ${JSON.stringify(r)}`);
        const closed = new Promise<number>((resolve) => r.ws.once('close', (code) => resolve(code)));
        r.ws.send(payload);
        codes.push(await Promise.race([closed, new Promise<number>((resolve) => setTimeout(() => resolve(-1), 3000))]));
        r.ws.terminate();
      }
    }
    peers.stop();
    await waitFor(() => peers.latencies.length >= peers.sentCount() - 1, 5000, 'the last honest edits');
    const byCode = codes.reduce<Record<number, number>>((m, c) => ({ ...m, [c]: (m[c] ?? 0) + 1 }), {});
    console.log(`live malformed: ${JSON.stringify({ messages: codes.length, closeCodes: byCode, honestEdits: peers.latencies.length, p95Ms: Math.round(p95(peers.latencies)) })}`);
    expect(byCode).toEqual({ 1007: 25, 1009: 5 });
    expect(p95(peers.latencies)).toBeLessThan(500);
    await waitFor(() => peers.b.getMap('probe').size === peers.a.getMap('probe').size, 3000, 'the last honest edit');
    expect(peers.b.getMap('probe').size).toBe(peers.a.getMap('probe').size);
    // The room's copy is intact: a newcomer gets every honest edit.
    const c = new Y.Doc();
    const pc = connectProvider(s, c, { code: s.joinCode, pid: 'honest-peer-c-0123456789abcdef' });
    await synced(pc);
    await waitFor(() => c.getMap('probe').size === peers.a.getMap('probe').size, 3000, 'the newcomer’s sync');
    pc.destroy();
    peers.close();
  }, 60_000);

  it('a client that never reads is cut off once its queue passes the limit; the honest peers are not slowed', async () => {
    const limit = 2 * 1024 * 1024;
    const s = await startTestServer({ maxMessageBytes: 512 * 1024, maxBufferedBytes: limit });
    const peers = await honestPeers(s);
    // A raw socket that completes the WebSocket handshake, then never reads again.
    const slow: Socket = connect({ host: '127.0.0.1', port: s.port, localAddress: '127.0.2.1' });
    slow.setNoDelay(true);
    slow.on('error', () => undefined);
    // The paused socket never reads its end either, so the cut is seen on the server's side.
    const connections = () => s.participants().reduce((n, p) => n + p.connections, 0);
    await new Promise<void>((resolve, reject) => {
      slow.once('data', (chunk: Buffer) => {
        if (!chunk.toString('latin1').startsWith('HTTP/1.1 101')) reject(new Error(chunk.toString('latin1').slice(0, 80)));
        slow.pause();
        resolve();
      });
      slow.write(
        `GET /sync/${s.projectId}?code=${s.joinCode} HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    // Peer A pastes big texts over and over (each replaces the last, so the document stays small).
    const started = performance.now();
    let pushed = 0;
    await waitFor(() => connections() === 3, 3000, 'the slow client in the room');
    for (let i = 0; i < 120 && connections() === 3; i++) {
      // Four pieces of 100,000 characters (the longest string the app's limits allow).
      for (let k = 0; k < 4; k++) peers.a.getMap('notes').set(`pasted-${k}`, `${i}:${'x'.repeat(100_000 - 8)}`);
      pushed += 400 * 1000;
      await new Promise((r) => setTimeout(r, 10));
    }
    await waitFor(() => connections() === 2, 10_000, 'the slow client to be cut off');
    const closedAt = performance.now();
    peers.stop();
    await waitFor(() => peers.latencies.length >= peers.sentCount() - 1, 5000, 'the last honest edits');
    const figures = { limitBytes: limit, pushedBeforeCutBytes: pushed, cutAfterMs: Math.round(closedAt - started), honestEdits: peers.latencies.length, p95Ms: Math.round(p95(peers.latencies)) };
    console.log(`live slow client: ${JSON.stringify(figures)}`);
    // Cut off long before the 30 s ping timeout would have, after a bounded amount of data.
    expect(closedAt - started).toBeLessThan(10_000);
    expect(pushed).toBeLessThan(40 * 1024 * 1024);
    const same = () => [0, 1, 2, 3].every((k) => peers.b.getMap('notes').get(`pasted-${k}`) === peers.a.getMap('notes').get(`pasted-${k}`));
    await waitFor(same, 3000, 'the last paste');
    for (let k = 0; k < 4; k++) expect(peers.b.getMap('notes').get(`pasted-${k}`)).toBe(peers.a.getMap('notes').get(`pasted-${k}`));
    expect(p95(peers.latencies)).toBeLessThan(1000);
    slow.destroy();
    peers.close();
  }, 60_000);
});
