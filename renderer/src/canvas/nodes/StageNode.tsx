import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from 'zustand';
import { deleteStage, moveStage, renameStage, setStageDescription } from '../../document/actions';
import { undo } from '../../document/history';
import { useProject, useProjectDoc } from '../../features/project/ProjectContext';
import { S } from '../../strings';
import { InlineEdit } from '../../ui/InlineEdit';
import { Menu } from '../../ui/Menu';
import { report, showToast } from '../../ui/toasts';
import { editorState, setEditor } from '../editorState';
import { StageBadges } from '../slots';

export type StageNodeData = { index: number; count: number; cardCount: number };
export type StageNodeType = Node<StageNodeData, 'stage'>;

function StageNodeView({ id, data }: NodeProps<StageNodeType>) {
  const doc = useProjectDoc();
  const stage = useProject((s) => s.stages[id]);
  const renaming = useStore(editorState, (s) => s.renamingStageId === id);
  const describing = useStore(editorState, (s) => s.editingDescriptionId === id);
  if (!stage) return null;
  const remove = () => {
    if (report(deleteStage(doc, id))) {
      showToast(S.stageDeleted(stage.name), {
        action: { label: S.undoAction, run: () => undo(doc) },
      });
    }
  };
  return (
    <div className="stage-header" data-testid="stage" role="group" aria-label={`Stage ${stage.name}`}>
      <div className="stage-title-row">
        <h3
          className="stage-name"
          dir="auto"
          onDoubleClick={(e) => {
            e.stopPropagation();
            setEditor({ renamingStageId: id });
          }}
        >
          <InlineEdit
            value={stage.name}
            label={S.renameStage}
            editing={renaming}
            onCommit={(v) => report(renameStage(doc, id, v))}
            onDone={() => setEditor({ renamingStageId: null })}
          />
        </h3>
        <Menu
          label={S.stageActions(stage.name)}
          items={[
            { label: S.renameStage, run: () => setEditor({ renamingStageId: id }) },
            { label: S.editStageDescription, run: () => setEditor({ editingDescriptionId: id }) },
            { label: S.moveStageLeft, run: () => report(moveStage(doc, id, data.index - 1)), disabled: data.index === 0 },
            {
              label: S.moveStageRight,
              run: () => report(moveStage(doc, id, data.index + 1)),
              disabled: data.index >= data.count - 1,
            },
            { label: S.deleteStage, run: remove, danger: true, disabled: data.count <= 1 },
          ]}
        />
      </div>
      <div
        className="stage-description"
        dir="auto"
        onDoubleClick={(e) => {
          e.stopPropagation();
          setEditor({ editingDescriptionId: id });
        }}
      >
        <InlineEdit
          value={stage.description || (describing ? '' : S.editStageDescription + '…')}
          label={S.editStageDescription}
          editing={describing}
          multiline
          className={stage.description ? undefined : 'placeholder'}
          onCommit={(v) => report(setStageDescription(doc, id, v))}
          onDone={() => setEditor({ editingDescriptionId: null })}
        />
      </div>
      <StageBadges stageId={id} mapId={stage.mapId} />
    </div>
  );
}

export const StageNode = memo(StageNodeView);
