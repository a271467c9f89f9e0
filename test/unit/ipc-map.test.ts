/**
 * The IPC map (renderer/src/platform/ipc.ts) types both ends: what window.baton's functions
 * take and answer, and what the main process's handlers must answer. The `@ts-expect-error`
 * lines are the test (the type-check fails if one of them compiles); the runtime part checks
 * the map against the channels the shell really has.
 */
import { describe, expect, it } from 'vitest';
import type { BatonDesktopApi, LiveHostSession } from '../../renderer/src/platform/contract';
import type { TypedIpcMain } from '../../electron/main/ipc';
import { IPC, type Invoke } from '../../renderer/src/platform/ipc';

const session: LiveHostSession = {
  projectId: 'p',
  host: '127.0.0.1',
  port: 1,
  url: 'http://127.0.0.1:1/',
  urls: [],
  joinCode: 'x',
  wsUrl: 'ws://127.0.0.1:1/sync',
  hostToken: 't',
  locked: false,
};

describe('the IPC map', () => {
  it('types the renderer’s side: arguments and results of every call', async () => {
    const start: Invoke<typeof IPC.liveStart> = async (req) => ({ ...session, projectId: req.projectId });
    // @ts-expect-error starting a session answers the session, never null
    const startsNothing: Invoke<typeof IPC.liveStart> = async () => null;
    // @ts-expect-error saveFile answers whether it saved, not the path
    const savesPath: BatonDesktopApi['saveFile'] = async () => '/tmp/x.baton';
    // @ts-expect-error openExternal takes the URL as a string
    const opensNumber: BatonDesktopApi['openExternal'] = async (url: number) => void url;
    expect((await start({ projectId: 'q', host: '127.0.0.1', port: 0 })).projectId).toBe('q');
    expect([startsNothing, savesPath, opensNumber].every((f) => typeof f === 'function')).toBe(true);
  });

  it('types the main process’s side: unknown arguments, the map’s result', () => {
    const ipc: TypedIpcMain = { handle: () => undefined };
    ipc.handle(IPC.liveCurrent, async () => null);
    ipc.handle(IPC.saveFile, async (_event, request) => typeof request === 'object');
    // @ts-expect-error a save answers true or false
    ipc.handle(IPC.saveFile, async () => 'saved');
    // @ts-expect-error the arguments are unknown until checked, not what the renderer claims
    ipc.handle(IPC.openExternal, async (_event, url: string) => void url.length);
    // @ts-expect-error a channel outside the map has no handler
    ipc.handle('baton:anything', async () => undefined);
    expect(Object.values(IPC).every((c) => c.startsWith('baton:'))).toBe(true);
  });

  it('names each channel once', () => {
    const channels = Object.values(IPC);
    expect(new Set(channels).size).toBe(channels.length);
  });
});
