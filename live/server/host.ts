/**
 * The live-session host as the desktop app's main process uses it: one session at a time,
 * with arguments checked (they come from the renderer over IPC) and answers in the plain
 * shapes of renderer/src/platform/contract.ts (LiveHostApi, typed by the IPC map in
 * renderer/src/platform/ipc.ts). The main process only forwards:
 *
 *   const host = createLiveHost({ webRoot: rendererRoot });
 *   ipcMain.handle('baton:live-start', (e, req) => (assertTrustedSender(e), host.start(req)));
 *   …one handler per method…; host.onParticipants((list) => win.webContents.send('baton:live-participants', list));
 *   app.on('before-quit', () => void host.end());
 */
import { networkInterfaces } from 'node:os';
import type { LiveHostParticipant, LiveHostSession } from '../../renderer/src/platform/contract';
import { startLiveServer, type LiveServer, type LiveServerOptions, type ParticipantInfo } from './index';

/** A session and a participant as the host's window sees them: the platform contract's shapes
 * (the IPC map's results), not a copy of them. */
export type HostedSession = LiveHostSession;
export type HostedParticipant = LiveHostParticipant;

export interface LiveHost {
  addresses(): Promise<string[]>;
  start(req: unknown): Promise<HostedSession>;
  current(): Promise<HostedSession | null>;
  setLocked(locked: unknown): Promise<HostedSession>;
  remove(participantId: unknown): Promise<HostedSession>;
  end(): Promise<void>;
  onParticipants(listener: (list: HostedParticipant[]) => void): () => void;
}

const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** IPv4 addresses of this computer's networks (not loopback). */
export function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  }
  return out;
}

/** Checks a start request from the renderer; throws a sentence for the user. */
export function checkStartRequest(req: unknown, allowedHosts: readonly string[]): { projectId: string; host: string; port: number } {
  const r = (req ?? {}) as Record<string, unknown>;
  if (typeof r.projectId !== 'string' || !PROJECT_ID.test(r.projectId)) throw new Error('That is not a project of this app.');
  if (typeof r.host !== 'string' || !allowedHosts.includes(r.host)) throw new Error('Choose one of the addresses of this computer.');
  const port = r.port;
  if (typeof port !== 'number' || !Number.isInteger(port) || (port !== 0 && (port < 1024 || port > 65535))) {
    throw new Error('Choose a port from 1024 to 65535.');
  }
  return { projectId: r.projectId, host: r.host, port };
}

export function createLiveHost(
  base: Pick<LiveServerOptions, 'webRoot' | 'allowedOrigins' | 'codeBytes' | 'maxMessageBytes'> = {},
): LiveHost {
  let server: LiveServer | null = null;
  const listeners = new Set<(list: HostedParticipant[]) => void>();

  const shape = (s: LiveServer): HostedSession => ({
    projectId: s.projectId,
    host: s.host,
    port: s.port,
    url: s.url,
    urls: [...s.urls],
    joinCode: s.joinCode,
    wsUrl: s.wsUrl,
    hostToken: s.hostToken,
    locked: s.locked,
  });
  const running = (): LiveServer => {
    if (!server) throw new Error('No live session is running.');
    return server;
  };
  const tell = (list: ParticipantInfo[]) => {
    const plain = list.map(({ id, name, team, color, host, address, connections }) => ({ id, name, team, color, host, address, connections }));
    for (const l of listeners) l(plain);
  };

  return {
    async addresses() {
      return lanAddresses();
    },
    async start(req) {
      const { projectId, host, port } = checkStartRequest(req, ['0.0.0.0', '127.0.0.1', ...lanAddresses()]);
      if (server) await this.end();
      try {
        server = await startLiveServer({ ...base, host, port, projectId });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException)?.code;
        const cause = { cause: err };
        if (code === 'EADDRINUSE') throw new Error(`Port ${port} is already in use on this computer. Choose another.`, cause);
        if (code === 'EACCES') throw new Error(`This computer does not allow Baton to use port ${port}. Choose another.`, cause);
        if (code === 'EADDRNOTAVAIL') throw new Error('That address is not available on this computer any more.', cause);
        throw err;
      }
      server.events.on('participants', tell);
      server.events.on('ended', () => tell([]));
      return shape(server);
    },
    async current() {
      return server ? shape(server) : null;
    },
    async setLocked(locked) {
      const s = running();
      if (locked === true) s.lock();
      else if (locked === false) s.unlock();
      else throw new Error('Lock or unlock?');
      return shape(s);
    },
    async remove(participantId) {
      const s = running();
      if (typeof participantId !== 'string' || participantId.length > 100) throw new Error('No such participant.');
      s.removeParticipant(participantId);
      return shape(s);
    },
    async end() {
      const s = server;
      server = null;
      if (s) await s.end();
    },
    onParticipants(listener) {
      listeners.add(listener);
      if (server) listener(server.participants().map(({ id, name, team, color, host, address, connections }) => ({ id, name, team, color, host, address, connections })));
      return () => listeners.delete(listener);
    },
  };
}
