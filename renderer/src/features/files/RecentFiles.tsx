import { listProjects } from '../../storage/projects';
import { listRecentFiles, type RecentFile } from '../../storage/recentFiles';
import { useLiveQuery } from '../../storage/useLiveQuery';
import { navigate } from '../../ui/router';
import { showToast } from '../../ui/toasts';
import { FS } from './strings';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The last .baton files opened or saved here; a click opens the project when it is here. */
export function RecentFiles() {
  const recent = useLiveQuery(listRecentFiles, []);
  if (!recent?.length) return null;
  const open = async (r: RecentFile) => {
    const here = (await listProjects()).some((p) => p.id === r.projectId);
    if (here) navigate({ name: 'project', projectId: r.projectId });
    else showToast(FS.recentMissing(r.name), { tone: 'error' });
  };
  return (
    <section className="recent-files" aria-label={FS.recentFiles}>
      <h2>{FS.recentFiles}</h2>
      <ul>
        {recent.map((r) => (
          <li key={`${r.projectId}:${r.name}`} data-testid="recent-file">
            <button type="button" className="link-button" aria-label={FS.openRecent(r.name)} onClick={() => void open(r)} dir="auto">
              {r.name}
            </button>
            <span className="meta">
              {r.action === 'imported' ? FS.recentImported : FS.recentExported} · {timeFormat.format(r.at)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
