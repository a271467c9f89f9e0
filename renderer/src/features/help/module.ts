/** Help: the guide, keyboard shortcuts, About, display settings. */
import type { FeatureModule } from '../../shared/featureModule';
import { AppLayer } from './AppLayer';
import { AppMenus, ProjectChrome } from './AppMenus';
import { HP } from './strings';

export const helpModule: FeatureModule = {
  id: 'help',
  // The guide (guide.ts) comes with the Help dialog, not the home screen: nothing else reads it.
  strings: { help: HP },
  // The palette, Help and Theme menus: in the home screen's header, and last in a project's; the
  // keyboard's commands, the palette, the shortcut sheet and the dialogs over every screen.
  screenSlots: { homeMenus: [AppMenus], headerActions: [{ rank: 90, component: ProjectChrome }], appLayers: [AppLayer] },
};
