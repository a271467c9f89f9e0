import { useTypingDraft, type SaveTyped } from '../../ui/useTypingDraft';
import { stopKeys } from './keys';

/**
 * The one text field that saves while the person types (ui/useTypingDraft.ts: written after
 * each pause and at least every 300 ms, one undo step per focus, the last keys kept on blur and
 * unmount). Enter in a one-line field (Ctrl+Enter in a multi-line one) finishes it, or runs
 * `onEnter`. Used bare (persona sections, workshop notes, questionnaire answers) and inside
 * the labelled TextField.
 */
export function TypingInput(props: {
  value: string;
  /** The accessible name; leave it out when a <label htmlFor={id}> names the field. */
  label?: string;
  /** `final` is true on blur: the moment to drop an emptied list item. */
  onSave: SaveTyped;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  className?: string;
  disabled?: boolean;
  id?: string;
  list?: string;
  autoFocus?: boolean;
  onEnter?: () => void;
  testId?: string;
  /** Keeps keys from reaching the map behind (fields on the map's side panel and strips). */
  isolateKeys?: boolean;
  invalid?: boolean;
  describedBy?: string;
  inputRef?: React.Ref<HTMLInputElement & HTMLTextAreaElement>;
}) {
  const { handlers, commit } = useTypingDraft(props.value, props.onSave);
  const common = {
    ...handlers,
    ref: props.inputRef,
    id: props.id,
    'aria-label': props.label,
    'aria-invalid': props.invalid ? true : undefined,
    'aria-describedby': props.describedBy,
    placeholder: props.placeholder,
    disabled: props.disabled,
    className: props.className,
    autoFocus: props.autoFocus,
    'data-testid': props.testId,
    dir: 'auto' as const,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (props.isolateKeys) stopKeys(e);
      if (e.key === 'Enter' && (!props.multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        if (props.onEnter) {
          commit();
          props.onEnter();
        } else (e.target as HTMLElement).blur();
      }
    },
  };
  return props.multiline ? <textarea {...common} rows={props.rows ?? 3} /> : <input type="text" {...common} list={props.list} />;
}
