/**
 * The last .baton files imported or exported in this browser or app, for the home screen.
 * Local only (the settings table): names and times, never the files themselves.
 */
import { getSetting, putSetting } from './db';

export const MAX_RECENT_FILES = 10;
const KEY = 'recentFiles';

export interface RecentFile {
  readonly name: string;
  readonly at: number;
  readonly projectId: string;
  readonly action: 'imported' | 'exported';
}

function isRecentFile(v: unknown): v is RecentFile {
  const r = v as RecentFile;
  return (
    !!r &&
    typeof r === 'object' &&
    typeof r.name === 'string' &&
    r.name.length > 0 &&
    r.name.length <= 260 &&
    typeof r.at === 'number' &&
    Number.isFinite(r.at) &&
    typeof r.projectId === 'string' &&
    /^[A-Za-z0-9_-]{1,64}$/.test(r.projectId) &&
    (r.action === 'imported' || r.action === 'exported')
  );
}

/** Newest first; anything malformed in the setting is skipped. */
export async function listRecentFiles(): Promise<RecentFile[]> {
  const value = await getSetting<unknown>(KEY);
  return Array.isArray(value) ? value.filter(isRecentFile).slice(0, MAX_RECENT_FILES) : [];
}

export async function addRecentFile(entry: RecentFile): Promise<void> {
  const list = await listRecentFiles();
  const same = (r: RecentFile) => r.name === entry.name && r.projectId === entry.projectId;
  await putSetting(KEY, [entry, ...list.filter((r) => !same(r))].slice(0, MAX_RECENT_FILES));
}
