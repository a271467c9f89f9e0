/**
 * Hocuspocus as a team server (issue 22, item 4), on 127.0.0.1: the transport a connection
 * picks by its kind (renderer/src/live/transport.ts), against the stock @hocuspocus/server, both
 * as scripts/hocuspocus-server.mjs runs it (a token check in onAuthenticate) and bare (no hook:
 * it accepts anyone). The same statuses as y-websocket: connected and synced, refused, offline.
 */
import { Server } from '@hocuspocus/server';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocket, WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { ORIGIN } from '../../renderer/src/document/schema';
import { connectLive, type LiveConnection, type LiveStatus } from '../../renderer/src/live/connection';
import { joinLiveSession } from '../../renderer/src/live/join';
import { liveSession, startLive, stopLive } from '../../renderer/src/live/session';
import { checkTeamDoor } from '../../renderer/src/live/teamServer';
import { openTransport, readServerKind, type ServerKind } from '../../renderer/src/live/transport';
import { startHocuspocusServer } from '../../scripts/hocuspocus-server.mjs';
import { startTeamServer } from '../../scripts/team-server.mjs';
import { waitFor } from './live-helpers';

/**
 * ws's WebSocket, with an error listener of its own: Hocuspocus's provider removes its listeners
 * before it closes a socket that is still connecting, and ws (unlike a browser) then throws its
 * "closed before the connection was established" as an uncaught error.
 */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}
const WS = QuietWebSocket as unknown as typeof globalThis.WebSocket;
const me = { name: 'Ana', team: 'Sales', color: '#2f6fdf' };
const TEAM_TOKEN = 'our-team-token-0123456789abcdef';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function hocuspocus(dataDir = ''): Promise<string> {
  const server = await startHocuspocusServer({ token: TEAM_TOKEN, host: '127.0.0.1', port: 0, dataDir });
  cleanups.push(() => server.close());
  return `ws://127.0.0.1:${server.port}`;
}

function connect(serverUrl: string, room: string, accessToken: string, kind: ServerKind | null = 'hocuspocus'): { doc: Y.Doc; conn: LiveConnection; seen: LiveStatus[] } {
  const doc = new Y.Doc();
  const conn = connectLive(doc, {
    serverUrl,
    room,
    ...(kind ? { kind } : {}),
    token: `pid-${Math.random().toString(36).slice(2)}-0123456789`,
    ...me,
    ...(accessToken ? { accessToken } : {}),
    attempts: 2,
    WebSocketPolyfill: WS,
  });
  const seen: LiveStatus[] = [conn.state.getState().status];
  conn.state.subscribe((s) => seen.at(-1) !== s.status && seen.push(s.status));
  cleanups.push(() => (conn.destroy(), doc.destroy()));
  return { doc, conn, seen };
}

/** A bare socket server on 127.0.0.1 that counts who knocks (and speaks nothing). */
async function doorCounter(): Promise<{ url: string; knocks: () => number; open: () => number }> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  let knocks = 0;
  wss.on('connection', () => knocks++);
  cleanups.push(() => new Promise<void>((r) => (wss.clients.forEach((c) => c.terminate()), wss.close(() => r()))));
  const { port } = wss.address() as { port: number };
  return { url: `ws://127.0.0.1:${port}`, knocks: () => knocks, open: () => wss.clients.size };
}

describe('Hocuspocus code fetched when first dialled (not with the home screen)', () => {
  const events = { entered() {}, lost() {}, attemptFailed() {}, synced() {}, shut() {} };
  const opts = (serverUrl: string) => ({ serverUrl, room: 'proj-lazy', params: {}, accessToken: TEAM_TOKEN, maxBackoffMs: 1000, WebSocketPolyfill: WS });

  it('a connection destroyed before its code arrives never knocks', async () => {
    const door = await doorCounter();
    const doc = new Y.Doc();
    openTransport('hocuspocus', doc, opts(door.url), events).destroy();
    await new Promise((r) => setTimeout(r, 500));
    expect(door.knocks()).toBe(0);
  });

  it('disconnect and connect asked for before the code arrives are kept', async () => {
    const door = await doorCounter();
    const doc = new Y.Doc();
    const t = openTransport('hocuspocus', doc, opts(door.url), events);
    cleanups.push(() => t.destroy());
    expect(t.awareness.doc).toBe(doc);
    t.disconnect();
    await new Promise((r) => setTimeout(r, 500));
    expect(door.open()).toBe(0);
    t.connect();
    await waitFor(() => door.open() === 1);
  });
});

