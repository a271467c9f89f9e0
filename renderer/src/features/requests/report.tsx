/**
 * The leadership report's summary: how many content requests, and per stage how much content
 * was requested, delivered and declined. Added to the summary by the requests module.
 */
import type { ProjectSnapshot } from '../../document/projection';
import { countsByStage } from '../../domain/requests';
import type { SummaryEntry } from '../../shared/report';
import { stageOptionsOf } from './labels';
import { RQ } from './strings';

export function requestRowsByStage(s: ProjectSnapshot) {
  const list = Object.values(s.contentRequests);
  const by = countsByStage(list);
  const rows = stageOptionsOf(s)
    .filter((o) => by.has(o.id))
    .map((o) => ({ id: o.id, label: o.label, ...by.get(o.id)! }));
  const known = new Set(rows.map((r) => r.id));
  const loose = list.filter((r) => !known.has(r.stageId));
  if (loose.length) {
    rows.push({
      id: '',
      label: RQ.reportNoStage,
      requested: loose.length,
      asked: 0,
      delivered: loose.filter((r) => r.status === 'delivered').length,
      declined: loose.filter((r) => r.status === 'declined').length,
    });
  }
  return rows;
}

export const requestsSummaryEntry: SummaryEntry = {
  id: 'content-requests',
  order: 30,
  figures: (s) => {
    const n = Object.keys(s.contentRequests).length;
    return n ? [{ value: n, label: RQ.reportFigure(n) }] : [];
  },
  heading: RQ.reportHeading,
  render: (s) => {
    const rows = requestRowsByStage(s);
    if (!rows.length) return null;
    return (
      <table className="rp-table" data-testid="report-requests">
        <thead>
          <tr>
            <th scope="col">{RQ.reportStage}</th>
            <th scope="col" className="rp-num">
              {RQ.reportRequested}
            </th>
            <th scope="col" className="rp-num">
              {RQ.reportDelivered}
            </th>
            <th scope="col" className="rp-num">
              {RQ.reportDeclined}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id || 'none'}>
              <td dir="auto">{r.label}</td>
              <td className="rp-num">{r.requested}</td>
              <td className="rp-num">{r.delivered}</td>
              <td className="rp-num">{r.declined}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  },
};
