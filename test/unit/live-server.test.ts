/**
 * The live-session server with real WebSocket and HTTP connections on 127.0.0.1: who gets in,
 * what gets refused before the upgrade, and what happens on removal, lock and end.
 */
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE_ENDED, CLOSE_REMOVED, SESSION_ROOM } from '../../live/server';
import { connectProvider, endAll, get, openRaw, startTestServer, synced, syncUrl, waitFor } from './live-helpers';

const TOKEN_A = 'participant-token-a-0123456789';
const TOKEN_B = 'participant-token-b-0123456789';

afterEach(endAll);

describe('joining a live session', () => {
  it('refuses a WebSocket without a code or with a wrong code, before the upgrade', async () => {
    const s = await startTestServer();
    expect(await openRaw(syncUrl(s))).toEqual({ kind: 'refused', status: 401 });
    expect(await openRaw(syncUrl(s, { code: 'A'.repeat(22) }))).toEqual({ kind: 'refused', status: 401 });
    expect(await openRaw(syncUrl(s, { code: `${s.joinCode}x` }))).toEqual({ kind: 'refused', status: 401 });
    const ok = await openRaw(syncUrl(s, { code: s.joinCode }));
    expect(ok.kind).toBe('open');
    if (ok.kind === 'open') ok.ws.close();
  });

  it('makes join codes unguessable and URL-safe (at least 80 random bits)', async () => {
    const s = await startTestServer({ codeBytes: 4 });
    expect(s.joinCode).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(s.joinCode, 'base64url').length).toBeGreaterThanOrEqual(10);
    const t = await startTestServer();
    expect(Buffer.from(t.joinCode, 'base64url').length).toBe(16);
    expect(t.joinCode).not.toBe(s.joinCode);
    expect(s.url).toBe(`http://127.0.0.1:${s.port}/?code=${s.joinCode}#/join/proj-1`);
  });

  it('blocks an address that tries five wrong codes: 429, even with the right code', async () => {
    const s = await startTestServer();
    for (let i = 0; i < 5; i++) {
      expect(await openRaw(syncUrl(s, { code: `wrong-code-number-${i}-xxxxx` }))).toEqual({ kind: 'refused', status: 401 });
    }
    expect(await openRaw(syncUrl(s, { code: 'wrong-code-number-6-xxxxx' }))).toEqual({ kind: 'refused', status: 429 });
    expect(await openRaw(syncUrl(s, { code: s.joinCode }))).toEqual({ kind: 'refused', status: 429 });
    expect((await get(s.port, `/?code=${s.joinCode}`)).status).toBe(429);
  });

  it('lets the address try again once the block has passed', async () => {
    const s = await startTestServer({ rateLimit: { maxFailures: 2, windowMs: 60_000, blockMs: 300 } });
    await openRaw(syncUrl(s, { code: 'wrong-code-number-1-xxxxx' }));
    await openRaw(syncUrl(s, { code: 'wrong-code-number-2-xxxxx' }));
    expect(await openRaw(syncUrl(s, { code: s.joinCode }))).toEqual({ kind: 'refused', status: 429 });
    await new Promise((r) => setTimeout(r, 400));
    const ok = await openRaw(syncUrl(s, { code: s.joinCode }));
    expect(ok.kind).toBe('open');
    if (ok.kind === 'open') ok.ws.close();
  });

  it('refuses a foreign Origin or Host; accepts its own pages, Baton desktop and native clients', async () => {
    const s = await startTestServer();
    const url = syncUrl(s, { code: s.joinCode });
    expect(await openRaw(url, { Origin: 'http://evil.example' })).toEqual({ kind: 'refused', status: 403 });
    expect(await openRaw(url, { Origin: `http://127.0.0.1:${s.port + 1}` })).toEqual({ kind: 'refused', status: 403 });
    expect(await openRaw(url, { Origin: 'null' })).toEqual({ kind: 'refused', status: 403 });
    // DNS rebinding: a web site's name pointed at this laptop.
    expect(await openRaw(url, { Host: `evil.example:${s.port}` })).toEqual({ kind: 'refused', status: 403 });
    for (const origin of [`http://127.0.0.1:${s.port}`, `http://localhost:${s.port}`, 'app://baton', undefined]) {
      const r = await openRaw(url, origin ? { Origin: origin } : {});
      expect(r.kind, String(origin)).toBe('open');
      if (r.kind === 'open') r.ws.close();
    }
  });

  it('leads only to the session’s project: any other room is refused', async () => {
    const s = await startTestServer();
    expect(await openRaw(syncUrl(s, { code: s.joinCode }, 'another-project'))).toEqual({ kind: 'refused', status: 404 });
    expect(await openRaw(`ws://127.0.0.1:${s.port}/proj-1?code=${s.joinCode}`)).toEqual({ kind: 'refused', status: 404 });
    const alias = await openRaw(syncUrl(s, { code: s.joinCode }, SESSION_ROOM));
    expect(alias.kind).toBe('open');
    if (alias.kind === 'open') alias.ws.close();
  });

  it('gives late joiners the project from its own copy, with no one else connected', async () => {
    const s = await startTestServer();
    const a = new Y.Doc();
    const pa = connectProvider(s, a);
    await synced(pa);
    a.getMap('meta').set('title', 'Acme alignment');
    const serverTitle = () => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, s.state());
      return copy.getMap('meta').get('title');
    };
    await waitFor(() => serverTitle() === 'Acme alignment', 3000, 'server copy');
    pa.destroy();
    const b = new Y.Doc();
    const pb = connectProvider(s, b);
    await synced(pb);
    await waitFor(() => b.getMap('meta').get('title') === 'Acme alignment', 3000, 'late joiner sync');
    pb.destroy();
  });

  it('starts the room from an initial state', async () => {
    const seed = new Y.Doc();
    seed.getMap('meta').set('projectId', 'proj-1');
    const s = await startTestServer({ initialState: Y.encodeStateAsUpdate(seed) });
    const b = new Y.Doc();
    const pb = connectProvider(s, b);
    await synced(pb);
    await waitFor(() => b.getMap('meta').get('projectId') === 'proj-1', 3000, 'seeded state');
    pb.destroy();
  });
});

