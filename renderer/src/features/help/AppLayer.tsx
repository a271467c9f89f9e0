/**
 * Everything app-wide that floats above the screens, mounted once in App: the keyboard and
 * menu bridge to the command registry, the palette, the shortcut sheet, help, About, display
 * settings, context menus and the progress of long work.
 */
import { CommandKeys } from '../../commands/CommandKeys';
import { CommandPalette } from '../../commands/Palette';
import { ShortcutSheet } from '../../commands/ShortcutSheet';
import { ContextMenuHost } from '../../ui/Menu';
import { ProgressHost } from '../../ui/ProgressHost';
import { AboutDialog } from './AboutDialog';
import { HelpDialog } from './HelpDialog';
import { SettingsDialog } from './SettingsDialog';

export function AppLayer() {
  return (
    <>
      <CommandKeys />
      <CommandPalette />
      <ShortcutSheet />
      <HelpDialog />
      <AboutDialog />
      <SettingsDialog />
      <ContextMenuHost />
      <ProgressHost />
    </>
  );
}
