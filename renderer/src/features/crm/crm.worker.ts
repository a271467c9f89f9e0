/**
 * The CRM import's worker: parsing and reducing a large export off the main thread, so the
 * screen keeps answering (and Cancel works) while a million rows go by. It answers each checked
 * message (protocol.ts) with progress and then one result; a cancel ends the reading loop, and
 * the import client terminates the worker on top of that.
 */
import { importExport, sniffExport } from './parseExport';
import { readToWorker, type FromWorker } from './protocol';

declare const self: { onmessage: ((e: MessageEvent) => void) | null; postMessage: (m: FromWorker) => void };

let cancelled = false;
let lastProgress = 0;

self.onmessage = (e: MessageEvent) => {
  if ((e.data as { type?: unknown } | null)?.type === 'cancel') {
    cancelled = true;
    return;
  }
  const msg = readToWorker(e.data);
  if (!msg) return;
  cancelled = false;
  void (async () => {
    try {
      if (msg.type === 'sniff') {
        const r = await sniffExport(msg.file);
        self.postMessage(r.ok ? { type: 'sniffed', ...r.value } : { type: 'failed', problem: r.problem });
        return;
      }
      const r = await importExport(msg.file, msg, {
        cancelled: () => cancelled,
        onProgress(bytes, total, rows) {
          const now = Date.now();
          if (now - lastProgress < 80 && bytes < total) return;
          lastProgress = now;
          self.postMessage({ type: 'progress', bytes, total, rows });
        },
      });
      if (r.ok) self.postMessage({ type: 'done', ...r.value });
      else if ('problem' in r) self.postMessage({ type: 'failed', problem: r.problem });
    } catch {
      self.postMessage({ type: 'failed', problem: { code: 'unreadable' } });
    }
  })();
};
