/**
 * Mounted once (App): the keyboard, the desktop menu and context menus, all through the
 * registry. One keydown listener on the window: no shortcut while typing in a field (the typing
 * guard) but those marked `whileTyping` (Save), none that a screen already handled (its own Escape, the map's arrows), and those marked
 * `inCanvas` only while the map has the focus.
 */
import { useEffect } from 'react';
import { editorState } from '../canvas/editorState';
import { platform } from '../platform';
import { U } from '../i18n/ui';
import { openContextMenu, type MenuItem } from '../ui/Menu';
import { flushTypingSaves } from '../ui/typingSave';
import { commandContext, commandHost, type CommandContext } from './context';
import { formatShortcut, isTypingTarget, matchesShortcut, type KeyLike } from './keys';
import { menuTarget } from './groups';
import { runMenuCommand } from './menuBridge';
import { allCommands, commandsFor, shortcutsOf } from './registry';
import type { CommandTarget } from './types';

/** The command a key press runs here, if any. */
export function commandForKey(e: KeyboardEvent, ctx: CommandContext) {
  for (const c of allCommands()) {
    if (c.inCanvas && !ctx.focusInCanvas) continue;
    if (!shortcutsOf(c, ctx.isMac, ctx.isDesktop).some((k) => matchesShortcut(e, k, ctx.isMac))) continue;
    if (c.enabled(ctx)) return c;
  }
  return undefined;
}

/**
 * Whether a key pressed in a text field is a shortcut that works while typing (Ctrl/Cmd+S): a
 * field that keeps its keys from the map (the card editor) lets these go on to CommandKeys.
 */
export function isTypingShortcut(e: KeyLike): boolean {
  if (!e.ctrlKey && !e.metaKey) return false;
  const ctx = commandContext();
  return allCommands().some((c) => c.whileTyping && shortcutsOf(c, ctx.isMac, ctx.isDesktop).some((k) => matchesShortcut(e, k, ctx.isMac)));
}

/**
 * The registry's commands for what a context menu (or an item's menu button) was opened on, as
 * menu items: only those that can run, or all of them with the others greyed out.
 */
export function contextMenuItems(target: CommandTarget, includeDisabled = false): MenuItem[] {
  const ctx = commandContext(target);
  return commandsFor(target.kind)
    .filter((c) => includeDisabled || c.enabled(ctx))
    .map((c) => {
      const keys = shortcutsOf(c, ctx.isMac, ctx.isDesktop);
      return {
        label: c.label(),
        danger: c.danger,
        shortcut: keys[0] ? formatShortcut(keys[0], ctx.isMac) : undefined,
        disabled: !c.enabled(ctx),
        run: () => c.run(commandContext(target)),
      };
    });
}

/** What an element stands for: the closest `data-ctx-kind` / `data-ctx-id` above it. */
function targetAt(el: Element | null): { target: CommandTarget; el: HTMLElement } | null {
  const host = el?.closest<HTMLElement>('[data-ctx-kind]');
  const kind = host?.dataset.ctxKind;
  const id = host?.dataset.ctxId;
  return host && kind && id && menuTarget(kind) ? { target: { kind, id }, el: host } : null;
}

/** On the map with the keyboard: the card at the cursor, else the cursor's stage. */
function canvasTarget(): { target: CommandTarget; el: HTMLElement | null } | null {
  const c = editorState.getState().cursor;
  if (!c) return null;
  if (c.cardId) return { target: { kind: 'card', id: c.cardId }, el: document.querySelector(`[data-card-id="${c.cardId}"]`) };
  return { target: { kind: 'stage', id: c.stageId }, el: document.querySelector(`[data-ctx-kind="stage"][data-ctx-id="${c.stageId}"]`) };
}

/** The menu's name, from its kind (the map's own, or the feature's that declared it). */
function menuLabel(target: CommandTarget): string {
  const s = commandHost.getState().project?.store.getState();
  return menuTarget(target.kind)?.menuLabel(target.id, s) ?? U.menu.cardMenu;
}

function openFor(target: CommandTarget, x: number, y: number): boolean {
  // Right-clicking a card outside the selection makes it the one card acted on.
  if (target.kind === 'card') {
    const ctx = commandContext();
    const card = ctx.snapshot?.cards[target.id];
    if (card && !ctx.editor.selectedCardIds.includes(target.id)) ctx.canvas?.selectCards([target.id]);
    if (card && ctx.canvas) editorState.setState({ cursor: { stageId: card.stageId, laneId: card.laneId, cardId: card.id } });
  }
  const items = contextMenuItems(target);
  if (!items.length) return false;
  openContextMenu(menuLabel(target), items, x, y);
  return true;
}

export function CommandKeys() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const typing = isTypingTarget(e.target);
      // In a field, only Ctrl/Cmd shortcuts can be a command that works while typing.
      if (typing && !e.ctrlKey && !e.metaKey) return;
      // Enter and Space press the focused button or link, whatever the registry says.
      if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof Element && e.target.closest('button, a[href], summary, [role=button], [role^=menuitem], [role=option]')) return;
      // A modal dialog (the palette, help) keeps its keys, except the shortcut that closes it.
      const inDialog = e.target instanceof Element && !!e.target.closest('dialog[open]');
      const ctx = commandContext();
      const c = commandForKey(e, ctx);
      if (!c || (inDialog && c.id !== 'app.palette') || (typing && !c.whileTyping)) return;
      e.preventDefault();
      // The field's last keystrokes are in the document before the command reads it.
      if (typing) flushTypingSaves();
      c.run(ctx);
    };
    const onContextMenu = (e: MouseEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target)) return;
      const hit = targetAt(e.target as Element);
      if (!hit) return;
      let { clientX: x, clientY: y } = e;
      if (x === 0 && y === 0) {
        const r = hit.el.getBoundingClientRect();
        x = r.left + 8;
        y = r.bottom - 4;
      }
      if (openFor(hit.target, x, y)) e.preventDefault();
    };
    // Shift+F10 or the Menu key (the registry's app.contextMenu): the focused item's menu.
    const onMenuKey = () => {
      const active = document.activeElement;
      const hit =
        active instanceof Element && active.closest('[data-canvas-root]') && !targetAt(active) ? canvasTarget() : targetAt(active);
      if (!hit) return;
      const r = (hit.el ?? (active as HTMLElement)).getBoundingClientRect();
      openFor(hit.target, r.left + 8, r.bottom - 4);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('contextmenu', onContextMenu);
    window.addEventListener('baton:context-menu-key', onMenuKey);
    const stopMenu = platform.onMenuCommand(runMenuCommand);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('contextmenu', onContextMenu);
      window.removeEventListener('baton:context-menu-key', onMenuKey);
      stopMenu();
    };
  }, []);
  return null;
}
