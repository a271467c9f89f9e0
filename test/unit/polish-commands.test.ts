import { describe, expect, it } from 'vitest';
import { commandContext } from '../../renderer/src/commands/context';
import { formatShortcut, shortcutKey } from '../../renderer/src/commands/keys';
import { commandForMenu } from '../../renderer/src/commands/menuBridge';
import { commandGroups, menuTarget } from '../../renderer/src/commands/groups';
import { addCommands, allCommands, commandsFor, findCommand, shortcutsOf } from '../../renderer/src/commands/registry';
import { shortcutTables } from '../../renderer/src/commands/shortcutTables';
import { paletteEntries, searchPalette } from '../../renderer/src/commands/search';
import { MENU_COMMANDS } from '../../renderer/src/platform/contract';
import { installFeatures } from '../../renderer/src/app/install';

// The features add their commands and project sections (app/features.ts), as at start.
installFeatures();

const PLATFORMS = [
  { name: 'macOS app', isMac: true, isDesktop: true },
  { name: 'Windows/Linux app', isMac: false, isDesktop: true },
  { name: 'browser on a Mac', isMac: true, isDesktop: false },
  { name: 'browser elsewhere', isMac: false, isDesktop: false },
];

describe('the command registry', () => {
  it('defines each command once, each with a name from the catalogue', () => {
    const ids = allCommands().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of allCommands()) {
      expect(c.label().trim(), c.id).not.toBe('');
      expect(c.label(), c.id).not.toMatch(/^[a-z]+\.[a-zA-Z.]+$/); // not a key by mistake
    }
  });

  it.each(PLATFORMS)('gives no two commands the same shortcut ($name)', ({ isMac, isDesktop }) => {
    const seen = new Map<string, string>();
    for (const c of allCommands()) {
      for (const k of shortcutsOf(c, isMac, isDesktop)) {
        const key = shortcutKey(k, isMac);
        expect(seen.get(key), `${c.id} and ${seen.get(key)} both use ${formatShortcut(k, isMac)}`).toBeUndefined();
        seen.set(key, c.id);
      }
    }
    expect(seen.size).toBeGreaterThan(15);
  });

  it('follows platform conventions: Cmd on macOS, Ctrl elsewhere, Ctrl+Y for redo off macOS', () => {
    const undo = findCommand('edit.undo')!;
    const redo = findCommand('edit.redo')!;
    expect(formatShortcut(shortcutsOf(undo, true, true)[0]!, true)).toBe('⌘Z');
    expect(formatShortcut(shortcutsOf(undo, false, true)[0]!, false)).toBe('Ctrl+Z');
    expect(shortcutsOf(redo, false, false).map((k) => formatShortcut(k, false))).toEqual(['Ctrl+Shift+Z', 'Ctrl+Y']);
    expect(shortcutsOf(redo, true, true).map((k) => formatShortcut(k, true))).toEqual(['⇧⌘Z']);
    // A browser keeps Ctrl+N (new window) for itself: the shortcut is the desktop menu's only.
    expect(shortcutsOf(findCommand('project.new')!, false, false)).toEqual([]);
    expect(shortcutsOf(findCommand('project.new')!, false, true)).toEqual(['Mod+N']);
  });

  it('makes every command reachable from the palette by typing its name', () => {
    const entries = paletteEntries(commandContext());
    for (const c of allCommands()) {
      const found = searchPalette(c.label(), entries).map((e) => e.key);
      expect(found, c.label()).toContain(`command:${c.id}`);
    }
  });

  it('maps every desktop menu command to a command of the registry', () => {
    for (const m of MENU_COMMANDS) expect(allCommands().filter((c) => c.menu === m), m).toHaveLength(1);
    expect(commandForMenu('open-file')!.id).toBe('file.open');
    expect(commandForMenu('zoom-reset')!.id).toBe('view.fit');
  });

  it('offers context menus on cards, stages, lanes, personas and handoffs', () => {
    for (const kind of ['card', 'stage', 'lane', 'persona', 'handoff'] as const) {
      expect(commandsFor(kind).length, kind).toBeGreaterThan(1);
    }
    expect(commandsFor('card').map((c) => c.id)).toEqual(expect.arrayContaining(['card.edit', 'card.delete', 'card.addImage', 'card.colour.blue']));
  });

  it('runs nothing that needs a map when none is open', () => {
    const ctx = commandContext();
    expect(findCommand('map.addStage')!.enabled(ctx)).toBe(false);
    expect(findCommand('card.delete')!.enabled(ctx)).toBe(false);
    expect(findCommand('app.palette')!.enabled(ctx)).toBe(true);
  });

  it('puts the shortcut sheet’s groups in one order, the features’ between the map’s and the view', () => {
    expect(commandGroups().map((g) => [g.id, g.label()])).toEqual([
      ['app', 'Everywhere'],
      ['help', 'Help'],
      ['file', 'Files'],
      ['edit', 'Editing'],
      ['map', 'On the map'],
      ['card', 'Cards'],
      ['stage', 'Stages'],
      ['lane', 'Lanes'],
      ['handoff', 'Handoffs'],
      ['persona', 'Personas'],
      ['view', 'View'],
      ['go', 'Going places'],
    ]);
    // What the sheet shows: only groups with a shortcut on this platform.
    expect(shortcutTables(true, true).map((t) => t.caption)).toEqual(['Everywhere', 'Help', 'Files', 'Editing', 'Cards', 'View']);
    expect(shortcutTables(false, false).find((t) => t.group === 'file')!.rows.map((r) => r.command.id)).toEqual(['file.open', 'file.save', 'file.saveAs']);
  });

  it('names each context menu by what it was opened on, a feature’s kinds too', () => {
    const snapshot = { stages: { s1: { name: 'Awareness' } }, lanes: {}, personas: { p1: { name: 'Alex' } }, handoffs: { h1: { name: 'MQL to SQL' } } } as never;
    expect(menuTarget('stage')!.menuLabel('s1', snapshot)).toBe('Menu of stage Awareness');
    expect(menuTarget('persona')!.menuLabel('p1', snapshot)).toBe('Menu of persona Alex');
    expect(menuTarget('handoff')!.menuLabel('h1', snapshot)).toBe('Menu of handoff MQL to SQL');
    expect(menuTarget('card')!.menuLabel('c1', snapshot)).toBe('Card menu');
  });

  it('refuses a command in a group or on a kind nobody declared', () => {
    const base = { id: 'x.typo', label: () => 'Typo', enabled: () => true, run: () => undefined };
    expect(() => addCommands([{ ...base, group: 'personas' }])).toThrow(/personas/);
    expect(() => addCommands([{ ...base, group: 'card', targets: ['cards'] }])).toThrow(/cards/);
    expect(findCommand('x.typo')).toBeUndefined();
  });
});
