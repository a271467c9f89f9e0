import { useStore } from 'zustand';
import { Dialog } from '../../ui/Dialog';
import { conflict } from './conflict';
import { FS } from './strings';

/**
 * Asked when Save finds its file changed on disk (or gone): three plain choices, the safe one
 * (a new file) focused first; Escape, the close button and the backdrop cancel.
 */
export function ConflictDialog() {
  const question = useStore(conflict, (s) => s.question);
  if (!question) return null;
  const { name, reason, answer } = question;
  return (
    <Dialog title={reason === 'changed' ? FS.conflictTitle : FS.missingTitle} onClose={() => answer('cancel')} testId="save-conflict" className="save-conflict">
      <p>{reason === 'changed' ? FS.conflictChanged(name) : FS.conflictMissing(name)}</p>
      <div className="row dialog-actions">
        <button type="button" className="primary" data-autofocus onClick={() => answer('saveAs')}>
          {FS.conflictSaveAs}
        </button>
        <button type="button" onClick={() => answer('overwrite')}>
          {reason === 'changed' ? FS.conflictOverwrite(name) : FS.conflictWriteAgain(name)}
        </button>
        <button type="button" onClick={() => answer('cancel')}>
          {FS.conflictCancel}
        </button>
      </div>
    </Dialog>
  );
}
