/**
 * A team's own sync server, and whether its door is locked. A stock server (@y/websocket-server,
 * or @hocuspocus/server without an onAuthenticate hook) lets in anyone who can reach it and
 * knows a project's id; Baton sends an access token whenever it connects to one (y-websocket:
 * `?token=`, the way a token-checking hook or a reverse proxy in front of the stock server
 * expects it; Hocuspocus: the provider's token, for its onAuthenticate hook; README, "Team
 * servers"), and then checks whether the server actually looks at it: a second connection with
 * a wrong token, made only to be refused. If that one gets in too, the server accepts anyone,
 * and the panel says so.
 */
import { checkDoorOf, DEFAULT_SERVER_KIND, readServerKind, type DoorCheckOptions, type ServerKind, type TeamDoor } from './transport';

export type { DoorCheckOptions, TeamDoor } from './transport';
export { TEAM_TOKEN_PARAM } from './yWebsocketTransport';

const TOKEN = /^[\x21-\x7e]{1,512}$/;

/** An access token as typed: printable ASCII without spaces, at most 512 characters; '' when none. */
export function readAccessToken(text: string): { ok: true; token: string } | { ok: false } {
  const t = text.trim();
  if (!t) return { ok: true, token: '' };
  return TOKEN.test(t) ? { ok: true, token: t } : { ok: false };
}

/** Call once connected. Opens (and at once closes) one connection with a wrong token. */
export function checkTeamDoor(opts: DoorCheckOptions): Promise<TeamDoor> {
  if (!opts.accessToken) return Promise.resolve('no-token');
  const wrongToken = `baton-door-check-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  return checkDoorOf(opts.kind ?? DEFAULT_SERVER_KIND, { ...opts, wrongToken });
}

// ---- A team project's link (issue 22, item 4) ----

/** What a team project's link names: the server and its kind, the room (the project id) and the token. */
export interface TeamProjectLink {
  readonly kind: ServerKind;
  readonly serverUrl: string;
  readonly room: string;
  readonly accessToken: string;
}

const ROOM = /^[A-Za-z0-9_-]{1,64}$/;
const LINK_TOKEN = 'token';
const TEAM_HASH = '#/team/';

/**
 * The link a teammate opens to get the project: this app's own address with
 * `#/team/<project>?server=<ws(s) URL>&kind=<server kind>&token=<access token>`. All of it sits
 * in the fragment, which browsers never send to the app's web server; the token travels only to
 * the team server. A link without `kind` (made before Hocuspocus) means y-websocket.
 */
export function teamProjectLink(appUrl: string, link: TeamProjectLink): string {
  const base = appUrl.split('#')[0]!;
  const q = new URLSearchParams({ server: link.serverUrl, kind: link.kind });
  if (link.accessToken) q.set(LINK_TOKEN, link.accessToken);
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
  const token = readAccessToken(q.get(LINK_TOKEN) ?? '');
  if (!token.ok) return null;
  const kind = q.has('kind') ? readServerKind(q.get('kind')) : DEFAULT_SERVER_KIND;
  if (!kind) return null;
  return { kind, serverUrl: url.href.replace(/\/+$/, ''), room, accessToken: token.token };
}
