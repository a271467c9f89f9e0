/**
 * UI-only state of the alignment layer on the map: which side panel is open, whether the
 * alignment check highlights gaps, and where a link from the overview asked to go. Never saved,
 * never exported (like the editor's selection).
 */
import { createStore } from 'zustand/vanilla';

export type AlignmentPanel = { readonly kind: 'handoff'; readonly id: string } | { readonly kind: 'stage'; readonly id: string } | null;

export interface AlignmentUiState {
  readonly panel: AlignmentPanel;
  readonly check: boolean;
  /** Set by a link from the alignment overview: the map scrolls to it and focuses its control. */
  readonly focusStageId: string | null;
}

export const alignmentUi = createStore<AlignmentUiState>(() => ({ panel: null, check: false, focusStageId: null }));

export const setAlignmentUi = (patch: Partial<AlignmentUiState>) => alignmentUi.setState(patch);

export const openHandoffPanel = (id: string) => setAlignmentUi({ panel: { kind: 'handoff', id } });
export const openStagePanel = (id: string) => setAlignmentUi({ panel: { kind: 'stage', id } });
export const closeAlignmentPanel = () => setAlignmentUi({ panel: null });
