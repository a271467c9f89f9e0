/**
 * The one Dexie database. Every `version(n)` stays here forever with its upgrader beside it;
 * ids are strings from day one (IndexedDB cannot change a primary key later).
 *
 * What is stored where (Excalidraw-style table of state):
 * - projects: metadata for the home screen (title, last change, counts): derived, local.
 * - updates: the project documents, as Yjs updates appended per change and compacted.
 * - snapshots: named versions of a project (version history).
 * - assets: images by content hash.
 * - settings: local-only state (viewport per map, last route): never exported.
 */
import Dexie, { type Table } from 'dexie';
import { databaseOpened, reportDatabaseBlocked, reportDatabaseClosed, setStorageReopen } from './storageStatus';

export interface ProjectRow {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  mapCount: number;
  cardCount: number;
  /** Set when deleted; the row and its updates are purged at the next start. */
  deletedAt?: number;
}

export interface UpdateRow {
  seq?: number;
  projectId: string;
  update: Uint8Array;
  /** Written by compaction (one of the pieces of the merged log): a log of only these needs none. */
  compacted?: true;
}

export interface SnapshotRow {
  id: string;
  projectId: string;
  label: string;
  at: number;
  state: Uint8Array;
}

export interface AssetRow {
  hash: string;
  mime: string;
  bytes: Uint8Array;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'baton';

export class BatonDB extends Dexie {
  projects!: Table<ProjectRow, string>;
  updates!: Table<UpdateRow, number>;
  snapshots!: Table<SnapshotRow, string>;
  assets!: Table<AssetRow, string>;
  settings!: Table<SettingRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      projects: 'id, updatedAt',
      updates: '++seq, projectId',
      snapshots: 'id, projectId, at',
      assets: 'hash',
      settings: 'key',
    });
  }
}

let instance: BatonDB | undefined;

export function db(): BatonDB {
  if (!instance) {
    instance = new BatonDB(activeDatabaseName());
    watchDatabase(instance);
  }
  return instance;
}

/**
 * Storage failures the database itself announces (see storageStatus.ts for the banner).
 * - versionchange: another window wants to upgrade or delete the database. Dexie's default
 *   closes and silently reopens on the next write, with this window's older idea of the
 *   schema; we close, stop saving (changes stay queued in memory) and say so, so the other
 *   window is never blocked and this one never writes into a schema it does not know.
 * - blocked: our own opening waits for another window that holds an older version.
 */
export function watchDatabase(d: BatonDB): void {
  d.on('versionchange', () => {
    d.close({ disableAutoOpen: true });
    reportDatabaseClosed();
    return false; // stops Dexie's default handler (close and reopen quietly)
  });
  d.on('blocked', () => reportDatabaseBlocked());
  d.on('ready', () => databaseOpened(), true);
  setStorageReopen(async () => {
    if (!d.isOpen()) await d.open();
  });
}

/**
 * "Start fresh" after the database became unreadable: this browser profile switches to a new,
 * empty database and KEEPS the old one untouched on disk (nothing is deleted; a developer or a
 * later version can still read it). The choice is remembered in localStorage.
 */
const ACTIVE_DB_KEY = 'baton:database';

export function activeDatabaseName(): string {
  try {
    return globalThis.localStorage?.getItem(ACTIVE_DB_KEY) || DB_NAME;
  } catch {
    return DB_NAME;
  }
}

export function startFreshDatabase(): string {
  const name = `${DB_NAME}-fresh-${Date.now()}`;
  globalThis.localStorage?.setItem(ACTIVE_DB_KEY, name);
  return name;
}

/** For tests: use a database of another name. */
export function useDatabase(next: BatonDB): void {
  instance = next;
}

export async function getSetting<T>(key: string): Promise<T | undefined> {
  const row = await db().settings.get(key);
  return row?.value as T | undefined;
}

export async function putSetting(key: string, value: unknown): Promise<void> {
  await db().settings.put({ key, value });
}
