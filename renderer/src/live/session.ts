/**
 * The live session of this window: at most one connection, for the open project.
 *
 * What is kept where:
 * - The session (server, room, code, this device's token, name) is kept in sessionStorage
 *   per project, so a reload of this tab reconnects by itself; it is never saved with the
 *   project or exported, and a new tab starts outside the session.
 * - The person's name, team and colour are a local setting (Dexie settings), offered again
 *   next time.
 * - Presence (pointer, selection) is never saved anywhere.
 */
import type * as Y from 'yjs';
import { createStore } from 'zustand/vanilla';
import type { LiveTarget, PeerUser } from '../domain/live';
import type { LiveHostParticipant, LiveHostSession } from '../platform/contract';
import { getSetting, putSetting } from '../storage/db';
import { connectLive, type LiveConnection } from './connection';
import { checkTeamDoor, type TeamDoor } from './teamServer';
import { readServerKind, type ServerKind } from './transport';

export type LiveRole = 'host' | 'participant' | 'team';

export interface SavedSession extends LiveTarget, PeerUser {
  readonly projectId: string;
  readonly token: string;
  readonly role: LiveRole;
  /** A team server's access token (role 'team'), kept with the session like the join code. */
  readonly accessToken?: string;
  /** The protocol of the server (transport.ts); y-websocket when not named. */
  readonly kind?: ServerKind;
}

export interface LiveSessionState {
  readonly projectId: string | null;
  readonly session: SavedSession | null;
  readonly connection: LiveConnection | null;
  /** Only in the host's window: the running server as the shell reports it. */
  readonly hosting: LiveHostSession | null;
  readonly participants: readonly LiveHostParticipant[];
  /** For a team server: whether it checks who comes in (null until known). */
  readonly teamDoor: TeamDoor | null;
}

export const liveSession = createStore<LiveSessionState>(() => ({
  projectId: null,
  session: null,
  connection: null,
  hosting: null,
  participants: [],
  teamDoor: null,
}));

const KEY = (projectId: string) => `baton-live:${projectId}`;

function storage(): Storage | null {
  try {
    return typeof sessionStorage !== 'undefined' ? sessionStorage : null;
  } catch {
    return null;
  }
}

export function rememberSession(s: SavedSession): void {
  storage()?.setItem(KEY(s.projectId), JSON.stringify(s));
}

export function rememberedSession(projectId: string): SavedSession | null {
  try {
    const raw = storage()?.getItem(KEY(projectId));
    if (!raw) return null;
    const s = JSON.parse(raw) as SavedSession;
    return s &&
      s.projectId === projectId &&
      typeof s.serverUrl === 'string' &&
      typeof s.token === 'string' &&
      (s.kind === undefined || readServerKind(s.kind))
      ? s
      : null;
  } catch {
    return null;
  }
}

export function forgetSession(projectId: string): void {
  storage()?.removeItem(KEY(projectId));
}

/** Connects the open project's document and makes it this window's session. */
export function startLive(doc: Y.Doc, session: SavedSession, WebSocketPolyfill?: typeof WebSocket): LiveConnection {
  stopLive();
  const connection = connectLive(doc, { ...session, ...(WebSocketPolyfill ? { WebSocketPolyfill } : {}) });
  rememberSession(session);
  liveSession.setState({ projectId: session.projectId, session, connection, teamDoor: null });
  if (session.role === 'team') watchTeamDoor(connection, session, WebSocketPolyfill);
  return connection;
}

/** Once connected to a team server, checks whether it lets anyone in (teamServer.ts). */
function watchTeamDoor(connection: LiveConnection, session: SavedSession, WebSocketPolyfill?: typeof WebSocket) {
  const unsub = connection.state.subscribe((s) => {
    if (s.status !== 'connected') return;
    unsub();
    void checkTeamDoor({
      ...(session.kind ? { kind: session.kind } : {}),
      serverUrl: session.serverUrl,
      room: session.room,
      accessToken: session.accessToken ?? '',
      ...(WebSocketPolyfill ? { WebSocketPolyfill } : {}),
    }).then((teamDoor) => {
      if (liveSession.getState().connection === connection) liveSession.setState({ teamDoor });
    });
  });
}

/** Disconnects (the session is still remembered: reopening the project reconnects). */
export function stopLive(): void {
  const { connection } = liveSession.getState();
  connection?.destroy();
  liveSession.setState({ projectId: null, session: null, connection: null, teamDoor: null });
}

/** Leaves for good: disconnects and forgets, so reopening the project stays offline. */
export function leaveLive(): void {
  const { session } = liveSession.getState();
  if (session) forgetSession(session.projectId);
  stopLive();
  liveSession.setState({ hosting: null, participants: [] });
}

const IDENTITY = 'liveIdentity';

export async function savedIdentity(): Promise<Partial<PeerUser>> {
  try {
    const v = await getSetting<Partial<PeerUser>>(IDENTITY);
    return v && typeof v === 'object' ? v : {};
  } catch {
    return {};
  }
}

export function saveIdentity(user: PeerUser): void {
  void putSetting(IDENTITY, { name: user.name, team: user.team, color: user.color }).catch(() => undefined);
}
