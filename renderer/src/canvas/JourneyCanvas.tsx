/**
 * The journey map canvas: React Flow wired to the project document. Kept thin: geometry is
 * in layout.ts, node building in buildNodes.ts, keyboard movement in navigation.ts, and every
 * change goes through an action.
 */
import {
  useStoreApi,
  applyEdgeChanges,
  applyNodeChanges,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
  type OnSelectionChangeParams,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { addCard, addCards, addConnector, deleteCards, moveCards, moveLane, moveStage } from '../document/actions';
import { commandHost, registerHost } from '../commands/context';
import { isTypingTarget } from '../commands/keys';
import { U } from '../i18n/ui';
import { refusalSentence } from '../i18n/refusals';
import { focusCanvas } from './focus';
import { useOpenProject, useProject, useProjectDoc } from '../shared/ProjectContext';
import { putSetting } from '../storage/db';
import { S } from '../strings';
import { report, showToast } from '../ui/toasts';
import { buildEdges, buildNodes, mergeEdges, mergeNodes } from './buildNodes';
import { shownCards } from './cardWindow';
import { useCardWindow } from './useCardWindow';
import { BATON_CARDS_MIME, parseClipboard, serializeCards } from './clipboard';
import { editorState, setEditor, type Cursor } from './editorState';
import { cellAt, cellKey, computeLayout, GRID, indexAt, type MapLayout } from './layout';
import { edgeCursor, firstCursor, moveCursor, validCursor, type Direction } from './navigation';
import { CardNode } from './nodes/CardNode';
import { EmotionNode } from './nodes/EmotionNode';
import { CursorNode, GridNode } from './nodes/GridNode';
import { LaneNode } from './nodes/LaneNode';
import { StageNode } from './nodes/StageNode';
import { nodeDragStop, useCanvasNodeTypes, useFeatureNodes } from './slots';
import { holdsCards } from '../domain/types';
import { useMapRecords } from './useMapRecords';
import { MapOverview } from './MapOverview';
import { useLastInput, ViewFollowsKeyboard } from './ViewFollowsKeyboard';
import { FrozenHeaders } from './FrozenHeaders';
import { useReadableCanvas, useReadableView } from './useReadableView';
import { fitPadding } from './viewport';
import { useLanesInView } from './useLanesInView';

// Defined once at module level: a new object per render would remount every node. The features'
// node types join them (useCanvasNodeTypes: the same object until a module adds node types).
const CORE_NODE_TYPES = {
  card: CardNode,
  stage: StageNode,
  lane: LaneNode,
  emotion: EmotionNode,
  grid: GridNode,
  cursor: CursorNode,
};

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The cards being dragged. */
function draggedCards(nodes: readonly Node[]): string[] {
  return nodes.filter((n) => n.type === 'card' && n.dragging).map((n) => n.id);
}

/**
 * The cards that stay React Flow's nodes when the window moves: the selected (React Flow's and
 * the editor's, which agree but for a moment) and the dragged.
 */
function pinnedCards(nodes: readonly Node[]): string[] {
  const out = nodes.filter((n) => n.type === 'card' && (n.selected || n.dragging)).map((n) => n.id);
  return [...out, ...editorState.getState().selectedCardIds];
}


function describeCursor(layout: MapLayout, c: Cursor | null, cardText: string | undefined): string {
  if (!c) return '';
  const stage = layout.stages.find((s) => s.id === c.stageId)?.name ?? '';
  const lane = layout.lanes.find((b) => b.lane.id === c.laneId)?.lane.name ?? '';
  return c.cardId ? S.cardLabel(cardText ?? '', stage, lane) : S.cellLabel(stage, lane);
}

/**
 * Reads the cursor out for screen readers. Its own component because it follows the text of
 * the card under the cursor: if the canvas subscribed to that text, every saved keystroke would
 * re-render the canvas and hand React Flow new props (measured: "typing" in `npm run bench`).
 */
function CursorAnnouncer({ layout }: { layout: MapLayout }) {
  const cursor = useStore(editorState, (s) => s.cursor);
  const text = useProject((s) => (cursor?.cardId ? s.cards[cursor.cardId]?.text : undefined));
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="cursor-announcer">
      {describeCursor(layout, cursor, text)}
    </div>
  );
}

