/**
 * Every command of Baton, each defined once. The map toolbar, the context menus, the desktop
 * app's menu (menuBridge.ts), the keyboard (CommandKeys.tsx) and the command palette all read
 * these definitions; nothing else implements what they do.
 */
import { setEditor } from '../canvas/editorState';
import { neighbourCell, validCursor, type Direction } from '../canvas/navigation';
import { addConnector, addLane, addMap, addStage, deleteCards, deleteConnectors, deleteLane, deleteStage, moveCards, moveLane, moveStage, setCardColor } from '../document/actions';
import { addHandoff, deleteHandoff } from '../document/actions/alignment';
import { attachPersona, deletePersona, duplicatePersona } from '../document/actions/personas';
import { redo, undo } from '../document/history';
import { sortByOrder } from '../domain/ordering';
import { LANE_KIND_LABELS } from '../domain/templates';
import { CARD_COLORS, holdsCards, type CardColor, type LaneKind } from '../domain/types';
import { createStore } from 'zustand/vanilla';
import { openHandoffPanel } from '../features/alignment/alignmentUi';
import { A } from '../features/alignment/strings';
import { pickPictureForCard, removePictureFromCard } from '../features/editor/cardPicture';
import { pickAndOpenBatonFile, saveProjectCopy } from '../features/files/fileCommands';
import { PS } from '../features/personas/strings';
import { SECTIONS } from '../features/project/sections';
import { startTour } from '../features/tour/tour';
import { U } from '../i18n/ui';
import { S } from '../strings';
import { openOverlay } from '../ui/overlays';
import { navigate } from '../ui/router';
import { setColourLabels, setThemeChoice, themeState } from '../ui/theme/theme';
import type { ThemeChoice } from '../ui/theme/palettes';
import { report, showToast } from '../ui/toasts';
import type { CommandContext } from './context';
import type { Command, TargetKind } from './types';

/** The kind of lane "Add lane" adds (the toolbar's choice next to it). UI-only. */
export const laneKindChoice = createStore<{ kind: LaneKind }>(() => ({ kind: 'text' }));

// ---- What a command acts on ----

/** The cards a card command acts on: the right-clicked card (with the selection it belongs to), else the selection, else the card at the cursor. */
export function targetCards(ctx: CommandContext): string[] {
  const selected = ctx.editor.selectedCardIds;
  if (ctx.target?.kind === 'card') return selected.includes(ctx.target.id) ? [...selected] : [ctx.target.id];
  if (selected.length) return [...selected];
  return ctx.editor.cursor?.cardId ? [ctx.editor.cursor.cardId] : [];
}

/** The one card a single-card command acts on. */
const oneCard = (ctx: CommandContext): string | undefined =>
  ctx.target?.kind === 'card' ? ctx.target.id : (ctx.editor.cursor?.cardId ?? (ctx.editor.selectedCardIds.length === 1 ? ctx.editor.selectedCardIds[0] : undefined));

/** The stage (or lane) a command acts on: the right-clicked one, else the cursor's. */
const targetStage = (ctx: CommandContext): string | undefined =>
  ctx.target ? (ctx.target.kind === 'stage' ? ctx.target.id : undefined) : (ctx.editor.cursor?.stageId ?? undefined);
const targetLane = (ctx: CommandContext): string | undefined =>
  ctx.target ? (ctx.target.kind === 'lane' ? ctx.target.id : undefined) : (ctx.editor.cursor?.laneId ?? undefined);
const targetOf = (ctx: CommandContext, kind: TargetKind): string | undefined => (ctx.target?.kind === kind ? ctx.target.id : undefined);

const inProject = (ctx: CommandContext) => !!ctx.doc;
const onMap = (ctx: CommandContext) => !!(ctx.doc && ctx.mapId && ctx.canvas);

function orderedOfMap<T extends { mapId: string; order: number; id: string }>(all: Readonly<Record<string, T>>, mapId: string): T[] {
  return sortByOrder(Object.values(all).filter((x) => x.mapId === mapId));
}

