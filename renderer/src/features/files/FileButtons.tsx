import { useProject } from '../../shared/ProjectContext';
import { pickAndOpenBatonFile, saveProjectCopy } from './fileCommands';
import { FS } from './strings';

/** Home screen: open a .baton file (added as a new project, or merged into the one here). */
export function OpenFileButton() {
  return (
    <button type="button" className="open-file-button" onClick={() => void pickAndOpenBatonFile()}>
      ⇪ {FS.openFile}
    </button>
  );
}

/** Project header: save the open project as a .baton file. */
export function SaveCopyButton() {
  const projectId = useProject((s) => s.info.projectId);
  const title = useProject((s) => s.info.title);
  return (
    <button type="button" aria-label={FS.saveCopyOf(title)} title={FS.saveCopyOf(title)} onClick={() => void saveProjectCopy(projectId)}>
      <span aria-hidden>⇩</span> <span className="header-label">{FS.saveCopy}</span>
    </button>
  );
}
