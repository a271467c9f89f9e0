/**
 * Everything app-wide that floats above the screens, mounted once (the appLayers slot): the
 * keyboard and menu bridge to the command registry, the palette, the shortcut sheet, help,
 * About, display settings, context menus and the progress of long work.
 */
import { CommandKeys } from '../../commands/CommandKeys';
import { CommandPalette } from '../../commands/Palette';
import { ShortcutSheet } from '../../commands/ShortcutSheet';
import { ContextMenuHost } from '../../ui/Menu';
import { ProgressHost } from '../../ui/ProgressHost';
import { useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { overlays, type Overlay } from '../../ui/overlays';
import { lazyPart } from '../../ui/lazyPart';

// Help (the guide), About (the licences) and the display settings are fetched the first time
// they are opened, not with the home screen; once opened they stay mounted.
const HelpDialog = lazyPart(() => import('./HelpDialog').then((m) => m.HelpDialog));
const AboutDialog = lazyPart(() => import('./AboutDialog').then((m) => m.AboutDialog));
const SettingsDialog = lazyPart(() => import('./SettingsDialog').then((m) => m.SettingsDialog));

function OnceOpened({ overlay, children }: { overlay: Overlay; children: ReactNode }) {
  const open = useStore(overlays, (s) => s.open === overlay);
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open ? children : null;
}

export function AppLayer() {
  return (
    <>
      <CommandKeys />
      <CommandPalette />
      <ShortcutSheet />
      <OnceOpened overlay="help">
        <HelpDialog />
      </OnceOpened>
      <OnceOpened overlay="about">
        <AboutDialog />
      </OnceOpened>
      <OnceOpened overlay="settings">
        <SettingsDialog />
      </OnceOpened>
      <ContextMenuHost />
      <ProgressHost />
    </>
  );
}
