import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { reportStorageError } from './storageStatus';

/** Dexie's liveQuery as a hook: re-runs when the tables it read change (in any tab). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: (e) => reportStorageError(e) });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
