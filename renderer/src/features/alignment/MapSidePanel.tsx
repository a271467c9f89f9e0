/**
 * The side panel beside the map: a handoff's contract, or a stage's alignment (owner, CRM
 * words, KPIs, handoffs after it). Opened from a handoff marker, a stage's owner chip or KPI
 * badge, or a link of the alignment overview. Escape or the close button closes it and gives
 * focus back to the map. Registered in the map editor's side panels by the alignment module
 * (shared/sidePanel.tsx); the contract and the stage's panel are in HandoffContract.tsx and
 * StagePanel.tsx.
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { focusCanvas } from '../../canvas/focus';
import { useProject } from '../../shared/ProjectContext';
import { alignmentUi, closeAlignmentPanel } from './alignmentUi';
import { A } from './strings';
import { HandoffContract } from './HandoffContract';
import { StagePanel } from './StagePanel';
import { SidePanelFrame } from '../../shared/sidePanel';

export function MapSidePanel({ mapId }: { mapId: string }) {
  const panel = useStore(alignmentUi, (s) => s.panel);
  const belongs = useProject((s) =>
    panel?.kind === 'handoff' ? s.handoffs[panel.id]?.mapId === mapId : panel?.kind === 'stage' ? s.stages[panel.id]?.mapId === mapId : false,
  );
  // Leaving the map (or the record being deleted) closes the panel.
  useEffect(() => {
    if (panel && !belongs) closeAlignmentPanel();
  }, [panel, belongs]);
  if (!panel || !belongs) return null;
  const close = () => {
    closeAlignmentPanel();
    const marker = panel.kind === 'handoff' ? document.querySelector<HTMLElement>(`[data-handoff-id="${panel.id}"]`) : null;
    if (marker) marker.focus();
    else focusCanvas();
  };
  return (
    <SidePanelFrame className="al-panel" label={A.panelLabel} closeLabel={A.closePanel} testId="alignment-panel" onClose={close}>
      {panel.kind === 'handoff' ? <HandoffContract key={panel.id} id={panel.id} mapId={mapId} /> : <StagePanel key={panel.id} id={panel.id} mapId={mapId} />}
    </SidePanelFrame>
  );
}
