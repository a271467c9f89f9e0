/** The list: a table of requests, sortable by each column (a button in its header), filtered above. */
import { useStore } from 'zustand';
import {
  isOpen,
  isOverdue,
  priorityOf,
  sortRequests,
  SORT_KEYS,
  type ContentRequest,
  type PriorityRule,
  type SortKey,
} from '../../domain/requests';
import { useProject } from '../../shared/ProjectContext';
import { DueText } from './Board';
import { requestsUi, useLabels } from './hooks';
import { RQ, statusLabel } from './strings';

export function RequestList({ requests, rule, today, selectedId }: { requests: readonly ContentRequest[]; rule: PriorityRule; today: string; selectedId?: string }) {
  const projectId = useProject((s) => s.info.projectId);
  const sort = useStore(requestsUi, (s) => s.sort);
  const labels = useLabels();
  const sorted = sortRequests(requests, sort.key, sort.dir, { rule, today, label: (k, r) => labels[k](r) });
  const toggle = (key: SortKey) =>
    requestsUi.setState((s) => ({
      sort: s.sort.key === key ? { key, dir: s.sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'priority' ? 'desc' : 'asc' },
    }));
  return (
    <div className="rq-table-wrap">
      <table className="rq-table" data-testid="rq-list">
        <caption className="visually-hidden">{RQ.section}</caption>
        <thead>
          <tr>
            {SORT_KEYS.map((key) => (
              <th
                key={key}
                scope="col"
                aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                className={key === 'priority' ? 'rq-num' : undefined}
              >
                <button type="button" className="rq-sort" onClick={() => toggle(key)} aria-label={RQ.sortBy(RQ.columns[key]!)}>
                  {RQ.columns[key]}
                  <span aria-hidden className="rq-sort-mark">
                    {sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => {
            const p = priorityOf(r, rule, today);
            const open = isOpen(r.status);
            return (
              <tr key={r.id} className={`${r.id === selectedId ? 'selected' : ''}${isOverdue(r, today) ? ' overdue' : ''}`} data-testid="rq-row">
                <td dir="auto">
                  <a href={`#/p/${projectId}/requests/${r.id}`} data-request-focus={r.id}>
                    {r.what}
                  </a>
                </td>
                <td dir="auto">{labels.stage(r) || RQ.none}</td>
                <td dir="auto">{labels.persona(r) || RQ.none}</td>
                <td dir="auto">{labels.team(r) || RQ.none}</td>
                <td>{statusLabel(r.status)}</td>
                <td className="rq-num" title={open ? RQ.explain(p, rule) : undefined}>
                  {open ? p.score : RQ.none}
                </td>
                <td>
                  <DueText request={r} today={today} />
                </td>
                <td dir="auto">{r.owner || RQ.none}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
