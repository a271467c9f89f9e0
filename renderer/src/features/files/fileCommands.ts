/**
 * The .baton commands as the user meets them (home screen button, drop on the window, the
 * desktop app's File menu and file manager): they call storage, then say what happened in a
 * toast with its way back, and remember the file in the recent list. One definition, used by
 * every entry point.
 */
import { BATON_EXTENSION, BATON_MIME } from '../../document/file/names';
import { platform } from '../../platform';
import type { OpenedFile } from '../../platform/contract';
import type { FileLink } from '../../platform/fileAccess';
import { addRecentFile } from '../../storage/recentFiles';
import { navigate } from '../../ui/router';
import { showToast } from '../../ui/toasts';
import { flushTypingSaves } from '../../ui/typingSave';
import { breathe, withProgress } from '../../ui/progress';
import { U } from '../../i18n/ui';
import { rememberFile } from './fileState';
import { describeChanges, FILE_ERROR_MESSAGES, FS } from './strings';

const errorText = (err: unknown) => String((err as Error)?.message ?? err).slice(0, 200);

export function isBatonFileName(name: string): boolean {
  return name.toLowerCase().endsWith(`.${BATON_EXTENSION}`);
}

/**
 * Imports one file: adds the project, or merges it into the one here, and says which. The
 * project then remembers the file (fileState.ts): Save writes back to it through `link`, where
 * the host gave one (the desktop's dialog, the browser's file picker), else asks where.
 */
export async function openBatonFile(file: OpenedFile, link?: FileLink): Promise<void> {
  // Over a second (a big file, many pictures): a progress bar with Cancel; a cancelled import
  // is dropped before it is applied, so nothing changes.
  const outcome = await withProgress(FS.cmd.importing(file.name), async (p) => {
    await breathe();
    p.check();
    // The reader (zod, fflate) is fetched when a file is opened, not with the home screen.
    const { importBatonFile } = await import('../../storage/importProject');
    return importBatonFile(file.data, file.name);
  });
  if (!outcome.ok) return showToast(U.progress.cancelled(FS.cmd.importing(file.name)));
  const r = outcome.value;
  if (!r.ok) {
    showToast(r.error === 'storage' ? FS.importFailedStorage(r.detail) : FILE_ERROR_MESSAGES[r.error], { tone: 'error' });
    return;
  }
  rememberFile(r.projectId, link?.name ?? file.name, link, r.saved);
  void addRecentFile({ name: file.name, at: Date.now(), projectId: r.projectId, action: 'imported' }).catch(() => undefined);
  const openIt = { label: FS.openProjectAction, run: () => navigate({ name: 'project', projectId: r.projectId }) };
  if (r.kind === 'added') showToast(FS.added(r.title), { action: openIt });
  else if (r.kind === 'restored') showToast(FS.restored(r.title), { action: openIt });
  else if (r.kind === 'merged' && r.undo) {
    const undo = r.undo;
    showToast(FS.merged(r.title, describeChanges(r.changes)), {
      action: {
        label: FS.undoMerge,
        run: () =>
          void undo()
            .then(() => showToast(FS.mergeUndone))
            .catch((err: unknown) => showToast(FS.importFailedStorage(errorText(err)), { tone: 'error' })),
      },
    });
  } else showToast(FS.nothingNew);
  if (r.droppedAssets > 0) showToast(FS.droppedPictures(r.droppedAssets));
}

/** Asks for a .baton file (the desktop's open dialog, the browser's file picker or chooser) and imports it. */
export async function pickAndOpenBatonFile(): Promise<void> {
  // Fetched on the first open, not with the home screen (well within the click's activation).
  const { pickProjectFile } = await import('../../platform/fileAccess');
  const file = await pickProjectFile(() => platform.openFile(`.${BATON_EXTENSION}`));
  if (file) await openBatonFile(file, file.link);
}

/** "Save a copy": the project as a .baton file, downloaded or saved where the user chooses. */
export async function saveProjectCopy(projectId: string): Promise<void> {
  flushTypingSaves();
  try {
    const outcome = await withProgress(FS.cmd.savingCopy, async (p) => {
      await breathe();
      // The writer (fflate) is fetched when a copy is saved, not with the home screen.
      const { buildProjectFile } = await import('../../storage/exportProject');
      const file = await buildProjectFile(projectId);
      p.check();
      return file;
    });
    if (!outcome.ok) return showToast(U.progress.cancelled(FS.cmd.savingCopy));
    const file = outcome.value;
    const saved = await platform.saveFile(file.name, file.bytes, BATON_MIME, BATON_EXTENSION);
    if (!saved) return;
    await addRecentFile({ name: file.name, at: Date.now(), projectId, action: 'exported' }).catch(() => undefined);
    showToast(FS.saved(file.name));
  } catch (err) {
    showToast(FS.saveFailed(errorText(err)), { tone: 'error' });
  }
}
