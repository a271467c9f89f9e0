/**
 * Storage health, for the banner. Failures never vanish into the console: each becomes a
 * status with a sentence and a way out, and unsaved updates stay queued until a retry works.
 *
 * - quota: the disk (or the browser's quota) is full: writes fail, changes stay in memory.
 * - blocked: our database can't open because another window holds an older version of it.
 * - closed: another window (a newer Baton, or "Start fresh" in another tab) asked to upgrade
 *   or delete the database; this window let go at once rather than block it (db.ts), and
 *   stops saving until "Try again" opens the database again.
 * - unreadable: the database can't be opened or read (damaged, or an incompatible schema).
 * Every failed write leaves a retry here; "Try again" opens the database again if needed and
 * runs them all (or, with nothing waiting to be saved, reloads the page to read afresh).
 */
import { createStore } from 'zustand/vanilla';
import { S } from '../strings';

export type StorageProblem = 'quota' | 'blocked' | 'closed' | 'unreadable' | 'other';

export interface StorageStatus {
  readonly saving: boolean;
  readonly problem?: StorageProblem;
  readonly message?: string;
  /** Called by the banner's "Try again". */
  readonly retry?: () => void;
}

export const storageStatus = createStore<StorageStatus>(() => ({ saving: false }));

export function classifyStorageError(err: unknown): { problem: StorageProblem; message: string } {
  const name = (err as { name?: string })?.name ?? '';
  const inner = (err as { inner?: { name?: string } })?.inner?.name ?? '';
  const names = `${name} ${inner}`;
  if (/QuotaExceeded/i.test(names)) return { problem: 'quota', message: S.storageQuota };
  if (/Blocked|VersionChange/i.test(names)) return { problem: 'blocked', message: S.storageBlocked };
  if (/InvalidState|Unknown|Data(Clone)?Error|NotFound|Open|Database|Upgrade|Version|Schema/i.test(names)) {
    return { problem: 'unreadable', message: S.storageUnreadable };
  }
  const detail = (err as Error)?.message || String(err);
  return { problem: 'other', message: S.storageFailed(detail.slice(0, 200)) };
}

/** Writes waiting for "Try again" (one per document whose saving failed). */
const waiting = new Set<() => void>();
let reopen: () => Promise<void> = async () => undefined;

/** db.ts says how to open the database again after it was closed or failed to open. */
export function setStorageReopen(fn: () => Promise<void>): void {
  reopen = fn;
}

export function reportStorageError(err: unknown, retry?: () => void): void {
  if (retry) waiting.add(retry);
  // Once the database was handed over to another window, every later failure is that.
  const closed = storageStatus.getState().problem === 'closed';
  const { problem, message } = closed ? { problem: 'closed' as const, message: S.storageClosed } : classifyStorageError(err);
  storageStatus.setState({ saving: false, problem, message, retry: () => void retryStorage() });
}

/** The database was closed for another window (db.ts); changes stay queued in memory. */
export function reportDatabaseClosed(): void {
  storageStatus.setState({ saving: false, problem: 'closed', message: S.storageClosed, retry: () => void retryStorage() });
}

/** Our own opening waits for another window: it goes on by itself once that window lets go. */
export function reportDatabaseBlocked(): void {
  storageStatus.setState({ saving: false, problem: 'blocked', message: S.storageBlocked, retry: () => void retryStorage() });
}

/** The database opened: problems of opening it are over (failed writes still need their retry). */
export function databaseOpened(): void {
  const { problem } = storageStatus.getState();
  if ((problem === 'blocked' || problem === 'unreadable') && waiting.size === 0) clearStorageError();
}

export async function retryStorage(): Promise<void> {
  const retries = [...waiting];
  waiting.clear();
  storageStatus.setState({ saving: true });
  try {
    await reopen();
  } catch (err) {
    for (const r of retries) waiting.add(r);
    storageStatus.setState({ problem: undefined });
    reportStorageError(err);
    return;
  }
  clearStorageError(); // each retried write reports again if it fails
  if (!retries.length) {
    // Nothing unsaved in this window: read everything afresh (lists that failed to load).
    if (typeof location !== 'undefined' && typeof location.reload === 'function') location.reload();
    return;
  }
  for (const r of retries) r();
}

export function clearStorageError(): void {
  storageStatus.setState({ problem: undefined, message: undefined, retry: undefined });
}
