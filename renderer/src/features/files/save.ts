/**
 * Save and Save as… (issue 23 item 13): the open project written back to the .baton file it
 * came from or was last saved to (fileState.ts), or to one the person picks. The file is the
 * same as Save a copy's (storage/exportProject.ts: the room's running timers and open votes
 * left out). When the file changed on disk since Baton read or wrote it, nothing is written
 * until the person chooses: replace it, save as a new file, or cancel (conflict.ts).
 * Fetched when the person first saves, not with the home screen.
 */
import { BATON_EXTENSION, BATON_MIME } from '../../document/file/names';
import { safeFileName } from '../../domain/fileName';
import { platform } from '../../platform';
import { chooseSaveTarget, ensureWritable, saveBack, type FileLink, type SaveTarget } from '../../platform/fileAccess';
import { addRecentFile } from '../../storage/recentFiles';
import type { ProjectFile } from '../../storage/exportProject';
import { S } from '../../strings';
import { breathe, withProgress } from '../../ui/progress';
import { showToast } from '../../ui/toasts';
import { flushTypingSaves } from '../../ui/typingSave';
import { U } from '../../i18n/ui';
import { askConflict } from './conflict';
import { fileStateOf, rememberFile } from './fileState';
import { FS } from './strings';

const errorText = (err: unknown) => String((err as Error)?.message ?? err).slice(0, 200);

/** One save at a time: a held Ctrl+S repeats its key. */
let busy = false;

/**
 * Saves the project. `as`: ask where (Save as…); otherwise back to its file, or, with none yet,
 * as Save as… does. `title` names a new file.
 */
export async function saveProject(projectId: string, title: string, as: boolean): Promise<void> {
  if (busy) return;
  busy = true;
  // The desktop menu's Save runs while a field may still wait to write its last keystrokes.
  flushTypingSaves();
  try {
    const state = fileStateOf(projectId);
    const link = as ? undefined : state?.link;
    const suggested = state?.name ?? safeFileName(title, BATON_EXTENSION, S.untitledProject);
    if (link) {
      // Asked before the file is built: the browser's permission prompt needs this key press.
      if (!(await ensureWritable(link))) {
        showToast(FS.cannotWrite(link.name), { tone: 'error' });
        return await saveAs(projectId, suggested);
      }
      const file = await buildFile(projectId);
      if (file) await saveBackTo(projectId, link, file, suggested);
      return;
    }
    await saveAs(projectId, suggested);
  } catch (err) {
    showToast(FS.saveFailedFile(errorText(err)), { tone: 'error' });
  } finally {
    busy = false;
  }
}

async function buildFile(projectId: string): Promise<ProjectFile | null> {
  const outcome = await withProgress(FS.cmd.savingProject, async (p) => {
    await breathe();
    const { buildProjectFile } = await import('../../storage/exportProject');
    const file = await buildProjectFile(projectId);
    p.check();
    return file;
  });
  if (!outcome.ok) {
    showToast(U.progress.cancelled(FS.cmd.savingProject));
    return null;
  }
  return outcome.value;
}

async function saveBackTo(projectId: string, link: FileLink, file: ProjectFile, suggested: string): Promise<void> {
  let result = await saveBack(link, file.bytes, false);
  if (!result.ok && (result.reason === 'changed' || result.reason === 'missing')) {
    const choice = await askConflict(link.name, result.reason);
    if (choice === 'cancel') return;
    if (choice === 'saveAs') return saveAs(projectId, suggested, file);
    result = await saveBack(link, file.bytes, true);
  }
  if (!result.ok) {
    // Refused (permission) or a file the host no longer knows: ask where instead.
    showToast(FS.cannotWrite(link.name), { tone: 'error' });
    return saveAs(projectId, suggested, file);
  }
  done(projectId, result.link.name, result.link, file);
}

/** Save as…: where first (the picker needs the key press or click that asked), then the file. */
async function saveAs(projectId: string, suggested: string, built?: ProjectFile): Promise<void> {
  const target: SaveTarget | null = await chooseSaveTarget(suggested, (data) =>
    platform.saveFile(suggested, data, BATON_MIME, BATON_EXTENSION),
  );
  if (!target) return;
  const file = built ?? (await buildFile(projectId));
  if (!file) return;
  const written = await target.write(file.bytes);
  if (!written) return;
  done(projectId, written.name, written.link, file);
}

function done(projectId: string, name: string, link: FileLink | undefined, file: ProjectFile): void {
  rememberFile(projectId, name, link, file.saved);
  void addRecentFile({ name, at: Date.now(), projectId, action: 'exported' }).catch(() => undefined);
  showToast(FS.savedTo(name));
}
