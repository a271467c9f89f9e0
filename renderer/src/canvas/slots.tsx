/**
 * Places where features add to the journey map without editing the canvas itself: badges under
 * a stage's name and at the bottom of a card, the strip above the map, and nodes of their own
 * (handoff markers, persona cards, the ownership lane's chips). A feature names its
 * small components in its module (`canvas` in features/<name>/module.ts); app/install.ts adds
 * them here at start, in the order of app/features.ts. Keep each one narrow (select only its own
 * records) because slots render inside memoised nodes.
 */
import type { Node, NodeTypes } from '@xyflow/react';
import { useRef, useSyncExternalStore, type ComponentType } from 'react';
import type * as Y from 'yjs';
import type { ActionResult } from '../document/actions/result';
import type { MapLayout } from './layout';

/** A kind of node a feature draws on the map (React Flow's node type of that name). */
export interface CanvasNodeType {
  readonly component: NodeTypes[string];
  /** What dropping a dragged node of this kind writes (one change: the whole drag). */
  readonly onDragStop?: (doc: Y.Doc, node: Node) => ActionResult;
}

export interface CanvasSlots {
  /** Under a stage's name: owner, KPIs, content requests… */
  readonly stageBadges?: readonly ComponentType<{ stageId: string; mapId: string }>[];
  /** At the bottom of a card: owner, votes, glossary terms… */
  readonly cardBadges?: readonly ComponentType<{ cardId: string }>[];
  /** In the strip above the canvas: the map's personas, the alignment check, the vote… */
  readonly mapStrips?: readonly ComponentType<{ mapId: string }>[];
  /**
   * A hook: the ids of this map's cards the current person may not see yet (a private vote
   * round's, say). Return the same Set while nothing changes: the canvas lays out again when it
   * changes identity.
   */
  readonly useHiddenCards?: (mapId: string) => ReadonlySet<string>;
  /**
   * Node kinds by their type name. The lanes the canvas lays out name some of them (an
   * ownership lane is drawn by the node type `ownership`); a feature's own nodes name the rest.
   */
  readonly nodeTypes?: Readonly<Record<string, CanvasNodeType>>;
  /**
   * A hook: the feature's nodes on this map, placed with the map's layout. Return the same array
   * while nothing changes (useMemo): the canvas merges the nodes again when it changes identity.
   */
  readonly useNodes?: (mapId: string, layout: MapLayout) => readonly Node[];
  /** In the toolbar of the selected cards, over the canvas (so selecting moves nothing): the owner… */
  readonly selectionTools?: readonly ComponentType<{ mapId: string }>[];
  /** In room mode's bar, one small chip each: the agenda item and its timer… */
  readonly roomChips?: readonly ComponentType<{ mapId: string }>[];
  /**
   * A hook: the stage of this map the room is on now (the running session's focused stage), or
   * null. Room mode and the projector theme bring it into view ("follow the agenda"). One module
   * says; a second one is refused.
   */
  readonly useFocusStage?: (mapId: string) => string | null;
  /**
   * A hook, from the module that says useFocusStage: what to call when the person steps to a
   * stage of this map (PageDown/PageUp, the room bar's arrows), so the room's stage follows the
   * facilitator (the presenter view, the phones); null when nothing follows.
   */
  readonly useFollowStage?: (mapId: string) => ((stageId: string) => void) | null;
  /**
   * A hook: the lanes of this map the room is working on now (an open vote's), under a key that
   * changes when they do; null when none. The view brings them into sight when the key changes.
   * One module says; a second one is refused.
   */
  readonly useLanesInPlay?: (mapId: string) => LanesInPlay | null;
}

/** Lanes the view brings into sight (an open vote's), and a key that changes with them. */
export interface LanesInPlay {
  readonly key: string;
  readonly laneIds: readonly string[];
}