describe('removing, locking and ending', () => {
  it('disconnects a removed participant, who cannot rejoin with the old code; the others can', async () => {
    const s = await startTestServer();
    const oldCode = s.joinCode;
    const a = new Y.Doc();
    const b = new Y.Doc();
    const pa = connectProvider(s, a, { code: oldCode, pid: TOKEN_A });
    const pb = connectProvider(s, b, { code: oldCode, pid: TOKEN_B });
    pa.awareness.setLocalStateField('user', { name: 'Ana', color: '#2f6fdf', team: 'Sales' });
    pb.awareness.setLocalStateField('user', { name: 'Ben', color: '#e8590c', team: 'Marketing' });
    await synced(pa);
    await synced(pb);
    await waitFor(() => s.participants().filter((p) => p.name).length === 2, 3000, 'two named participants');
    const ana = s.participants().find((p) => p.name === 'Ana')!;
    expect(ana).toMatchObject({ team: 'Sales', color: '#2f6fdf', host: false, connections: 1 });

    const closed: number[] = [];
    pa.on('closed', (e: { code: number }) => closed.push(e.code));
    expect(s.removeParticipant(ana.id)).toBe(true);
    await waitFor(() => closed.length === 1, 3000, 'removed participant closed');
    expect(closed).toEqual([CLOSE_REMOVED]);
    expect(s.joinCode).not.toBe(oldCode);
    await waitFor(() => s.participants().every((p) => p.name !== 'Ana'), 3000, 'list without Ana');

    // Ana with her token, with the old code and a fresh token, with no token: all refused.
    expect(await openRaw(syncUrl(s, { code: oldCode, pid: TOKEN_A }))).toEqual({ kind: 'refused', status: 403 });
    expect(await openRaw(syncUrl(s, { code: s.joinCode, pid: TOKEN_A }))).toEqual({ kind: 'refused', status: 403 });
    expect(await openRaw(syncUrl(s, { code: oldCode, pid: 'a-brand-new-token-0123456789' }))).toEqual({ kind: 'refused', status: 401 });
    // Ben's Wi-Fi drops: he comes back with his token and the old code.
    pb.destroy();
    const again = await openRaw(syncUrl(s, { code: oldCode, pid: TOKEN_B }));
    expect(again.kind).toBe('open');
    if (again.kind === 'open') again.ws.close();
    // Newcomers use the new code.
    const newcomer = await openRaw(syncUrl(s, { code: s.joinCode }));
    expect(newcomer.kind).toBe('open');
    if (newcomer.kind === 'open') newcomer.ws.close();
    pa.destroy();
  });

  it('never removes the host’s own window', async () => {
    const s = await startTestServer();
    const h = connectProvider(s, new Y.Doc(), { pid: s.hostToken });
    await synced(h);
    await waitFor(() => s.participants().length === 1, 3000, 'host listed');
    const host = s.participants()[0]!;
    expect(host.host).toBe(true);
    expect(s.removeParticipant(host.id)).toBe(false);
    expect(s.removeParticipant('p-nobody')).toBe(false);
    h.destroy();
  });

  it('refuses newcomers while locked; people already in may reconnect', async () => {
    const s = await startTestServer();
    const first = await openRaw(syncUrl(s, { code: s.joinCode, pid: TOKEN_A }));
    expect(first.kind).toBe('open');
    if (first.kind === 'open') first.ws.close();
    s.lock();
    expect(s.locked).toBe(true);
    expect(await openRaw(syncUrl(s, { code: s.joinCode, pid: TOKEN_B }))).toEqual({ kind: 'refused', status: 403 });
    expect((await get(s.port, `/?code=${s.joinCode}`)).status).toBe(403);
    const back = await openRaw(syncUrl(s, { code: s.joinCode, pid: TOKEN_A }));
    expect(back.kind).toBe('open');
    if (back.kind === 'open') back.ws.close();
    s.unlock();
    const later = await openRaw(syncUrl(s, { code: s.joinCode, pid: TOKEN_B }));
    expect(later.kind).toBe('open');
    if (later.kind === 'open') later.ws.close();
  });

  it('closes every connection when the session ends, and stops listening', async () => {
    const s = await startTestServer();
    const port = s.port;
    const a = new Y.Doc();
    const pa = connectProvider(s, a);
    await synced(pa);
    const closed: number[] = [];
    pa.on('closed', (e: { code: number }) => closed.push(e.code));
    const raw = await openRaw(syncUrl(s, { code: s.joinCode }));
    expect(raw.kind).toBe('open');
    await s.end();
    await waitFor(() => closed.length === 1, 3000, 'provider told the session ended');
    expect(closed).toEqual([CLOSE_ENDED]);
    expect(await openRaw(`ws://127.0.0.1:${port}/sync/proj-1?code=x`)).toMatchObject({ kind: 'error', code: 'ECONNREFUSED' });
    await expect(get(port, '/')).rejects.toThrow(/ECONNREFUSED/);
    pa.destroy();
  });
});