/**
 * `--inv-zoom` on the canvas root: 1 / the zoom, for the few targets on the map that must stay
 * at least 24 px on screen at any zoom (the stage and lane "…" menus: 12.5 px at fit zoom, axe's
 * target-size rule); `data-far-zoom` below FAR_ZOOM (see styles.css). Written outside React, as
 * the overview and frozen names are.
 */
/** Below this zoom the map is an overview: card text is under 8 px (16 px type). */
const FAR_ZOOM = 0.5;

function InverseZoom({ rootRef }: { rootRef: React.RefObject<HTMLDivElement | null> }) {
  const store = useStoreApi();
  useEffect(() => {
    let set = NaN;
    const write = (zoom: number) => {
      if (zoom === set || !rootRef.current) return;
      set = zoom;
      rootRef.current.style.setProperty('--inv-zoom', String(1 / zoom));
      // Far out (card text under ~8 px), a card's small badge buttons can't be hit: styles fold them.
      rootRef.current.toggleAttribute('data-far-zoom', zoom < FAR_ZOOM);
    };
    write(store.getState().transform[2]);
    return store.subscribe((s) => write(s.transform[2]));
  }, [store, rootRef]);
  return null;
}

// React Flow copies these props into its store whenever their identity changes, and every
// node's subscription runs then: so they are defined once, not written inline.
const PRO_OPTIONS = { hideAttribution: true };

