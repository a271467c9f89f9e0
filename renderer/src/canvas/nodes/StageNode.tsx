import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStore } from 'zustand';
import { renameStage, setStageDescription } from '../../document/actions';
import { contextMenuItems } from '../../commands/CommandKeys';
import { U } from '../../i18n/ui';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { S } from '../../strings';
import { InlineEdit } from '../../ui/InlineEdit';
import { Menu } from '../../ui/Menu';
import { report } from '../../ui/toasts';
import { editorState, setEditor } from '../editorState';
import { StageBadges } from '../slots';

export type StageNodeData = { index: number; count: number; cardCount: number };
export type StageNodeType = Node<StageNodeData, 'stage'>;

function StageNodeView({ id }: NodeProps<StageNodeType>) {
  const doc = useProjectDoc();
  const stage = useProject((s) => s.stages[id]);
  const renaming = useStore(editorState, (s) => s.renamingStageId === id);
  const describing = useStore(editorState, (s) => s.editingDescriptionId === id);
  if (!stage) return null;
  return (
    <div
      className="stage-header"
      data-testid="stage"
      role="group"
      aria-label={U.header.stageGroup(stage.name)}
      data-ctx-kind="stage"
      data-ctx-id={id}
    >
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
        <Menu label={S.stageActions(stage.name)} items={() => contextMenuItems({ kind: 'stage', id }, true)} />
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