describe('serving the web build', () => {
  let root: string;
  let webRoot: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'baton-live-'));
    webRoot = join(root, 'web');
    mkdirSync(join(webRoot, 'assets'), { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Baton</title>');
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.txt'), 'secret');
    symlinkSync(join(root, 'secret.txt'), join(webRoot, 'assets', 'link.txt'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses pages without the code; serves them with the code, the CSP and a cookie', async () => {
    const s = await startTestServer({ webRoot });
    for (const path of ['/', '/index.html', '/assets/app.js', '/?code=']) {
      const r = await get(s.port, path);
      expect(r.status, path).toBe(401);
      expect(r.body).not.toContain('<title>');
    }
    expect((await get(s.port, '/?code=not-the-right-code-at-all')).status).toBe(401);
    const page = await get(s.port, `/?code=${s.joinCode}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Baton</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    expect(String(page.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    // The page's own assets come with the cookie alone.
    const js = await get(s.port, '/assets/app.js', { Cookie: cookie });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toContain('text/javascript');
    // The browser's WebSocket carries the same cookie.
    const ws = await openRaw(syncUrl(s), { Cookie: cookie, Origin: `http://127.0.0.1:${s.port}` });
    expect(ws.kind).toBe('open');
    if (ws.kind === 'open') ws.ws.close();
    expect((await get(s.port, '/assets/app.js', { Cookie: 'baton_live_1=forged-cookie-value-123456' })).status).toBe(401);
  });

  it('never serves a file outside the web build', async () => {
    const s = await startTestServer({ webRoot });
    const q = `?code=${s.joinCode}`;
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/link.txt', '/%00']) {
      const r = await get(s.port, path + q);
      expect([400, 403, 404], path).toContain(r.status);
      expect(r.body).not.toContain('secret');
    }
    expect((await get(s.port, `/index.html${q}`, { Host: 'evil.example' })).status).toBe(403);
  });

  it('refuses a removed participant’s browser cookie', async () => {
    const s = await startTestServer({ webRoot });
    const page = await get(s.port, `/?code=${s.joinCode}`);
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    const ws = await openRaw(syncUrl(s), { Cookie: cookie });
    expect(ws.kind).toBe('open');
    await waitFor(() => s.participants().length === 1, 3000, 'listed');
    s.removeParticipant(s.participants()[0]!.id);
    expect((await get(s.port, '/assets/app.js', { Cookie: cookie })).status).toBe(403);
    if (ws.kind === 'open') ws.ws.close();
  });
});
