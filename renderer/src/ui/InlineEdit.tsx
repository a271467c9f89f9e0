import { useEffect, useRef, useState } from 'react';

/**
 * A text that becomes an input when edited. Enter or leaving the field commits, Escape
 * cancels. Used for project, map, stage and lane names.
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
  const [draft, setDraft] = useState(props.value);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    if (props.editing) {
      setDraft(props.value);
      cancelled.current = false;
      requestAnimationFrame(() => {
        ref.current?.focus();
        ref.current?.select();
      });
    }
  }, [props.editing, props.value]);
  if (!props.editing) return <span className={props.className}>{props.value}</span>;
  const finish = () => {
    if (!cancelled.current && draft !== props.value) props.onCommit(draft);
    props.onDone();
  };
  const common = {
    ref,
    value: draft,
    'aria-label': props.label,
    className: `nodrag nopan nowheel inline-edit ${props.className ?? ''}`,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(e.target.value),
    onBlur: finish,
    onKeyDown: (e: React.KeyboardEvent) => {
      e.stopPropagation();
      if (e.key === 'Enter' && !(props.multiline && e.shiftKey)) {
        e.preventDefault();
        (e.target as HTMLElement).blur();
      } else if (e.key === 'Escape') {
        cancelled.current = true;
        (e.target as HTMLElement).blur();
      }
    },
  };
  return props.multiline ? <textarea {...common} rows={3} /> : <input {...common} />;
}
