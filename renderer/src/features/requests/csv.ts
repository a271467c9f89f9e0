/** Every content request as a spreadsheet (domain/csv.ts: RFC 4180, formula-safe, with a BOM for Excel). */
import type { ProjectSnapshot } from '../../document/projection';
import { toCsv } from '../../domain/csv';
import { safeFileName } from '../../domain/fileName';
import { localDay, priorityOf, ruleOf, sortRequests } from '../../domain/requests';
import { platform } from '../../platform';
import { labelsOf } from './labels';
import { RQ, statusLabel } from './strings';

/** Open requests by priority first (as the board shows them), then the delivered and declined ones. */
export function requestsCsv(s: ProjectSnapshot, today: string): string {
  const rule = ruleOf(s.requestRules);
  const labels = labelsOf(s);
  const list = sortRequests(Object.values(s.contentRequests), 'priority', 'desc', { rule, today, label: () => '' });
  return toCsv(
    RQ.csvHeader,
    list.map((r) => {
      const p = priorityOf(r, rule, today);
      return [
        r.what,
        r.why,
        labels.stage(r),
        labels.persona(r),
        r.channel,
        labels.team(r),
        r.askedBy,
        r.dueDate,
        r.impact,
        p.urgency,
        p.score,
        statusLabel(r.status),
        r.owner,
        r.delivered,
        r.status === 'declined' ? r.declineReason : '',
        r.createdAt ? localDay(r.createdAt) : '',
      ];
    }),
  );
}

export async function exportRequestsCsv(s: ProjectSnapshot): Promise<string | null> {
  const name = safeFileName(RQ.csvFile(s.info.title), 'csv', 'Content requests');
  const ok = await platform.saveFile(name, new TextEncoder().encode(requestsCsv(s, localDay(Date.now()))), 'text/csv;charset=utf-8', 'csv');
  return ok ? RQ.exported(name) : null;
}
