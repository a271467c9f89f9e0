/**
 * The application menu as data. Pure (only a type import from electron), so the template
 * is unit-tested: labels, accelerators, no duplicates (test/unit/electron-menu.test.ts).
 * index.ts turns it into a Menu with Menu.buildFromTemplate.
 *
 * Items the renderer implements (New project, Undo, Zoom…) are sent to it as MenuCommands;
 * text editing (cut, copy, paste) and window handling use Electron's built-in roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../renderer/src/platform/contract';

export interface MenuHandlers {
  /** File › Open recent › <file>. */
  readonly openRecent?: (file: string) => void;
  /** File › Open recent › Clear list. */
  readonly clearRecent?: () => void;
  /** Adds Reload and Developer Tools (unpackaged builds only). */
  readonly isDev?: boolean;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

/** Recent files by name; the full path when two share a name. `&` would otherwise be read
 * as a keyboard mnemonic on Windows and Linux. */
function recentItems(
  platform: string,
  recent: readonly string[],
  handlers: MenuHandlers,
): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No recent projects', enabled: false }];
  const names = recent.map(baseName);
  const items: MenuItemConstructorOptions[] = recent.map((file, i) => {
    const name = names.indexOf(names[i]!) !== names.lastIndexOf(names[i]!) ? file : names[i]!;
    return {
      label: platform === 'darwin' ? name : name.replace(/&/g, '&&'),
      toolTip: file,
      click: () => handlers.openRecent?.(file),
    };
  });
  return [
    ...items,
    separator,
    { label: 'Clear recent projects', click: () => handlers.clearRecent?.() },
  ];
}

export function buildMenuTemplate(
  platform: NodeJS.Platform | string,
  send: (command: MenuCommand) => void,
  recent: readonly string[],
  handlers: MenuHandlers = {},
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (
    label: string,
    cmd: MenuCommand,
    accelerator: string,
  ): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(cmd),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: 'Baton',
    submenu: [
      { role: 'about', label: 'About Baton' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide', label: 'Hide Baton' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit', label: 'Quit Baton' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New project', 'new-project', 'CmdOrCtrl+N'),
      command('Open…', 'open-file', 'CmdOrCtrl+O'),
      { label: 'Open recent', submenu: recentItems(platform, recent, handlers) },
      separator,
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Save as…', 'save-as', 'CmdOrCtrl+Shift+S'),
      { label: 'Save a copy…', click: () => send('save-copy') },
      separator,
      // macOS: Quit lives in the app menu; the File menu closes the window.
      isMac
        ? { role: 'close' }
        : platform === 'win32'
          ? { role: 'quit', label: 'Exit' }
          : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };

  // Undo and Redo go to the renderer (the project's own history), not to Chromium's text
  // editing undo. While a text field has focus, the renderer's handler should undo the
  // field's typing instead (document.execCommand('undo')): on macOS at least, the menu's
  // accelerator gets Cmd+Z before the field does.
  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      separator,
      { role: 'selectAll' },
    ],
  };

  // Zoom is the journey map's zoom (the renderer's), not the page zoom of Chromium.
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Zoom in', 'zoom-in', 'CmdOrCtrl+='),
      command('Zoom out', 'zoom-out', 'CmdOrCtrl+-'),
      command('Actual size', 'zoom-reset', 'CmdOrCtrl+0'),
      separator,
      // Shown, not registered: a menu accelerator would take Shift+F from every text field. The
      // renderer's keyboard handler (the registry's view.room) answers the key outside fields.
      { ...command('Room mode', 'room-mode', 'Shift+F'), registerAccelerator: false },
      { role: 'togglefullscreen' },
      ...(handlers.isDev
        ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
        : []),
    ],
  };

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
  ];
  // Help: the renderer's guide, shortcut sheet and command palette (no accelerators here: the
  // renderer's own keys, F1, ? and Cmd/Ctrl+K, stay silent while someone types in a field).
  const helpItems: MenuItemConstructorOptions[] = [
    { label: 'Baton help', click: () => send('help') },
    { label: 'Keyboard shortcuts', click: () => send('shortcuts') },
    { label: 'Search and run a command…', click: () => send('command-palette') },
  ];
  if (isMac) {
    template.push({ role: 'windowMenu' }, { role: 'help', submenu: helpItems });
  } else {
    template.push({ label: 'Help', submenu: [...helpItems, separator, { role: 'about', label: 'About Baton' }] });
  }
  return template;
}
