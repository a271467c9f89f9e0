/**
 * The desktop app's native menu sends MenuCommands (platform/contract.ts); each is one command
 * of the registry. Undo and Redo keep one exception: while a text field has the focus they undo
 * its typing (on macOS the menu's Cmd+Z reaches the menu before the field).
 */
import type { MenuCommand } from '../platform/contract';
import { commandContext } from './context';
import { isTypingTarget } from './keys';
import { findCommand, runCommand } from './registry';
import { showToast } from '../ui/toasts';

export const MENU_TO_COMMAND: Readonly<Record<MenuCommand, string>> = {
  'new-project': 'project.new',
  'open-file': 'file.open',
  save: 'file.save',
  'save-as': 'file.saveAs',
  'save-copy': 'file.saveCopy',
  undo: 'edit.undo',
  redo: 'edit.redo',
  'zoom-in': 'view.zoomIn',
  'zoom-out': 'view.zoomOut',
  'zoom-reset': 'view.fit',
  'room-mode': 'view.room',
  'command-palette': 'app.palette',
  shortcuts: 'app.shortcuts',
  help: 'app.help',
};

export function runMenuCommand(command: MenuCommand): void {
  if ((command === 'undo' || command === 'redo') && isTypingTarget(document.activeElement)) {
    document.execCommand(command);
    return;
  }
  const id = MENU_TO_COMMAND[command];
  if (!id) return;
  // Save a copy… on the home screen: say why nothing happens.
  if (!runCommand(id, commandContext())) {
    const why = findCommand(id)?.unavailable?.();
    if (why) showToast(why);
  }
}
