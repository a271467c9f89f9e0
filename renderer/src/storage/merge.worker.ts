/** Compaction's merge (mergeUpdates.ts), in a worker: bytes in, bytes out, nothing kept. */
import * as Y from 'yjs';

declare const self: { onmessage: ((e: MessageEvent) => void) | null; postMessage: (m: unknown, transfer: Transferable[]) => void };

self.onmessage = (e: MessageEvent<{ id: number; updates: Uint8Array[] }>) => {
  const merged = Y.mergeUpdates(e.data.updates);
  self.postMessage({ id: e.data.id, merged }, [merged.buffer]);
};
