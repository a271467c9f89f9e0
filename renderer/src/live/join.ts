/**
 * Joining a live session: connect a fresh document to the room, receive the project, keep it
 * in this device's IndexedDB under the same project id (merged into the copy already here, if
 * any), and remember the session so the project screen connects the open document itself.
 */
import * as Y from 'yjs';
import { readSnapshot } from '../document/projection';
import { metaMap, ORIGIN, SCHEMA_VERSION } from '../document/schema';
import { sortByOrder } from '../domain/ordering';
import { SESSION_ROOM, type LiveTarget, type PeerUser } from '../domain/live';
import { db } from '../storage/db';
import { restoreProject, saveNewProject, withProjectDoc } from '../storage/projects';
import { connectLive, newParticipantToken } from './connection';
import { rememberSession, saveIdentity, type SavedSession } from './session';
import type { ServerKind } from './transport';

export type JoinProblem = 'refused' | 'bad-content' | 'removed' | 'ended' | 'timeout' | 'empty' | 'newer-version' | 'wrong-project';

export class JoinError extends Error {
  constructor(readonly problem: JoinProblem) {
    super(problem);
  }
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface JoinOptions {
  readonly timeoutMs?: number;
  /** For Node (tests). */
  readonly WebSocketPolyfill?: typeof WebSocket;
  /** A team server's access token: joining a team project by its link (teamServer.ts). */
  readonly accessToken?: string;
  /** The team server's protocol, as its link names it (transport.ts). */
  readonly kind?: ServerKind;
}

export interface Joined {
  readonly session: SavedSession;
  readonly title: string;
  /** The first journey map (by order), to open straight away. */
  readonly firstMapId?: string;
}

export async function joinLiveSession(target: LiveTarget, user: PeerUser, opts: JoinOptions = {}): Promise<Joined> {
  const token = newParticipantToken();
  const doc = new Y.Doc();
  const conn = connectLive(doc, {
    ...target,
    ...user,
    token,
    ...(opts.accessToken ? { accessToken: opts.accessToken } : {}),
    ...(opts.kind ? { kind: opts.kind } : {}),
    ...(opts.WebSocketPolyfill ? { WebSocketPolyfill: opts.WebSocketPolyfill } : {}),
  });
  try {
    try {
      await conn.whenSynced(opts.timeoutMs ?? 15_000);
    } catch (err) {
      const m = (err as Error).message;
      if (conn.state.getState().badContent) throw new JoinError('bad-content');
      throw new JoinError(m === 'removed' || m === 'ended' || m === 'timeout' ? m : 'refused');
    }
    const meta = metaMap(doc);
    const projectId = meta.get('projectId');
    if (typeof projectId !== 'string' || !ID.test(projectId)) throw new JoinError('empty');
    if (target.room !== SESSION_ROOM && target.room !== projectId) throw new JoinError('wrong-project');
    const version = meta.get('schemaVersion');
    if (typeof version === 'number' && version > SCHEMA_VERSION) throw new JoinError('newer-version');
    conn.destroy();
    const snap = readSnapshot(doc);
    const firstMapId = sortByOrder(Object.values(snap.maps))[0]?.id;
    await keepProject(doc, projectId);
    const session: SavedSession =
      opts.accessToken !== undefined
        ? {
            ...target,
            room: projectId,
            ...user,
            projectId,
            token,
            role: 'team',
            ...(opts.accessToken ? { accessToken: opts.accessToken } : {}),
            ...(opts.kind ? { kind: opts.kind } : {}),
          }
        : { ...target, room: projectId, ...user, projectId, token, role: 'participant' };
    rememberSession(session);
    saveIdentity(user);
    return { session, title: snap.info.title, ...(firstMapId ? { firstMapId } : {}) };
  } finally {
    conn.destroy();
    doc.destroy();
  }
}

/** Saves a received project: a new row, or a merge into the copy this device already has. */
async function keepProject(doc: Y.Doc, projectId: string): Promise<void> {
  const existing = await db().projects.get(projectId);
  if (!existing) return saveNewProject(doc, projectId);
  const update = Y.encodeStateAsUpdate(doc);
  await withProjectDoc(projectId, (local) => Y.applyUpdate(local, update, ORIGIN.remote));
  if (existing.deletedAt) await restoreProject(projectId);
}
