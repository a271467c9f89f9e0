/**
 * The board: one column per status. A card moves by drag and drop, by ← and → on its title,
 * or by its status menu; every gesture goes through the same status machine.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import {
  byPriority,
  isOverdue,
  neighbourStatus,
  priorityOf,
  REQUEST_STATUSES,
  canMove,
  daysBetween,
  type ContentRequest,
  type PriorityRule,
  type RequestStatus,
} from '../../domain/requests';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { moveRequest, openRequest } from './commands';
import { formatDay, requestsUi, useLabels, type Labels } from './hooks';
import { RQ, statusLabel } from './strings';

const DRAG_TYPE = 'application/x-baton-request';

export function Board({ requests, rule, today, selectedId }: { requests: readonly ContentRequest[]; rule: PriorityRule; today: string; selectedId?: string }) {
  const hintId = useId();
  return (
    <div className="rq-board-wrap">
      <p className="hint" id={hintId}>
        {RQ.boardHint}
      </p>
      <div className="rq-board" data-testid="rq-board">
        {REQUEST_STATUSES.map((status) => (
          <Column
            key={status}
            status={status}
            requests={byPriority(
              requests.filter((r) => r.status === status),
              rule,
              today,
            )}
            rule={rule}
            today={today}
            hintId={hintId}
            selectedId={selectedId}
          />
        ))}
      </div>
    </div>
  );
}

function Column({
  status,
  requests,
  rule,
  today,
  hintId,
  selectedId,
}: {
  status: RequestStatus;
  requests: readonly ContentRequest[];
  rule: PriorityRule;
  today: string;
  hintId: string;
  selectedId?: string;
}) {
  const doc = useProjectDoc();
  const projectId = useProject((s) => s.info.projectId);
  const all = useProject((s) => s.contentRequests);
  const [over, setOver] = useState(false);
  const labels = useLabels();
  const headingId = useId();
  return (
    <section
      className={`rq-column status-${status}${over ? ' drop-target' : ''}`}
      aria-labelledby={headingId}
      data-testid={`rq-column-${status}`}
      onDragOver={(e) => {
        if (!Array.from(e.dataTransfer.types).includes(DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        setOver(false);
        const id = e.dataTransfer.getData(DRAG_TYPE);
        const r = all[id];
        if (!r) return;
        e.preventDefault();
        moveRequest(doc, projectId, r, status);
      }}
    >
      <h3 id={headingId} className="rq-column-title">
        {RQ.column(status, requests.length)}
      </h3>
      <ul className="rq-cards">
        {requests.map((r) => (
          <li key={r.id}>
            <RequestCard request={r} rule={rule} today={today} labels={labels} hintId={hintId} selected={r.id === selectedId} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DueText({ request, today }: { request: ContentRequest; today: string }) {
  if (!request.dueDate) return null;
  if (isOverdue(request, today))
    return <span className="rq-overdue">⚠ {RQ.overdueBy(-daysBetween(today, request.dueDate))}</span>;
  return <span>{RQ.dueOn(formatDay(request.dueDate))}</span>;
}

function RequestCard({
  request: r,
  rule,
  today,
  labels,
  hintId,
  selected,
}: {
  request: ContentRequest;
  rule: PriorityRule;
  today: string;
  labels: Labels;
  hintId: string;
  selected: boolean;
}) {
  const doc = useProjectDoc();
  const projectId = useProject((s) => s.info.projectId);
  const focusMe = useStore(requestsUi, (s) => s.focusId === r.id);
  const titleRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusMe) return;
    titleRef.current?.focus();
    requestsUi.setState({ focusId: '' });
  }, [focusMe]);
  const p = priorityOf(r, rule, today);
  const open = r.status !== 'delivered' && r.status !== 'declined';
  const stage = labels.stage(r);
  const persona = labels.persona(r);
  const team = labels.team(r);
  const move = (to: RequestStatus) => {
    if (moveRequest(doc, projectId, r, to)) requestsUi.setState({ focusId: r.id });
  };
  return (
    <article
      className={`rq-card${selected ? ' selected' : ''}${isOverdue(r, today) ? ' overdue' : ''}`}
      data-testid="rq-card"
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, r.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <button
        ref={titleRef}
        type="button"
        className="rq-card-title"
        data-request-focus={r.id}
        dir="auto"
        aria-describedby={hintId}
        aria-label={RQ.openRequest(r.what)}
        onClick={() => openRequest(projectId, r.id)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
          e.preventDefault();
          const to = neighbourStatus(r.status, e.key === 'ArrowLeft' ? -1 : 1);
          if (to) move(to);
        }}
      >
        {r.what}
      </button>
      {(stage || persona) && (
        <p className="rq-card-line" dir="auto">
          {[stage, persona].filter(Boolean).join(' · ')}
        </p>
      )}
      {(team || r.askedBy) && (
        <p className="rq-card-line meta" dir="auto">
          {RQ.filedBy(r.askedBy, team)}
        </p>
      )}
      <p className="rq-card-line">
        {open && (
          <span className="rq-priority" title={RQ.explain(p, rule)}>
            {RQ.priorityShort(p.score)}
          </span>
        )}{' '}
        <DueText request={r} today={today} />
      </p>
      {r.owner && <p className="rq-card-line meta">{RQ.ownerShort(r.owner)}</p>}
      {r.status === 'declined' && r.declineReason && (
        <p className="rq-card-line meta" dir="auto">
          {RQ.declinedBecause(r.declineReason)}
        </p>
      )}
      <select className="rq-card-status" value={r.status} aria-label={RQ.statusOf(r.what)} onChange={(e) => move(e.target.value as RequestStatus)}>
        {REQUEST_STATUSES.filter((s) => s === r.status || canMove(r.status, s)).map((s) => (
          <option key={s} value={s}>
            {statusLabel(s)}
          </option>
        ))}
      </select>
    </article>
  );
}
