/**
 * What a command sees when it runs: the route, the open project, the open map's canvas, the
 * selection and the cursor, and what a context menu was opened on. Screens register what they
 * own (the project screen its project, the map editor its zoom, the canvas its selection) in
 * one small store, so a command runs the same from a button, a menu, a key or the palette.
 */
import type * as Y from 'yjs';
import { createStore } from 'zustand/vanilla';
import { editorState, type EditorState } from '../canvas/editorState';
import type { MapLayout } from '../canvas/layout';
import { historyOf } from '../document/history';
import type { ProjectSnapshot } from '../document/projection';
import { platform } from '../platform';
import type { OpenProject } from '../storage/openProject';
import { parseRoute, type Route } from '../ui/router';
import type { CommandTarget } from './types';

/** The map editor's zoom (React Flow's), registered while a map is open. */
export interface FlowApi {
  zoomIn(): void;
  zoomOut(): void;
  fitView(): void;
}

/** The canvas's own state changes, registered while a map is open. */
export interface CanvasApi {
  readonly mapId: string;
  selectCards(ids: readonly string[]): void;
  clearSelection(): void;
  /** Adds an empty card in a cell and opens it for typing. */
  addCardAt(stageId: string, laneId: string): void;
  /** The first cell that holds cards, for "Add card" before the cursor is anywhere. */
  firstCell(): { stageId: string; laneId: string } | null;
  /** The map's current geometry (for moving cards to the neighbouring cell). */
  layout(): MapLayout;
  /** Puts the cursor on a card, selects it and brings it into view. */
  reveal(cardId: string): void;
  focus(): void;
  /** "Fit map to screen" in room mode and the projector theme: the readable view; false elsewhere. */
  fitReadable(): boolean;
  /** PageDown / PageUp: the next or previous stage at a readable zoom; false when there is none. */
  stepStage(step: 1 | -1): boolean;
}

export interface CommandHost {
  readonly project: OpenProject | null;
  readonly flow: FlowApi | null;
  readonly canvas: CanvasApi | null;
  /** A card to show once its map's canvas is up (the palette found it on another map). */
  readonly pendingReveal: { readonly mapId: string; readonly cardId: string } | null;
}

export const commandHost = createStore<CommandHost>(() => ({ project: null, flow: null, canvas: null, pendingReveal: null }));

/** Registers a piece of the host for as long as its screen lives; returns the unregister. */
export function registerHost<K extends 'project' | 'flow' | 'canvas'>(key: K, value: NonNullable<CommandHost[K]>): () => void {
  commandHost.setState({ [key]: value } as Partial<CommandHost>);
  return () => {
    if (commandHost.getState()[key] === value) commandHost.setState({ [key]: null } as Partial<CommandHost>);
  };
}

export interface CommandContext {
  readonly route: Route;
  readonly isMac: boolean;
  readonly isDesktop: boolean;
  readonly project: OpenProject | null;
  readonly doc: Y.Doc | null;
  readonly snapshot: ProjectSnapshot | null;
  /** The open map (its editor is on screen). */
  readonly mapId: string | null;
  readonly flow: FlowApi | null;
  readonly canvas: CanvasApi | null;
  readonly editor: EditorState;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Whether the keyboard focus is on the map (where Delete, Ctrl+A and Enter act on cards). */
  readonly focusInCanvas: boolean;
  /** What a context menu was opened on; absent from the toolbar, keys and palette. */
  readonly target?: CommandTarget;
}

export function commandContext(target?: CommandTarget): CommandContext {
  const route = parseRoute(typeof location !== 'undefined' ? location.hash : '');
  const host = commandHost.getState();
  const project = host.project && route.name !== 'home' && host.project.projectId === route.projectId ? host.project : null;
  const doc = project?.doc ?? null;
  const h = doc ? historyOf(doc) : undefined;
  const mapId = route.name === 'map' && project ? route.mapId : null;
  const active = typeof document !== 'undefined' ? document.activeElement : null;
  return {
    route,
    isMac: platform.isMac,
    isDesktop: platform.isDesktop,
    project,
    doc,
    snapshot: project ? project.store.getState() : null,
    mapId,
    flow: mapId ? host.flow : null,
    canvas: mapId && host.canvas?.mapId === mapId ? host.canvas : null,
    editor: editorState.getState(),
    canUndo: !!h?.canUndo(),
    canRedo: !!h?.canRedo(),
    focusInCanvas: !!(typeof Element !== 'undefined' && active instanceof Element && active.closest('[data-canvas-root]')),
    target,
  };
}
