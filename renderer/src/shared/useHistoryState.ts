import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { historyOf } from '../document/history';

/** Whether Undo and Redo have anything to do, kept current as the stacks change. */
export function useHistoryState(doc: Y.Doc): { canUndo: boolean; canRedo: boolean } {
  const read = () => {
    const h = historyOf(doc);
    return { canUndo: !!h?.canUndo(), canRedo: !!h?.canRedo() };
  };
  const [state, setState] = useState(read);
  useEffect(() => {
    const h = historyOf(doc);
    if (!h) return;
    const update = () => setState(read());
    h.on('stack-item-added', update);
    h.on('stack-item-popped', update);
    h.on('stack-cleared', update);
    update();
    return () => {
      h.off('stack-item-added', update);
      h.off('stack-item-popped', update);
      h.off('stack-cleared', update);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc]);
  return state;
}
