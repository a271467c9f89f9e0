/**
 * Under the weekly check-in's "Content requests" agenda item: "Content requests: N new, M
 * overdue", listing them. New means filed since the session before this one (or still
 * waiting for triage); an ended session keeps the list it had when it ended.
 */
import { useShallow } from 'zustand/react/shallow';
import { checkInDigest, priorityOf, ruleOf, type ContentRequest } from '../../domain/requests';
import { previousSession } from '../../domain/workshop/sessions';
import { useProject } from '../../shared/ProjectContext';
import { formatDay, useLabels, useToday } from './hooks';
import { RQ, statusLabel } from './strings';

export function CheckInRequests({ sessionId }: { sessionId: string }) {
  const today = useToday();
  const span = useProject(
    useShallow((s) => {
      const session = s.sessions[sessionId];
      const prev = previousSession(Object.values(s.sessions), sessionId);
      return {
        since: prev ? (prev.endedAt ?? prev.startedAt ?? prev.createdAt) : 0,
        until: session?.endedAt ?? null,
      };
    }),
  );
  const all = useProject(useShallow((s) => Object.values(s.contentRequests)));
  const rule = useProject((s) => ruleOf(s.requestRules));
  const digest = checkInDigest(all, { ...span, today });
  return (
    <div className="rq-checkin" data-testid="checkin-requests">
      <p className="rq-checkin-line">
        <strong>{RQ.agendaLine(digest.fresh.length, digest.overdue.length)}</strong>
      </p>
      {digest.fresh.length === 0 && digest.overdue.length === 0 && <p className="hint">{RQ.nothingNew}</p>}
      <Digest title={RQ.newSince} list={digest.fresh} rule={rule} today={today} />
      <Digest title={RQ.overdueNow} list={digest.overdue} rule={rule} today={today} />
    </div>
  );
}

function Digest({ title, list, rule, today }: { title: string; list: readonly ContentRequest[]; rule: ReturnType<typeof ruleOf>; today: string }) {
  const projectId = useProject((s) => s.info.projectId);
  const labels = useLabels();
  if (!list.length) return null;
  return (
    <section className="rq-digest" aria-label={title}>
      <h4>{title}</h4>
      <ul>
        {list.map((r) => (
          <li key={r.id} dir="auto">
            <a href={`#/p/${projectId}/requests/${r.id}`}>{r.what}</a>{' '}
            <span className="meta">
              ({[statusLabel(r.status), labels.stage(r), RQ.priorityShort(priorityOf(r, rule, today).score), r.dueDate ? RQ.dueOn(formatDay(r.dueDate)) : '']
                .filter(Boolean)
                .join(' · ')}
              )
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The agenda's slot: the check-in list under a "Content requests" item only. */
export function CheckInAgendaPart({ sessionId, link }: { sessionId: string; link: string }) {
  return link === 'requests' ? <CheckInRequests sessionId={sessionId} /> : null;
}
