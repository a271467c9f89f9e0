/**
 * Compaction's merge off the main thread: a project's whole log merged and cut into pieces
 * (splitUpdate.ts), a decode and re-encode of every record (over a second at 10,000 cards). A
 * module worker does it when the page can start one; otherwise (tests in Node, a worker that
 * fails to start) it runs here.
 */
import { splitUpdate } from './splitUpdate';

let worker: Worker | null | undefined;
let next = 0;
const waiting = new Map<number, { resolve: (pieces: Uint8Array[]) => void; updates: Uint8Array[] }>();

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const w = new Worker(new URL('./merge.worker.ts', import.meta.url), { type: 'module', name: 'merge-updates' });
    w.onmessage = (e: MessageEvent<{ id: number; pieces: Uint8Array[] }>) => {
      const job = waiting.get(e.data.id);
      waiting.delete(e.data.id);
      job?.resolve(e.data.pieces);
    };
    // A worker that cannot start or breaks: every job waiting on it is merged here instead.
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      worker = null;
      for (const [id, job] of waiting) {
        waiting.delete(id);
        job.resolve(splitUpdate(job.updates));
      }
    };
    return w;
  } catch {
    return null;
  }
}

/** The log `updates` merged, in the pieces it is stored as (one when small). */
export function mergeUpdatesOffThread(updates: Uint8Array[]): Promise<Uint8Array[]> {
  if (worker === undefined) worker = startWorker();
  const w = worker;
  if (!w) return Promise.resolve(splitUpdate(updates));
  return new Promise((resolve) => {
    const id = next++;
    waiting.set(id, { resolve, updates });
    w.postMessage({ id, updates });
  });
}
