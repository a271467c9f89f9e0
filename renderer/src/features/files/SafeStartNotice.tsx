import { db } from '../../storage/db';
import { projectOfHash } from '../../storage/safeStart';
import { useLiveQuery } from '../../storage/useLiveQuery';
import { FS } from './strings';

/**
 * Says, on the home screen of a safe start (storage/safeStart.ts), which project or map was
 * not reopened because it did not finish opening last time, with a way to open it anyway.
 */
export function SafeStartNotice({ hash, onDone }: { hash: string; onDone: () => void }) {
  const projectId = projectOfHash(hash) ?? '';
  const title = useLiveQuery(() => db().projects.get(projectId).then((row) => row?.title), [projectId]);
  const map = /\/m\/[^/]+$/.test(hash);
  return (
    <div className="storage-banner safe-start" role="alert" data-testid="safe-start">
      <p>{FS.safeStartSkipped(title, map)}</p>
      <div className="row">
        <button
          type="button"
          onClick={() => {
            onDone();
            location.hash = hash;
          }}
        >
          {FS.safeStartOpen}
        </button>
        <button type="button" onClick={onDone}>
          {FS.safeStartDismiss}
        </button>
      </div>
    </div>
  );
}
