import { useTypingDraft } from '../../ui/useTypingDraft';

/**
 * A text field of the workshop screens that writes through an action while the person types
 * (ui/useTypingDraft.ts: one undo step per typing session, the last keys kept on blur).
 */
export function DebouncedText(props: {
  value: string;
  label: string;
  write: (text: string, mergeKey: string) => void;
  multiline?: boolean;
  rows?: number;
  className?: string;
  placeholder?: string;
  testId?: string;
}) {
  const { handlers } = useTypingDraft(props.value, (text, key) => props.write(text, key));
  const common = {
    ...handlers,
    'aria-label': props.label,
    className: props.className,
    placeholder: props.placeholder,
    'data-testid': props.testId,
    dir: 'auto' as const,
  };
  return props.multiline ? <textarea {...common} rows={props.rows ?? 3} /> : <input {...common} />;
}
