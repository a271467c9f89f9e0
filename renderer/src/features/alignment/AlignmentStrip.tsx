/**
 * The alignment bar above the map (MapStrip slot): the "Alignment check" toggle with its
 * summary, "Add handoff" after the stage under the keyboard cursor, and owner / handoff
 * commands for the selected cards. It also carries out "go there" requests from the alignment
 * overview (centre a stage and open its panel).
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { editorState } from '../../canvas/editorState';
import { setCardOwner } from '../../document/actions/alignment';
import { addHandoffAndOpen, HandoffDialog } from './HandoffDialog';
import { ownershipCheck } from '../../domain/alignment';
import { sortByOrder } from '../../domain/ordering';
import { report } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { alignmentUi, openStagePanel, setAlignmentUi } from './alignmentUi';
import { OwnerSelect, useTeams } from '../../shared/fields';
import { A } from './strings';
import { cardsOfMap } from '../../document/indexes';

export function AlignmentStrip({ mapId }: { mapId: string }) {
  const flow = useReactFlow();
  const teams = useTeams();
  const check = useStore(alignmentUi, (s) => s.check);
  const focusStageId = useStore(alignmentUi, (s) => s.focusStageId);
  const cursorStage = useStore(editorState, (s) => s.cursor?.stageId ?? null);
  const stages = useProject(useShallow((s) => sortByOrder(Object.values(s.stages).filter((x) => x.mapId === mapId))));
  const cardOwners = useProject(useShallow((s) => (check ? cardsOfMap(s, mapId).filter((c) => c.ownerTeamId) : [])));
  const checkId = useId();

  const summary = useMemo(() => {
    if (!check) return null;
    const r = ownershipCheck(stages, cardOwners, new Set(teams.map((t) => t.id)));
    return { gaps: r.stages.filter((x) => x.gap).length, overlaps: r.stages.filter((x) => x.overlap).length };
  }, [check, stages, cardOwners, teams]);

  // A link from the alignment overview asked for a stage of this map: centre it and open its panel.
  useEffect(() => {
    if (!focusStageId) return;
    const i = stages.findIndex((s) => s.id === focusStageId);
    if (i < 0) return;
    setAlignmentUi({ focusStageId: null, check: true });
    openStagePanel(focusStageId);
    const node = flow.getNode(focusStageId);
    if (node) void flow.setCenter(node.position.x + 140, node.position.y + 200, { zoom: 1, duration: 0 });
  }, [focusStageId, stages, flow]);

  const afterStage = cursorStage && stages.findIndex((s) => s.id === cursorStage) < stages.length - 1 ? cursorStage : null;
  const [asking, setAsking] = useState(false);
  const onAdd = () => setAsking(true);
  const afterName = stages.find((s) => s.id === (afterStage ?? stages[0]?.id))?.name ?? '';

  return (
    <div className="al-strip" role="group" aria-label={A.alignmentCheck}>
      <label className="al-toggle" htmlFor={checkId} title={A.alignmentCheckHelp}>
        <input
          id={checkId}
          type="checkbox"
          checked={check}
          data-testid="alignment-check"
          onChange={(e) => setAlignmentUi({ check: e.target.checked })}
        />{' '}
        {A.alignmentCheck}
      </label>
      {summary && (
        <span className="al-summary" role="status" data-testid="alignment-summary" title={A.checkSummary(summary.gaps, summary.overlaps)}>
          {A.checkSummary(summary.gaps, summary.overlaps)}
        </span>
      )}
      <button type="button" className="al-handoff-after" onClick={onAdd} disabled={stages.length < 2} title={A.addHandoffAfterNamed(afterName)} aria-haspopup="dialog" data-tour="add-handoff">
        ⇆ {A.addHandoffAfterNamed(afterName)}
      </button>
      {asking && <HandoffDialog mapId={mapId} afterStageId={afterStage ?? stages[0]?.id ?? null} onClose={() => setAsking(false)} />}
    </div>
  );
}

/**
 * The selected cards' owner and a handoff on the card, in the selection's toolbar over the canvas
 * (a canvas slot): in the strip above the map they appeared on selecting a card, and the map
 * below moved.
 */
export function AlignmentSelectionTools({ mapId }: { mapId: string }) {
  const doc = useProjectDoc();
  const teams = useTeams();
  const selected = useStore(editorState, (s) => s.selectedCardIds);
  const selectedOwner = useProject((s) => {
    const owners = new Set(selected.map((id) => s.cards[id]?.ownerTeamId ?? ''));
    return owners.size === 1 ? [...owners][0]! : '';
  });
  if (selected.length === 0) return null;
  return (
        <span className="al-strip-group">
          <OwnerSelect
            value={selectedOwner}
            label={A.ownerOfSelected(selected.length)}
            noneLabel={A.sameAsStageShort}
            teams={teams}
            onChange={(v) => report(setCardOwner(doc, selected, v))}
          />
          {selected.length === 1 && (
            <button
              type="button"
              onClick={() => {
                addHandoffAndOpen(doc, { mapId, cardId: selected[0]! }, undefined, A.addHandoffOnCard);
              }}
            >
              ⇆ {A.addHandoffOnCard}
            </button>
          )}
        </span>
  );
}
