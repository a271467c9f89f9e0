/**
 * Team servers (issue 16, item 4), on 127.0.0.1: Baton sends its access token whenever it
 * connects to a y-websocket server, and says so when the server lets anyone in. Against the
 * stock @y/websocket-server (its own server.js, run as a separate process) and against the same
 * server behind the token check of scripts/team-server.mjs, the recipe the README gives.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { connectLive, type LiveConnection } from '../../renderer/src/live/connection';
import { liveSession, startLive, stopLive } from '../../renderer/src/live/session';
import { checkTeamDoor, readAccessToken } from '../../renderer/src/live/teamServer';
import { startTeamServer } from '../../scripts/team-server.mjs';
import { waitFor } from './live-helpers';

const WS = WebSocket as unknown as typeof globalThis.WebSocket;
const me = { name: 'Ana', team: 'Sales', color: '#2f6fdf' };
const TEAM_TOKEN = 'our-team-token-0123456789abcdef';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

/** The stock server, exactly as its package runs it. */
async function startStockServer(): Promise<string> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['node_modules/@y/websocket-server/src/server.js'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanups.push(() => child.kill());
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the stock server did not start')), 10_000);
    child.stdout!.on('data', (c: Buffer) => {
      if (c.toString().includes('running at')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return `ws://127.0.0.1:${port}`;
}

function connect(serverUrl: string, room: string, accessToken?: string): { doc: Y.Doc; conn: LiveConnection } {
  const doc = new Y.Doc();
  const conn = connectLive(doc, { serverUrl, room, token: `pid-${Math.random().toString(36).slice(2)}-0123456789`, ...me, ...(accessToken ? { accessToken } : {}), attempts: 2, WebSocketPolyfill: WS });
  cleanups.push(() => (conn.destroy(), doc.destroy()));
  return { doc, conn };
}

describe('a team server', () => {
  it('reads an access token as typed', () => {
    expect(readAccessToken('  abc-DEF_123.~!  ')).toEqual({ ok: true, token: 'abc-DEF_123.~!' });
    expect(readAccessToken('')).toEqual({ ok: true, token: '' });
    expect(readAccessToken('two words')).toEqual({ ok: false });
    expect(readAccessToken('x'.repeat(513))).toEqual({ ok: false });
  });

  it('the stock @y/websocket-server accepts anyone: Baton sends its token and warns', async () => {
    const url = await startStockServer();
    const { conn } = connect(url, 'proj-stock', TEAM_TOKEN);
    await conn.whenSynced(5000);
    expect(await checkTeamDoor({ serverUrl: url, room: 'proj-stock', accessToken: TEAM_TOKEN, WebSocketPolyfill: WS })).toBe('accepts-anyone');
    expect(await checkTeamDoor({ serverUrl: url, room: 'proj-stock', accessToken: '', WebSocketPolyfill: WS })).toBe('no-token');
    // What the panel shows: the session checks the door once connected.
    const doc = new Y.Doc();
    cleanups.push(() => (stopLive(), doc.destroy()));
    startLive(doc, { serverUrl: url, room: 'proj-stock', projectId: 'proj-stock', token: 'pid-session-0123456789abcdef', role: 'team', accessToken: TEAM_TOKEN, ...me }, WS);
    await waitFor(() => liveSession.getState().teamDoor !== null, 5000, 'the door check');
    expect(liveSession.getState().teamDoor).toBe('accepts-anyone');
  });

  it('behind the token check of scripts/team-server.mjs: the token gets in, a wrong one or none does not', async () => {
    const server = await startTeamServer({ token: TEAM_TOKEN, host: '127.0.0.1', port: 0 });
    cleanups.push(() => server.close());
    const url = `ws://127.0.0.1:${server.port}`;
    const a = connect(url, 'proj-locked', TEAM_TOKEN);
    const b = connect(url, 'proj-locked', TEAM_TOKEN);
    await Promise.all([a.conn.whenSynced(5000), b.conn.whenSynced(5000)]);
    a.doc.getMap('cards').set('c1', 'from Ana');
    await waitFor(() => b.doc.getMap('cards').get('c1') === 'from Ana', 3000, 'the edit to arrive');
    expect(await checkTeamDoor({ serverUrl: url, room: 'proj-locked', accessToken: TEAM_TOKEN, WebSocketPolyfill: WS })).toBe('locked');
    await expect(connect(url, 'proj-locked').conn.whenSynced(5000)).rejects.toThrow(/refused/);
    await expect(connect(url, 'proj-locked', 'a-wrong-token-0123456789').conn.whenSynced(5000)).rejects.toThrow(/refused/);
    expect(() => startTeamServer({ token: 'short' })).toThrow(/at least 16/);
  });
});
