/**
 * Bad messages close the sender's connection only; the room and every other peer carry on.
 * Plus the pure checks behind the server (messages, Origin/Host, cookies, the limiter).
 */
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { CLOSE_MALFORMED, DEFAULT_MAX_MESSAGE_BYTES } from '../../live/server';
import { FailureLimiter, isAllowedHostHeader, isAllowedOrigin, readCookie, sameSecret } from '../../live/server/guards';
import { checkMessage } from '../../live/server/messages';
import { connectProvider, endAll, openRaw, startTestServer, synced, syncUrl, waitFor } from './live-helpers';

afterEach(endAll);

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

function closeCode(ws: WebSocket, ms = 3000): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('not closed')), ms);
    ws.on('close', (code) => {
      clearTimeout(t);
      resolve(code);
    });
  });
}

/** Two real peers that must keep editing together while a third misbehaves. */
async function twoPeers() {
  const s = await startTestServer({ maxMessageBytes: 64 * 1024 });
  const a = new Y.Doc();
  const b = new Y.Doc();
  const pa = connectProvider(s, a);
  const pb = connectProvider(s, b);
  await synced(pa);
  await synced(pb);
  let n = 0;
  const stillInStep = async () => {
    n++;
    a.getMap('cards').set(`card-${n}`, `text ${n}`);
    await waitFor(() => b.getMap('cards').get(`card-${n}`) === `text ${n}`, 3000, 'peers still in step');
  };
  return { s, a, b, pa, pb, stillInStep, done: () => (pa.destroy(), pb.destroy()) };
}

describe('messages a peer may not send', () => {
  it('closes a connection that sends a malformed message, and keeps serving the others', async () => {
    const { s, stillInStep, done } = await twoPeers();
    await stillInStep();
    const garbage: Uint8Array[] = [
      new Uint8Array([7, 7, 7]), // unknown message type
      new Uint8Array([0, 2, 10, 1, 2]), // an update that claims 10 bytes and has 2
      new Uint8Array([0, 9, 1, 0]), // unknown sync step
      syncUpdateMessage(new Uint8Array([200, 200, 200, 200, 200, 1, 2, 3])), // not a Yjs update
      new Uint8Array([1, 5, 1, 42, 1, 3, 123, 34, 120]), // presence with broken JSON
      new Uint8Array([]), // empty
    ];
    for (const bytes of garbage) {
      const raw = await openRaw(syncUrl(s, { code: s.joinCode }));
      if (raw.kind !== 'open') throw new Error('could not connect');
      const closed = closeCode(raw.ws);
      raw.ws.send(bytes);
      expect(await closed, String([...bytes])).toBe(CLOSE_MALFORMED);
      await stillInStep();
    }
    // Text frames are not y-websocket messages either.
    const raw = await openRaw(syncUrl(s, { code: s.joinCode }));
    if (raw.kind !== 'open') throw new Error('could not connect');
    const closed = closeCode(raw.ws);
    raw.ws.send('hello');
    expect(await closed).toBe(CLOSE_MALFORMED);
    await stillInStep();
    done();
  });

  it('closes a connection that sends an oversized message (1009), and keeps serving the others', async () => {
    expect(DEFAULT_MAX_MESSAGE_BYTES).toBeLessThanOrEqual(4 * 1024 * 1024);
    const { s, stillInStep, done } = await twoPeers();
    const big = new Y.Doc();
    big.getText('t').insert(0, 'x'.repeat(100 * 1024));
    const raw = await openRaw(syncUrl(s, { code: s.joinCode }));
    if (raw.kind !== 'open') throw new Error('could not connect');
    const closed = closeCode(raw.ws);
    raw.ws.send(syncUpdateMessage(Y.encodeStateAsUpdate(big)));
    expect(await closed).toBe(1009);
    await stillInStep();
    // Nothing of the oversized update reached the room.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, s.state());
    expect(copy.getText('t').length).toBe(0);
    done();
  });

  it('ignores a peer speaking for someone else’s presence', async () => {
    const { s, pa, pb, done } = await twoPeers();
    pa.awareness.setLocalStateField('user', { name: 'Ana', color: '#2f6fdf' });
    await waitFor(() => pb.awareness.getStates().get(pa.doc.clientID)?.user?.name === 'Ana', 3000, 'Ana visible');
    // A third peer tries to remove Ana's presence with a newer clock.
    const raw = await openRaw(syncUrl(s, { code: s.joinCode }));
    if (raw.kind !== 'open') throw new Error('could not connect');
    const fake = new awarenessProtocol.Awareness(new Y.Doc());
    fake.clientID = pa.doc.clientID;
    fake.setLocalState({ user: { name: 'Not Ana' } });
    for (let i = 0; i < 5; i++) fake.setLocalState({ user: { name: `Not Ana ${i}` } });
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(fake, [pa.doc.clientID]));
    raw.ws.send(encoding.toUint8Array(e));
    await new Promise((r) => setTimeout(r, 200));
    expect(pb.awareness.getStates().get(pa.doc.clientID)?.user?.name).toBe('Ana');
    raw.ws.close();
    fake.destroy();
    done();
  });
});