function stageIndex(ctx: CommandContext, stageId: string): { index: number; count: number } {
  const list = ctx.snapshot && ctx.mapId ? orderedOfMap(ctx.snapshot.stages, ctx.mapId) : [];
  return { index: list.findIndex((s) => s.id === stageId), count: list.length };
}
function laneIndex(ctx: CommandContext, laneId: string): { index: number; count: number } {
  const list = ctx.snapshot && ctx.mapId ? orderedOfMap(ctx.snapshot.lanes, ctx.mapId) : [];
  return { index: list.findIndex((l) => l.id === laneId), count: list.length };
}

const undoToast = (ctx: CommandContext, message: string) =>
  showToast(message, { action: { label: S.undoAction, run: () => ctx.doc && undo(ctx.doc) } });

// ---- The commands ----

function moveCardsCommand(dir: Direction, key: string): Command {
  return {
    id: `card.move.${dir}`,
    label: () => U.cmd.moveCards(U.directions[dir] ?? dir),
    group: 'card',
    keys: [`Alt+${key}`],
    inCanvas: true,
    targets: ['card'],
    enabled: (ctx) => onMap(ctx) && targetCards(ctx).length > 0,
    run: (ctx) => {
      const ids = targetCards(ctx);
      const first = ids[0] ? ctx.snapshot?.cards[ids[0]] : undefined;
      if (!first || !ctx.doc || !ctx.canvas || !ctx.mapId) return;
      const to = neighbourCell(ctx.canvas.layout(), first, dir);
      if (to && report(moveCards(ctx.doc, ids, { mapId: ctx.mapId, ...to }))) setEditor({ cursor: { ...to, cardId: first.id } });
    },
  };
}

function colourCommand(colour: CardColor): Command {
  return {
    id: `card.colour.${colour}`,
    label: () => U.cmd.cardColour(S.colorName[colour] ?? colour),
    keywords: () => U.keywords.colour,
    group: 'card',
    icon: 'colour',
    targets: ['card'],
    enabled: (ctx) => onMap(ctx) && targetCards(ctx).length > 0,
    run: (ctx) => ctx.doc && void report(setCardColor(ctx.doc, targetCards(ctx), colour)),
  };
}

function themeCommand(choice: ThemeChoice, label: () => string): Command {
  return {
    id: `theme.${choice}`,
    label,
    keywords: () => (choice === 'projector' ? `${U.keywords.theme} ${U.keywords.projector}` : U.keywords.theme),
    group: 'view',
    icon: choice === 'dark' ? 'moon' : choice === 'projector' ? 'projector' : 'sun',
    enabled: () => themeState.getState().choice !== choice,
    run: () => setThemeChoice(choice),
  };
}