const stageBadges: ComponentType<{ stageId: string; mapId: string }>[] = [];
const cardBadges: ComponentType<{ cardId: string }>[] = [];
const mapStrips: ComponentType<{ mapId: string }>[] = [];
const NONE: ReadonlySet<string> = new Set();
type HiddenCards = (mapId: string) => ReadonlySet<string>;
/** Every module's useHiddenCards, composed into one hook as they are added. */
let hiddenOf: HiddenCards = () => NONE;
let hiddenHooks = 0;
const nodeTypes: Record<string, CanvasNodeType> = {};
type NodesOf = (mapId: string, layout: MapLayout) => readonly Node[];
const nodeHooks: NodesOf[] = [];
const roomChips: ComponentType<{ mapId: string }>[] = [];
const selectionTools: ComponentType<{ mapId: string }>[] = [];
const noFocus = (): string | null => null;
let focusOf: (mapId: string) => string | null = noFocus;
const noLanes = (): LanesInPlay | null => null;
let lanesOf: (mapId: string) => LanesInPlay | null = noLanes;
const noFollow = (): ((stageId: string) => void) | null => null;
let followOf: (mapId: string) => ((stageId: string) => void) | null = noFollow;

/** Two modules' hidden cards: a new Set only while both hide some (one module: its own Set). */
function both(first: HiddenCards, second: HiddenCards): HiddenCards {
  return (mapId) => {
    const a = first(mapId);
    const b = second(mapId);
    if (!a.size) return b;
    if (!b.size) return a;
    return new Set([...a, ...b]);
  };
}

/** Adds a feature's slot components after those added before. */
export function addCanvasSlots(slots: CanvasSlots): void {
  stageBadges.push(...(slots.stageBadges ?? []));
  cardBadges.push(...(slots.cardBadges ?? []));
  mapStrips.push(...(slots.mapStrips ?? []));
  if (slots.useHiddenCards) {
    hiddenOf = hiddenHooks++ ? both(hiddenOf, slots.useHiddenCards) : slots.useHiddenCards;
  }
  const added = Object.entries(slots.nodeTypes ?? {});
  for (const [name, type] of added) {
    if (nodeTypes[name]) throw new Error(`Two features draw the node type "${name}"`);
    nodeTypes[name] = type;
  }
  if (added.length) {
    nodeTypesVersion++;
    nodeTypesListeners.forEach((l) => l());
  }
  if (slots.useNodes) nodeHooks.push(slots.useNodes);
  roomChips.push(...(slots.roomChips ?? []));
  selectionTools.push(...(slots.selectionTools ?? []));
  if (slots.useFocusStage) {
    if (focusOf !== noFocus) throw new Error('Two features say which stage the room is on');
    focusOf = slots.useFocusStage;
  }
  if (slots.useLanesInPlay) {
    if (lanesOf !== noLanes) throw new Error('Two features say which lanes are in play');
    lanesOf = slots.useLanesInPlay;
  }
  if (slots.useFollowStage) {
    if (followOf !== noFollow) throw new Error('Two features follow the stage the person steps to');
    followOf = slots.useFollowStage;
  }
}

/** The lanes of this map in play now (an open vote's), if a feature says (fixed before the first render). */
export function useLanesInPlay(mapId: string): LanesInPlay | null {
  return lanesOf(mapId);
}

/** The stage of this map the room is on now, if a feature says (fixed before the first render). */
export function useFocusStage(mapId: string): string | null {
  return focusOf(mapId);
}

/** What to call when the person steps to a stage of this map, if a feature follows (fixed before the first render). */
export function useFollowStage(mapId: string): ((stageId: string) => void) | null {
  return followOf(mapId);
}

/** The features' tools for the selected cards, in the selection's toolbar. */
export function SelectionTools(props: { mapId: string }) {
  return (
    <>
      {selectionTools.map((Tools, i) => (
        <Tools key={i} mapId={props.mapId} />
      ))}
    </>
  );
}

/** Room mode's chips (the agenda item and its timer…), in the order of app/features.ts. */
export function RoomChips(props: { mapId: string }) {
  return (
    <>
      {roomChips.map((Chip, i) => (
        <Chip key={i} mapId={props.mapId} />
      ))}
    </>
  );
}

