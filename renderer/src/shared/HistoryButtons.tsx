/** Undo and Redo buttons for a screen beside the map (personas, requests), and their keys. */
import { redo, undo } from '../document/history';
import { modKey } from '../platform';
import { useHistoryState } from './useHistoryState';
import { useProjectDoc } from './ProjectContext';
import { U } from '../i18n/ui';

export function HistoryButtons() {
  const doc = useProjectDoc();
  const { canUndo, canRedo } = useHistoryState(doc);
  return (
    <span className="toolbar-group">
      <button type="button" onClick={() => undo(doc)} disabled={!canUndo} title={U.header.withShortcut(U.cmd.undo, `${modKey}+Z`)}>
        ↶ {U.cmd.undo}
      </button>
      <button type="button" onClick={() => redo(doc)} disabled={!canRedo} title={U.header.withShortcut(U.cmd.redo, `${modKey}+Shift+Z`)}>
        ↷ {U.cmd.redo}
      </button>
    </span>
  );
}

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

/** Ctrl/⌘+Z and Shift+Z (or Y) outside text fields, where the field's own undo applies. */
export function historyKeys(doc: Parameters<typeof undo>[0]) {
  return (e: React.KeyboardEvent) => {
    if (isTyping(e.target) || !(e.ctrlKey || e.metaKey)) return;
    const k = e.key.toLowerCase();
    if (k === 'z') {
      e.preventDefault();
      if (e.shiftKey) redo(doc);
      else undo(doc);
    } else if (k === 'y') {
      e.preventDefault();
      redo(doc);
    }
  };
}