const BASE_COMMANDS: readonly Command[] = [
  // ---- Everywhere ----
  {
    id: 'app.palette',
    label: () => U.cmd.palette,
    keywords: () => U.keywords.palette,
    group: 'app',
    icon: 'search',
    keys: ['Mod+K'],
    enabled: () => true,
    run: () => openOverlay('palette'),
  },
  {
    id: 'app.shortcuts',
    label: () => U.cmd.shortcuts,
    keywords: () => U.keywords.shortcuts,
    group: 'help',
    icon: 'keyboard',
    keys: ['?'],
    enabled: () => true,
    run: () => openOverlay('shortcuts'),
  },
  {
    id: 'app.help',
    label: () => U.cmd.help,
    keywords: () => U.keywords.help,
    group: 'help',
    icon: 'help',
    keys: ['F1'],
    enabled: () => true,
    run: () => openOverlay('help'),
  },
  {
    id: 'app.tour',
    label: () => U.cmd.tour,
    keywords: () => U.keywords.tour,
    group: 'help',
    icon: 'tour',
    enabled: () => true,
    run: () => startTour(),
  },
  {
    id: 'app.about',
    label: () => U.cmd.about,
    keywords: () => U.keywords.about,
    group: 'help',
    icon: 'info',
    enabled: () => true,
    run: () => openOverlay('about'),
  },
  {
    id: 'app.settings',
    label: () => U.cmd.settings,
    keywords: () => U.keywords.theme,
    group: 'view',
    icon: 'sun',
    enabled: () => true,
    run: () => openOverlay('settings'),
  },
  themeCommand('system', () => U.cmd.themeSystem),
  themeCommand('light', () => U.cmd.themeLight),
  themeCommand('dark', () => U.cmd.themeDark),
  themeCommand('projector', () => U.cmd.themeProjector),
  {
    id: 'app.colourLabels',
    label: () => U.cmd.colourLabels,
    keywords: () => U.keywords.colour,
    group: 'view',
    icon: 'colour',
    enabled: () => true,
    run: () => setColourLabels(!themeState.getState().colourLabels),
  },
  // ---- Files and projects ----
  {
    id: 'project.new',
    label: () => U.cmd.newProject,
    keywords: () => U.keywords.newProject,
    group: 'file',
    icon: 'plus',
    keys: ['Mod+N'],
    keysDesktopOnly: true,
    enabled: () => true,
    run: () => {
      navigate({ name: 'home' });
      // The home screen with its title field ready to type in.
      requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById('new-project-title')?.focus()));
    },
  },
  {
    id: 'file.open',
    label: () => U.cmd.openFile,
    keywords: () => U.keywords.openFile,
    group: 'file',
    icon: 'upload',
    keys: ['Mod+O'],
    enabled: () => true,
    run: () => void pickAndOpenBatonFile(),
  },
  {
    id: 'file.saveCopy',
    label: () => U.cmd.saveCopy,
    keywords: () => U.keywords.saveCopy,
    group: 'file',
    icon: 'download',
    keys: ['Mod+Shift+S'],
    enabled: inProject,
    run: (ctx) => ctx.project && void saveProjectCopy(ctx.project.projectId),
  },
  {
    id: 'go.home',
    label: () => U.cmd.allProjects,
    group: 'go',
    icon: 'back',
    enabled: (ctx) => ctx.route.name !== 'home',
    run: () => navigate({ name: 'home' }),
  },
  {
    id: 'map.new',
    label: () => U.cmd.newMap,
    group: 'file',
    icon: 'map',
    enabled: inProject,
    run: (ctx) => {
      if (!ctx.doc || !ctx.project) return;
      const r = addMap(ctx.doc, S.untitledMap, 'b2b');
      if (report(r) && r.ok) navigate({ name: 'map', projectId: ctx.project.projectId, mapId: r.value });
    },
  },
  // ---- Editing ----
  {
    id: 'edit.undo',
    label: () => U.cmd.undo,
    group: 'edit',
    icon: 'undo',
    keys: ['Mod+Z'],
    enabled: (ctx) => ctx.canUndo,
    run: (ctx) => ctx.doc && void undo(ctx.doc),
  },
  {
    id: 'edit.redo',
    label: () => U.cmd.redo,
    group: 'edit',
    icon: 'redo',
    keys: ['Mod+Shift+Z'],
    otherKeys: ['Mod+Y'],
    enabled: (ctx) => ctx.canRedo,
    run: (ctx) => ctx.doc && void redo(ctx.doc),
  },
  // ---- The map ----
  {
    id: 'map.addStage',
    label: () => U.cmd.addStage,
    group: 'map',
    icon: 'plus',
    targets: ['stage'],
    enabled: onMap,
    run: (ctx) => {
      if (!ctx.doc || !ctx.mapId) return;
      const after = targetOf(ctx, 'stage');
      report(addStage(ctx.doc, ctx.mapId, undefined, after ? stageIndex(ctx, after).index + 1 : undefined));
    },
  },
  {
    id: 'map.addLane',
    label: () => U.cmd.addLane,
    group: 'map',
    icon: 'plus',
    targets: ['lane'],
    enabled: onMap,
    run: (ctx) => {
      const kind = laneKindChoice.getState().kind;
      if (ctx.doc && ctx.mapId) report(addLane(ctx.doc, ctx.mapId, LANE_KIND_LABELS[kind], kind));
    },
  },
  {
    id: 'map.addCard',
    label: () => U.cmd.addCard,
    group: 'map',
    icon: 'plus',
    enabled: onMap,
    run: (ctx) => {
      if (!ctx.canvas) return;
      const c = validCursor(ctx.canvas.layout(), ctx.editor.cursor) ?? ctx.canvas.firstCell();
      const band = c && ctx.canvas.layout().lanes.find((b) => b.lane.id === c.laneId);
      const cell = c && band && holdsCards(band.lane.kind) ? c : ctx.canvas.firstCell();
      if (!cell) return showToast(S.pasteNoCell, { tone: 'error' });
      ctx.canvas.addCardAt(cell.stageId, cell.laneId);
    },
  },
  {
    id: 'card.edit',
    label: () => U.cmd.editCard,
    keywords: () => U.keywords.editCard,
    group: 'card',
    icon: 'edit',
    keys: ['Enter', 'F2'],
    inCanvas: true,
    targets: ['card'],
    enabled: (ctx) => onMap(ctx) && (!!oneCard(ctx) || (!ctx.target && !!ctx.editor.cursor)),
    run: (ctx) => {
      const id = oneCard(ctx);
      if (id) {
        const card = ctx.snapshot?.cards[id];
        if (card) setEditor({ cursor: { stageId: card.stageId, laneId: card.laneId, cardId: id } });
        setEditor({ editingCardId: id });
        return;
      }
      const c = ctx.canvas && validCursor(ctx.canvas.layout(), ctx.editor.cursor);
      if (c) ctx.canvas?.addCardAt(c.stageId, c.laneId);
    },
  },
  {
    id: 'card.delete',
    label: () => U.cmd.deleteCards,
    keywords: () => U.keywords.deleteCards,
    group: 'card',
    icon: 'trash',
    keys: ['Delete', 'Backspace'],
    inCanvas: true,
    targets: ['card'],
    danger: true,
    enabled: (ctx) => onMap(ctx) && (targetCards(ctx).length > 0 || (!ctx.target && ctx.editor.selectedConnectorIds.length > 0)),
    run: (ctx) => {
      if (!ctx.doc) return;
      const ids = targetCards(ctx);
      if (ids.length) {
        const r = deleteCards(ctx.doc, ids);
        if (report(r) && r.ok) undoToast(ctx, `${S.cardsCount(r.value)} deleted.`);
      } else if (ctx.editor.selectedConnectorIds.length) {
        report(deleteConnectors(ctx.doc, ctx.editor.selectedConnectorIds));
      }
    },
  },
  {
    id: 'card.selectAll',
    label: () => U.cmd.selectAll,
    group: 'card',
    icon: 'card',
    keys: ['Mod+A'],
    inCanvas: true,
    enabled: onMap,
    run: (ctx) => {
      if (!ctx.snapshot || !ctx.mapId) return;
      const ids = Object.values(ctx.snapshot.cards).filter((c) => c.mapId === ctx.mapId).map((c) => c.id);
      ctx.canvas?.selectCards(ids);
    },
  },
  moveCardsCommand('left', 'ArrowLeft'),
  moveCardsCommand('right', 'ArrowRight'),
  moveCardsCommand('up', 'ArrowUp'),
  moveCardsCommand('down', 'ArrowDown'),
  ...CARD_COLORS.map(colourCommand),
  {
    id: 'card.connect',
    label: () => U.cmd.connectCards,
    group: 'card',
    icon: 'link',
    enabled: (ctx) => onMap(ctx) && ctx.editor.selectedCardIds.length === 2,
    run: (ctx) => {
      const [a, b] = ctx.editor.selectedCardIds;
      if (ctx.doc && a && b) report(addConnector(ctx.doc, a, b));
    },
  },
  {
    id: 'card.addImage',
    label: () => U.cmd.addCardImage,
    keywords: () => U.keywords.image,
    group: 'card',
    icon: 'image',
    targets: ['card'],
    enabled: (ctx) => onMap(ctx) && !!oneCard(ctx),
    run: (ctx) => {
      const id = oneCard(ctx);
      if (ctx.doc && id) pickPictureForCard(ctx.doc, id);
    },
  },
  {
    id: 'card.removeImage',
    label: () => U.cmd.removeCardImage,
    keywords: () => U.keywords.image,
    group: 'card',
    icon: 'image',
    targets: ['card'],
    enabled: (ctx) => {
      const id = onMap(ctx) ? oneCard(ctx) : undefined;
      return !!(id && ctx.snapshot?.cards[id]?.imageHash);
    },
    run: (ctx) => {
      const id = oneCard(ctx);
      if (ctx.doc && id) removePictureFromCard(ctx.doc, id);
    },
  },
  {
    id: 'card.addHandoff',
    label: () => U.cmd.addHandoffOnCard,
    keywords: () => U.keywords.handoff,
    group: 'handoff',
    icon: 'handoff',
    targets: ['card'],
    enabled: (ctx) => onMap(ctx) && !!oneCard(ctx),
    run: (ctx) => {
      const id = oneCard(ctx);
      if (!ctx.doc || !ctx.mapId || !id) return;
      const r = addHandoff(ctx.doc, { mapId: ctx.mapId, cardId: id });
      if (report(r) && r.ok) openHandoffPanel(r.value);
    },
  },
  // ---- Stages ----
  {
    id: 'stage.rename',
    label: () => U.cmd.renameStage,
    group: 'stage',
    icon: 'edit',
    targets: ['stage'],
    enabled: (ctx) => onMap(ctx) && !!targetStage(ctx),
    run: (ctx) => setEditor({ renamingStageId: targetStage(ctx) ?? null }),
  },
  {
    id: 'stage.describe',
    label: () => U.cmd.describeStage,
    group: 'stage',
    icon: 'edit',
    targets: ['stage'],
    enabled: (ctx) => onMap(ctx) && !!targetStage(ctx),
    run: (ctx) => setEditor({ editingDescriptionId: targetStage(ctx) ?? null }),
  },
  {
    id: 'stage.moveLeft',
    label: () => U.cmd.moveStageLeft,
    group: 'stage',
    targets: ['stage'],
    enabled: (ctx) => {
      const id = onMap(ctx) ? targetStage(ctx) : undefined;
      return !!id && stageIndex(ctx, id).index > 0;
    },
    run: (ctx) => {
      const id = targetStage(ctx);
      if (ctx.doc && id) report(moveStage(ctx.doc, id, stageIndex(ctx, id).index - 1));
    },
  },
  {
    id: 'stage.moveRight',
    label: () => U.cmd.moveStageRight,
    group: 'stage',
    targets: ['stage'],
    enabled: (ctx) => {
      const id = onMap(ctx) ? targetStage(ctx) : undefined;
      if (!id) return false;
      const { index, count } = stageIndex(ctx, id);
      return index >= 0 && index < count - 1;
    },
    run: (ctx) => {
      const id = targetStage(ctx);
      if (ctx.doc && id) report(moveStage(ctx.doc, id, stageIndex(ctx, id).index + 1));
    },
  },
  {
    id: 'stage.addHandoffAfter',
    label: () => U.cmd.addHandoffAfterStage,
    keywords: () => U.keywords.handoff,
    group: 'handoff',
    icon: 'handoff',
    targets: ['stage'],
    enabled: (ctx) => onMap(ctx) && !!targetStage(ctx),
    run: (ctx) => {
      const id = targetStage(ctx);
      if (!ctx.doc || !ctx.mapId || !id) return;
      const r = addHandoff(ctx.doc, { mapId: ctx.mapId, afterStageId: id });
      if (report(r) && r.ok) openHandoffPanel(r.value);
    },
  },
  {
    id: 'stage.delete',
    label: () => U.cmd.deleteStage,
    group: 'stage',
    icon: 'trash',
    targets: ['stage'],
    danger: true,
    enabled: (ctx) => {
      const id = onMap(ctx) ? targetStage(ctx) : undefined;
      return !!id && stageIndex(ctx, id).count > 1;
    },
    run: (ctx) => {
      const id = targetStage(ctx);
      const name = id ? (ctx.snapshot?.stages[id]?.name ?? '') : '';
      if (ctx.doc && id && report(deleteStage(ctx.doc, id))) undoToast(ctx, S.stageDeleted(name));
    },
  },
  // ---- Lanes ----
  {
    id: 'lane.rename',
    label: () => U.cmd.renameLane,
    group: 'lane',
    icon: 'edit',
    targets: ['lane'],
    enabled: (ctx) => onMap(ctx) && !!targetLane(ctx),
    run: (ctx) => setEditor({ renamingLaneId: targetLane(ctx) ?? null }),
  },
  {
    id: 'lane.moveUp',
    label: () => U.cmd.moveLaneUp,
    group: 'lane',
    targets: ['lane'],
    enabled: (ctx) => {
      const id = onMap(ctx) ? targetLane(ctx) : undefined;
      return !!id && laneIndex(ctx, id).index > 0;
    },
    run: (ctx) => {
      const id = targetLane(ctx);
      if (ctx.doc && id) report(moveLane(ctx.doc, id, laneIndex(ctx, id).index - 1));
    },
  },
  {
    id: 'lane.moveDown',
    label: () => U.cmd.moveLaneDown,
    group: 'lane',
    targets: ['lane'],
    enabled: (ctx) => {
      const id = onMap(ctx) ? targetLane(ctx) : undefined;
      if (!id) return false;
      const { index, count } = laneIndex(ctx, id);
      return index >= 0 && index < count - 1;
    },
    run: (ctx) => {
      const id = targetLane(ctx);
      if (ctx.doc && id) report(moveLane(ctx.doc, id, laneIndex(ctx, id).index + 1));
    },
  },
  {
    id: 'lane.delete',
    label: () => U.cmd.deleteLane,
    group: 'lane',
    icon: 'trash',
    targets: ['lane'],
    danger: true,
    enabled: (ctx) => {
      const id = onMap(ctx) ? targetLane(ctx) : undefined;
      return !!id && laneIndex(ctx, id).count > 1;
    },
    run: (ctx) => {
      const id = targetLane(ctx);
      const name = id ? (ctx.snapshot?.lanes[id]?.name ?? '') : '';
      if (ctx.doc && id && report(deleteLane(ctx.doc, id))) undoToast(ctx, S.laneDeleted(name));
    },
  },
  // ---- Personas (from their context menu) ----
  {
    id: 'persona.open',
    label: () => U.cmd.openPersona,
    group: 'persona',
    icon: 'persona',
    targets: ['persona'],
    enabled: (ctx) => inProject(ctx) && !!targetOf(ctx, 'persona'),
    run: (ctx) => {
      const id = targetOf(ctx, 'persona');
      if (ctx.project && id) navigate({ name: 'project', projectId: ctx.project.projectId, section: 'personas', itemId: id });
    },
  },
  {
    id: 'persona.addToMap',
    label: () => U.cmd.addPersonaToMap,
    group: 'persona',
    icon: 'map',
    targets: ['persona'],
    enabled: (ctx) => {
      const id = targetOf(ctx, 'persona');
      return !!(id && ctx.mapId && ctx.snapshot && !ctx.snapshot.maps[ctx.mapId]?.personaIds.includes(id));
    },
    run: (ctx) => {
      const id = targetOf(ctx, 'persona');
      if (ctx.doc && ctx.mapId && id) report(attachPersona(ctx.doc, ctx.mapId, id));
    },
  },
  {
    id: 'persona.duplicate',
    label: () => U.cmd.duplicatePersona,
    group: 'persona',
    targets: ['persona'],
    enabled: (ctx) => inProject(ctx) && !!targetOf(ctx, 'persona'),
    run: (ctx) => {
      const id = targetOf(ctx, 'persona');
      if (ctx.doc && id) report(duplicatePersona(ctx.doc, id));
    },
  },
  {
    id: 'persona.delete',
    label: () => U.cmd.deletePersona,
    group: 'persona',
    icon: 'trash',
    targets: ['persona'],
    danger: true,
    enabled: (ctx) => inProject(ctx) && !!targetOf(ctx, 'persona'),
    run: (ctx) => {
      const id = targetOf(ctx, 'persona');
      const name = (id && ctx.snapshot?.personas[id]?.name) || PS.unnamed;
      if (ctx.doc && id && report(deletePersona(ctx.doc, id))) undoToast(ctx, PS.deleted(name));
    },
  },
  // ---- Handoffs (from their context menu) ----
  {
    id: 'handoff.open',
    label: () => U.cmd.openHandoff,
    keywords: () => U.keywords.handoff,
    group: 'handoff',
    icon: 'handoff',
    targets: ['handoff'],
    enabled: (ctx) => onMap(ctx) && !!targetOf(ctx, 'handoff'),
    run: (ctx) => {
      const id = targetOf(ctx, 'handoff');
      if (id) openHandoffPanel(id);
    },
  },
  {
    id: 'handoff.delete',
    label: () => U.cmd.deleteHandoff,
    group: 'handoff',
    icon: 'trash',
    targets: ['handoff'],
    danger: true,
    enabled: (ctx) => inProject(ctx) && !!targetOf(ctx, 'handoff'),
    run: (ctx) => {
      const id = targetOf(ctx, 'handoff');
      const name = (id && ctx.snapshot?.handoffs[id]?.name) || '';
      if (ctx.doc && id && report(deleteHandoff(ctx.doc, id))) undoToast(ctx, A.handoffDeleted(name));
    },
  },
  // ---- View ----
  {
    id: 'view.zoomIn',
    label: () => U.cmd.zoomIn,
    group: 'view',
    icon: 'plus',
    keys: ['Mod+='],
    enabled: (ctx) => !!ctx.flow,
    run: (ctx) => ctx.flow?.zoomIn(),
  },
  {
    id: 'view.zoomOut',
    label: () => U.cmd.zoomOut,
    group: 'view',
    icon: 'minus',
    keys: ['Mod+-'],
    enabled: (ctx) => !!ctx.flow,
    run: (ctx) => ctx.flow?.zoomOut(),
  },
  {
    id: 'view.fit',
    label: () => U.cmd.fitView,
    group: 'view',
    icon: 'fit',
    keys: ['Mod+0'],
    enabled: (ctx) => !!ctx.flow,
    run: (ctx) => ctx.flow?.fitView(),
  },
  {
    id: 'app.contextMenu',
    label: () => U.cmd.contextMenu,
    group: 'app',
    icon: 'menu',
    keys: ['Shift+F10', 'ContextMenu'],
    enabled: () => true,
    // The menu host finds what has the focus (menus.ts); defined here so the key is in one place.
    run: () => window.dispatchEvent(new CustomEvent('baton:context-menu-key')),
  },
];

