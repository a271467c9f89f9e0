/**
 * What the room agreed, as a spreadsheet: every action item (who owns it, the team, the due
 * date, open or done, where it came from) and every decision, each with the day and the
 * session it was agreed in. domain/csv.ts writes it (RFC 4180, formula-safe, a BOM for Excel);
 * the Export menu offers it through the workshop module's `report.exports`.
 */
import type { ProjectSnapshot } from '../../document/projection';
import { toCsv } from '../../domain/csv';
import { safeFileName } from '../../domain/fileName';
import { isoDate } from '../../domain/workshop/sessions';
import type { ActionItem, Decision } from '../../domain/workshop/records';
import { SHARED_OWNER } from '../../domain/types';
import type { ExportItem } from '../../shared/report';
import { platform } from '../../platform';
import { U } from '../../i18n/ui';
import { WX } from './exportStrings';

const byTime = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Actions first, then decisions, each in the order they were agreed. */
export function actionsCsv(s: ProjectSnapshot): string {
  const session = (id: string) => (id ? s.sessions[id] : undefined);
  const team = (id: string) => (id === SHARED_OWNER ? U.fields.shared : id ? (s.teams[id]?.name ?? '') : '');
  const day = (x: { sessionId: string; createdAt: number }) => session(x.sessionId)?.date || (x.createdAt ? isoDate(x.createdAt) : '');
  const actionSource = (a: ActionItem) => {
    const q = a.questionId ? s.questions[a.questionId] : undefined;
    if (q) return WX.fromQuestion(q.text);
    const card = a.cardId ? s.cards[a.cardId] : undefined;
    if (card) return WX.fromCard(card.text);
    return session(a.sessionId) ? WX.agreedInSession : WX.addedOutside;
  };
  const actions = Object.values(s.actionItems)
    .sort(byTime)
    .map((a) => [
      WX.action,
      a.title,
      a.owner,
      team(a.teamId),
      a.dueDate,
      a.status === 'done' ? WX.done : WX.open,
      day(a),
      session(a.sessionId)?.title ?? '',
      actionSource(a),
    ]);
  const decisions = Object.values(s.decisions)
    .sort(byTime)
    .map((d: Decision) => [
      WX.decision,
      d.text,
      '',
      '',
      '',
      WX.decided,
      day(d),
      session(d.sessionId)?.title ?? '',
      session(d.sessionId) ? WX.decidedInSession : WX.recordedOutside,
    ]);
  return toCsv(WX.header, [...actions, ...decisions]);
}

export async function exportActionsCsv(s: ProjectSnapshot): Promise<string | null> {
  const name = safeFileName(WX.file(s.info.title || WX.untitledProject), 'csv', 'Actions and decisions');
  const ok = await platform.saveFile(name, new TextEncoder().encode(actionsCsv(s)), 'text/csv;charset=utf-8', 'csv');
  return ok ? WX.saved(name) : null;
}

export const actionsExport: ExportItem = { id: 'actions-csv', label: WX.menu, progress: WX.making, run: exportActionsCsv };
