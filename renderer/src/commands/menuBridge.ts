/**
 * The desktop app's native menu sends MenuCommands (platform/contract.ts); each is one command
 * of the registry, the one whose `menu` names it. Undo and Redo keep one exception: while a text field has the focus they undo
 * its typing (on macOS the menu's Cmd+Z reaches the menu before the field).
 */
import type { MenuCommand } from '../platform/contract';
import { commandContext } from './context';
import { isTypingTarget } from './keys';
import { allCommands, runCommand } from './registry';
import { showToast } from '../ui/toasts';

/** The command a native menu item runs: the one that names it in `menu` (a feature's too, Open and Save a copy). */
export const commandForMenu = (command: MenuCommand) => allCommands().find((c) => c.menu === command);

export function runMenuCommand(command: MenuCommand): void {
  if ((command === 'undo' || command === 'redo') && isTypingTarget(document.activeElement)) {
    document.execCommand(command);
    return;
  }
  const c = commandForMenu(command);
  if (!c) return;
  // Save a copy… on the home screen: say why nothing happens.
  if (!runCommand(c.id, commandContext())) {
    const why = c.unavailable?.();
    if (why) showToast(why);
  }
}
