import { useEffect, useRef } from 'react';
import { withMergeKey } from '../document/history';
import { useTypingDraft } from './useTypingDraft';

/**
 * A text that becomes an input when edited: project, map, stage, lane, session and agenda
 * names. It saves while typing like every field (ui/useTypingDraft.ts, one undo step per
 * edit); Enter or leaving the field finishes, Escape puts back the name it had when the edit
 * began.
 */
export function InlineEdit(props: {
  value: string;
  label: string;
  editing: boolean;
  onCommit: (value: string) => void;
  onDone: () => void;
  className?: string;
  multiline?: boolean;
}) {
  if (!props.editing) return <span className={props.className}>{props.value}</span>;
  return <InlineEditor {...props} />;
}

function InlineEditor(props: Parameters<typeof InlineEdit>[0]) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const original = useRef(props.value);
  const cancelled = useRef(false);
  const written = useRef('');
  const { handlers } = useTypingDraft(props.value, (text, key, final) => {
    if (cancelled.current) return;
    // Every rename refuses an empty name: an emptied field waits for the next key (or says so when left).
    if (!final && !text.trim()) return;
    written.current = key;
    withMergeKey(key, () => props.onCommit(text));
  });
  useEffect(() => {
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.select();
    });
  }, []);
  const common = {
    ref,
    ...handlers,
    'aria-label': props.label,
    className: `nodrag nopan nowheel inline-edit ${props.className ?? ''}`,
    onBlur: () => {
      handlers.onBlur();
      props.onDone();
    },
    onKeyDown: (e: React.KeyboardEvent) => {
      e.stopPropagation();
      if (e.key === 'Enter' && !(props.multiline && e.shiftKey)) {
        e.preventDefault();
        (e.target as HTMLElement).blur();
      } else if (e.key === 'Escape') {
        cancelled.current = true;
        // What was written while typing folds back into the same undo step.
        if (written.current) withMergeKey(written.current, () => props.onCommit(original.current));
        (e.target as HTMLElement).blur();
      }
    },
  };
  return props.multiline ? <textarea {...common} rows={3} /> : <input {...common} />;
}