describe('the server kind', () => {
  it('reads only the kinds Baton speaks', () => {
    expect(readServerKind('y-websocket')).toBe('y-websocket');
    expect(readServerKind('hocuspocus')).toBe('hocuspocus');
    for (const v of ['Hocuspocus', '', 'socket.io', null, 1, {}]) expect(readServerKind(v)).toBeNull();
  });

  it('picks the transport: hocuspocus speaks Hocuspocus, no kind means y-websocket', async () => {
    const url = await hocuspocus();
    expect(connect(url, 'proj-kind', TEAM_TOKEN).conn.transport.kind).toBe('hocuspocus');
    // The same server spoken to in y-websocket's protocol: it does not understand, and the person
    // reads "refused" (not an endless "Connecting…").
    const wrongKind = connect(url, 'proj-kind', TEAM_TOKEN, null);
    expect(wrongKind.conn.transport.kind).toBe('y-websocket');
    await expect(wrongKind.conn.whenSynced(8000)).rejects.toThrow(/refused/);
  });

  it('Hocuspocus spoken to a stock y-websocket server is refused too', async () => {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    wss.on('connection', (ws, req) => setupWSConnection(ws, req));
    await new Promise((r) => wss.once('listening', r));
    cleanups.push(() => new Promise((r) => (wss.clients.forEach((c) => c.terminate()), wss.close(r))));
    const c = connect(`ws://127.0.0.1:${(wss.address() as { port: number }).port}`, 'proj-kind', TEAM_TOKEN);
    await expect(c.conn.whenSynced(12_000)).rejects.toThrow(/refused/);
    expect(c.seen).not.toContain('connected');
  }, 15_000);
});

