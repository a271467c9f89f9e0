/**
 * A command as a control sees it: its name, shortcut, whether it can run now (kept current as
 * the selection, the cursor, the undo history, the project or the route change) and a way to run it.
 */
import { useSyncExternalStore } from 'react';
import { editorState } from '../canvas/editorState';
import { historyOf } from '../document/history';
import { platform } from '../platform';
import { themeState } from '../ui/theme/theme';
import { commandContext, commandHost } from './context';
import { formatShortcut } from './keys';
import { findCommand, shortcutsOf } from './registry';
import type { Command } from './types';

function subscribe(onChange: () => void): () => void {
  const offs: (() => void)[] = [editorState.subscribe(onChange), themeState.subscribe(onChange)];
  let offProject: (() => void) | undefined;
  let offHistory: (() => void) | undefined;
  const follow = () => {
    offProject?.();
    offHistory?.();
    const project = commandHost.getState().project;
    offProject = project?.store.subscribe(onChange);
    const h = project ? historyOf(project.doc) : undefined;
    if (h) {
      h.on('stack-item-added', onChange);
      h.on('stack-item-popped', onChange);
      h.on('stack-cleared', onChange);
      offHistory = () => {
        h.off('stack-item-added', onChange);
        h.off('stack-item-popped', onChange);
        h.off('stack-cleared', onChange);
      };
    } else offHistory = undefined;
  };
  follow();
  offs.push(
    commandHost.subscribe(() => {
      follow();
      onChange();
    }),
  );
  window.addEventListener('hashchange', onChange);
  return () => {
    offs.forEach((off) => off());
    offProject?.();
    offHistory?.();
    window.removeEventListener('hashchange', onChange);
  };
}

export interface CommandView {
  readonly command: Command;
  readonly label: string;
  readonly enabled: boolean;
  /** The first shortcut as people read it on this platform ("Ctrl+Z", "⌘Z"), if any. */
  readonly shortcut?: string;
  run(): void;
}

export function useCommand(id: string): CommandView {
  const command = findCommand(id);
  if (!command) throw new Error(`unknown command ${id}`);
  const enabled = useSyncExternalStore(subscribe, () => command.enabled(commandContext()));
  const keys = shortcutsOf(command, platform.isMac, platform.isDesktop);
  return {
    command,
    label: command.label(),
    enabled,
    shortcut: keys[0] ? formatShortcut(keys[0], platform.isMac) : undefined,
    run: () => command.run(commandContext()),
  };
}