/** "Go to Personas", "Go to Glossary"…: one per project section, made when first asked for. */
function sectionCommands(): Command[] {
  return SECTIONS.map((sec) => ({
    id: `go.${sec.id}`,
    label: () => U.cmd.goTo(sec.label),
    group: 'go' as const,
    enabled: inProject,
    run: (ctx: CommandContext) => ctx.project && navigate({ name: 'project', projectId: ctx.project.projectId, section: sec.id }),
  }));
}

let all: readonly Command[] | undefined;

/** Every command, in the order the palette lists them when nothing is typed. */
export function allCommands(): readonly Command[] {
  all ??= [...BASE_COMMANDS, ...sectionCommands()];
  return all;
}

export function findCommand(id: string): Command | undefined {
  return allCommands().find((c) => c.id === id);
}

/** The commands a context menu of this kind offers, in registry order, deleting last. */
export function commandsFor(kind: TargetKind): Command[] {
  const list = allCommands().filter((c) => c.targets?.includes(kind));
  return [...list.filter((c) => !c.danger), ...list.filter((c) => c.danger)];
}

/** The shortcuts of a command on one platform (the first is the one shown). */
export function shortcutsOf(c: Command, isMac: boolean, isDesktop: boolean): string[] {
  if (c.keysDesktopOnly && !isDesktop) return [];
  return [...(c.keys ?? []), ...(isMac ? [] : (c.otherKeys ?? []))];
}

/** Runs a command by id if it is enabled; returns whether it ran. */
export function runCommand(id: string, ctx: CommandContext): boolean {
  const c = findCommand(id);
  if (!c || !c.enabled(ctx)) return false;
  c.run(ctx);
  return true;
}
