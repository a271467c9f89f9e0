import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from 'zustand';
import { handoffAgreed } from '../../domain/alignment';
import { alignmentUi, openHandoffPanel } from './alignmentUi';
import { ownerName, useTeams } from '../../shared/fields';
import { A } from './strings';
import { useProject } from '../../shared/ProjectContext';

export type HandoffNodeData = { handoffId: string; compact: boolean };
export type HandoffNodeType = Node<HandoffNodeData, 'handoff'>;

/**
 * A handoff on the map: a baton marker on the boundary between two stage columns (above their
 * headers), or a small tag on a card. It shows both teams with their colours and names and the
 * contract's words (MQL → SQL); pressing it opens the contract in the side panel.
 */
function HandoffNodeView({ data }: NodeProps<HandoffNodeType>) {
  const h = useProject((s) => s.handoffs[data.handoffId]);
  const teams = useTeams();
  const open = useStore(alignmentUi, (s) => s.panel?.kind === 'handoff' && s.panel.id === data.handoffId);
  if (!h) return null;
  const from = teams.find((t) => t.id === h.fromTeamId);
  const to = teams.find((t) => t.id === h.toTeamId);
  const fromName = ownerName(h.fromTeamId, teams);
  const toName = ownerName(h.toTeamId, teams);
  const agreed = handoffAgreed(h);
  const status = agreed ? A.statusAgreed : A.statusDraft;
  const words = h.fromStageName || h.toStageName ? `${h.fromStageName || '…'} → ${h.toStageName || '…'}` : '';
  return (
    <button
      type="button"
      className={`handoff-marker nodrag nopan${data.compact ? ' compact' : ''}${open ? ' open' : ''}${agreed ? ' agreed' : ''}`}
      data-testid="handoff-marker"
      data-handoff-id={h.id}
      data-ctx-kind="handoff"
      data-ctx-id={h.id}
      aria-label={A.handoffMarker(h.name || A.untitledHandoff, fromName, toName, status)}
      aria-pressed={open}
      title={`${h.name} — ${fromName} → ${toName} (${status})`}
      onClick={(e) => {
        e.stopPropagation();
        openHandoffPanel(h.id);
      }}
      onKeyDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      <span className="handoff-teams" aria-hidden>
        <span className="handoff-team" style={{ borderColor: from?.color }}>
          <span className="al-dot" style={{ background: from?.color }} />
          {data.compact ? initials(fromName) : fromName}
        </span>
        <span className="handoff-baton">➜</span>
        <span className="handoff-team" style={{ borderColor: to?.color }}>
          <span className="al-dot" style={{ background: to?.color }} />
          {data.compact ? initials(toName) : toName}
        </span>
      </span>
      {!data.compact && (
        <span className="handoff-name" aria-hidden dir="auto">
          <span className="handoff-icon">⇆</span> {words || h.name}
          {agreed ? ' ✓' : ''}
        </span>
      )}
    </button>
  );
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .slice(0, 2);

export const HandoffNode = memo(HandoffNodeView);

export type HandoffBandNodeData = { width: number; height: number };
export type HandoffBandNodeType = Node<HandoffBandNodeData, 'handoffBand'>;

/** The strip above the stage headers where handoff markers sit, labelled in the lane-label column. */
function HandoffBandNodeView({ data }: NodeProps<HandoffBandNodeType>) {
  return (
    <div className="handoff-band" style={{ width: data.width, height: data.height }} aria-hidden>
      <span className="handoff-band-label">⇆ {A.handoffBand}</span>
    </div>
  );
}

export const HandoffBandNode = memo(HandoffBandNodeView);
