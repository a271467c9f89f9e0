/**
 * What a command acts on (the right-clicked thing, else the selection, else the cursor) and
 * when it can run: shared by the built-in commands and the commands features add.
 */
import { undo } from '../document/history';
import { sortByOrder } from '../domain/ordering';
import { S } from '../strings';
import { showToast } from '../ui/toasts';
import type { CommandContext } from './context';
import type { TargetKind } from './types';

/** The cards a card command acts on: the right-clicked card (with the selection it belongs to), else the selection, else the card at the cursor. */
export function targetCards(ctx: CommandContext): string[] {
  const selected = ctx.editor.selectedCardIds;
  if (ctx.target?.kind === 'card') return selected.includes(ctx.target.id) ? [...selected] : [ctx.target.id];
  if (selected.length) return [...selected];
  return ctx.editor.cursor?.cardId ? [ctx.editor.cursor.cardId] : [];
}

/** The one card a single-card command acts on. */
export const oneCard = (ctx: CommandContext): string | undefined =>
  ctx.target?.kind === 'card' ? ctx.target.id : (ctx.editor.cursor?.cardId ?? (ctx.editor.selectedCardIds.length === 1 ? ctx.editor.selectedCardIds[0] : undefined));

/** The stage (or lane) a command acts on: the right-clicked one, else the cursor's. */
export const targetStage = (ctx: CommandContext): string | undefined =>
  ctx.target ? (ctx.target.kind === 'stage' ? ctx.target.id : undefined) : (ctx.editor.cursor?.stageId ?? undefined);
export const targetLane = (ctx: CommandContext): string | undefined =>
  ctx.target ? (ctx.target.kind === 'lane' ? ctx.target.id : undefined) : (ctx.editor.cursor?.laneId ?? undefined);
export const targetOf = (ctx: CommandContext, kind: TargetKind): string | undefined => (ctx.target?.kind === kind ? ctx.target.id : undefined);

export const inProject = (ctx: CommandContext) => !!ctx.doc;
export const onMap = (ctx: CommandContext) => !!(ctx.doc && ctx.mapId && ctx.canvas);

function orderedOfMap<T extends { mapId: string; order: number; id: string }>(all: Readonly<Record<string, T>>, mapId: string): T[] {
  return sortByOrder(Object.values(all).filter((x) => x.mapId === mapId));
}

export function stageIndex(ctx: CommandContext, stageId: string): { index: number; count: number } {
  const list = ctx.snapshot && ctx.mapId ? orderedOfMap(ctx.snapshot.stages, ctx.mapId) : [];
  return { index: list.findIndex((s) => s.id === stageId), count: list.length };
}
export function laneIndex(ctx: CommandContext, laneId: string): { index: number; count: number } {
  const list = ctx.snapshot && ctx.mapId ? orderedOfMap(ctx.snapshot.lanes, ctx.mapId) : [];
  return { index: list.findIndex((l) => l.id === laneId), count: list.length };
}

/** A toast that says what was done, with Undo. */
export const undoToast = (ctx: CommandContext, message: string) =>
  showToast(message, { action: { label: S.undoAction, run: () => ctx.doc && undo(ctx.doc) } });