describe('the pure checks', () => {
  it('reads whole y-websocket messages and refuses anything else', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('a', 1);
    expect(checkMessage(syncUpdateMessage(Y.encodeStateAsUpdate(doc)))).toMatchObject({ ok: true, kind: 'sync' });
    expect(checkMessage(new Uint8Array([3]))).toMatchObject({ ok: true, kind: 'query-awareness' });
    expect(checkMessage(new Uint8Array([2, 0, 0])).ok).toBe(false); // auth only flows server → client
    const withTail = new Uint8Array([...syncUpdateMessage(Y.encodeStateAsUpdate(doc)), 0]);
    expect(checkMessage(withTail).ok).toBe(false);
  });

  it('checks Host and Origin', () => {
    expect(isAllowedHostHeader('127.0.0.1:5300', 5300)).toBe(true);
    expect(isAllowedHostHeader('192.168.1.20:5300', 5300)).toBe(true);
    expect(isAllowedHostHeader('[::1]:5300', 5300)).toBe(true);
    expect(isAllowedHostHeader('localhost:5300', 5300)).toBe(true);
    expect(isAllowedHostHeader('127.0.0.1:5301', 5300)).toBe(false);
    expect(isAllowedHostHeader('attacker.example:5300', 5300)).toBe(false);
    expect(isAllowedHostHeader('laptop.local:5300', 5300, ['laptop.local'])).toBe(true);
    expect(isAllowedHostHeader(undefined, 5300)).toBe(false);
    expect(isAllowedOrigin(undefined, 5300)).toBe(true);
    expect(isAllowedOrigin('http://192.168.1.20:5300', 5300)).toBe(true);
    expect(isAllowedOrigin('https://192.168.1.20:5300', 5300)).toBe(false);
    expect(isAllowedOrigin('http://user@127.0.0.1:5300', 5300)).toBe(false);
    expect(isAllowedOrigin('app://baton', 5300, ['app://baton'])).toBe(true);
    expect(isAllowedOrigin('app://baton.evil', 5300, ['app://baton'])).toBe(false);
    expect(isAllowedOrigin('http://rebind.example:5300', 5300)).toBe(false);
  });

  it('reads cookies and compares secrets', () => {
    expect(readCookie('a=1; baton_live_5300=tok; b=2', 'baton_live_5300')).toBe('tok');
    expect(readCookie('xbaton_live_5300=tok', 'baton_live_5300')).toBeUndefined();
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abd', 'abc')).toBe(false);
    expect(sameSecret('ab', 'abc')).toBe(false);
    expect(sameSecret(null, 'abc')).toBe(false);
  });

  it('blocks after the allowed failures, for a while, and forgets old addresses', () => {
    let now = 0;
    const l = new FailureLimiter({ maxFailures: 3, windowMs: 1000, blockMs: 5000, maxTracked: 2 }, () => now);
    l.fail('a');
    now = 1500; // the first failure has left the window
    l.fail('a');
    l.fail('a');
    expect(l.blockedFor('a')).toBe(0);
    expect(l.fail('a')).toBe(true);
    expect(l.blockedFor('a')).toBe(5000);
    now += 5000;
    expect(l.blockedFor('a')).toBe(0);
    l.fail('b');
    l.fail('c'); // 'a' is the oldest and is forgotten
    expect(l.blockedFor('a')).toBe(0);
  });
});
