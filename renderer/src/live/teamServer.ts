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
