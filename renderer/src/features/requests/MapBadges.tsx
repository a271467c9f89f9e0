/**
 * On the journey map (StageBadges slot): "2 asked · 1 delivered" under a stage that has
 * content requests, opening a small list of them with links to the delivered pieces. Text,
 * not colour, says where the journey lacks material. Selects only this stage's counts.
 */
import { memo, useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import { countContent, isOpen, readDelivered, type ContentRequest } from '../../domain/requests';
import { useProject } from '../../shared/ProjectContext';
import { RQ, statusLabel } from './strings';

const stop = (e: React.SyntheticEvent) => e.stopPropagation();

export const StageRequestBadge = memo(function StageRequestBadge({ stageId }: { stageId: string }) {
  const counts = useProject(
    useShallow((s) => countContent(Object.values(s.contentRequests).filter((r) => r.stageId === stageId))),
  );
  const name = useProject((s) => s.stages[stageId]?.name ?? '');
  const [at, setAt] = useState<DOMRect | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  if (counts.asked + counts.delivered === 0) return null;
  const close = () => {
    setAt(null);
    button.current?.focus();
  };
  return (
    <div className="rq-stage-badge nodrag nopan" onDoubleClick={stop}>
      <button
        ref={button}
        type="button"
        className={`badge-button rq-badge${counts.delivered === 0 ? ' lacking' : ''}`}
        data-testid="stage-requests"
        aria-label={RQ.stageBadgeLabel(name, counts.asked, counts.delivered)}
        aria-haspopup="dialog"
        aria-expanded={!!at}
        onClick={(e) => {
          e.stopPropagation();
          setAt(at ? null : e.currentTarget.getBoundingClientRect());
        }}
        onKeyDown={stop}
      >
        ✉ {RQ.stageBadge(counts.asked, counts.delivered)}
      </button>
      {at && createPortal(<StagePopover stageId={stageId} name={name} at={at} button={button} onClose={close} />, document.body)}
    </div>
  );
});

function StagePopover({
  stageId,
  name,
  at,
  button,
  onClose,
}: {
  stageId: string;
  name: string;
  at: DOMRect;
  button: React.RefObject<HTMLButtonElement | null>;
  onClose: () => void;
}) {
  const projectId = useProject((s) => s.info.projectId);
  const list = useProject(
    useShallow((s) =>
      Object.values(s.contentRequests)
        .filter((r) => r.stageId === stageId && r.status !== 'declined')
        .sort((a, b) => a.createdAt - b.createdAt),
    ),
  );
  const box = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('a, button')?.focus();
    const away = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) closeRef.current();
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [button]);
  const asked = list.filter((r) => isOpen(r.status));
  const delivered = list.filter((r) => r.status === 'delivered');
  return (
    <div
      ref={box}
      role="dialog"
      aria-labelledby={headingId}
      className="rq-popover"
      data-testid="stage-requests-popover"
      style={{ left: Math.max(8, Math.min(at.left, window.innerWidth - 340)), top: Math.min(at.bottom + 4, window.innerHeight - 120) }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="rq-popover-top">
        <h3 id={headingId}>{RQ.contentFor(name)}</h3>
        <button type="button" className="icon-button" aria-label={RQ.closeDetail} title={RQ.closeDetail} onClick={onClose}>
          ✕
        </button>
      </div>
      <PieceList title={RQ.deliveredList} list={delivered} />
      <PieceList title={RQ.askedList} list={asked} />
      <a href={`#/p/${projectId}/requests`}>{RQ.openRequests} →</a>
    </div>
  );
}

/** A list of requests with the delivered piece (a link, or where the file is) or the status. */
export function PieceList({ title, list }: { title: string; list: readonly ContentRequest[] }) {
  const projectId = useProject((s) => s.info.projectId);
  if (!list.length) return null;
  return (
    <section className="rq-pieces">
      <h4>
        {title} ({list.length})
      </h4>
      <ul>
        {list.map((r) => {
          const piece = readDelivered(r.delivered);
          return (
            <li key={r.id} dir="auto">
              {r.status === 'delivered' && piece.kind === 'link' ? (
                <a href={piece.url} target="_blank" rel="noopener noreferrer">
                  {r.what} ↗
                </a>
              ) : (
                <a href={`#/p/${projectId}/requests/${r.id}`}>{r.what}</a>
              )}{' '}
              <span className="meta">
                {r.status === 'delivered'
                  ? piece.kind === 'file'
                    ? `(${RQ.deliveredFile(piece.text)})`
                    : piece.kind === 'link'
                      ? ''
                      : `(${RQ.noDeliveredLink})`
                  : `(${statusLabel(r.status)})`}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
