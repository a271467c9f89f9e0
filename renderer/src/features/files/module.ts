/** Files: open, save a copy, drop a .baton file, the recent files. */
import type { FeatureModule } from '../../shared/featureModule';
import { FILE_COMMANDS } from './commands';
import { FileDrop } from './FileDrop';
import { OpenFileButton, SaveCopyButton } from './FileButtons';
import { saveProjectCopy } from './fileCommands';
import { RecentFiles } from './RecentFiles';
import { FILE_ERROR_MESSAGES, FS } from './strings';

export const filesModule: FeatureModule = {
  id: 'files',
  strings: { files: FS, fileErrors: FILE_ERROR_MESSAGES },
  commands: FILE_COMMANDS,
  screenSlots: {
    appLayers: [FileDrop],
    homeFileActions: [OpenFileButton],
    projectRowItems: [(p) => ({ label: FS.saveCopy, run: () => void saveProjectCopy(p.id) })],
    homeEnd: [RecentFiles],
    headerActions: [{ rank: 20, component: SaveCopyButton }],
  },
};
