/**
 * The groups commands belong to, and the things a context menu can be opened on. The
 * mechanism keeps its own (the app's, the files', editing, the map's cards, stages and lanes,
 * the view, going places); a feature declares the groups and kinds its commands use in its
 * module (`commandGroups`, `menuTargets`), so no list here names a feature. The shortcut sheet
 * shows one table per group, by rank; a context menu is named by its kind's label.
 */
import type { ProjectSnapshot } from '../document/projection';
import { U } from '../i18n/ui';
import type { CommandGroup, TargetKind } from './types';

export interface CommandGroupDef {
  /** What commands name in `group` ("persona"). */
  readonly id: CommandGroup;
  /** The shortcut sheet's caption for it (a function, so the pseudo-locale applies). */
  readonly label: () => string;
  /** Where the shortcut sheet puts it: smaller first. The built-in ranks step by 10, so a feature's fits between. */
  readonly rank: number;
}

/** What a context menu (or an item's menu button) can be opened on: `data-ctx-kind` in the page. */
export interface MenuTargetDef {
  readonly kind: TargetKind;
  /** The menu's accessible name, e.g. "Menu of persona Alex". */
  readonly menuLabel: (id: string, snapshot: ProjectSnapshot | undefined) => string;
}

const G = U.sheet.groups;
const BUILT_IN_GROUPS: readonly CommandGroupDef[] = [
  { id: 'app', label: () => G.app, rank: 10 },
  { id: 'help', label: () => G.help, rank: 20 },
  { id: 'file', label: () => G.file, rank: 30 },
  { id: 'edit', label: () => G.edit, rank: 40 },
  { id: 'map', label: () => G.map, rank: 50 },
  { id: 'card', label: () => G.card, rank: 60 },
  { id: 'stage', label: () => G.stage, rank: 70 },
  { id: 'lane', label: () => G.lane, rank: 80 },
  { id: 'view', label: () => G.view, rank: 110 },
  { id: 'go', label: () => G.go, rank: 120 },
];

const BUILT_IN_TARGETS: readonly MenuTargetDef[] = [
  { kind: 'card', menuLabel: () => U.menu.cardMenu },
  { kind: 'stage', menuLabel: (id, s) => U.menu.stageMenu(s?.stages[id]?.name ?? '') },
  { kind: 'lane', menuLabel: (id, s) => U.menu.laneMenu(s?.lanes[id]?.name ?? '') },
];

const groups: CommandGroupDef[] = [...BUILT_IN_GROUPS];
const targets: MenuTargetDef[] = [...BUILT_IN_TARGETS];

/** Adds a feature's groups (app/install.ts, before its commands). An id is used once. */
export function addCommandGroups(list: readonly CommandGroupDef[]): void {
  for (const g of list) {
    if (groups.some((x) => x.id === g.id)) throw new Error(`Two command groups are named "${g.id}"`);
    groups.push(g);
  }
}

/** Adds a feature's kinds of context-menu target (app/install.ts, before its commands). A kind is declared once. */
export function addMenuTargets(list: readonly MenuTargetDef[]): void {
  for (const t of list) {
    if (targets.some((x) => x.kind === t.kind)) throw new Error(`Two menu targets are named "${t.kind}"`);
    targets.push(t);
  }
}

/** Every group, in the shortcut sheet's order (by rank; equal ranks in the order they were added). */
export function commandGroups(): readonly CommandGroupDef[] {
  return [...groups].sort((a, b) => a.rank - b.rank);
}

export const isCommandGroup = (id: string): boolean => groups.some((g) => g.id === id);

export const menuTarget = (kind: string): MenuTargetDef | undefined => targets.find((t) => t.kind === kind);
