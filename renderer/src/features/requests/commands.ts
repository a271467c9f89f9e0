/**
 * Moving a request from the board (a drag, an arrow key, the status menu): the same path for
 * every gesture. A move that needs words first (a decline's reason, a delivery's owner) opens
 * the request with that field ready instead of failing silently.
 */
import type * as Y from 'yjs';
import { setRequestStatus } from '../../document/actions/requests';
import { canMove, type ContentRequest, type RequestStatus } from '../../domain/requests';
import { navigate } from '../../ui/router';
import { report } from '../../ui/toasts';
import { requestsUi } from './hooks';

export function openRequest(projectId: string, requestId: string | undefined) {
  navigate({ name: 'project', projectId, section: 'requests', ...(requestId ? { itemId: requestId } : {}) });
}

export function moveRequest(doc: Y.Doc, projectId: string, r: ContentRequest, to: RequestStatus): boolean {
  if (r.status === to) return false;
  if (canMove(r.status, to) && to === 'declined') {
    requestsUi.setState({ ask: { id: r.id, field: 'declineReason' } });
    openRequest(projectId, r.id);
    return false;
  }
  if (canMove(r.status, to) && to === 'delivered' && !r.owner.trim()) {
    report(setRequestStatus(doc, r.id, to));
    requestsUi.setState({ ask: { id: r.id, field: 'owner' } });
    openRequest(projectId, r.id);
    return false;
  }
  return report(setRequestStatus(doc, r.id, to));
}
