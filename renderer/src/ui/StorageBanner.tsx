import { useStore } from 'zustand';
import { S } from '../strings';
import { storageStatus } from '../storage/storageStatus';

/** A failure to save is never silent: it stays on screen with a way out until it is fixed. */
export function StorageBanner({ onBackup }: { onBackup?: () => void }) {
  const status = useStore(storageStatus);
  if (!status.problem) return null;
  return (
    <div className="storage-banner" role="alert">
      <p>{status.message}</p>
      <div className="row">
        {status.retry && (
          <button type="button" onClick={status.retry}>
            {S.tryAgain}
          </button>
        )}
        {onBackup && (
          <button type="button" onClick={onBackup}>
            {S.downloadBackup}
          </button>
        )}
      </div>
    </div>
  );
}

export function SavedIndicator() {
  const saving = useStore(storageStatus, (s) => s.saving);
  const problem = useStore(storageStatus, (s) => s.problem);
  if (problem) return null;
  return (
    <span className="saved-indicator" aria-live="polite" data-testid="saved-indicator">
      {saving ? S.saving : S.saved}
    </span>
  );
}
