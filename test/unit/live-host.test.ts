/**
 * The main process's side of hosting (live/server/host.ts): one session at a time, the
 * renderer's requests checked, plain answers, a sentence when the port is taken.
 */
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkStartRequest, createLiveHost, type LiveHost } from '../../live/server/host';
import { connectProvider, endAll, startTestServer, synced, waitFor } from './live-helpers';

const hosts: LiveHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.end()));
  await endAll();
});

it('checks what the renderer asks for', () => {
  const allowed = ['0.0.0.0', '127.0.0.1'];
  expect(checkStartRequest({ projectId: 'p1', host: '127.0.0.1', port: 5300 }, allowed)).toEqual({ projectId: 'p1', host: '127.0.0.1', port: 5300 });
  expect(() => checkStartRequest({ projectId: '../x', host: '127.0.0.1', port: 5300 }, allowed)).toThrow(/project/);
  expect(() => checkStartRequest({ projectId: 'p1', host: '8.8.8.8', port: 5300 }, allowed)).toThrow(/address/);
  expect(() => checkStartRequest({ projectId: 'p1', host: '127.0.0.1', port: 80 }, allowed)).toThrow(/port/);
  expect(() => checkStartRequest(null, allowed)).toThrow();
});

it('runs one session: start, lock, remove, end; says when the port is taken', async () => {
  const host = createLiveHost();
  hosts.push(host);
  expect(await host.current()).toBeNull();
  const seen: number[] = [];
  host.onParticipants((list) => seen.push(list.length));
  const session = await host.start({ projectId: 'proj-host', host: '127.0.0.1', port: 0 });
  expect(session).toMatchObject({ projectId: 'proj-host', host: '127.0.0.1', locked: false });
  expect(session.url).toContain(`?code=${session.joinCode}#/join/proj-host`);

  const doc = new Y.Doc();
  const fakeServer = { wsUrl: session.wsUrl, projectId: 'proj-host', joinCode: session.joinCode } as Parameters<typeof connectProvider>[0];
  const p = connectProvider(fakeServer, doc, { code: session.joinCode, pid: 'host-test-participant-0123456' });
  p.awareness.setLocalStateField('user', { name: 'Ana' });
  await synced(p);
  await waitFor(() => seen.some((n) => n === 1), 3000, 'participant pushed');
  expect((await host.setLocked(true)).locked).toBe(true);
  await expect(host.setLocked('yes')).rejects.toThrow();

  // Another app already on the port.
  const other = await startTestServer({ projectId: 'proj-other' });
  const second = createLiveHost();
  hosts.push(second);
  await expect(second.start({ projectId: 'proj-host', host: '127.0.0.1', port: other.port })).rejects.toThrow(/already in use/);

  p.destroy();
  await host.end();
  expect(await host.current()).toBeNull();
  await expect(host.remove('p-x')).rejects.toThrow(/No live session/);
});
