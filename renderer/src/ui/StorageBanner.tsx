import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { S } from '../strings';
import { startFreshDatabase } from '../storage/db';
import { storageStatus } from '../storage/storageStatus';

/**
 * A failure to save is never silent: it stays on screen with a way out until it is fixed —
 * Try again, Download a backup of the open project (from memory, unsaved changes included),
 * and, when the database can't be read, Start fresh with the old database kept.
 */
export function StorageBanner({ onBackup }: { onBackup?: () => Promise<void> | void }) {
  const status = useStore(storageStatus);
  if (!status.problem) return null;
  const startFresh = async () => {
    if (onBackup) await onBackup();
    startFreshDatabase();
    location.reload();
  };
  return (
    <div className="storage-banner" role="alert" data-testid="storage-banner" data-problem={status.problem}>
      <p>{status.message}</p>
      {status.problem === 'unreadable' && <p>{S.startFreshNote}</p>}
      <div className="row">
        {status.retry && (
          <button type="button" onClick={status.retry}>
            {S.tryAgain}
          </button>
        )}
        {onBackup && (
          <button type="button" onClick={() => void onBackup()}>
            {S.downloadBackup}
          </button>
        )}
        {status.problem === 'unreadable' && (
          <button type="button" onClick={() => void startFresh()}>
            {S.startFresh}
          </button>
        )}
      </div>
    </div>
  );
}

/** A save shorter than this is not shown as "Saving…". */
const SAVING_SHOWN_AFTER_MS = 600;

/**
 * "Saved", or "Saving…" while a save takes long enough to notice. Typing saves every few
 * hundred milliseconds and each save takes ~20 ms: showing each one flickered the header,
 * made a screen reader say "Saving… Saved" per keystroke (the label is a polite live region),
 * and re-laid out the window twice per save. `data-state` tells the truth at once (tests wait on it).
 */
export function SavedIndicator() {
  const saving = useStore(storageStatus, (s) => s.saving);
  const problem = useStore(storageStatus, (s) => s.problem);
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!saving) {
      setSlow(false);
      return;
    }
    const t = setTimeout(() => setSlow(true), SAVING_SHOWN_AFTER_MS);
    return () => clearTimeout(t);
  }, [saving]);
  if (problem) return null;
  return (
    <span className="saved-indicator" aria-live="polite" data-testid="saved-indicator" data-state={saving ? 'saving' : 'saved'}>
      {slow ? S.saving : S.saved}
    </span>
  );
}
