import { useEffect } from 'react';
import type * as Y from 'yjs';
import { redo, undo } from '../../document/history';
import { platform } from '../../platform';
import type { MenuCommand } from '../../platform/contract';

const isTextField = (el: Element | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA)$/.test(el.tagName));

/**
 * The desktop menu's Undo and Redo: a text field being typed in undoes its own typing (as
 * the menu's Cmd+Z reaches the menu before the page on macOS); anywhere else the project's.
 */
export function useMenuUndo(doc: Y.Doc): void {
  useEffect(
    () =>
      platform.onMenuCommand((command: MenuCommand) => {
        if (command !== 'undo' && command !== 'redo') return;
        if (isTextField(document.activeElement)) {
          document.execCommand(command);
          return;
        }
        if (command === 'undo') undo(doc);
        else redo(doc);
      }),
    [doc],
  );
}

/** Subscribes to some menu commands for as long as the component is mounted. */
export function useMenuCommand(commands: readonly MenuCommand[], run: (c: MenuCommand) => void): void {
  useEffect(
    () =>
      platform.onMenuCommand((c) => {
        if (commands.includes(c)) run(c);
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [commands.join(','), run],
  );
}
