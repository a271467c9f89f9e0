/**
 * The app-wide header controls, on the home screen and in every project: the command palette,
 * the Help menu (guide, shortcuts, tour, display settings, About) and the Theme menu. Their
 * items are the registry's commands.
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { commandContext, registerHost } from '../../commands/context';
import { formatShortcut } from '../../commands/keys';
import { findCommand, shortcutsOf } from '../../commands/registry';
import { U } from '../../i18n/ui';
import { platform } from '../../platform';
import { Icon } from '../../ui/icons';
import { Menu, type MenuItem } from '../../ui/Menu';
import { openOverlay } from '../../ui/overlays';
import { activeTheme, themeState } from '../../ui/theme/theme';
import { useOpenProject } from '../../shared/ProjectContext';
import { HP } from './strings';

function itemOf(id: string, extra: Partial<MenuItem> = {}): MenuItem | null {
  const c = findCommand(id);
  if (!c) return null;
  const ctx = commandContext();
  const keys = shortcutsOf(c, platform.isMac, platform.isDesktop);
  return {
    label: c.label(),
    shortcut: keys[0] ? formatShortcut(keys[0], platform.isMac) : undefined,
    run: () => c.run(commandContext()),
    disabled: !c.enabled(ctx) && extra.checked === undefined,
    ...extra,
  };
}

const only = (items: (MenuItem | null)[]) => items.filter((x): x is MenuItem => !!x);

export function AppMenus() {
  const choice = useStore(themeState, (s) => s.choice);
  const palette = findCommand('app.palette');
  const paletteKeys = palette ? formatShortcut(shortcutsOf(palette, platform.isMac, platform.isDesktop)[0] ?? '', platform.isMac) : '';
  const icon = activeTheme() === 'dark' ? 'moon' : activeTheme() === 'projector' ? 'projector' : 'sun';
  return (
    <div className="app-menus">
      <button
        type="button"
        className="palette-button"
        aria-label={HP.header.palette}
        title={U.header.withShortcut(HP.header.palette, paletteKeys)}
        aria-keyshortcuts={platform.isMac ? 'Meta+K' : 'Control+K'}
        onClick={() => openOverlay('palette')}
      >
        <Icon name="search" />
        <span className="palette-button-text">{HP.header.paletteShort}</span>
        <kbd>{paletteKeys}</kbd>
      </button>
      <Menu
        label={HP.theme.label}
        icon={<Icon name={icon} />}
        items={only([
          itemOf('theme.system', { checked: choice === 'system' }),
          itemOf('theme.light', { checked: choice === 'light' }),
          itemOf('theme.dark', { checked: choice === 'dark' }),
          itemOf('theme.projector', { checked: choice === 'projector' }),
        ])}
      />
      <Menu
        label={HP.header.help}
        icon={<Icon name="help" />}
        items={only([
          itemOf('app.help'),
          itemOf('app.shortcuts'),
          itemOf('app.palette'),
          itemOf('app.tour'),
          itemOf('app.settings'),
          itemOf('app.about'),
        ])}
      />
    </div>
  );
}

/** In a project's header: the app menus, and the project registered for the commands. */
export function ProjectChrome() {
  const project = useOpenProject();
  useEffect(() => registerHost('project', project), [project]);
  return <AppMenus />;
}

/** Opens Help on a topic search (used by links such as "What is a handoff?"). */
export const openHelpOn = (query: string) => openOverlay('help', query);
