/** Files: open, save back to the file, save as, save a copy, drop a .baton file, the recent files. */
import type { FeatureModule } from '../../shared/featureModule';
import { FILE_COMMANDS } from './commands';
import { FileDrop } from './FileDrop';
import { OpenFileButton, SaveCopyButton } from './FileButtons';
import { saveProjectCopy } from './fileCommands';
import { RecentFiles } from './RecentFiles';
import { lazyPart } from '../../ui/lazyPart';
import { FILE_ERROR_MESSAGES, FS } from './strings';

// Only the open project shows them: fetched with it, not with the home screen.
const FileStatus = lazyPart(() => import('./FileStatus').then((m) => m.FileStatus));
const ConflictDialog = lazyPart(() => import('./ConflictDialog').then((m) => m.ConflictDialog));

export const filesModule: FeatureModule = {
  id: 'files',
  strings: { files: FS, fileErrors: FILE_ERROR_MESSAGES },
  commands: FILE_COMMANDS,
  screenSlots: {
    appLayers: [FileDrop],
    homeFileActions: [OpenFileButton],
    projectRowItems: [(p) => ({ label: FS.saveCopy, run: () => void saveProjectCopy(p.id) })],
    homeEnd: [RecentFiles],
    headerActions: [
      // The project's file, Edited and Save, just before Save a copy.
      { rank: 19, component: FileStatus },
      { rank: 20, component: SaveCopyButton },
    ],
    projectLayers: [ConflictDialog],
  },
};
