/**
 * The journey map's built-in commands: stages, lanes and cards (add, edit, move, colour,
 * connect, delete). The toolbar, the context menus, the keyboard and the palette run them.
 */
import { createStore } from 'zustand/vanilla';
import { setEditor } from '../canvas/editorState';
import { neighbourCell, validCursor, type Direction } from '../canvas/navigation';
import { addConnector, addLane, addStage, deleteCards, deleteConnectors, deleteLane, deleteStage, moveCards, moveLane, moveStage, setCardColor } from '../document/actions';
import { LANE_KIND_LABELS } from '../domain/templates';
import { CARD_COLORS, holdsCards, type CardColor, type LaneKind } from '../domain/types';
import { U } from '../i18n/ui';
import { S } from '../strings';
import { report, showToast } from '../ui/toasts';
import { laneIndex, oneCard, onMap, stageIndex, targetCards, targetLane, targetOf, targetStage, undoToast } from './targets';
import type { Command } from './types';

/** The kind of lane "Add lane" adds (the toolbar's choice next to it). UI-only. */
export const laneKindChoice = createStore<{ kind: LaneKind }>(() => ({ kind: 'text' }));

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

export const MAP_COMMANDS: readonly Command[] = [
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
];
