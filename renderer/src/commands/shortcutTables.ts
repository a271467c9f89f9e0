/** What the shortcut sheet lists: one table per command group that has a shortcut here, by the groups' rank. */
import { commandGroups } from './groups';
import { allCommands, shortcutsOf } from './registry';
import type { Command } from './types';

export interface ShortcutTable {
  readonly group: string;
  readonly caption: string;
  readonly rows: readonly { readonly command: Command; readonly keys: readonly string[] }[];
}

export function shortcutTables(isMac: boolean, isDesktop: boolean): ShortcutTable[] {
  return commandGroups()
    .map((g) => ({
      group: g.id,
      caption: g.label(),
      rows: allCommands()
        .filter((c) => c.group === g.id)
        .map((command) => ({ command, keys: shortcutsOf(command, isMac, isDesktop) }))
        .filter((r) => r.keys.length > 0),
    }))
    .filter((t) => t.rows.length > 0);
}
