import type { Node, NodeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { setStageOwner } from '../../document/actions/alignment';
import { ownershipCheck } from '../../domain/alignment';
import { sortByOrder } from '../../domain/ordering';
import { alignmentUi } from './alignmentUi';
import { OwnerSelect, ownerName, useTeams } from '../../shared/fields';
import { A } from './strings';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { report } from '../../ui/toasts';
import { GRID } from '../../canvas/layout';
import { cardsOfMap } from '../../document/indexes';

export type OwnershipNodeData = { laneId: string; mapId: string; width: number; height: number };
export type OwnershipNodeType = Node<OwnershipNodeData, 'ownership'>;

/** The ownership lane: one segment per stage with its owner (colour and name), changeable in place. */
function OwnershipNodeView({ data }: NodeProps<OwnershipNodeType>) {
  const doc = useProjectDoc();
  const teams = useTeams();
  const stages = useProject(useShallow((s) => sortByOrder(Object.values(s.stages).filter((st) => st.mapId === data.mapId))));
  const cardOwners = useProject(
    useShallow((s) => cardsOfMap(s, data.mapId).filter((c) => c.ownerTeamId)),
  );
  const check = useStore(alignmentUi, (s) => s.check);
  const status = useMemo(
    () => ownershipCheck(stages, cardOwners, new Set(teams.map((t) => t.id))).stages,
    [stages, cardOwners, teams],
  );
  return (
    <div
      className="ownership-lane nodrag nopan"
      style={{ width: data.width, height: data.height }}
      role="group"
      aria-label={A.ownershipLane}
      data-testid="ownership-lane"
    >
      {stages.map((st, i) => {
        const o = status[i]!;
        const team = teams.find((t) => t.id === o.owner);
        const flagged = check && (o.gap || o.overlap);
        return (
          <div
            key={st.id}
            className={`ownership-segment${flagged ? ' al-flagged' : ''}`}
            style={{ width: GRID.stageW, borderLeftColor: team?.color }}
            data-testid="ownership-segment"
          >
            <span className="al-dot" style={team ? { background: team.color } : undefined} aria-hidden />
            <OwnerSelect
              value={o.owner}
              label={A.ownershipSegment(st.name, ownerName(o.owner, teams))}
              hideLabel
              teams={teams}
              onChange={(v) => report(setStageOwner(doc, st.id, v))}
            />
            {check && o.overlap && (
              <span className="al-warning">⚠ {A.overlapBadge(A.teamsAnd(o.claimants.map((id) => ownerName(id, teams))))}</span>
            )}
            {check && o.gap && !o.overlap && <span className="al-warning">⚠ {A.gapBadge}</span>}
          </div>
        );
      })}
    </div>
  );
}

export const OwnershipNode = memo(OwnershipNodeView);
