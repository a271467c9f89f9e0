/** The file commands: open a .baton file, save a copy of the project (also the desktop menu's). */
import type { Command } from '../../commands/types';
import { inProject } from '../../commands/targets';
import { U } from '../../i18n/ui';
import { pickAndOpenBatonFile, saveProjectCopy } from './fileCommands';
import { FS } from './strings';

export const FILE_COMMANDS: readonly Command[] = [
  {
    id: 'file.open',
    label: () => U.cmd.openFile,
    keywords: () => U.keywords.openFile,
    group: 'file',
    icon: 'upload',
    keys: ['Mod+O'],
    enabled: () => true,
    run: () => void pickAndOpenBatonFile(),
  },
  {
    id: 'file.saveCopy',
    label: () => U.cmd.saveCopy,
    keywords: () => U.keywords.saveCopy,
    group: 'file',
    icon: 'download',
    keys: ['Mod+Shift+S'],
    enabled: inProject,
    unavailable: () => FS.noProjectOpen,
    run: (ctx) => ctx.project && void saveProjectCopy(ctx.project.projectId),
  },
];
