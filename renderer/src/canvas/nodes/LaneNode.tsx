import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from 'zustand';
import { renameLane } from '../../document/actions';
import { contextMenuItems } from '../../commands/CommandKeys';
import { U } from '../../i18n/ui';
import { LANE_KIND_LABELS } from '../../domain/templates';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { S } from '../../strings';
import { InlineEdit } from '../../ui/InlineEdit';
import { Menu } from '../../ui/Menu';
import { report } from '../../ui/toasts';
import { editorState, setEditor } from '../editorState';
import { CurveLegend } from './CurveLegend';

export type LaneNodeData = { index: number; count: number; height: number; cardCount: number };
export type LaneNodeType = Node<LaneNodeData, 'lane'>;

function LaneNodeView({ id, data }: NodeProps<LaneNodeType>) {
  const doc = useProjectDoc();
  const lane = useProject((s) => s.lanes[id]);
  const renaming = useStore(editorState, (s) => s.renamingLaneId === id);
  if (!lane) return null;
  return (
    <div
      className={`lane-label lane-${lane.kind}`}
      style={{ height: data.height }}
      data-testid="lane"
      role="group"
      aria-label={U.header.laneGroup(lane.name)}
      data-ctx-kind="lane"
      data-ctx-id={id}
    >
      <div className="lane-title-row">
        <h4
          className="lane-name"
          dir="auto"
          onDoubleClick={(e) => {
            e.stopPropagation();
            setEditor({ renamingLaneId: id });
          }}
        >
          <InlineEdit
            value={lane.name}
            label={S.renameLane}
            editing={renaming}
            onCommit={(v) => report(renameLane(doc, id, v))}
            onDone={() => setEditor({ renamingLaneId: null })}
          />
        </h4>
        <Menu label={S.laneActions(lane.name)} items={() => contextMenuItems({ kind: 'lane', id }, true)} />
      </div>
      {LANE_KIND_LABELS[lane.kind] !== lane.name && <div className="lane-kind">{LANE_KIND_LABELS[lane.kind]}</div>}
      {lane.kind === 'emotion' && <CurveLegend mapId={lane.mapId} laneId={id} />}
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);
