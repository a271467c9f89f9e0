/**
 * The file commands: open a .baton file, save the project back to its file, save it as a new
 * one, save a copy (also the desktop menu's). Save and Save as… take the usual keys; Save a
 * copy has none (Ctrl+Alt+S is AltGr+S, a letter, on many keyboards).
 */
import type { Command } from '../../commands/types';
import type { OpenProject } from '../../storage/openProject';
import { inProject } from '../../commands/targets';
import { pickAndOpenBatonFile, saveProjectCopy } from './fileCommands';
import { FS } from './strings';

/** save.ts is fetched on the first save, not with the home screen. */
const saveOpenProject = (project: OpenProject, as: boolean) =>
  import('./save').then((m) => m.saveProject(project.projectId, project.store.getState().info.title, as));

export const FILE_COMMANDS: readonly Command[] = [
  {
    id: 'file.open',
    menu: 'open-file',
    label: () => FS.cmd.open,
    keywords: () => FS.cmd.openKeywords,
    group: 'file',
    icon: 'upload',
    keys: ['Mod+O'],
    enabled: () => true,
    run: () => void pickAndOpenBatonFile(),
  },
  {
    id: 'file.save',
    menu: 'save',
    label: () => FS.cmd.save,
    keywords: () => FS.cmd.saveKeywords,
    group: 'file',
    icon: 'download',
    keys: ['Mod+S'],
    whileTyping: true,
    enabled: inProject,
    unavailable: () => FS.noProjectToSave,
    run: (ctx) => ctx.project && void saveOpenProject(ctx.project, false),
  },
  {
    id: 'file.saveAs',
    menu: 'save-as',
    label: () => FS.cmd.saveAs,
    keywords: () => FS.cmd.saveKeywords,
    group: 'file',
    icon: 'download',
    keys: ['Mod+Shift+S'],
    whileTyping: true,
    enabled: inProject,
    unavailable: () => FS.noProjectToSave,
    run: (ctx) => ctx.project && void saveOpenProject(ctx.project, true),
  },
  {
    id: 'file.saveCopy',
    menu: 'save-copy',
    label: () => FS.cmd.saveCopy,
    keywords: () => FS.cmd.saveCopyKeywords,
    group: 'file',
    icon: 'download',
    enabled: inProject,
    unavailable: () => FS.noProjectOpen,
    run: (ctx) => ctx.project && void saveProjectCopy(ctx.project.projectId),
  },
];
