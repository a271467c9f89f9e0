/**
 * The map's toolbar: buttons for commands of the registry (commands/registry.ts), which also
 * serve the keyboard, the context menus, the desktop menu and the command palette. One row that
 * never wraps (what does not fit goes behind "More"); what acts on the selected cards is a
 * toolbar of its own over the canvas, so selecting a card moves nothing on the map.
 */
import { useStore } from 'zustand';
import { CommandButton } from '../../commands/CommandButton';
import { laneKindChoice } from '../../commands/mapCommands';
import { LANE_KIND_LABELS } from '../../domain/templates';
import { CARD_COLORS, LANE_KINDS, type LaneKind } from '../../domain/types';
import { editorState } from '../../canvas/editorState';
import { S } from '../../strings';
import { ES } from './strings';
import { ColourShape, Icon } from '../../ui/icons';
import { OverflowRow } from '../../ui/OverflowRow';
import { SelectionTools } from '../../canvas/slots';
import { roomState } from '../../canvas/room';

export function MapToolbar(_props: { mapId: string }) {
  const laneKind = useStore(laneKindChoice, (s) => s.kind);
  return (
    <div className="toolbar" role="toolbar" aria-label={ES.mapTools}>
      <OverflowRow moreLabel={ES.moreToolsLabel} moreText={ES.moreTools}>
        <div className="toolbar-group">
          <CommandButton id="map.addStage">+ {S.addStage}</CommandButton>
          <span className="split-button">
            <CommandButton id="map.addLane">+ {S.addLane}</CommandButton>
            <select aria-label={S.laneKind} value={laneKind} onChange={(e) => laneKindChoice.setState({ kind: e.target.value as LaneKind })}>
              {LANE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {LANE_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </span>
          <CommandButton id="map.addCard">+ {S.addCard}</CommandButton>
        </div>
        <div className="toolbar-group">
          <CommandButton id="edit.undo">
            <Icon name="undo" /> {S.undo}
          </CommandButton>
          <CommandButton id="edit.redo">
            <Icon name="redo" /> {S.redo}
          </CommandButton>
        </div>
      </OverflowRow>
      {/* Never behind "More": the room's one command. */}
      <CommandButton id="view.room">
        <Icon name="room" /> {ES.roomModeShort}
      </CommandButton>
    </div>
  );
}

/**
 * What acts on the selection (colours, connect, delete), in the bar under the canvas while cards
 * or a connector are selected (a hint says what it is for otherwise): in the toolbar its appearing
 * made "Delete selected" wrap and the map jump ~45 px, and floating over the canvas's top it
 * covered the handoff markers and the first cards. In room mode it floats (the room bar is the
 * only chrome there).
 */
export function SelectionToolbar({ mapId }: { mapId: string }) {
  const selected = useStore(editorState, (s) => s.selectedCardIds.length);
  const selectedLinks = useStore(editorState, (s) => s.selectedConnectorIds.length);
  const room = useStore(roomState, (s) => s.on);
  if (selected === 0 && selectedLinks === 0) return room ? null : <p className="selection-hint">{ES.selectionHint}</p>;
  const tools = (
    <>
      {selected > 0 && (
        <div className="toolbar-group" role="group" aria-label={S.cardColor}>
          {CARD_COLORS.map((c) => (
            <CommandButton key={c} id={`card.colour.${c}`} className={`swatch card-${c}`} ariaLabel={`${S.cardColor}: ${S.colorName[c]}`}>
              <ColourShape colour={c} />
            </CommandButton>
          ))}
          <CommandButton id="card.connect" hideWhenDisabled>
            {S.connectCards}
          </CommandButton>
        </div>
      )}
      {selected > 0 && <SelectionTools mapId={mapId} />}
      <CommandButton id="card.delete" className="danger">
        {S.deleteSelection}
      </CommandButton>
    </>
  );
  return (
    <div className="selection-toolbar" role="toolbar" aria-label={ES.selectionTools} data-testid="selection-toolbar">
      {/* Under the canvas the tools keep to the bar's one row: what does not fit goes behind More. */}
      {room ? tools : <OverflowRow moreLabel={ES.moreSelectionLabel} moreText={ES.moreTools}>{tools}</OverflowRow>}
    </div>
  );
}

/**
 * Zoom and fit, over the canvas's bottom corner (where Miro, Excalidraw and tldraw keep them):
 * in the toolbar they took a second row of their own on a 1280-pixel projector.
 */
export function MapZoomControls() {
  return (
    <div className="zoom-controls" role="group" aria-label={ES.zoomControls}>
      <CommandButton id="view.zoomOut" iconOnly ariaLabel={S.zoomOut} />
      <CommandButton id="view.zoomIn" iconOnly ariaLabel={S.zoomIn} />
      <CommandButton id="view.fit">{S.fitView}</CommandButton>
    </div>
  );
}
