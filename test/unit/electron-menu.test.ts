import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/main/menu';
import { MENU_COMMANDS, type MenuCommand } from '../../renderer/src/platform/contract';

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

const byLabel = (items: MenuItemConstructorOptions[], label: string) =>
  items.find((i) => i.label === label);
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.call(undefined);

describe.each(PLATFORMS)('buildMenuTemplate on %s', (platform) => {
  const send = vi.fn<(c: MenuCommand) => void>();
  const template = buildMenuTemplate(platform, send, []);
  const items = flatten(template);

  it('gives every item a label or a role (separators aside)', () => {
    for (const item of items) {
      if (item.type === 'separator') continue;
      expect(item.label ?? item.role, JSON.stringify(item)).toBeTruthy();
    }
  });

  it('has the usual menus in the usual order', () => {
    const tops = template.map((m) => m.label ?? m.role);
    if (platform === 'darwin')
      expect(tops).toEqual(['Baton', 'File', 'Edit', 'View', 'windowMenu', 'help']);
    else expect(tops).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('has the usual accelerators', () => {
    const accel = (label: string) => byLabel(items, label)?.accelerator;
    expect(accel('New project')).toBe('CmdOrCtrl+N');
    expect(accel('Open…')).toBe('CmdOrCtrl+O');
    expect(accel('Save')).toBe('CmdOrCtrl+S');
    expect(accel('Save as…')).toBe('CmdOrCtrl+Shift+S');
    expect(accel('Save a copy…')).toBeUndefined();
    expect(accel('Undo')).toBe('CmdOrCtrl+Z');
    expect(accel('Redo')).toBe('CmdOrCtrl+Shift+Z');
    expect(accel('Zoom in')).toBe('CmdOrCtrl+=');
    expect(accel('Zoom out')).toBe('CmdOrCtrl+-');
    expect(accel('Actual size')).toBe('CmdOrCtrl+0');
  });

  it('uses roles for text editing, full screen, quit and about', () => {
    const roles = new Set(items.map((i) => i.role).filter(Boolean));
    for (const role of [
      'cut',
      'copy',
      'paste',
      'selectAll',
      'togglefullscreen',
      'quit',
      'about',
    ] as const) {
      expect(roles.has(role), role).toBe(true);
    }
    // Undo and Redo are the renderer's, not Chromium's text undo.
    expect(roles.has('undo')).toBe(false);
    expect(roles.has('redo')).toBe(false);
  });

  it('offers help, the shortcut sheet and the command palette under Help', () => {
    const help = template.find((m) => m.label === 'Help' || m.role === 'help')!;
    const labels = (help.submenu as MenuItemConstructorOptions[]).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['Baton help', 'Keyboard shortcuts', 'Search and run a command…']));
  });

  it('has no accelerator twice', () => {
    const accels = items
      .map((i) => i.accelerator)
      .filter((a): a is string => !!a)
      .map((a) => a.toLowerCase());
    expect(new Set(accels).size).toBe(accels.length);
  });

  it('sends every renderer command, and only known ones', () => {
    send.mockClear();
    for (const item of items)
      if (item.click && !item.role && item.label !== 'Clear recent projects') click(item);
    const sent = send.mock.calls.map((c) => c[0]);
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('has no developer tools unless asked', () => {
    expect(items.some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
    const dev = flatten(buildMenuTemplate(platform, send, [], { isDev: true }));
    expect(dev.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});

describe('File › Open recent', () => {
  it('says when there is nothing yet', () => {
    const items = flatten(buildMenuTemplate('linux', () => undefined, []));
    expect(byLabel(items, 'No recent projects')?.enabled).toBe(false);
  });

  it('lists recent files by name, opens them and clears the list', () => {
    const openRecent = vi.fn();
    const clearRecent = vi.fn();
    const recent = [
      '/home/ana/Q3 plan.baton',
      '/home/ana/old/Q3 plan.baton',
      '/home/ana/R&D.baton',
    ];
    const items = flatten(
      buildMenuTemplate('linux', () => undefined, recent, { openRecent, clearRecent }),
    );
    const submenu = byLabel(items, 'Open recent')!.submenu as MenuItemConstructorOptions[];
    // Same name twice: full paths. `&` doubled, or it would be a keyboard mnemonic.
    expect(submenu.map((i) => i.label ?? i.type)).toEqual([
      '/home/ana/Q3 plan.baton',
      '/home/ana/old/Q3 plan.baton',
      'R&&D.baton',
      'separator',
      'Clear recent projects',
    ]);
    click(submenu[2]);
    expect(openRecent).toHaveBeenCalledWith('/home/ana/R&D.baton');
    click(submenu[4]);
    expect(clearRecent).toHaveBeenCalled();
  });

  it('keeps & as is on macOS', () => {
    const items = flatten(buildMenuTemplate('darwin', () => undefined, ['/Users/ana/R&D.baton']));
    expect(byLabel(items, 'R&D.baton')).toBeDefined();
  });
});

describe('platform details', () => {
  it('macOS: app menu with About and Quit; File closes the window', () => {
    const [appMenu, file] = buildMenuTemplate('darwin', () => undefined, []);
    const roles = (appMenu!.submenu as MenuItemConstructorOptions[]).map((i) => i.role);
    expect(roles).toContain('about');
    expect(roles).toContain('quit');
    expect((file!.submenu as MenuItemConstructorOptions[]).at(-1)?.role).toBe('close');
  });
  it('Windows says Exit, Linux says Quit with Ctrl+Q', () => {
    const last = (p: string) =>
      (buildMenuTemplate(p, () => undefined, [])[0]!.submenu as MenuItemConstructorOptions[]).at(
        -1,
      );
    expect(last('win32')).toMatchObject({ role: 'quit', label: 'Exit' });
    expect(last('linux')).toMatchObject({ role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' });
  });
});
