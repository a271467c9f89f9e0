/** Compaction's merge and split (mergeUpdates.ts, splitUpdate.ts), in a worker: bytes in, bytes out, nothing kept. */
import { splitUpdate } from './splitUpdate';

declare const self: { onmessage: ((e: MessageEvent) => void) | null; postMessage: (m: unknown, transfer: Transferable[]) => void };

self.onmessage = (e: MessageEvent<{ id: number; updates: Uint8Array[] }>) => {
  const pieces = splitUpdate(e.data.updates);
  self.postMessage({ id: e.data.id, pieces }, pieces.map((p) => p.buffer as ArrayBuffer));
};
