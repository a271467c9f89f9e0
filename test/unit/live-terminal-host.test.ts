/**
 * `npm run host` (issue 22, item 3): its flags, what the terminal prints for a session, the
 * renderer's side of hosting from a browser page, and that scripts/host.mjs runs before npm ci.
 * The whole path (a browser hosts, a laptop and a phone join) is test/e2e/live-terminal-host.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHostArgs } from '../../live/terminal/cli';
import { sessionText, TERMINAL_HOST_META as SERVER_META, API_PATH } from '../../live/terminal/host';
import { TERMINAL_HOST_META, terminalHostPath, terminalLiveHost } from '../../renderer/src/platform/terminalHost';

const ROOT = resolve(import.meta.dirname, '../..');

describe('npm run host: flags', () => {
  it('listens on every network when there is one, else on this computer only; port 5300, page 5173', () => {
    expect(parseHostArgs([], ['192.168.1.20'])).toEqual({ address: '0.0.0.0', port: 5300, appPort: 5173 });
    expect(parseHostArgs([], [])).toEqual({ address: '127.0.0.1', port: 5300, appPort: 5173 });
    expect(parseHostArgs(['--address', '192.168.1.20', '--port=5400', '--app-port', '0'], ['192.168.1.20'])).toEqual({
      address: '192.168.1.20',
      port: 5400,
      appPort: 0,
    });
    // `npm start -- --host` passes its own flag along.
    expect(parseHostArgs(['--host', '--port', '0'], [])).toEqual({ address: '127.0.0.1', port: 0, appPort: 5173 });
  });

  it('refuses addresses of other computers, bad ports and unknown flags, in a sentence', () => {
    expect(() => parseHostArgs(['--address', '10.0.0.9'], ['192.168.1.20'])).toThrow(/not an address of this computer.*192\.168\.1\.20/);
    expect(() => parseHostArgs(['--port', '80'], [])).toThrow(/1024 to 65535/);
    expect(() => parseHostArgs(['--port', 'abc'], [])).toThrow(/1024 to 65535/);
    expect(() => parseHostArgs(['--port'], [])).toThrow(/needs a value/);
    expect(() => parseHostArgs(['--bind', 'x'], [])).toThrow(/Unknown option --bind/);
  });
});

describe('npm run host: what the terminal prints', () => {
  const session = {
    projectId: 'p1',
    host: '0.0.0.0',
    port: 5300,
    url: 'http://192.168.1.20:5300/?code=abc#/join/p1',
    urls: ['http://192.168.1.20:5300/?code=abc#/join/p1', 'http://127.0.0.1:5300/?code=abc#/join/p1'],
    joinCode: 'abc',
    wsUrl: 'ws://127.0.0.1:5300/sync',
    hostToken: 'secret-host-token',
    locked: false,
  };
  it('the join link, the code, a QR code and every address; never the host token', async () => {
    const text = await sessionText(session);
    expect(text).toContain('Join link: http://192.168.1.20:5300/?code=abc#/join/p1');
    expect(text).toContain('Code:      abc');
    expect(text).toMatch(/[▀▄█]{10}/);
    expect(text).toContain('    http://127.0.0.1:5300/?code=abc#/join/p1');
    expect(text).not.toContain('secret-host-token');
  });
  it('says so when only this computer can reach the session', async () => {
    expect(await sessionText({ ...session, host: '127.0.0.1' })).toContain('this computer only');
  });
});

describe('hosting from a browser page (renderer/src/platform/terminalHost.ts)', () => {
  const page = (content: string | null) => ({
    querySelector: (sel: string) =>
      content !== null && sel === `meta[name="${TERMINAL_HOST_META}"]` ? ({ getAttribute: () => content } as unknown as Element) : null,
  });
  it('hosts only on a page the terminal marked, at the path it names', () => {
    expect(TERMINAL_HOST_META).toBe(SERVER_META);
    expect(terminalHostPath(page(API_PATH))).toBe('/baton-host/');
    expect(terminalHostPath(page(null))).toBeNull();
    expect(terminalHostPath(page('https://elsewhere.example/'))).toBeNull();
  });
  it('sends same-origin JSON and turns refusals into sentences', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const answers = [
      new Response(JSON.stringify({ ok: true, value: { locked: true } }), { status: 200 }),
      new Response(JSON.stringify({ ok: false, message: 'Port 5300 is already in use on this computer. Choose another.' }), { status: 200 }),
      new Response('Open the host link the terminal shows.', { status: 401 }),
    ];
    const api = terminalLiveHost('/baton-host/', (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return answers.shift()!;
    }) as unknown as typeof fetch);
    expect(await api.setLocked(true)).toEqual({ locked: true });
    expect(calls[0]).toMatchObject({ url: '/baton-host/setLocked', init: { method: 'POST', credentials: 'same-origin', body: '{"arg":true}' } });
    await expect(api.start({ projectId: 'p1', host: '0.0.0.0', port: 5300 })).rejects.toThrow('Port 5300 is already in use');
    await expect(api.current()).rejects.toThrow('Open the host link');
    const gone = terminalLiveHost('/baton-host/', (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    await expect(gone.end()).rejects.toThrow(/npm run host/);
  });
});

describe('scripts/host.mjs', () => {
  it('is `npm run host`, and imports only Node built-ins and the bootstrap (it runs before npm ci)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.host).toBe('node scripts/host.mjs');
    const text = readFileSync(join(ROOT, 'scripts/host.mjs'), 'utf8');
    const specs = [...text.matchAll(/^\s*import\s+(?:[\s\S]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    expect(specs.filter((s) => !s.startsWith('node:') && !builtinModules.includes(s) && s !== './bootstrap.mjs')).toEqual([]);
    expect(readFileSync(join(ROOT, 'scripts/start.mjs'), 'utf8')).toMatch(/args\.includes\('--host'\)[\s\S]*import\('\.\/host\.mjs'\)/);
  });
});
