/**
 * One definition per command (name, icon, shortcut, when it is enabled, what it does), read
 * by the map toolbar, context menus, the desktop app's native menu, the keyboard and the
 * command palette. The built-in ones are in appCommands.ts and mapCommands.ts;
 * features add theirs through their modules (registry.ts collects them).
 */
import type { MenuCommand } from '../platform/contract';
import type { IconName } from '../ui/icons';
import type { CommandContext } from './context';
import type { Shortcut } from './keys';

/**
 * What a context menu was opened on: 'card', 'stage' and 'lane' are the map's own; a feature
 * declares its kinds ('persona', 'handoff') in its module's `menuTargets` (groups.ts).
 */
export type TargetKind = string;

export interface CommandTarget {
  readonly kind: TargetKind;
  readonly id: string;
}

/**
 * Which table of the shortcut sheet a command is in: the built-in groups ('app', 'file', 'map'…)
 * and those a feature declares in its module's `commandGroups` (groups.ts). The registry
 * refuses a command whose group or target kind nobody declared.
 */
export type CommandGroup = string;

export interface Command {
  /** Stable id, e.g. "map.addStage"; the native menu and tests refer to it. */
  readonly id: string;
  /** The name people read, from the catalogue (a function so the pseudo-locale and later languages apply). */
  readonly label: () => string;
  /** More words the palette finds it by (from the catalogue too). */
  readonly keywords?: () => string;
  readonly group: CommandGroup;
  readonly icon?: IconName;
  /** Shortcuts; "Mod" is Cmd on macOS and Ctrl elsewhere. The first one is shown. */
  readonly keys?: readonly Shortcut[];
  /** Extra shortcuts only off macOS (Ctrl+Y for redo on Windows and Linux). */
  readonly otherKeys?: readonly Shortcut[];
  /** The desktop app's native menu item that runs it (menuBridge.ts finds the command by it). */
  readonly menu?: MenuCommand;
  /** The shortcut belongs to the desktop app's menu (a browser keeps Ctrl+N for itself). */
  readonly keysDesktopOnly?: boolean;
  /** The shortcut only applies while the map has the focus (Delete, Ctrl+A, Alt+arrows, Enter). */
  readonly inCanvas?: boolean;
  /** The shortcut works in a text field too (Save: what is being typed is written first). */
  readonly whileTyping?: boolean;
  /** Context menus of these kinds offer it. */
  readonly targets?: readonly TargetKind[];
  /** Shown in the danger colour (deleting). */
  readonly danger?: boolean;
  readonly enabled: (ctx: CommandContext) => boolean;
  /** Why it can't run, said when the desktop menu asks for it anyway (Save a copy… with no project open). */
  readonly unavailable?: () => string;
  readonly run: (ctx: CommandContext) => void;
}