export function JourneyCanvas({ mapId, initialViewport }: { mapId: string; initialViewport?: Viewport }) {
  const doc = useProjectDoc();
  const flow = useReactFlow();
  const { store } = useOpenProject();
  const { stages, lanes, placements: cards, connectors } = useMapRecords(mapId);
  const headerH = useReadableCanvas() ? GRID.readableHeaderH : GRID.headerH;
  // Laid out from the last layout: a drop lays out again only the cells it touched (layout.ts).
  const lastLayout = useRef<MapLayout | undefined>(undefined);
  const layout = useMemo(
    () => (lastLayout.current = computeLayout(stages, lanes, cards, headerH, lastLayout.current)),
    [stages, lanes, cards, headerH],
  );
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const cursor = useStore(editorState, (s) => s.cursor);
  const relayout = useStore(editorState, (s) => s.relayout);
  const lastInput = useLastInput();
  const [nodes, setNodes] = useState<Node[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  // Read once (React Flow copies the prop into its store when its identity changes).
  const [fitViewOptions] = useState(() => ({ padding: fitPadding(), maxZoom: 1 }));
  // Room mode and the projector theme: the view settles where card text reads >= 18 px.
  const readable = useReadableView(layout, mapId, rootRef);
  // A vote opens on lanes off screen: the view brings them into sight.
  useLanesInView(layout, mapId);
  const readableRef = useRef(readable);
  readableRef.current = readable;

  const featureNodes = useFeatureNodes(mapId, layout);
  const nodeTypes = useCanvasNodeTypes(CORE_NODE_TYPES);
  // Only the cards near the view are React Flow's nodes (cardWindow.ts), and the `pinned` ones
  // wherever they are: the selected and the dragged.
  const cardWindow = useCardWindow(initialViewport);
  const nodesFor = useCallback(
    (prev: readonly Node[], pinned: Iterable<string>) =>
      mergeNodes(prev, [...buildNodes(layout, mapId, cursor, shownCards(layout, cardWindow, connectors, pinned)), ...featureNodes]),
    [layout, mapId, cursor, cardWindow, connectors, featureNodes],
  );
  const nodesForRef = useRef(nodesFor);
  nodesForRef.current = nodesFor;
  useEffect(() => {
    setNodes((prev) => nodesFor(prev, pinnedCards(prev)));
  }, [nodesFor, relayout]);
  useEffect(() => {
    setEdges((prev) => mergeEdges(prev, buildEdges(connectors, layout)));
  }, [connectors, layout]);

  // Keep the cursor on something that still exists after remote edits, undo, deletes.
  useEffect(() => {
    const c = editorState.getState().cursor;
    const valid = validCursor(layout, c);
    if (valid !== c) setEditor({ cursor: valid });
  }, [layout]);

  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((n) => applyNodeChanges(changes, n)), []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => setEdges((e) => applyEdgeChanges(changes, e)), []);
  const onSelectionChange = useCallback(({ nodes: ns, edges: es }: OnSelectionChangeParams) => {
    setEditor({
      selectedCardIds: ns.filter((n) => n.type === 'card').map((n) => n.id),
      selectedConnectorIds: es.map((e) => e.id),
    });
  }, []);

  const selectCards = useCallback((ids: readonly string[]) => {
    const set = new Set(ids);
    setEditor({ selectedCardIds: [...ids] });
    // The chosen cards become nodes wherever they are (Select all: every card of the map).
    setNodes((ns) =>
      nodesForRef.current(ns, [...set, ...draggedCards(ns)]).map((n) =>
        n.type === 'card' && !!n.selected !== set.has(n.id) ? { ...n, selected: set.has(n.id) } : n,
      ),
    );
  }, []);

  const onNodeDragStop = useCallback(
    (_e: unknown, node: Node, dragged: Node[]) => {
      const l = layoutRef.current;
      const bump = () => setEditor({ relayout: editorState.getState().relayout + 1 });
      if (node.type === 'card') {
        const dropX = node.position.x + GRID.cardW / 2;
        const dropY = node.position.y + GRID.cardH / 2;
        const hit = cellAt(l, dropX, dropY);
        const band = hit && l.lanes.find((b) => b.lane.id === hit.laneId);
        if (hit && band && holdsCards(band.lane.kind)) {
          const moving = dragged.filter((n) => n.type === 'card').sort((a, b) => a.position.y - b.position.y);
          const movingIds = new Set(moving.map((n) => n.id));
          const others = (l.cells.get(cellKey(hit.stageId, hit.laneId)) ?? []).filter((c) => !movingIds.has(c.id));
          const index = others.filter((c) => (l.cardPos.get(c.id)?.y ?? 0) + GRID.cardH / 2 < dropY).length;
          report(moveCards(doc, [...movingIds], { mapId, stageId: hit.stageId, laneId: hit.laneId }, index));
          setEditor({ cursor: { stageId: hit.stageId, laneId: hit.laneId, cardId: node.id } });
        } else if (band && !holdsCards(band.lane.kind)) {
          showToast(refusalSentence({ code: band.lane.kind === 'ownership' ? 'cannotCardOnOwnershipLane' : 'cannotCardOnEmotionLane' }), { tone: 'error' });
        }
      } else if (node.type === 'stage') {
        const to = indexAt(node.position.x + GRID.stageW / 2, GRID.laneLabelW, GRID.stageW, l.stages.length);
        report(moveStage(doc, node.id, to));
      } else if (node.type === 'lane') {
        const centre = node.position.y + (node.height ?? 0) / 2;
        let to = l.lanes.findIndex((b) => centre >= b.y && centre < b.y + b.h);
        if (to < 0) to = centre < l.headerH ? 0 : l.lanes.length - 1;
        report(moveLane(doc, node.id, to));
      } else {
        // A feature's node (a persona card goes wherever it is dropped): its module says what to write.
        const stop = nodeDragStop(node.type);
        if (stop) report(stop(doc, node));
      }
      bump();
    },
    [doc, mapId],
  );

  const addCardAt = useCallback(
    (stageId: string, laneId: string) => {
      const r = addCard(doc, { mapId, stageId, laneId }, '');
      if (report(r) && r.ok) {
        setEditor({ cursor: { stageId, laneId, cardId: r.value }, editingCardId: r.value });
        selectCards([r.value]);
      }
    },
    [doc, mapId, selectCards],
  );

  // The canvas's part of the commands' context: selection, adding, revealing a card.
  useEffect(
    () =>
      registerHost('canvas', {
        mapId,
        selectCards,
        clearSelection: () => selectCards([]),
        addCardAt,
        firstCell: () => firstCursor(layoutRef.current),
        layout: () => layoutRef.current,
        reveal: (cardId) => {
          const l = layoutRef.current;
          const at = l.cardPos.get(cardId);
          const card = l.cardById.get(cardId);
          if (!at || !card) return;
          setEditor({ cursor: { stageId: card.stageId, laneId: card.laneId, cardId } });
          selectCards([cardId]);
          void flow.setCenter(at.x + GRID.cardW / 2, at.y + GRID.cardH / 2, { zoom: Math.max(flow.getZoom(), 0.8), duration: 200 });
          focusCanvas();
        },
        focus: focusCanvas,
        fitReadable: () => readableRef.current.fit(),
        stepStage: (step) => readableRef.current.step(step),
      }),
    [mapId, selectCards, addCardAt, flow],
  );
  // A card the palette found on this map before it opened: show it once it is laid out.
  useEffect(() => {
    const pending = commandHost.getState().pendingReveal;
    if (!pending || pending.mapId !== mapId || !layout.cardPos.has(pending.cardId)) return;
    commandHost.setState({ pendingReveal: null });
    requestAnimationFrame(() => commandHost.getState().canvas?.reveal(pending.cardId));
  }, [layout, mapId]);

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source && c.target) report(addConnector(doc, c.source, c.target));
    },
    [doc],
  );
  // While the view moves, the map is its own compositor layer (`[data-moving]` in styles.css:
  // will-change), so a pan frame moves a picture instead of painting every card again: traced at
  // 2,000 cards, 4x CPU, Paint was ~1 s of a 60-step pan against ~16 ms for bare React Flow.
  // Only while moving: a layer kept across a zoom keeps the raster of its old scale (blurred text).
  const onMoveStart = useCallback(() => {
    if (rootRef.current) rootRef.current.dataset.moving = '';
  }, []);
  const onMoveEnd = useCallback(
    (_e: unknown, vp: Viewport) => {
      if (rootRef.current) delete rootRef.current.dataset.moving;
      void putSetting(`viewport:${mapId}`, vp).catch(() => undefined);
    },
    [mapId],
  );

  const onDoubleClick = (e: React.MouseEvent) => {
    const target = e.target as Element;
    if (target.closest('.react-flow__node') || !target.closest('.react-flow__pane, .react-flow__renderer')) return;
    const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const hit = cellAt(layoutRef.current, p.x, p.y);
    if (!hit) return;
    const band = layoutRef.current.lanes.find((b) => b.lane.id === hit.laneId);
    if (band && !holdsCards(band.lane.kind)) return;
    addCardAt(hit.stageId, hit.laneId);
  };

  const onPaneClick = useCallback(
    (e: React.MouseEvent) => {
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const hit = cellAt(layoutRef.current, p.x, p.y);
      setEditor({ cursor: hit ? { stageId: hit.stageId, laneId: hit.laneId } : editorState.getState().cursor });
    },
    [flow],
  );

  const onNodeClick = useCallback((_e: React.MouseEvent, node: Node) => {
    if (node.type !== 'card') return;
    const card = layoutRef.current.cardById.get(node.id);
    if (card) setEditor({ cursor: { stageId: card.stageId, laneId: card.laneId, cardId: card.id } });
  }, []);

  const selectedOrCursorCards = (): string[] => {
    const st = editorState.getState();
    if (st.selectedCardIds.length) return [...st.selectedCardIds];
    return st.cursor?.cardId ? [st.cursor.cardId] : [];
  };

  // The canvas handles only what is not a command: walking the cursor with the arrows, Home and
  // End (with Ctrl/Cmd: the whole map), keys typed while a card opens, and Escape. Undo, Enter,
  // Delete, Ctrl+A, Alt+arrows… are commands of the registry (commands/registry.ts), run by the
  // one keyboard handler (CommandKeys).
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (isTypingTarget(e.target)) return;
    if (editorState.getState().editingCardId) {
      if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        setEditor({ typeAhead: editorState.getState().typeAhead + e.key });
      }
      return;
    }
    const mod = e.ctrlKey || e.metaKey;
    const dir = ARROWS[e.key];
    if (dir && !mod && !e.altKey) {
      e.preventDefault();
      const next = moveCursor(layoutRef.current, editorState.getState().cursor, dir);
      setEditor({ cursor: next });
      selectCards(next?.cardId ? [next.cardId] : []);
      return;
    }
    if ((e.key === 'Home' || e.key === 'End') && !e.altKey && !e.shiftKey) {
      e.preventDefault();
      const next = edgeCursor(layoutRef.current, editorState.getState().cursor, e.key === 'End', mod);
      setEditor({ cursor: next });
      selectCards(next?.cardId ? [next.cardId] : []);
      return;
    }
    if (e.key === 'Escape') {
      selectCards([]);
      setEdges((es) => es.map((x) => (x.selected ? { ...x, selected: false } : x)));
    }
  };

  const onCopy = (e: React.ClipboardEvent, cut = false) => {
    if (isTypingTarget(e.target)) return;
    const ids = new Set(selectedOrCursorCards());
    const all = store.getState().cards;
    const chosen = [...ids].map((id) => all[id]).filter((c) => !!c);
    if (!chosen.length) return;
    e.preventDefault();
    const { json, text } = serializeCards(chosen);
    e.clipboardData.setData(BATON_CARDS_MIME, json);
    e.clipboardData.setData('text/plain', text);
    if (cut) report(deleteCards(doc, [...ids]));
    else showToast(S.copiedCards(chosen.length));
  };

  const onPaste = (e: React.ClipboardEvent) => {
    if (isTypingTarget(e.target)) return;
    e.preventDefault();
    const parsed = parseClipboard(e.clipboardData.getData(BATON_CARDS_MIME), e.clipboardData.getData('text/plain'));
    if (parsed.kind === 'nothing') return showToast(S.pasteNothing, { tone: 'error' });
    const c = validCursor(layoutRef.current, editorState.getState().cursor);
    if (!c) return showToast(S.pasteNoCell, { tone: 'error' });
    const r = addCards(doc, { mapId, stageId: c.stageId, laneId: c.laneId }, parsed.drafts);
    if (report(r) && r.ok) {
      selectCards(r.value);
      showToast(parsed.limited ? S.pasteLimited(r.value.length) : S.pastedCards(r.value.length));
    }
  };

  return (
    <div
      ref={rootRef}
      className="canvas-root"
      tabIndex={0}
      data-canvas-root
      role="application"
      aria-label={U.header.mapCanvas(S.mapHelp)}
      onKeyDown={onKeyDown}
      onKeyDownCapture={lastInput.onKeyDownCapture}
      onPointerDownCapture={lastInput.onPointerDownCapture}
      onDoubleClick={onDoubleClick}
      onCopy={(e) => onCopy(e)}
      onCut={(e) => onCopy(e, true)}
      onPaste={onPaste}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onSelectionChange={onSelectionChange}
        onNodeDragStop={onNodeDragStop}
        onNodeClick={onNodeClick}
        onPaneClick={onPaneClick}
        onConnect={onConnect}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        defaultViewport={initialViewport}
        fitView={!initialViewport}
        fitViewOptions={fitViewOptions}
        minZoom={readable.minZoom}
        // Readable (room mode, the projector theme) the zoom rests at its floor, so the wheel
        // would do nothing going down: it scrolls the lanes instead (Ctrl+wheel and a pinch zoom).
        panOnScroll={readable.active}
        maxZoom={2.5}
        zoomOnDoubleClick={false}
        deleteKeyCode={null}
        disableKeyboardA11y
        onlyRenderVisibleElements
        proOptions={PRO_OPTIONS}
      >
        {/* No dot-grid <Background>: the map draws its own grid of stages and lanes, and that one
            SVG over the whole canvas was re-rastered on every layout anywhere in the window (the
            "Saving…" label, twice per saved keystroke): ~14 ms of raster each time at 2,000 cards. */}
        <InverseZoom rootRef={rootRef} />
        <FrozenHeaders layout={layout} />
        <MapOverview layout={layout} />
      </ReactFlow>
      {cards.length === 0 && (
        // An empty map says what to do (the same words are in the map's accessible name).
        <p className="map-empty-hint" aria-hidden>
          {S.mapHelp}
        </p>
      )}
      <CursorAnnouncer layout={layout} />
      <ViewFollowsKeyboard layout={layout} byKeyboard={lastInput.byKeyboard} />
    </div>
  );
}
