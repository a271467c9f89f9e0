/** The map editor: the toolbar, history buttons and a card's picture. */
import type { FeatureModule } from '../../shared/featureModule';
import { EDITOR_COMMANDS } from './commands';

export const editorModule: FeatureModule = {
  id: 'editor',
  commands: EDITOR_COMMANDS,
};
