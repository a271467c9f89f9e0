/**
 * What a server sends is checked before a provider applies it (renderer/src/live/guard.ts): the
 * rules a .baton file passes, for both protocols. A message that breaks them ends the
 * connection ("refused", with its own sentence) and the project is not changed. Against real
 * servers on 127.0.0.1: a stock @hocuspocus/server relaying a raw client's oversized change, and
 * a stock @y/websocket-server relaying a subdocument.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import { setupWSConnection } from '@y/websocket-server/utils';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { connectLive } from '../../renderer/src/live/connection';
import { checkServerMessage } from '../../renderer/src/live/guard';
import { startHocuspocusServer } from '../../scripts/hocuspocus-server.mjs';
import { waitFor } from './live-helpers';

/** ws's WebSocket with an error listener of its own (see live-hocuspocus.test.ts). */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}
const WS = QuietWebSocket as unknown as typeof globalThis.WebSocket;
const me = { name: 'Ana', team: 'Sales', color: '#2f6fdf' };
const TOKEN = 'our-team-token-0123456789abcdef';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function updateOf(write: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  write(doc);
  return Y.encodeStateAsUpdate(doc);
}

/** A sync message as y-websocket frames it, or as Hocuspocus does (document name first). */
function syncMessage(sub: number, update: Uint8Array, docName?: string): ArrayBuffer {
  const e = encoding.createEncoder();
  if (docName !== undefined) encoding.writeVarString(e, docName);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e).slice().buffer;
}

describe('checkServerMessage', () => {
  const fine = updateOf((d) => d.getMap('cards').set('c1', 'a card'));
  const long = updateOf((d) => d.getMap('cards').set('c1', 'x'.repeat(100_001)));
  const sub = updateOf((d) => d.getMap('cards').set('c1', new Y.Doc()));
  const proto = updateOf((d) => d.getMap('cards').set('c1', JSON.parse('{"__proto__": {"polluted": true}}')));

  it('lets a project’s changes through, in both framings', () => {
    for (const s of [1, 2]) {
      expect(checkServerMessage('y-websocket', syncMessage(s, fine))).toBeNull();
      expect(checkServerMessage('hocuspocus', syncMessage(s, fine, 'proj-1'))).toBeNull();
    }
    expect(checkServerMessage('y-websocket', syncMessage(0, Y.encodeStateVector(new Y.Doc())))).toBeNull();
    expect(checkServerMessage('hocuspocus', new Uint8Array([9]))).toBeNull(); // Hocuspocus's ping
  });

  it('refuses what a .baton file may not hold, and what does not decode', () => {
    for (const bad of [long, sub, proto]) {
      expect(checkServerMessage('y-websocket', syncMessage(2, bad))).toMatch(/over Baton's limits/);
      expect(checkServerMessage('hocuspocus', syncMessage(1, bad, 'proj-1'))).toMatch(/over Baton's limits/);
    }
    expect(checkServerMessage('y-websocket', syncMessage(2, new Uint8Array([1, 2, 3, 200, 200])))).toMatch(/limits|decode/);
    expect(checkServerMessage('y-websocket', syncMessage(7, fine))).toBe('an unknown sync message');
    expect(checkServerMessage('y-websocket', new Uint8Array([0]).buffer)).toBe('a message that does not decode');
    expect(checkServerMessage('y-websocket', 'a text message')).toBe('not a binary message');
  });
});

describe('a server that relays what Baton does not accept', () => {
  it('Hocuspocus: a raw client’s 100,001-character string ends the connection; the project is unchanged', async () => {
    const server = await startHocuspocusServer({ token: TOKEN, host: '127.0.0.1', port: 0 });
    cleanups.push(() => server.close());
    const url = `ws://127.0.0.1:${server.port}`;
    const doc = new Y.Doc();
    doc.getMap('cards').set('c0', 'mine');
    const conn = connectLive(doc, { serverUrl: url, room: 'proj-guard', kind: 'hocuspocus', accessToken: TOKEN, token: 'pid-0123456789abcdef', ...me, WebSocketPolyfill: WS });
    cleanups.push(() => (conn.destroy(), doc.destroy()));
    await conn.whenSynced(5000);
    // Someone with the token, but not Baton: Hocuspocus's provider, writing what Baton never writes.
    const other = new Y.Doc();
    const raw = new HocuspocusProvider({ url, name: 'proj-guard', document: other, token: TOKEN, WebSocketPolyfill: WS } as ConstructorParameters<typeof HocuspocusProvider>[0]);
    cleanups.push(() => (raw.destroy(), other.destroy()));
    await waitFor(() => raw.isSynced, 5000, 'the raw client');
    other.getMap('cards').set('c1', 'x'.repeat(100_001));
    await waitFor(() => conn.state.getState().status === 'refused', 5000, 'refused');
    expect(conn.state.getState().badContent).toBe(true);
    expect(doc.getMap('cards').get('c1')).toBeUndefined();
    expect(doc.getMap('cards').get('c0')).toBe('mine');
    // Hung up for good: it does not knock again and take the rest.
    await new Promise((r) => setTimeout(r, 1500));
    expect(conn.state.getState().status).toBe('refused');
    expect(doc.getMap('cards').get('c1')).toBeUndefined();
  });

  it('y-websocket: a subdocument relayed by the stock server ends the connection; the project is unchanged', async () => {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    wss.on('connection', (ws, req) => setupWSConnection(ws, req));
    await new Promise((r) => wss.once('listening', r));
    cleanups.push(() => new Promise((r) => (wss.clients.forEach((c) => c.terminate()), wss.close(r))));
    const url = `ws://127.0.0.1:${(wss.address() as { port: number }).port}`;
    const doc = new Y.Doc();
    const conn = connectLive(doc, { serverUrl: url, room: 'proj-guard', accessToken: TOKEN, token: 'pid-0123456789abcdef', ...me, WebSocketPolyfill: WS });
    cleanups.push(() => (conn.destroy(), doc.destroy()));
    await conn.whenSynced(5000);
    const other = new Y.Doc();
    const raw = new WebsocketProvider(url, 'proj-guard', other, { disableBc: true, WebSocketPolyfill: WS });
    cleanups.push(() => (raw.destroy(), other.destroy()));
    await waitFor(() => raw.synced, 5000, 'the raw client');
    other.getMap('cards').set('c1', new Y.Doc());
    await waitFor(() => conn.state.getState().status === 'refused', 5000, 'refused');
    expect(conn.state.getState().badContent).toBe(true);
    expect(doc.getMap('cards').has('c1')).toBe(false);
  });
});
