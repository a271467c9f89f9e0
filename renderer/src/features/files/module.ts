/** Files: open, save a copy, drop a .baton file, the recent files. */
import type { FeatureModule } from '../../shared/featureModule';
import { FILE_COMMANDS } from './commands';
import { FILE_ERROR_MESSAGES, FS } from './strings';

export const filesModule: FeatureModule = {
  id: 'files',
  strings: { files: FS, fileErrors: FILE_ERROR_MESSAGES },
  commands: FILE_COMMANDS,
};