describe('a Hocuspocus team server', () => {
  it('with the token: two people edit one project, both ways', async () => {
    const url = await hocuspocus();
    const a = connect(url, 'proj-hp', TEAM_TOKEN);
    a.doc.getMap('cards').set('c0', 'before Ben came');
    await a.conn.whenSynced(5000);
    const b = connect(url, 'proj-hp', TEAM_TOKEN);
    await b.conn.whenSynced(5000);
    expect(b.doc.getMap('cards').get('c0')).toBe('before Ben came');
    // Ben's edit must arrive as someone else's: not undoable here (not ORIGIN.local), and saved
    // (storage/persistence.ts skips only ORIGIN.storage and ORIGIN.tab).
    const origins: unknown[] = [];
    a.doc.on('afterTransaction', (tr: Y.Transaction) => tr.changed.size && origins.push(tr.origin));
    const undo = new Y.UndoManager(a.doc.getMap('cards'), { trackedOrigins: new Set([ORIGIN.local]) });
    a.doc.transact(() => a.doc.getMap('cards').set('c1', 'from Ana'), ORIGIN.local);
    b.doc.getMap('cards').set('c2', 'from Ben');
    await waitFor(() => b.doc.getMap('cards').get('c1') === 'from Ana' && a.doc.getMap('cards').get('c2') === 'from Ben', 3000, 'both edits');
    expect(origins.filter((o) => o !== ORIGIN.local).length).toBeGreaterThan(0);
    expect(origins.every((o) => o === ORIGIN.local || (o !== ORIGIN.storage && o !== ORIGIN.tab))).toBe(true);
    undo.undo();
    expect(a.doc.getMap('cards').get('c1')).toBeUndefined();
    expect(a.doc.getMap('cards').get('c2')).toBe('from Ben');
    expect(a.conn.state.getState().status).toBe('connected');
    // Presence travels too.
    await waitFor(() => a.conn.state.getState().peers.some((p) => p.name === 'Ana' && p.clientId === b.doc.clientID), 3000, 'Ben’s presence');
  });

  it('a wrong token or none is refused at once, and never shows as connected', async () => {
    const url = await hocuspocus();
    for (const token of ['a-wrong-token-0123456789', '']) {
      const c = connect(url, 'proj-hp', token);
      const t0 = Date.now();
      await expect(c.conn.whenSynced(5000)).rejects.toThrow(/refused/);
      expect(Date.now() - t0).toBeLessThan(2000);
      expect(c.seen).toEqual(['connecting', 'refused']);
      expect(c.doc.getMap('cards').size).toBe(0);
    }
    // A document name that is no Baton project id is refused as well.
    await expect(connect(url, '../etc', TEAM_TOKEN).conn.whenSynced(5000)).rejects.toThrow(/refused/);
  });

  it('goes offline when the server goes away, and nobody is refused for it', async () => {
    const server = await startHocuspocusServer({ token: TEAM_TOKEN, host: '127.0.0.1', port: 0 });
    const a = connect(`ws://127.0.0.1:${server.port}`, 'proj-off', TEAM_TOKEN);
    await a.conn.whenSynced(5000);
    await server.close();
    await waitFor(() => a.conn.state.getState().status === 'offline', 5000, 'offline');
    expect(a.conn.state.getState().synced).toBe(false);
  });

  it('checks its door: locked behind the token check, open when the stock server has no hook', async () => {
    const url = await hocuspocus();
    expect(await checkTeamDoor({ kind: 'hocuspocus', serverUrl: url, room: 'proj-door', accessToken: TEAM_TOKEN, WebSocketPolyfill: WS })).toBe('locked');
    const bare = new Server({ address: '127.0.0.1', port: 0, quiet: true, stopOnSignals: false });
    await bare.listen();
    cleanups.push(() => bare.destroy());
    const open = `ws://127.0.0.1:${bare.address.port}`;
    expect(await checkTeamDoor({ kind: 'hocuspocus', serverUrl: open, room: 'proj-door', accessToken: TEAM_TOKEN, WebSocketPolyfill: WS })).toBe('accepts-anyone');
    // What the panel shows: the session checks the door once connected, with the session's kind.
    const doc = new Y.Doc();
    cleanups.push(() => (stopLive(), doc.destroy()));
    startLive(doc, { serverUrl: url, room: 'proj-door', projectId: 'proj-door', token: 'pid-session-0123456789abcdef', role: 'team', kind: 'hocuspocus', accessToken: TEAM_TOKEN, ...me }, WS);
    await waitFor(() => liveSession.getState().teamDoor !== null, 5000, 'the door check');
    expect(liveSession.getState().teamDoor).toBe('locked');
  });

  it('a teammate joins by the link’s kind and token and keeps the session’s kind', async () => {
    const url = await hocuspocus();
    const ana = connect(url, 'proj-join', TEAM_TOKEN);
    ana.doc.getMap('meta').set('projectId', 'proj-join');
    await ana.conn.whenSynced(5000);
    const joined = await joinLiveSession({ serverUrl: url, room: 'proj-join' }, { name: 'Ben', team: '', color: '#d9480f' }, { accessToken: TEAM_TOKEN, kind: 'hocuspocus', WebSocketPolyfill: WS });
    expect(joined.session).toMatchObject({ role: 'team', kind: 'hocuspocus', projectId: 'proj-join', accessToken: TEAM_TOKEN });
  });

  it('keeps projects in a folder when asked, so a link works while nobody is connected', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'baton-hp-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    let server = await startHocuspocusServer({ token: TEAM_TOKEN, host: '127.0.0.1', port: 0, dataDir: dir });
    const a = connect(`ws://127.0.0.1:${server.port}`, 'proj-kept', TEAM_TOKEN);
    a.doc.getMap('cards').set('c1', 'kept on disk');
    await a.conn.whenSynced(5000);
    // Ben's copy shows that the server has Ana's card; then both leave and the server stops.
    const ben = connect(`ws://127.0.0.1:${server.port}`, 'proj-kept', TEAM_TOKEN);
    await waitFor(() => ben.doc.getMap('cards').get('c1') === 'kept on disk', 3000, 'Ana’s card on the server');
    a.conn.destroy();
    ben.conn.destroy();
    await server.close();
    expect(await readdir(dir)).toEqual(['proj-kept.yjs']);
    server = await startHocuspocusServer({ token: TEAM_TOKEN, host: '127.0.0.1', port: 0, dataDir: dir });
    cleanups.push(() => server.close());
    const b = connect(`ws://127.0.0.1:${server.port}`, 'proj-kept', TEAM_TOKEN);
    await b.conn.whenSynced(5000);
    expect(b.doc.getMap('cards').get('c1')).toBe('kept on disk');
  });

  it('the y-websocket servers still get y-websocket', async () => {
    const server = await startTeamServer({ token: TEAM_TOKEN, host: '127.0.0.1', port: 0 });
    cleanups.push(() => server.close());
    const c = connect(`ws://127.0.0.1:${server.port}`, 'proj-yws', TEAM_TOKEN, 'y-websocket');
    await c.conn.whenSynced(5000);
    expect(c.conn.transport.kind).toBe('y-websocket');
  });
});
