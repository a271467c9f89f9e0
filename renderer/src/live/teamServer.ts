/**
 * A team's own y-websocket server, and whether its door is locked. The stock server
 * (@y/websocket-server) lets in anyone who can reach it and knows a project's id; Baton sends
 * an access token whenever it connects to one (`?token=`, the way a token-checking hook or a
 * reverse proxy in front of the stock server expects it; README, "Team servers"), and then
 * checks whether the server actually looks at it: a second connection with a wrong token, made
 * only to be refused. If that one gets in too, the server accepts anyone, and the panel says so.
 */

/** The URL parameter that carries the access token. */
export const TEAM_TOKEN_PARAM = 'token';
const TOKEN = /^[\x21-\x7e]{1,512}$/;

/** An access token as typed: printable ASCII without spaces, at most 512 characters; '' when none. */
export function readAccessToken(text: string): { ok: true; token: string } | { ok: false } {
  const t = text.trim();
  if (!t) return { ok: true, token: '' };
  return TOKEN.test(t) ? { ok: true, token: t } : { ok: false };
}

export type TeamDoor =
  /** Connected without a token: the server let us in without asking who we are. */
  | 'no-token'
  /** A connection with a wrong token got in too: the server checks nothing. */
  | 'accepts-anyone'
  /** The wrong token was refused: the server checks its tokens. */
  | 'locked'
  /** The check could not tell (the server went away meanwhile). */
  | 'unknown';

export interface DoorCheckOptions {
  readonly serverUrl: string;
  readonly room: string;
  readonly accessToken: string;
  /** For Node (tests): `WebSocket` from the ws package. */
  readonly WebSocketPolyfill?: typeof WebSocket;
  readonly timeoutMs?: number;
}

/** Call once connected. Opens (and at once closes) one connection with a wrong token. */
export function checkTeamDoor(opts: DoorCheckOptions): Promise<TeamDoor> {
  if (!opts.accessToken) return Promise.resolve('no-token');
  const Impl = opts.WebSocketPolyfill ?? (typeof WebSocket !== 'undefined' ? WebSocket : null);
  if (!Impl) return Promise.resolve('unknown');
  const wrong = `baton-door-check-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const url = `${opts.serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(opts.room)}?${TEAM_TOKEN_PARAM}=${encodeURIComponent(wrong)}`;
  return new Promise<TeamDoor>((resolve) => {
    let done = false;
    let ws: WebSocket;
    const finish = (door: TeamDoor) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        ws.close();
      } catch {
        /* already gone */
      }
      resolve(door);
    };
    const timer = setTimeout(() => finish('unknown'), opts.timeoutMs ?? 5000);
    try {
      ws = new Impl(url);
    } catch {
      finish('unknown');
      return;
    }
    ws.binaryType = 'arraybuffer';
    // The stock server greets every connection with its sync step 1: proof it let us in. A
    // hook that upgrades first and then closes on a bad token closes before saying anything.
    ws.onmessage = () => finish('accepts-anyone');
    // Refused before the upgrade (401/403) or closed at once by a hook: the door is locked.
    ws.onerror = () => finish('locked');
    ws.onclose = () => finish('locked');
  });
}

// ---- A team project's link (issue 22, item 4) ----

/** What a team project's link names: the server, the room (the project id) and the token. */
export interface TeamProjectLink {
  readonly serverUrl: string;
  readonly room: string;
  readonly accessToken: string;
}

const ROOM = /^[A-Za-z0-9_-]{1,64}$/;
const TEAM_HASH = '#/team/';

/**
 * The link a teammate opens to get the project: this app's own address with
 * `#/team/<project>?server=<ws(s) URL>&token=<access token>`. All of it sits in the fragment,
 * which browsers never send to the app's web server; the token travels only to the team server.
 */
export function teamProjectLink(appUrl: string, link: TeamProjectLink): string {
  const base = appUrl.split('#')[0]!;
  const q = new URLSearchParams({ server: link.serverUrl });
  if (link.accessToken) q.set(TEAM_TOKEN_PARAM, link.accessToken);
  return `${base}${TEAM_HASH}${encodeURIComponent(link.room)}?${q.toString()}`;
}

/** Reads a team project's link (or just its fragment); null when it is not one. */
export function readTeamProjectLink(text: string): TeamProjectLink | null {
  const t = text.trim();
  const at = t.indexOf(TEAM_HASH);
  if (at < 0) return null;
  const rest = t.slice(at + TEAM_HASH.length);
  const [roomPart = '', query = ''] = rest.split('?', 2);
  let room: string;
  try {
    room = decodeURIComponent(roomPart);
  } catch {
    return null;
  }
  if (!ROOM.test(room)) return null;
  const q = new URLSearchParams(query);
  const server = q.get('server') ?? '';
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return null;
  }
  if ((url.protocol !== 'ws:' && url.protocol !== 'wss:') || url.search || url.hash || url.username || url.password) return null;
  const token = readAccessToken(q.get(TEAM_TOKEN_PARAM) ?? '');
  if (!token.ok) return null;
  return { serverUrl: url.href.replace(/\/+$/, ''), room, accessToken: token.token };
}
