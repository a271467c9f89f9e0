/**
 * Keeps two windows of the same project on this machine in step (a second tab, or the
 * presenter view): each locally made update is posted on a BroadcastChannel and applied by
 * the others with the `tab` origin (not saved again, not undoable there).
 */
import * as Y from 'yjs';
import { ORIGIN } from '../document/schema';

export function attachTabSync(doc: Y.Doc, projectId: string): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(`baton-project-${projectId}`);
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === ORIGIN.storage || origin === ORIGIN.tab) return;
    channel.postMessage(update);
  };
  channel.onmessage = (e: MessageEvent) => {
    if (e.data instanceof Uint8Array) {
      try {
        Y.applyUpdate(doc, e.data, ORIGIN.tab);
      } catch {
        // A malformed message from another tab is ignored; the document stays as it was.
      }
    }
  };
  doc.on('update', onUpdate);
  return () => {
    doc.off('update', onUpdate);
    channel.close();
  };
}