/**
 * The registry's version: it moves when a module adds node types, so whoever built React Flow's
 * node types from an older registry builds them again (a module installed after the canvas's
 * first render is drawn too). Between two installs the object stays the same: a new object per
 * render would remount every node.
 */
let nodeTypesVersion = 0;
const nodeTypesListeners = new Set<() => void>();

/** Tells `listener` each time a module adds node types; returns the unsubscribe. */
export function subscribeNodeTypes(listener: () => void): () => void {
  nodeTypesListeners.add(listener);
  return () => nodeTypesListeners.delete(listener);
}
const currentNodeTypesVersion = () => nodeTypesVersion;

const builtNodeTypes = new WeakMap<NodeTypes, { version: number; all: NodeTypes }>();

/**
 * React Flow's node types: the canvas's own (`core`, defined once at module level) and every
 * feature's. The same object for the same core while no module adds node types; a new, complete
 * one after a module does.
 */
export function canvasNodeTypes(core: NodeTypes): NodeTypes {
  const built = builtNodeTypes.get(core);
  if (built && built.version === nodeTypesVersion) return built.all;
  const all: NodeTypes = { ...core };
  for (const [name, type] of Object.entries(nodeTypes)) {
    if (all[name]) throw new Error(`A feature's node type "${name}" is one of the canvas's own`);
    all[name] = type.component;
  }
  builtNodeTypes.set(core, { version: nodeTypesVersion, all });
  return all;
}

/** canvasNodeTypes for a component: it renders again when a module adds node types later. */
export function useCanvasNodeTypes(core: NodeTypes): NodeTypes {
  useSyncExternalStore(subscribeNodeTypes, currentNodeTypesVersion, currentNodeTypesVersion);
  return canvasNodeTypes(core);
}

/** What dropping a dragged node of a feature's kind writes, if the feature says. */
export function nodeDragStop(type: string | undefined): CanvasNodeType['onDragStop'] {
  return type ? nodeTypes[type]?.onDragStop : undefined;
}

const NO_NODES: readonly Node[] = [];
const byLayer = (a: Node, b: Node) => (a.zIndex ?? 0) - (b.zIndex ?? 0);

/**
 * Every feature's nodes on this map, in their stacking order (zIndex; the same order for the
 * keyboard's Tab). The same array while no feature's changed. The hooks are fixed before the
 * first render (app/install.ts), so they run in the same order on every render.
 */
export function useFeatureNodes(mapId: string, layout: MapLayout): readonly Node[] {
  const lists: (readonly Node[])[] = [];
  for (const nodesOf of nodeHooks) lists.push(nodesOf(mapId, layout));
  const last = useRef<{ lists: readonly (readonly Node[])[]; all: readonly Node[] }>({ lists: [], all: NO_NODES });
  const prev = last.current;
  if (lists.length !== prev.lists.length || lists.some((l, i) => l !== prev.lists[i])) {
    last.current = { lists, all: lists.flat().sort(byLayer) };
  }
  return last.current.all;
}

/**
 * The cards of a map that stay off this screen: what every module's `useHiddenCards` hides.
 * The hooks are fixed before the first render (app/install.ts), so they run in the same order
 * on every render.
 */
export function useHiddenCards(mapId: string): ReadonlySet<string> {
  return hiddenOf(mapId);
}

export function StageBadges(props: { stageId: string; mapId: string }) {
  return (
    <>
      {stageBadges.map((Badge, i) => (
        <Badge key={i} stageId={props.stageId} mapId={props.mapId} />
      ))}
    </>
  );
}

export function CardBadges(props: { cardId: string }) {
  return (
    <>
      {cardBadges.map((Badge, i) => (
        <Badge key={i} cardId={props.cardId} />
      ))}
    </>
  );
}

/**
 * The strip above the canvas. One row that wraps, not a row each: three rows took a third of a
 * 720-pixel projector's height.
 */
export function MapStrip(props: { mapId: string }) {
  return (
    <div className="map-strips">
      {mapStrips.map((Strip, i) => (
        <Strip key={i} mapId={props.mapId} />
      ))}
    </div>
  );
}
