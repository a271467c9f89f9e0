import { useEffect } from 'react';
import * as Y from 'yjs';
import { formatShortcut } from '../../commands/keys';
import { platform } from '../../platform';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { setDocumentTitleMark } from '../../shared/documentTitle';
import { markEdited, useProjectFileState } from './fileState';
import { FS } from './strings';

/**
 * The open project's file in the header, once it was opened from one or saved to one: its
 * name, "Edited" while the project differs from it (also in the window's title), and Save.
 * Nothing for a project that has no file yet (Save a copy is next to it).
 */
export function FileStatus() {
  const projectId = useProject((s) => s.info.projectId);
  const title = useProject((s) => s.info.title);
  const doc = useProjectDoc();
  const file = useProjectFileState(projectId);
  const saved = file && !file.edited ? file.saved : undefined;

  // While unedited: each change of the document (at most one check a frame) compares its
  // snapshot with the file's. Once edited it stays so until the next save.
  useEffect(() => {
    if (!saved) return;
    let frame = 0;
    const check = () => {
      frame = 0;
      if (!Y.equalSnapshots(Y.snapshot(doc), saved)) markEdited(projectId);
    };
    const onUpdate = () => {
      frame ||= requestAnimationFrame(check);
    };
    check();
    doc.on('update', onUpdate);
    return () => {
      doc.off('update', onUpdate);
      cancelAnimationFrame(frame);
    };
  }, [doc, saved, projectId]);

  const edited = !!file?.edited;
  useEffect(() => {
    setDocumentTitleMark(edited ? FS.edited : '');
    return () => setDocumentTitleMark('');
  }, [edited]);

  if (!file) return null;
  const save = () => void import('./save').then((m) => m.saveProject(projectId, title, false));
  return (
    <div className="file-status" role="group" aria-label={FS.fileGroup}>
      <span className="file-status-name header-label" title={file.name}>
        {file.name}
      </span>
      <span aria-live="polite" className="file-status-live">
        {edited && (
          <span className="edited-marker" data-testid="edited-marker" title={FS.editedSince(file.name)}>
            {FS.edited}
          </span>
        )}
      </span>
      <button type="button" aria-label={FS.saveTo(file.name)} title={`${FS.saveTo(file.name)} (${formatShortcut('Mod+S', platform.isMac)})`} onClick={save}>
        {FS.save}
      </button>
    </div>
  );
}
