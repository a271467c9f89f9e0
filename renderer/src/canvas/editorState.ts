/**
 * UI-only state of the journey map editor: never saved with the project, never exported.
 * One editor is open per window, so one store.
 */
import { createStore } from 'zustand/vanilla';

export interface Cursor {
  readonly stageId: string;
  readonly laneId: string;
  /** The card under the cursor, or none when the cursor is on the cell itself. */
  readonly cardId?: string;
}

export interface EditorState {
  readonly mapId: string | null;
  readonly cursor: Cursor | null;
  readonly editingCardId: string | null;
  readonly renamingStageId: string | null;
  readonly editingDescriptionId: string | null;
  readonly renamingLaneId: string | null;
  readonly selectedCardIds: readonly string[];
  /**
   * Keys typed after Enter opened a card but before its text field had focus: appended to
   * the card when the field mounts, so a fast typist loses nothing.
   */
  readonly typeAhead: string;
  readonly selectedConnectorIds: readonly string[];
  /** Bumped to snap dragged nodes back to their laid-out place. */
  readonly relayout: number;
}

const initial: EditorState = {
  mapId: null,
  cursor: null,
  editingCardId: null,
  renamingStageId: null,
  editingDescriptionId: null,
  renamingLaneId: null,
  selectedCardIds: [],
  typeAhead: '',
  selectedConnectorIds: [],
  relayout: 0,
};

export const editorState = createStore<EditorState>(() => initial);

export function resetEditor(mapId: string | null): void {
  editorState.setState({ ...initial, mapId, relayout: editorState.getState().relayout + 1 });
}

export const setEditor = (patch: Partial<EditorState>) => editorState.setState(patch);
