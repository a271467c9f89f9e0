/** The map editor: the toolbar, history buttons and a card's picture. */
import type { FeatureModule } from '../../shared/featureModule';
import { lazyPart } from '../../ui/lazyPart';
import { EDITOR_COMMANDS } from './commands';
import { ES } from './strings';

// The editor (React Flow) is fetched with the open project, not with the home screen.
const MapEditor = lazyPart(() => import('./MapEditor').then((m) => m.MapEditor));

export const editorModule: FeatureModule = {
  id: 'editor',
  strings: { editor: ES },
  commands: EDITOR_COMMANDS,
  screenSlots: { mapView: MapEditor },
};
