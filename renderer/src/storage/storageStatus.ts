/**
 * Storage health, for the banner. Failures never vanish into the console: each becomes a
 * status with a sentence and a way out, and unsaved updates stay queued until a retry works.
 */
import { createStore } from 'zustand/vanilla';
import { S } from '../strings';

export type StorageProblem = 'quota' | 'blocked' | 'unreadable' | 'other';

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
  if (/InvalidState|Unknown|Data(Clone)?Error|NotFound|Open|Database/i.test(names)) {
    return { problem: 'unreadable', message: S.storageUnreadable };
  }
  const detail = (err as Error)?.message || String(err);
  return { problem: 'other', message: S.storageFailed(detail.slice(0, 200)) };
}

export function reportStorageError(err: unknown, retry?: () => void): void {
  const { problem, message } = classifyStorageError(err);
  storageStatus.setState({ saving: false, problem, message, retry });
}

export function clearStorageError(): void {
  storageStatus.setState({ problem: undefined, message: undefined, retry: undefined });
}
