/** Help: the guide, keyboard shortcuts, About, display settings. */
import type { FeatureModule } from '../../shared/featureModule';
import { AppLayer } from './AppLayer';
import { AppMenus, ProjectChrome } from './AppMenus';
import { GUIDE } from './guide';
import { HP } from './strings';

export const helpModule: FeatureModule = {
  id: 'help',
  strings: { guide: GUIDE, help: HP },
  // The palette, Help and Theme menus: in the home screen's header, and last in a project's; the
  // keyboard's commands, the palette, the shortcut sheet and the dialogs over every screen.
  screenSlots: { homeMenus: [AppMenus], headerActions: [{ rank: 90, component: ProjectChrome }], appLayers: [AppLayer] },
};
