/**
 * Live sessions, the pure parts: reading join links and addresses, and reading other
 * people's presence (which arrives from the network, so every field is checked and clipped).
 * No React, Yjs or sockets here.
 */

/** Where a live connection goes: y-websocket's serverUrl and room name, and the code if any. */
export interface LiveTarget {
  readonly serverUrl: string;
  readonly room: string;
  readonly code?: string;
}

/** Baton's live server: sync lives under this path; `session` always means its one project. */
export const SYNC_PATH = '/sync';
export const SESSION_ROOM = 'session';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const CODE = /^[A-Za-z0-9_-]{16,128}$/;

export type LinkReading = { ok: true; target: LiveTarget } | { ok: false; reason: 'not-a-link' | 'no-code' | 'not-a-server' };

/**
 * Reads a join link as the host shows it: http://192.168.1.20:5300/?code=…#/join/<project>.
 * Also accepts it without the project (the room is then "this session's project").
 */
export function readJoinLink(text: string): LinkReading {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, reason: 'not-a-link' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'not-a-link' };
  const code = url.searchParams.get('code') ?? '';
  if (!CODE.test(code)) return { ok: false, reason: 'no-code' };
  const m = /^#\/join\/([A-Za-z0-9_-]{1,64})$/.exec(url.hash);
  const ws = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return { ok: true, target: { serverUrl: `${ws}//${url.host}${SYNC_PATH}`, room: m ? m[1]! : SESSION_ROOM, code } };
}

/** Reads "192.168.1.20:5300" (or with http://) and a code typed by hand. */
export function readAddressAndCode(address: string, code: string): LinkReading {
  const a = address.trim().replace(/\/+$/, '');
  const c = code.trim();
  if (!CODE.test(c)) return { ok: false, reason: 'no-code' };
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(a) ? a : `http://${a}`);
  } catch {
    return { ok: false, reason: 'not-a-link' };
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return { ok: false, reason: 'not-a-link' };
  const ws = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return { ok: true, target: { serverUrl: `${ws}//${url.host}${SYNC_PATH}`, room: SESSION_ROOM, code: c } };
}

/**
 * A team's own y-websocket server (ws:// or wss://, any path): the room is the project's id,
 * so one server can carry many projects.
 */
export function readTeamServer(text: string, projectId: string): LinkReading {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, reason: 'not-a-server' };
  }
  if ((url.protocol !== 'ws:' && url.protocol !== 'wss:') || url.search || url.hash || !ID.test(projectId)) {
    return { ok: false, reason: 'not-a-server' };
  }
  return { ok: true, target: { serverUrl: url.href.replace(/\/+$/, ''), room: projectId } };
}

/** The join link a live server running on this page's own address would give. */
export function linkOfThisPage(location: { protocol: string; host: string; search: string; hash: string }): LinkReading {
  return readJoinLink(`${location.protocol}//${location.host}/${location.search}${location.hash.startsWith('#/join/') ? location.hash : ''}`);
}

// ---- Presence ----

export interface PeerUser {
  readonly name: string;
  readonly team: string;
  readonly color: string;
}

export interface Peer extends PeerUser {
  readonly clientId: number;
  /** Where their pointer is, in the flow coordinates of a map, or null. */
  readonly pointer: { readonly mapId: string; readonly x: number; readonly y: number } | null;
  /** The cards they have selected on a map. */
  readonly selection: { readonly mapId: string; readonly cardIds: readonly string[] } | null;
  /** The screen they are on, e.g. a map id (for "follow"), or ''. */
  readonly mapId: string;
}

export const PRESENCE_COLORS = ['#2f6fdf', '#d9480f', '#2b8a3e', '#ae3ec9', '#c2255c', '#1098ad', '#f08c00', '#5c7cfa'] as const;
export const MAX_NAME = 40;
export const MAX_SELECTION = 50;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/g;
const clip = (v: unknown, max: number) =>
  typeof v === 'string' ? Array.from(v.replace(CONTROL, '').trim()).slice(0, max).join('') : '';
const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e7;
const isColor = (v: unknown): v is string => typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v);

/** A colour for a new participant, spread over the palette. */
export function pickColor(random = Math.random): string {
  return PRESENCE_COLORS[Math.floor(random() * PRESENCE_COLORS.length) % PRESENCE_COLORS.length]!;
}

/** Reads one awareness state from the network; anything odd becomes "nothing". */
export function readPeer(clientId: number, state: unknown): Peer | null {
  if (!state || typeof state !== 'object') return null;
  const s = state as Record<string, unknown>;
  const u = (s.user && typeof s.user === 'object' ? s.user : {}) as Record<string, unknown>;
  const name = clip(u.name, MAX_NAME);
  if (!name) return null;
  const p = s.pointer as Record<string, unknown> | null | undefined;
  const sel = s.selection as Record<string, unknown> | null | undefined;
  const pointer =
    p && typeof p === 'object' && typeof p.mapId === 'string' && ID.test(p.mapId) && finite(p.x) && finite(p.y)
      ? { mapId: p.mapId, x: p.x as number, y: p.y as number }
      : null;
  const selection =
    sel && typeof sel === 'object' && typeof sel.mapId === 'string' && ID.test(sel.mapId) && Array.isArray(sel.cardIds)
      ? {
          mapId: sel.mapId,
          cardIds: sel.cardIds.filter((id): id is string => typeof id === 'string' && ID.test(id)).slice(0, MAX_SELECTION),
        }
      : null;
  return {
    clientId,
    name,
    team: clip(u.team, 60),
    color: isColor(u.color) ? u.color : '#868e96',
    pointer,
    selection,
    mapId: typeof s.mapId === 'string' && ID.test(s.mapId) ? s.mapId : '',
  };
}

/** Everyone else present, in a stable order (by name, then id). */
export function readPeers(states: ReadonlyMap<number, unknown>, selfId: number): Peer[] {
  const out: Peer[] = [];
  for (const [id, st] of states) {
    if (id === selfId) continue;
    const p = readPeer(id, st);
    if (p) out.push(p);
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** Calls `fn` at most every `ms` milliseconds, always with the latest arguments (trailing). */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number, now: () => number = Date.now) {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const run = () => {
    timer = null;
    last = now();
    const args = pending!;
    pending = null;
    fn(...args);
  };
  const call = (...args: A) => {
    pending = args;
    if (timer) return;
    const wait = last + ms - now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  };
  call.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return call;
}
