/**
 * One request, for triage: its priority with the reason, the status moves it may make, the
 * owner, the due date and impact, the delivered piece, and everything the asker wrote.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import {
  deleteRequest,
  setDeliveredPiece,
  setRequestDueDate,
  setRequestImpact,
  setRequestLink,
  setRequestStatus,
  setRequestText,
} from '../../document/actions/requests';
import { undo } from '../../document/history';
import { isOverdue, localDay, priorityOf, readDelivered, TRANSITIONS, type ContentRequest, type PriorityRule, type RequestStatus } from '../../domain/requests';
import { report, showToast } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { DueText } from './Board';
import { openRequest } from './commands';
import { ImpactSelect, PersonaSelect, SavedText, StageSelect, TeamSelect } from './fields';
import { formatDay, requestsUi, useLabels } from './hooks';
import { refusalSentence } from '../../i18n/refusals';
import { RQ, statusLabel } from './strings';

export function RequestDetail({ requestId, rule, today }: { requestId: string; rule: PriorityRule; today: string }) {
  const projectId = useProject((s) => s.info.projectId);
  const r = useProject((s) => s.contentRequests[requestId]);
  const close = () => openRequest(projectId, undefined);
  if (!r) {
    return (
      <aside className="rq-detail panel" aria-label={refusalSentence({ code: 'requests.notFound' })}>
        <p role="alert">{refusalSentence({ code: 'requests.notFound' })}</p>
        <button type="button" onClick={close}>
          {RQ.closeDetail}
        </button>
      </aside>
    );
  }
  // Back to the request's card on the board, so the keyboard goes on from where it was.
  return <Detail key={r.id} request={r} rule={rule} today={today} close={() => closeAndFocus(r.id, close)} />;
}

function closeAndFocus(id: string, close: () => void) {
  close();
  setTimeout(() => document.querySelector<HTMLElement>(`[data-request-focus="${CSS.escape(id)}"]`)?.focus());
}

function Detail({ request: r, rule, today, close }: { request: ContentRequest; rule: PriorityRule; today: string; close: () => void }) {
  const doc = useProjectDoc();
  const labels = useLabels();
  const ask = useStore(requestsUi, (s) => (s.ask?.id === r.id ? s.ask.field : null));
  const [declining, setDeclining] = useState(ask === 'declineReason');
  const [reason, setReason] = useState('');
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const ownerRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    const first = !opened.current;
    opened.current = true;
    if (ask === 'declineReason') {
      setDeclining(true);
      setTimeout(() => reasonRef.current?.focus());
    } else if (ask === 'owner') ownerRef.current?.focus();
    else if (first) headingRef.current?.focus();
    if (ask) requestsUi.setState({ ask: null });
  }, [ask]);
  const p = priorityOf(r, rule, today);
  const piece = readDelivered(r.delivered);
  const moves = TRANSITIONS[r.status];
  const move = (to: RequestStatus) => {
    if (to === 'declined') {
      setDeclining(true);
      setTimeout(() => reasonRef.current?.focus());
      return;
    }
    const res = setRequestStatus(doc, r.id, to);
    report(res);
    if (!res.ok && to === 'delivered') ownerRef.current?.focus();
  };
  const team = labels.team(r);
  return (
    <aside className="rq-detail panel" aria-labelledby="rq-detail-heading" data-testid="rq-detail" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div className="rq-detail-top">
        <h3 id="rq-detail-heading" ref={headingRef} tabIndex={-1} dir="auto">
          {r.what}
        </h3>
        <button type="button" className="icon-button" aria-label={RQ.closeDetail} title={RQ.closeDetail} onClick={close}>
          ✕
        </button>
      </div>
      <p className="meta">
        {RQ.filedOn(formatDay(localDay(r.createdAt)))}
        {(r.askedBy || team) && <> · {RQ.filedBy(r.askedBy, team)}</>}
      </p>

      <section className="rq-triage" aria-label={RQ.triage}>
        <p className="rq-status-line">
          <span className={`rq-status-chip status-${r.status}`} data-testid="rq-status">
            {statusLabel(r.status)}
          </span>{' '}
          <DueText request={r} today={today} />
        </p>
        {r.status === 'declined' && r.declineReason && (
          <p className="rq-declined" dir="auto">
            {RQ.declinedBecause(r.declineReason)}
          </p>
        )}
        <div className="rq-moves">
          {moves.map((to) => (
            <button key={to} type="button" className={to === 'declined' ? 'danger' : to === 'delivered' ? 'primary' : undefined} onClick={() => move(to)}>
              {r.status === 'delivered' || r.status === 'declined' ? RQ.reopen : RQ.moveTo(to)}
            </button>
          ))}
        </div>
        {declining && moves.includes('declined') && (
          <form
            className="rq-decline"
            onSubmit={(e) => {
              e.preventDefault();
              if (report(setRequestStatus(doc, r.id, 'declined', { reason }))) {
                setDeclining(false);
                setReason('');
              }
            }}
          >
            <label className="rq-field">
              <span>{RQ.declineReason}</span>
              <textarea ref={reasonRef} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} dir="auto" />
            </label>
            <button type="submit" className="danger">
              {RQ.declineWith}
            </button>
          </form>
        )}

        <div className={`rq-priority-box${isOverdue(r, today) ? ' overdue' : ''}`} data-testid="rq-priority">
          <span className="rq-priority-score">{RQ.priorityShort(p.score)}</span>
          <span className="rq-priority-why">{RQ.explain(p, rule)}</span>
        </div>
        <div className="rq-grid">
          <SavedText label={RQ.owner} value={r.owner} placeholder={RQ.ownerPlaceholder} inputRef={ownerRef} save={(v, k) => setRequestText(doc, r.id, 'owner', v, k)} />
          <ImpactSelect value={r.impact} onChange={(v) => report(setRequestImpact(doc, r.id, v))} />
          <label className="rq-field">
            <span>{RQ.dueDate}</span>
            <input type="date" value={r.dueDate} onChange={(e) => report(setRequestDueDate(doc, r.id, e.target.value))} />
          </label>
        </div>
        <SavedText label={RQ.delivered} value={r.delivered} placeholder={RQ.deliveredPlaceholder} showRefusal save={(v, k) => setDeliveredPiece(doc, r.id, v, k)} testId="rq-delivered-input" />
        {piece.kind === 'link' && (
          <p>
            <a href={piece.url} target="_blank" rel="noopener noreferrer" data-testid="rq-delivered-link">
              {RQ.deliveredLink} ↗
            </a>
          </p>
        )}
      </section>

      <section className="rq-ask-fields" aria-label={RQ.moreDetails}>
        <SavedText label={RQ.what} value={r.what} save={(v, k) => setRequestText(doc, r.id, 'what', v, k)} />
        <SavedText label={RQ.why} value={r.why} multiline save={(v, k) => setRequestText(doc, r.id, 'why', v, k)} />
        <div className="rq-grid">
          <StageSelect value={r.stageId} onChange={(v) => report(setRequestLink(doc, r.id, 'stageId', v))} />
          <PersonaSelect value={r.personaId} onChange={(v) => report(setRequestLink(doc, r.id, 'personaId', v))} />
          <TeamSelect value={r.teamId} onChange={(v) => report(setRequestLink(doc, r.id, 'teamId', v))} />
          <SavedText label={RQ.askedBy} value={r.askedBy} save={(v, k) => setRequestText(doc, r.id, 'askedBy', v, k)} />
          <SavedText label={RQ.channel} value={r.channel} save={(v, k) => setRequestText(doc, r.id, 'channel', v, k)} />
        </div>
      </section>
      <button
        type="button"
        className="danger"
        onClick={() => {
          const res = deleteRequest(doc, r.id);
          if (report(res) && res.ok) {
            close();
            showToast(RQ.deleted(res.value), { action: { label: RQ.undo, run: () => undo(doc) } });
          }
        }}
      >
        {RQ.deleteRequest}
      </button>
    </aside>
  );
}
