/**
 * The renderer's side of a live session, in Node against the real server on 127.0.0.1:
 * joining saves the project locally, peers' edits are saved but never undoable here, and
 * edits made offline merge when the connection comes back. Plus the pure link readers.
 */
import { refusalSentence } from '../../renderer/src/i18n/refusals';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { addCard, addMap, initProject, updateCardText } from '../../renderer/src/document/actions';
import { undo } from '../../renderer/src/document/history';
import { readSnapshot } from '../../renderer/src/document/projection';
import {
  readAddressAndCode,
  readJoinLink,
  readPeer,
  readTeamServer,
  SESSION_ROOM,
  throttle,
} from '../../renderer/src/domain/live';
import { connectLive } from '../../renderer/src/live/connection';
import { joinLiveSession, JoinError } from '../../renderer/src/live/join';
import { openProject } from '../../renderer/src/storage/openProject';
import { loadUpdates } from '../../renderer/src/storage/persistence';
import { endAll, startTestServer, waitFor } from './live-helpers';

const WS = WebSocket as unknown as typeof globalThis.WebSocket;
const ana = { name: 'Ana', team: 'Sales', color: '#2f6fdf' };

afterEach(endAll);

function seededProject(projectId: string) {
  const doc = new Y.Doc();
  initProject(doc, projectId, 'Acme alignment');
  const map = addMap(doc, 'Enterprise buyer', 'b2b');
  if (!map.ok) throw new Error(refusalSentence(map.refusal));
  const snap = readSnapshot(doc);
  const stage = Object.values(snap.stages)[0]!;
  const lane = Object.values(snap.lanes).find((l) => l.kind !== 'emotion')!;
  return { state: Y.encodeStateAsUpdate(doc), cell: { mapId: map.value, stageId: stage.id, laneId: lane.id } };
}

describe('joining and co-editing', () => {
  it('joins from the link, keeps the project locally, and saves peers’ edits without making them undoable', async () => {
    const { state, cell } = seededProject('proj-join');
    const s = await startTestServer({ projectId: 'proj-join', initialState: state });
    const link = readJoinLink(s.url);
    if (!link.ok) throw new Error('link not read');
    const joined = await joinLiveSession(link.target, ana, { WebSocketPolyfill: WS });
    const { session } = joined;
    expect(joined).toMatchObject({ title: 'Acme alignment', firstMapId: cell.mapId });
    expect(session).toMatchObject({ projectId: 'proj-join', room: 'proj-join', role: 'participant', name: 'Ana' });
    expect(await loadUpdates('proj-join')).toBeDefined();

    const opened = await openProject('proj-join');
    if (!opened.ok) throw new Error(opened.message);
    const { doc, persistence } = opened.project;
    expect(readSnapshot(doc).info.title).toBe('Acme alignment');
    const mine = connectLive(doc, { ...session, WebSocketPolyfill: WS });
    await mine.whenSynced(5000);

    // Ben, another peer, adds a card.
    const ben = new Y.Doc();
    const benConn = connectLive(ben, { serverUrl: s.wsUrl, room: 'proj-join', code: s.joinCode, token: 'ben-token-0123456789abcdef', name: 'Ben', team: 'Marketing', color: '#d9480f', WebSocketPolyfill: WS });
    await benConn.whenSynced(5000);
    const added = addCard(ben, cell, 'From Ben');
    if (!added.ok) throw new Error(refusalSentence(added.refusal));
    await waitFor(() => !!readSnapshot(doc).cards[added.value], 3000, 'Ben’s card here');

    // Not undoable here…
    expect(undo(doc)).toBe(false);
    expect(readSnapshot(doc).cards[added.value]?.text).toBe('From Ben');
    // …but saved in this device's IndexedDB.
    await persistence.flush();
    const saved = new Y.Doc();
    Y.applyUpdate(saved, (await loadUpdates('proj-join'))!);
    expect(readSnapshot(saved).cards[added.value]?.text).toBe('From Ben');

    // Presence: each sees the other by name.
    await waitFor(() => mine.state.getState().peers.some((p) => p.name === 'Ben'), 3000, 'Ben present');
    mine.setSelection(cell.mapId, [added.value]);
    await waitFor(() => benConn.state.getState().peers.find((p) => p.name === 'Ana')?.selection?.cardIds[0] === added.value, 3000, 'Ana’s selection');

    mine.destroy();
    benConn.destroy();
    await opened.project.close();
  });

  it('keeps working offline and merges both sides’ edits when back', async () => {
    const { state, cell } = seededProject('proj-offline');
    const s = await startTestServer({ projectId: 'proj-offline', initialState: state });
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, state);
    Y.applyUpdate(b, state);
    const target = { serverUrl: s.wsUrl, room: 'proj-offline', code: s.joinCode };
    const ca = connectLive(a, { ...target, ...ana, token: 'a-token-0123456789abcdef', WebSocketPolyfill: WS });
    const cb = connectLive(b, { ...target, name: 'Ben', team: '', color: '#d9480f', token: 'b-token-0123456789abcdef', WebSocketPolyfill: WS });
    await ca.whenSynced(5000);
    await cb.whenSynced(5000);
    const shared = addCard(a, cell, 'Shared');
    if (!shared.ok) throw new Error('no card');
    await waitFor(() => !!readSnapshot(b).cards[shared.value], 3000, 'shared card');

    ca.transport.disconnect();
    await waitFor(() => ca.state.getState().status === 'offline', 3000, 'offline status');
    const offline = addCard(a, cell, 'Written offline');
    updateCardText(a, shared.value, 'Edited offline by Ana');
    addCard(b, cell, 'Written online');
    await new Promise((r) => setTimeout(r, 100));
    expect(readSnapshot(b).cards[offline.ok ? offline.value : '']).toBeUndefined();

    ca.retry();
    await waitFor(() => ca.state.getState().status === 'connected' && ca.state.getState().synced, 5000, 'back online');
    for (const d of [a, b]) {
      await waitFor(() => {
        const cards = Object.values(readSnapshot(d).cards).map((c) => c.text);
        return ['Edited offline by Ana', 'Written offline', 'Written online'].every((t) => cards.includes(t));
      }, 3000, 'both edits everywhere');
    }
    ca.destroy();
    cb.destroy();
  });

  it('says why joining failed: a wrong code, an empty room, an ended session', async () => {
    const s = await startTestServer({ projectId: 'proj-empty' });
    await expect(
      joinLiveSession({ serverUrl: s.wsUrl, room: 'proj-empty', code: 'x'.repeat(22) }, ana, { WebSocketPolyfill: WS, timeoutMs: 8000 }),
    ).rejects.toMatchObject({ problem: 'refused' });
    await expect(joinLiveSession({ serverUrl: s.wsUrl, room: SESSION_ROOM, code: s.joinCode }, ana, { WebSocketPolyfill: WS })).rejects.toBeInstanceOf(JoinError);
    const ended = new Y.Doc();
    const c = connectLive(ended, { serverUrl: s.wsUrl, room: 'proj-empty', code: s.joinCode, token: 'e-token-0123456789abcdef', ...ana, WebSocketPolyfill: WS });
    await c.whenSynced(5000);
    await s.end();
    await waitFor(() => c.state.getState().status === 'ended', 3000, 'ended status');
    c.destroy();
  });
});

