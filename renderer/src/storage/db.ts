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
  instance ??= new BatonDB();
  return instance;
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
