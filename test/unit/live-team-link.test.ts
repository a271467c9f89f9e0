/**
 * A team project's link (issue 22, item 4; renderer/src/live/teamServer.ts): it names the
 * server, its kind (y-websocket or Hocuspocus), the room (project id) and the token, all in the
 * fragment, and reads back only what Baton would connect to. The whole path is
 * test/e2e/live-team-link.spec.ts (y-websocket) and test/e2e/live-hocuspocus.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { readTeamProjectLink, teamProjectLink } from '../../renderer/src/live/teamServer';

describe('team project links', () => {
  const link = { kind: 'y-websocket', serverUrl: 'wss://sync.example.com/baton', room: 'proj_123-abc', accessToken: 'our-team-token-0123456789' } as const;

  it('round-trips, on the app’s address, all in the fragment', () => {
    const text = teamProjectLink('http://127.0.0.1:5173/#/p/proj_123-abc/m/m1', link);
    expect(text).toBe('http://127.0.0.1:5173/#/team/proj_123-abc?server=wss%3A%2F%2Fsync.example.com%2Fbaton&kind=y-websocket&token=our-team-token-0123456789');
    expect(new URL(text).search).toBe('');
    expect(readTeamProjectLink(text)).toEqual(link);
    expect(readTeamProjectLink(new URL(text).hash)).toEqual(link);
    expect(readTeamProjectLink(teamProjectLink('app://baton/index.html', { ...link, accessToken: '' }))).toEqual({ ...link, accessToken: '' });
  });

  it('names the kind of server, so a teammate never has to choose', () => {
    const hocus = { ...link, kind: 'hocuspocus' } as const;
    const text = teamProjectLink('http://127.0.0.1:5173/', hocus);
    expect(text).toContain('&kind=hocuspocus&');
    expect(readTeamProjectLink(text)).toEqual(hocus);
    // A link made before Hocuspocus names no kind: it was y-websocket.
    expect(readTeamProjectLink(text.replace('&kind=hocuspocus', ''))).toEqual(link);
    // A kind Baton does not speak is no link at all (not a silent fall-back to y-websocket).
    expect(readTeamProjectLink(text.replace('kind=hocuspocus', 'kind=socket.io'))).toBeNull();
    expect(readTeamProjectLink(text.replace('kind=hocuspocus', 'kind='))).toBeNull();
    expect(readTeamProjectLink(text.replace('kind=hocuspocus', 'kind=HOCUSPOCUS'))).toBeNull();
  });

  it('refuses what it would not connect to', () => {
    const bad = (server: string, room = 'p1', token = 't') => `http://x/#/team/${room}?server=${encodeURIComponent(server)}&token=${encodeURIComponent(token)}`;
    expect(readTeamProjectLink('http://x/#/join/p1?code=abc')).toBeNull();
    expect(readTeamProjectLink(bad('http://sync.example.com'))).toBeNull();
    expect(readTeamProjectLink(bad('javascript:alert(1)'))).toBeNull();
    expect(readTeamProjectLink(bad('wss://user:pw@sync.example.com'))).toBeNull();
    expect(readTeamProjectLink(bad('wss://sync.example.com/?room=other'))).toBeNull();
    expect(readTeamProjectLink(bad('wss://sync.example.com', '../etc'))).toBeNull();
    expect(readTeamProjectLink(bad('wss://sync.example.com', 'p1', 'has space'))).toBeNull();
    expect(readTeamProjectLink(bad('wss://sync.example.com', 'x'.repeat(65)))).toBeNull();
    expect(readTeamProjectLink(bad('wss://sync.example.com'))).toEqual({ kind: 'y-websocket', serverUrl: 'wss://sync.example.com', room: 'p1', accessToken: 't' });
  });
});
