/**
 * One parked topic, on the actions screen and on a new session's "carried over" block: it can
 * become an action (through the action prompt: owner, due date) or be closed with a reason; a
 * closed one says why, or which action it became, and can be opened again.
 */
import { memo, useState } from 'react';
import { closeParked, deleteParkingLotItem, parkedToAction, setParkedStatus } from '../../document/actions/workshop/actions';
import { actionFromParked } from '../../domain/workshop/actionSentence';
import type { ParkingLotItem } from '../../domain/workshop/records';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { S } from '../../strings';
import { report } from '../../ui/toasts';
import { ActionPrompt } from './ActionPrompt';
import { W } from './strings';

export const ParkedRow = memo(function ParkedRow({
  item: p,
  compact = false,
}: {
  item: ParkingLotItem;
  compact?: boolean;
}) {
  const doc = useProjectDoc();
  const [mode, setMode] = useState<'' | 'action' | 'close'>('');
  const [reason, setReason] = useState('');
  const madeInto = useProject((s) => (p.actionId ? s.actionItems[p.actionId]?.title : undefined));
  const from = useProject((s) => (p.sessionId ? s.sessions[p.sessionId]?.title : undefined));
  return (
    <li className={`action-row ${p.status}`} data-testid="parked-item">
      {!compact && (
        <input
          type="checkbox"
          checked={p.status === 'resolved'}
          aria-label={W.resolveParked(p.text)}
          onChange={(e) => report(setParkedStatus(doc, p.id, e.target.checked ? 'resolved' : 'open'))}
        />
      )}
      <span className="action-title" dir="auto">
        {p.text}
        {compact && from && <span className="meta"> · {W.fromSession(from)}</span>}
      </span>
      {p.status === 'resolved' && (madeInto || p.reason) && (
        <span className="meta parked-reason" data-testid="parked-reason" dir="auto">
          {madeInto ? W.becameAction(madeInto) : W.closedBecause(p.reason)}
        </span>
      )}
      {p.status === 'open' && mode === '' && (
        <>
          <button type="button" onClick={() => setMode('action')} aria-label={W.parkedToAction(p.text)}>
            {W.makeAction}
          </button>
          <button type="button" onClick={() => setMode('close')} aria-label={W.closeParkedOf(p.text)}>
            {W.closeParked}
          </button>
        </>
      )}
      {!compact && (
        <button
          type="button"
          className="icon-button"
          aria-label={W.deleteParked(p.text)}
          title={W.deleteParked(p.text)}
          onClick={() => report(deleteParkingLotItem(doc, p.id))}
        >
          ×
        </button>
      )}
      {mode === 'action' && p.status === 'open' && (
        <ActionPrompt
          initialTitle={actionFromParked(p.text)}
          label={W.parkedToAction(p.text)}
          onSubmit={(draft) => {
            const ok = report(parkedToAction(doc, p.id, draft));
            if (ok) setMode('');
            return ok;
          }}
          onCancel={() => setMode('')}
        />
      )}
      {mode === 'close' && p.status === 'open' && (
        <form
          className="parked-close"
          aria-label={W.closeParkedOf(p.text)}
          onSubmit={(e) => {
            e.preventDefault();
            if (report(closeParked(doc, p.id, reason))) {
              setMode('');
              setReason('');
            }
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setMode('');
            }
          }}
        >
          <label>
            {W.closeReason}
            <input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={600}
              placeholder={W.closeReasonHint}
              autoFocus
              required
            />
          </label>
          <button type="submit" className="primary">
            {W.closeParked}
          </button>
          <button type="button" onClick={() => setMode('')}>
            {S.cancel}
          </button>
        </form>
      )}
    </li>
  );
});
