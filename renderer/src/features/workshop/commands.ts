/** Workshop commands that do more than one action: start a session with a saved version, open the presenter view. */
import type * as Y from 'yjs';
import { startSession } from '../../document/actions/workshop/sessions';
import { startAgendaItem } from '../../document/actions/workshop/timers';
import { getRecord } from '../../document/schema';
import { presenterWindowOpener } from '../../platform';
import { takeSnapshot } from '../../storage/snapshots';
import { report, showToast } from '../../ui/toasts';
import { W } from './strings';

/** Starts a session and saves a version of the project ("Session started: …") to go back to. */
export function startSessionCommand(doc: Y.Doc, projectId: string, sessionId: string): boolean {
  const title = String(getRecord(doc, 'sessions', sessionId)?.get('title') ?? '');
  const r = startSession(doc, sessionId);
  if (!report(r)) return false;
  void takeSnapshot(projectId, doc, W.snapshotLabel(title)).catch(() => undefined);
  showToast(W.sessionStarted(title));
  return true;
}

/** Starts an agenda item; a planned session is started first (the room has begun). */
export function startItemCommand(
  doc: Y.Doc,
  projectId: string,
  sessionId: string,
  itemId: string,
): void {
  if (getRecord(doc, 'sessions', sessionId)?.get('status') !== 'running') {
    if (!startSessionCommand(doc, projectId, sessionId)) return;
  }
  report(startAgendaItem(doc, itemId));
}

/** The presenter view's address (a route of this app, opened in a second window). */
export const presenterRoute = (projectId: string) => `#/p/${projectId}/workshop/present`;

/**
 * Opens the presenter view: the desktop shell puts it on a second display when it can; a
 * browser opens a new window (the facilitator drags it to the projector and chooses Full screen).
 */
export function openPresenter(projectId: string): void {
  const route = presenterRoute(projectId);
  const desktop = presenterWindowOpener();
  if (desktop) return desktop(route);
  const url = `${location.origin}${location.pathname}${location.search}${route}`;
  const w = window.open(url, `baton-presenter-${projectId}`, 'popup,width=1280,height=720');
  if (!w) showToast(`${W.presenterBlocked} ${url}`, { tone: 'error' });
}