describe('reading links and presence', () => {
  it('reads join links, addresses and team servers', () => {
    const code = 'AbCdEfGhIjKlMnOpQrStUv';
    expect(readJoinLink(`http://192.168.1.20:5300/?code=${code}#/join/proj-1`)).toEqual({
      ok: true,
      target: { serverUrl: 'ws://192.168.1.20:5300/sync', room: 'proj-1', code },
    });
    expect(readJoinLink(`http://192.168.1.20:5300/?code=${code}`)).toMatchObject({ ok: true, target: { room: SESSION_ROOM } });
    expect(readJoinLink('http://192.168.1.20:5300/')).toEqual({ ok: false, reason: 'no-code' });
    expect(readJoinLink('javascript:alert(1)')).toEqual({ ok: false, reason: 'not-a-link' });
    expect(readJoinLink('hello')).toEqual({ ok: false, reason: 'not-a-link' });
    expect(readAddressAndCode('192.168.1.20:5300', ` ${code} `)).toEqual({
      ok: true,
      target: { serverUrl: 'ws://192.168.1.20:5300/sync', room: SESSION_ROOM, code },
    });
    expect(readAddressAndCode('192.168.1.20:5300', 'short')).toEqual({ ok: false, reason: 'no-code' });
    expect(readTeamServer('wss://sync.acme.internal/yjs', 'proj-1')).toEqual({
      ok: true,
      target: { serverUrl: 'wss://sync.acme.internal/yjs', room: 'proj-1' },
    });
    expect(readTeamServer('https://sync.acme.internal', 'proj-1')).toEqual({ ok: false, reason: 'not-a-server' });
  });

  it('reads other people’s presence defensively', () => {
    expect(readPeer(1, null)).toBeNull();
    expect(readPeer(1, { user: { name: '' } })).toBeNull();
    const p = readPeer(7, {
      user: { name: `  ${'x'.repeat(100)}\u0007 `, color: 'red; background:url(x)', team: 3 },
      pointer: { mapId: 'm1', x: 10, y: Infinity },
      selection: { mapId: 'm1', cardIds: ['c1', 42, 'bad id!', ...Array.from({ length: 80 }, (_, i) => `c${i}`)] },
    })!;
    expect(p.name).toHaveLength(40);
    expect(p.color).toBe('#868e96');
    expect(p.team).toBe('');
    expect(p.pointer).toBeNull();
    expect(p.selection?.cardIds[0]).toBe('c1');
    expect(p.selection?.cardIds).toHaveLength(50);
  });

  it('throttles to the latest call', async () => {
    const calls: number[] = [];
    const t = throttle((n: number) => calls.push(n), 40);
    for (let i = 0; i < 10; i++) t(i);
    expect(calls).toEqual([0]);
    await new Promise((r) => setTimeout(r, 80));
    expect(calls).toEqual([0, 9]);
  });
});
