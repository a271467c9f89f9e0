/**
 * What the command palette finds: every command (those that can't run here are listed but
 * marked), and the open project's cards, personas, glossary terms, maps and handoffs. Ranked by
 * domain/fuzzy.ts.
 */
import { setEditor } from '../canvas/editorState';
import { FACILITATOR, identityStore } from '../document/identity';
import { rank } from '../domain/fuzzy';
import { sortByOrder } from '../domain/ordering';
import { isCardHidden } from '../domain/workshop';
import { openHandoffPanel } from '../features/alignment/alignmentUi';
import { personaName } from '../features/personas/usePersonas';
import { U } from '../i18n/ui';
import type { IconName } from '../ui/icons';
import { navigate } from '../ui/router';
import { commandHost, type CommandContext } from './context';
import { formatShortcut } from './keys';
import { allCommands, shortcutsOf } from './registry';

export type EntryKind = 'command' | 'card' | 'persona' | 'term' | 'map' | 'handoff';

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

const ICONS: Record<EntryKind, IconName> = {
  command: 'palette',
  card: 'card',
  persona: 'persona',
  term: 'book',
  map: 'map',
  handoff: 'handoff',
};

const firstLine = (s: string, max = 90) => {
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
      detail: U.palette.groups.command ?? '',
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
      detail: U.palette.groups.map ?? '',
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
  for (const p of Object.values(s.personas)) {
    out.push({
      key: `persona:${p.id}`,
      kind: 'persona',
      label: personaName(p),
      detail: [p.role, p.company].filter(Boolean).join(' · ') || (U.palette.groups.persona ?? ''),
      keywords: [p.segment, ...p.tags].filter(Boolean).join(' '),
      disabled: false,
      icon: ICONS.persona,
      run: () => navigate({ name: 'project', projectId, section: 'personas', itemId: p.id }),
    });
  }
  for (const t of Object.values(s.glossary)) {
    out.push({
      key: `term:${t.id}`,
      kind: 'term',
      label: t.term,
      detail: firstLine(t.definition, 70) || (U.palette.groups.term ?? ''),
      keywords: t.synonyms.join(' '),
      disabled: false,
      icon: ICONS.term,
      run: () => navigate({ name: 'project', projectId, section: 'glossary', itemId: t.id }),
    });
  }
  for (const h of Object.values(s.handoffs)) {
    const map = s.maps[h.mapId];
    if (!map) continue;
    out.push({
      key: `handoff:${h.id}`,
      kind: 'handoff',
      label: h.name || `${h.fromStageName} → ${h.toStageName}`,
      detail: `${U.palette.groups.handoff ?? ''} · ${map.title}`,
      keywords: `${h.fromStageName} ${h.toStageName}`,
      disabled: false,
      icon: ICONS.handoff,
      run: () => {
        navigate({ name: 'map', projectId, mapId: h.mapId });
        // After the map editor mounted (it closes panels of other maps on the way).
        requestAnimationFrame(() => requestAnimationFrame(() => openHandoffPanel(h.id)));
      },
    });
  }
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
