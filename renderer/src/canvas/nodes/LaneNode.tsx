import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from 'zustand';
import { deleteLane, moveLane, renameLane } from '../../document/actions';
import { undo } from '../../document/history';
import { LANE_KIND_LABELS } from '../../domain/templates';
import { useProject, useProjectDoc } from '../../features/project/ProjectContext';
import { S } from '../../strings';
import { InlineEdit } from '../../ui/InlineEdit';
import { Menu } from '../../ui/Menu';
import { report, showToast } from '../../ui/toasts';
import { editorState, setEditor } from '../editorState';

export type LaneNodeData = { index: number; count: number; height: number; cardCount: number };
export type LaneNodeType = Node<LaneNodeData, 'lane'>;

function LaneNodeView({ id, data }: NodeProps<LaneNodeType>) {
  const doc = useProjectDoc();
  const lane = useProject((s) => s.lanes[id]);
  const renaming = useStore(editorState, (s) => s.renamingLaneId === id);
  if (!lane) return null;
  const remove = () => {
    if (report(deleteLane(doc, id))) {
      showToast(S.laneDeleted(lane.name), { action: { label: S.undoAction, run: () => undo(doc) } });
    }
  };
  return (
    <div
      className={`lane-label lane-${lane.kind}`}
      style={{ height: data.height }}
      data-testid="lane"
      role="group"
      aria-label={`Lane ${lane.name}`}
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
        <Menu
          label={S.laneActions(lane.name)}
          items={[
            { label: S.renameLane, run: () => setEditor({ renamingLaneId: id }) },
            { label: S.moveLaneUp, run: () => report(moveLane(doc, id, data.index - 1)), disabled: data.index === 0 },
            {
              label: S.moveLaneDown,
              run: () => report(moveLane(doc, id, data.index + 1)),
              disabled: data.index >= data.count - 1,
            },
            { label: S.deleteLane, run: remove, danger: true, disabled: data.count <= 1 },
          ]}
        />
      </div>
      {LANE_KIND_LABELS[lane.kind] !== lane.name && <div className="lane-kind">{LANE_KIND_LABELS[lane.kind]}</div>}
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);
