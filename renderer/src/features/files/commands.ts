/** The file commands: open a .baton file, save a copy of the project (also the desktop menu's). */
import type { Command } from '../../commands/types';
import { inProject } from '../../commands/targets';
import { pickAndOpenBatonFile, saveProjectCopy } from './fileCommands';
import { FS } from './strings';

export const FILE_COMMANDS: readonly Command[] = [
  {
    id: 'file.open',
    label: () => FS.cmd.open,
    keywords: () => FS.cmd.openKeywords,
    group: 'file',
    icon: 'upload',
    keys: ['Mod+O'],
    enabled: () => true,
    run: () => void pickAndOpenBatonFile(),
  },
  {
    id: 'file.saveCopy',
    label: () => FS.cmd.saveCopy,
    keywords: () => FS.cmd.saveCopyKeywords,
    group: 'file',
    icon: 'download',
    keys: ['Mod+Shift+S'],
    enabled: inProject,
    unavailable: () => FS.noProjectOpen,
    run: (ctx) => ctx.project && void saveProjectCopy(ctx.project.projectId),
  },
];
