/**
 * Who is in the room, with real sockets on 127.0.0.x: one participant per person however many
 * tokens, cookies or pids they used (W1), tables that stay bounded (W2, W8), connection slots
 * (W3) and the wrong-code limiter (W5). Each test names the weakness of issue 16 it closes and
 * failed on the server before the fix.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE_REMOVED } from '../../live/server';
import { attemptFrom, closeCode, httpFrom, makeUpdate, roomDoc, updateMessage } from './live-attack-helpers';
import { connectProvider, endAll, startTestServer, synced, syncUrl, waitFor } from './live-helpers';

const TOKEN_A = 'participant-token-a-0123456789';
const SPARE_PID = 'spare-identity-pid-0123456789';
const SPARE_LIVE = 'spare-identity-live-0123456789';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'baton-live-admission-'));
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Baton</title>');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(endAll);

const open = async (p: Promise<Awaited<ReturnType<typeof attemptFrom>>>) => {
  const r = await p;
  if (r.kind !== 'open') throw new Error(`expected an open socket, got ${JSON.stringify(r)}`);
  return r.ws;
};

describe('one participant per person', () => {
  it('W1: identities registered before a removal (another pid, a page cookie) do not survive it; the host saw them all', async () => {
    const s = await startTestServer({ webRoot: root });
    const a = new Y.Doc();
    const pa = connectProvider(s, a, { code: s.joinCode, pid: TOKEN_A });
    pa.awareness.setLocalStateField('user', { name: 'Ana', color: '#2f6fdf', team: 'Sales' });
    await synced(pa);
    // Before being removed, Ana keeps spares: a pid that connected once, a cookie from a plain
    // GET of the join link, and a second pid that stays connected.
    (await open(attemptFrom(syncUrl(s, { code: s.joinCode, pid: SPARE_PID })))).close();
    const page = await httpFrom(s.port, `/?code=${s.joinCode}`);
    expect(page.status).toBe(200);
    expect(page.cookie).toBeTruthy();
    const live = await open(attemptFrom(syncUrl(s, { code: s.joinCode, pid: SPARE_LIVE })));
    // The host's list shows every identity, connected or not.
    await waitFor(() => s.participants().length === 4, 3000, 'four identities listed');
    const listed = s.participants();
    expect(listed.filter((p) => p.connections === 0)).toHaveLength(2);
    const ana = listed.find((p) => p.name === 'Ana')!;

    // Remove (and rotate): Ana is cut off; every identity issued before and not in the room is void.
    const closed: number[] = [];
    pa.on('closed', (e: { code: number }) => closed.push(e.code));
    expect(s.removeParticipant(ana.id)).toBe(true);
    s.lock();
    await waitFor(() => closed.length === 1, 3000, 'Ana closed');
    expect(closed).toEqual([CLOSE_REMOVED]);
    // The one that stayed connected is still listed, so the host removes it too.
    await waitFor(() => s.participants().length === 1, 3000, 'only the connected spare listed');
    const spare = s.participants()[0]!;
    expect(spare.connections).toBe(1);
    const liveClosed = closeCode(live);
    expect(s.removeParticipant(spare.id)).toBe(true);
    expect(await liveClosed).toBe(CLOSE_REMOVED);
    await waitFor(() => s.participants().length === 0, 3000, 'an empty list');

    // None of the spares gets back in, with or without a code, and no card reaches the room.
    const card = updateMessage(makeUpdate((d) => d.getMap('cards').set('c-spare', 'a card from a removed person')));
    for (const [params, headers] of [
      [{ pid: SPARE_PID }, {}],
      [{ pid: SPARE_LIVE }, {}],
      [{ pid: TOKEN_A }, {}],
      [{}, { Cookie: page.cookie! }],
    ] as [Record<string, string>, Record<string, string>][]) {
      const r = await attemptFrom(syncUrl(s, params), '127.0.0.1', headers);
      if (r.kind === 'open') {
        r.ws.send(card);
        await new Promise((res) => setTimeout(res, 200));
        r.ws.terminate();
      }
      expect(r.kind, JSON.stringify(params)).toBe('refused');
    }
    expect((await httpFrom(s.port, '/', { headers: { Cookie: page.cookie! } })).status).not.toBe(200);
    expect(roomDoc(s.state()).getMap('cards').has('c-spare')).toBe(false);
    pa.destroy();
  });

  it('W1: a cookie and a pid used together are one person, removed together', async () => {
    const s = await startTestServer({ webRoot: root });
    const page = await httpFrom(s.port, `/?code=${s.joinCode}`);
    const ws = await open(attemptFrom(syncUrl(s, { pid: SPARE_PID }), '127.0.0.1', { Cookie: page.cookie! }));
    await waitFor(() => s.participants().length === 1 && s.participants()[0]!.connections === 1, 3000, 'one person');
    const closed = closeCode(ws);
    s.removeParticipant(s.participants()[0]!.id, { rotate: false });
    expect(await closed).toBe(CLOSE_REMOVED);
    // Without rotation the code stays, but neither of the person's tokens comes back.
    expect(await attemptFrom(syncUrl(s, { pid: SPARE_PID, code: s.joinCode }))).toEqual({ kind: 'refused', status: 403 });
    expect(await attemptFrom(syncUrl(s, { code: s.joinCode }), '127.0.0.1', { Cookie: page.cookie! })).toEqual({ kind: 'refused', status: 403 });
  });
});

describe('bounded tables', () => {
  it('W2: 1,100 HEAD requests with the code do not lock newcomers out', async () => {
    const s = await startTestServer({ webRoot: root });
    const statuses: Record<number, number> = {};
    for (let wave = 0; wave < 22; wave++) {
      const rs = await Promise.all(Array.from({ length: 50 }, () => httpFrom(s.port, `/?code=${s.joinCode}`, { method: 'HEAD', localAddress: '127.0.0.3' })));
      for (const r of rs) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    }
    console.log(`live HEAD flood: ${JSON.stringify({ requests: 1100, statuses, listed: s.participants().length, ...s.stats() })}`);
    // A newcomer from another device, by page and by socket.
    expect((await httpFrom(s.port, `/?code=${s.joinCode}`, { localAddress: '127.0.0.4' })).status).toBe(200);
    const ws = await open(attemptFrom(syncUrl(s, { code: s.joinCode, pid: 'newcomer-pid-0123456789abc' }), '127.0.0.4'));
    ws.close();
    // What the flood left behind is bounded.
    expect(s.stats().people).toBeLessThanOrEqual(64);
    expect(s.stats().tokens).toBeLessThanOrEqual(128);
  }, 60_000);

  it('W8: a refused upgrade registers no token', async () => {
    const s = await startTestServer();
    (await open(attemptFrom(syncUrl(s, { code: s.joinCode, pid: TOKEN_A })))).close();
    const fresh = Array.from({ length: 200 }, (_, i) => `refused-upgrade-token-${String(i).padStart(6, '0')}`);
    const cookie = (t: string) => ({ Cookie: `baton_live_${s.port}=${t}` });
    for (const t of fresh) {
      // A known token plus a fresh one (as the cookie), to a room that is not this session's: 404.
      expect(await attemptFrom(`${s.wsUrl}/another-room?pid=${TOKEN_A}`, '127.0.0.1', cookie(t))).toEqual({ kind: 'refused', status: 404 });
      // A fresh pid with the right code, to the wrong room: 404 too.
      expect(await attemptFrom(`${s.wsUrl}/another-room?pid=${t}&code=${s.joinCode}`)).toEqual({ kind: 'refused', status: 404 });
    }
    // None of those tokens is a credential now.
    for (const t of fresh.slice(0, 20)) {
      expect(await attemptFrom(syncUrl(s, { pid: t }))).toEqual({ kind: 'refused', status: 401 });
      expect(await attemptFrom(syncUrl(s), '127.0.0.1', cookie(t))).toEqual({ kind: 'refused', status: 401 });
    }
    expect(s.stats().tokens).toBeLessThanOrEqual(4);
  }, 60_000);
});

describe('slots and limits', () => {
  it('W3: one participant cannot take every WebSocket slot; the host’s window still gets in', async () => {
    const s = await startTestServer();
    (await open(attemptFrom(syncUrl(s, { code: s.joinCode, pid: TOKEN_A })))).close();
    const results = await Promise.all(Array.from({ length: 64 }, () => attemptFrom(syncUrl(s, { pid: TOKEN_A }))));
    const opened = results.filter((r) => r.kind === 'open');
    console.log(`live slots: ${JSON.stringify({ tried: 64, opened: opened.length })}`);
    expect(opened.length).toBeLessThanOrEqual(8);
    const host = connectProvider(s, new Y.Doc(), { pid: s.hostToken });
    await synced(host);
    // And a newcomer too.
    const b = await open(attemptFrom(syncUrl(s, { code: s.joinCode, pid: 'participant-token-b-0123456789' })));
    b.close();
    for (const r of opened) if (r.kind === 'open') r.ws.close();
    host.destroy();
  });

  it('W5: five wrong codes from the host’s address do not lock out the host or admitted people', async () => {
    const s = await startTestServer();
    (await open(attemptFrom(syncUrl(s, { code: s.joinCode, pid: TOKEN_A })))).close();
    for (let i = 0; i < 5; i++) await attemptFrom(syncUrl(s, { code: `wrong-code-number-${i}-xxxxx` }));
    expect(await attemptFrom(syncUrl(s, { code: s.joinCode }))).toEqual({ kind: 'refused', status: 429 });
    (await open(attemptFrom(syncUrl(s, { pid: s.hostToken })))).close();
    (await open(attemptFrom(syncUrl(s, { pid: TOKEN_A })))).close();
  });
});
