import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { useStore } from 'zustand';
import { addCard, addConnector, addLane, addStage, deleteCards, deleteConnectors, setCardColor } from '../../document/actions';
import { redo, undo } from '../../document/history';
import { LANE_KIND_LABELS } from '../../domain/templates';
import { CARD_COLORS, LANE_KINDS, type LaneKind } from '../../domain/types';
import { editorState, setEditor } from '../../canvas/editorState';
import { modKey } from '../../platform';
import { S } from '../../strings';
import { report, showToast } from '../../ui/toasts';
import { useProjectDoc } from '../project/ProjectContext';
import { useHistoryState } from './useHistoryState';

export function MapToolbar({ mapId }: { mapId: string }) {
  const doc = useProjectDoc();
  const flow = useReactFlow();
  const { canUndo, canRedo } = useHistoryState(doc);
  const selected = useStore(editorState, (s) => s.selectedCardIds);
  const selectedLinks = useStore(editorState, (s) => s.selectedConnectorIds);
  const cursor = useStore(editorState, (s) => s.cursor);
  const [laneKind, setLaneKind] = useState<LaneKind>('text');

  const onAddCard = () => {
    if (!cursor) return showToast(S.pasteNoCell, { tone: 'error' });
    const r = addCard(doc, { mapId, stageId: cursor.stageId, laneId: cursor.laneId });
    if (report(r) && r.ok) setEditor({ editingCardId: r.value, cursor: { ...cursor, cardId: r.value } });
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Map tools">
      <div className="toolbar-group">
        <button type="button" onClick={() => report(addStage(doc, mapId))}>
          + {S.addStage}
        </button>
        <span className="split-button">
          <button type="button" onClick={() => report(addLane(doc, mapId, LANE_KIND_LABELS[laneKind], laneKind))}>
            + {S.addLane}
          </button>
          <select aria-label={S.laneKind} value={laneKind} onChange={(e) => setLaneKind(e.target.value as LaneKind)}>
            {LANE_KINDS.map((k) => (
              <option key={k} value={k}>
                {LANE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </span>
        <button type="button" onClick={onAddCard} disabled={!cursor} title={`${S.addCard} (Enter)`}>
          + {S.addCard}
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" onClick={() => undo(doc)} disabled={!canUndo} title={`${S.undo} (${modKey}+Z)`}>
          ↶ {S.undo}
        </button>
        <button type="button" onClick={() => redo(doc)} disabled={!canRedo} title={`${S.redo} (${modKey}+Shift+Z)`}>
          ↷ {S.redo}
        </button>
      </div>
      {selected.length > 0 && (
        <div className="toolbar-group" role="group" aria-label={S.cardColor}>
          {CARD_COLORS.map((c) => (
            <button
              key={c}
              type="button"
              className={`swatch card-${c}`}
              aria-label={`${S.cardColor}: ${S.colorName[c]}`}
              title={S.colorName[c]}
              onClick={() => report(setCardColor(doc, selected, c))}
            />
          ))}
          {selected.length === 2 && (
            <button type="button" onClick={() => report(addConnector(doc, selected[0]!, selected[1]!))}>
              {S.connectCards}
            </button>
          )}
        </div>
      )}
      {(selected.length > 0 || selectedLinks.length > 0) && (
        <button
          type="button"
          className="danger"
          onClick={() => {
            if (selected.length) report(deleteCards(doc, selected));
            else report(deleteConnectors(doc, selectedLinks));
          }}
        >
          {S.deleteSelection}
        </button>
      )}
      <div className="toolbar-group push-right">
        <button type="button" className="icon-button" aria-label={S.zoomOut} title={S.zoomOut} onClick={() => flow.zoomOut()}>
          −
        </button>
        <button type="button" className="icon-button" aria-label={S.zoomIn} title={S.zoomIn} onClick={() => flow.zoomIn()}>
          +
        </button>
        <button type="button" onClick={() => flow.fitView({ padding: 0.05 })}>
          {S.fitView}
        </button>
      </div>
    </div>
  );
}
