/**
 * What the command palette finds: every command (those that can't run here are listed but
 * marked), and the open project's maps and cards, and what the features' palette sources add
 * (personas, glossary terms, handoffs). Ranked by domain/fuzzy.ts.
 */
import { setEditor } from '../canvas/editorState';
import { FACILITATOR, identityStore } from '../document/identity';
import type { ProjectSnapshot } from '../document/projection';
import { rank } from '../domain/fuzzy';
import { sortByOrder } from '../domain/ordering';
import { isCardHidden } from '../domain/workshop/votes';
import { U } from '../i18n/ui';
import type { IconName } from '../ui/icons';
import { navigate } from '../ui/router';
import { commandHost, type CommandContext } from './context';
import { formatShortcut } from './keys';
import { allCommands, shortcutsOf } from './registry';

/** What an entry is: 'command', 'card' and 'map' are built in; features add theirs ('persona', 'term'…). */
export type EntryKind = string;

export interface PaletteEntry {
  readonly key: string;
  readonly kind: EntryKind;
  readonly label: string;
  /** Where it is (a card's map and stage), or the command's shortcut. */
  readonly detail: string;
  readonly keywords: string;
  readonly shortcut?: string;
  readonly disabled: boolean;
  readonly icon?: IconName;
  readonly run: () => void;
}

const ICONS = {
  command: 'palette',
  card: 'card',
  map: 'map',
} as const satisfies Record<string, IconName>;

/**
 * Things a feature lets the palette find in the open project (personas, glossary terms,
 * handoffs…): a function from the project to entries, added through the feature's module.
 */
export type PaletteSource = (from: { readonly ctx: CommandContext; readonly snapshot: ProjectSnapshot; readonly projectId: string }) => PaletteEntry[];

const sources: PaletteSource[] = [];

/** Adds sources after those added before (app/install.ts, in the order of app/features.ts). */
export function addPaletteSources(list: readonly PaletteSource[]): void {
  sources.push(...list);
}

/** The first non-empty line of a text, cut to `max` characters. */
export const firstLine = (s: string, max = 90) => {
  const line = s.split('\n').find((l) => l.trim()) ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

/** Shows a card on its map: opens the map if needed, then puts the cursor on the card. */
export function revealCard(projectId: string, mapId: string, cardId: string): void {
  const canvas = commandHost.getState().canvas;
  if (canvas?.mapId === mapId) {
    canvas.reveal(cardId);
    return;
  }
  commandHost.setState({ pendingReveal: { mapId, cardId } });
  navigate({ name: 'map', projectId, mapId });
}

export function paletteEntries(ctx: CommandContext): PaletteEntry[] {
  const out: PaletteEntry[] = allCommands().map((c) => {
    const keys = shortcutsOf(c, ctx.isMac, ctx.isDesktop);
    const shortcut = keys[0] ? formatShortcut(keys[0], ctx.isMac) : undefined;
    return {
      key: `command:${c.id}`,
      kind: 'command',
      label: c.label(),
      detail: U.palette.groups.command,
      keywords: c.keywords?.() ?? '',
      shortcut,
      disabled: !c.enabled(ctx),
      icon: c.icon ?? ICONS.command,
      run: () => c.run(ctx),
    };
  });
  const s = ctx.snapshot;
  const projectId = ctx.project?.projectId;
  if (!s || !projectId) return out;
  const maps = sortByOrder(Object.values(s.maps));
  for (const m of maps) {
    out.push({
      key: `map:${m.id}`,
      kind: 'map',
      label: m.title,
      detail: U.palette.groups.map,
      keywords: '',
      disabled: false,
      icon: ICONS.map,
      run: () => navigate({ name: 'map', projectId, mapId: m.id }),
    });
  }
  const viewer = identityStore.getState().byProject[projectId] ?? FACILITATOR;
  for (const c of Object.values(s.cards)) {
    if (c.privateRoundId && isCardHidden(c, s.voteRounds, viewer)) continue;
    const map = s.maps[c.mapId];
    if (!map) continue;
    const stage = s.stages[c.stageId]?.name ?? '';
    out.push({
      key: `card:${c.id}`,
      kind: 'card',
      label: firstLine(c.text) || U.palette.emptyCard,
      detail: U.palette.inMap(map.title, stage),
      keywords: `${c.text} ${s.lanes[c.laneId]?.name ?? ''}`,
      disabled: false,
      icon: ICONS.card,
      run: () => revealCard(projectId, c.mapId, c.id),
    });
  }
  for (const source of sources) out.push(...source({ ctx, snapshot: s, projectId }));
  return out;
}

/** The entries for a query, best first; with no query, the commands that can run here. */
export function searchPalette(query: string, entries: readonly PaletteEntry[], limit = 60): PaletteEntry[] {
  if (!query.trim()) return entries.filter((e) => e.kind === 'command' && !e.disabled).slice(0, limit);
  return rank(query, entries, (e) => e.label, (e) => e.keywords)
    .map((r) => ({ ...r, score: r.item.disabled ? r.score - 400 : r.score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((r) => r.item);
}

/** Puts the cursor on a card (used by canvases when a reveal was asked for before they mounted). */
export function cursorOn(card: { stageId: string; laneId: string; id: string }): void {
  setEditor({ cursor: { stageId: card.stageId, laneId: card.laneId, cardId: card.id } });
}
