/**
 * The command registry: every command of Baton, each defined once. The map toolbar, the context
 * menus, the desktop app's menu (menuBridge.ts), the keyboard (CommandKeys.tsx) and the command
 * palette all read these definitions; nothing else implements what they do.
 *
 * The built-in commands are in appCommands.ts and mapCommands.ts; a feature adds its own through
 * its module (`commands` in features/<name>/module.ts), and app/install.ts hands them here with
 * `addCommands` at start, like Excalidraw's `register()` collects actions for its ActionManager.
 * Each project section gets a "Go to …" command.
 */
import { U } from '../i18n/ui';
import { navigate } from '../ui/router';
import { projectSections } from '../shared/projectSections';
import { APP_COMMANDS, VIEW_COMMANDS } from './appCommands';
import type { CommandContext } from './context';
import { isCommandGroup, menuTarget } from './groups';
import { MAP_COMMANDS } from './mapCommands';
import { inProject } from './targets';
import type { Command, TargetKind } from './types';

const BUILT_IN: readonly Command[] = [...APP_COMMANDS, ...MAP_COMMANDS, ...VIEW_COMMANDS];

/** What the features added, in the order of app/features.ts. */
const added: Command[] = [];

/** A group or target kind that nobody declared is a typo: said at start, not found later in an empty menu. */
function checkDeclared(c: Command): void {
  if (!isCommandGroup(c.group)) throw new Error(`The command "${c.id}" is in the group "${c.group}", which no module declares`);
  for (const k of c.targets ?? []) if (!menuTarget(k)) throw new Error(`The command "${c.id}" targets "${k}", which no module declares`);
}
BUILT_IN.forEach(checkDeclared);

/**
 * Adds commands after the built-in ones and those added before. An id is used once; the
 * groups and target kinds they name are declared first (the built-in ones, or their module's).
 */
export function addCommands(list: readonly Command[]): void {
  for (const c of list) {
    if (BUILT_IN.some((x) => x.id === c.id) || added.some((x) => x.id === c.id)) throw new Error(`Two commands have the id "${c.id}"`);
    checkDeclared(c);
    added.push(c);
  }
  all = undefined;
}

/** "Go to Personas", "Go to Glossary"…: one per project section. */
function sectionCommands(): Command[] {
  return projectSections().map((sec) => ({
    id: `go.${sec.id}`,
    label: () => U.cmd.goTo(sec.label),
    group: 'go' as const,
    enabled: inProject,
    run: (ctx: CommandContext) => ctx.project && navigate({ name: 'project', projectId: ctx.project.projectId, section: sec.id }),
  }));
}

let all: readonly Command[] | undefined;
let sectionsSeen = 0;

/** Every command, in the order the palette lists them when nothing is typed. */
export function allCommands(): readonly Command[] {
  const sections = projectSections().length;
  if (!all || sections !== sectionsSeen) {
    all = [...BUILT_IN, ...added, ...sectionCommands()];
    sectionsSeen = sections;
  }
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
