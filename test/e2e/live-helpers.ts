/**
 * Live-session helpers for the end-to-end tests: the test (Node) starts the live server on
 * 127.0.0.1 with a seeded project and serves the built web app from it, as the desktop app's
 * main process does; browser contexts join through its link like people in the room.
 */
import { refusalSentence } from '../../renderer/src/i18n/refusals';
import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import * as Y from 'yjs';
import { startLiveServer, type LiveServer } from '../../live/server';
import { createLiveHost, type LiveHost } from '../../live/server/host';
import { addCard, addMap, initProject } from '../../renderer/src/document/actions';
import { createSession as createWorkshopSession, startSession as startWorkshopSession } from '../../renderer/src/document/actions/workshop/sessions';
import { startVoteRound } from '../../renderer/src/document/actions/workshop/votes';
import { readSnapshot } from '../../renderer/src/document/projection';

/** The web build these tests serve (the same folder as the rest of the e2e run). */
export const WEB_ROOT = resolve(process.env.BATON_WEB_ROOT ?? 'out/renderer');

/** A project with one B2B map, as the host has it when the session starts. */
export function seedProject(title = 'Acme alignment') {
  const projectId = `live-${Math.random().toString(36).slice(2, 10)}`;
  const doc = new Y.Doc();
  initProject(doc, projectId, title);
  const map = addMap(doc, 'Enterprise buyer', 'b2b');
  if (!map.ok) throw new Error(refusalSentence(map.refusal));
  return { projectId, mapId: map.value, state: Y.encodeStateAsUpdate(doc) };
}

/**
 * A project whose workshop session is running with an open dot vote on the pain points,
 * which already hold two cards: what the room has when the facilitator asks people to vote.
 */
export function seedVotingProject() {
  const projectId = `live-${Math.random().toString(36).slice(2, 10)}`;
  const doc = new Y.Doc();
  initProject(doc, projectId, 'Voting room');
  const map = addMap(doc, 'Enterprise buyer', 'b2b');
  if (!map.ok) throw new Error(refusalSentence(map.refusal));
  const mapId = map.value;
  const stages = Object.values(readSnapshot(doc).stages).filter((s) => s.mapId === mapId);
  const pains = Object.values(readSnapshot(doc).lanes).find((l) => l.mapId === mapId && l.kind === 'pains')!;
  const first = stages.sort((a, b) => a.order - b.order)[0]!;
  addCard(doc, { mapId, stageId: first.id, laneId: pains.id }, 'Nobody calls back after the demo');
  addCard(doc, { mapId, stageId: first.id, laneId: pains.id }, 'Pricing page is confusing');
  const session = createWorkshopSession(doc, { title: 'Alignment workshop' });
  if (!session.ok) throw new Error(refusalSentence(session.refusal));
  startWorkshopSession(doc, session.value);
  const round = startVoteRound(doc, { sessionId: session.value, mapId, laneIds: [pains.id], dots: 2, private: false });
  if (!round.ok) throw new Error(refusalSentence(round.refusal));
  return { projectId, mapId, state: Y.encodeStateAsUpdate(doc) };
}

export async function startVotingSession(): Promise<{ server: LiveServer; projectId: string; mapId: string }> {
  const seed = seedVotingProject();
  const server = await startLiveServer({ host: '127.0.0.1', port: 0, projectId: seed.projectId, webRoot: WEB_ROOT, initialState: seed.state });
  return { server, projectId: seed.projectId, mapId: seed.mapId };
}

export async function startSession(title?: string): Promise<{ server: LiveServer; projectId: string; mapId: string }> {
  const seed = seedProject(title);
  const server = await startLiveServer({ host: '127.0.0.1', port: 0, projectId: seed.projectId, webRoot: WEB_ROOT, initialState: seed.state });
  return { server, projectId: seed.projectId, mapId: seed.mapId };
}

/** A person in the room with their own browser (own IndexedDB) opens the link and joins. */
export async function joinAs(browser: Browser, link: string, name: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Join a live session' })).toBeVisible();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your team').selectOption('Sales');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  return { context, page };
}

export async function waitForMap(page: Page) {
  await expect(page.getByRole('application', { name: /Journey map/ })).toBeVisible();
  await expect(page.getByTestId('stage').first()).toBeVisible();
  await expect(page.getByTestId('live-status')).toHaveText('Live');
}

export const card = (page: Page, text: string) => page.getByTestId('card').filter({ hasText: text });

/**
 * Gives a page the desktop shell's hosting API (window.baton.live), backed by the same
 * live/server/host.ts the main process uses, running here in the test's Node. The rest of
 * window.baton is inert. Participants are polled (the real preload pushes them over IPC).
 */
export async function withDesktopHost(context: BrowserContext, baseOrigin: string): Promise<LiveHost> {
  const host = createLiveHost({ webRoot: WEB_ROOT, allowedOrigins: ['app://baton', baseOrigin] });
  await context.exposeBinding('__batonTestLiveHost', (_source, method: string, arg: unknown) => {
    switch (method) {
      case 'addresses':
        return Promise.resolve([]);
      case 'start':
        return host.start(arg);
      case 'current':
        return host.current();
      case 'setLocked':
        return host.setLocked(arg);
      case 'remove':
        return host.remove(arg);
      case 'end':
        return host.end();
      case 'participants':
        return new Promise((resolve) => host.onParticipants((list) => resolve(list))());
      default:
        throw new Error(`unknown ${method}`);
    }
  });
  await context.addInitScript(() => {
    type Call = (method: string, arg?: unknown) => Promise<unknown>;
    const call = (m: string, a?: unknown) => (window as unknown as { __batonTestLiveHost: Call }).__batonTestLiveHost(m, a);
    (window as unknown as { baton: unknown }).baton = {
      version: 'test',
      platform: 'linux',
      saveFile: async () => false,
      openFile: async () => null,
      onMenuCommand: () => () => undefined,
      onOpenFile: () => () => undefined,
      openExternal: async () => undefined,
      live: {
        addresses: () => call('addresses'),
        start: (req: unknown) => call('start', req),
        current: () => call('current'),
        setLocked: (locked: boolean) => call('setLocked', locked),
        remove: (id: string) => call('remove', id),
        end: () => call('end'),
        onParticipants(listener: (list: unknown) => void) {
          const timer = setInterval(() => void call('participants').then(listener, () => undefined), 250);
          return () => clearInterval(timer);
        },
      },
    };
  });
  return host;
}
