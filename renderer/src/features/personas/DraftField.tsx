import { useTypingDraft, type SaveTyped } from '../../ui/useTypingDraft';

/**
 * A text field of the persona editor that saves while you type (ui/useTypingDraft.ts). Enter
 * in a one-line field (Ctrl+Enter in a multi-line one) finishes it, or runs `onEnter`.
 */
export function DraftField(props: {
  value: string;
  label: string;
  /** `final` is true on blur: the moment to drop an emptied list item. */
  onSave: SaveTyped;
  multiline?: boolean;
  placeholder?: string;
  className?: string;
  disabled?: boolean;
  id?: string;
  list?: string;
  onEnter?: () => void;
  testId?: string;
}) {
  const { handlers, commit } = useTypingDraft(props.value, props.onSave);
  const common = {
    ...handlers,
    id: props.id,
    'aria-label': props.label,
    placeholder: props.placeholder,
    disabled: props.disabled,
    className: props.className,
    'data-testid': props.testId,
    dir: 'auto' as const,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' && (!props.multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        if (props.onEnter) {
          commit();
          props.onEnter();
        } else (e.target as HTMLElement).blur();
      }
    },
  };
  return props.multiline ? (
    <textarea {...common} rows={3} />
  ) : (
    <input {...common} list={props.list} />
  );
}
