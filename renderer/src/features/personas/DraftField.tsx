import { useEffect, useRef, useState } from 'react';
import { useProjectDoc } from '../project/ProjectContext';
import { endStep } from '../../document/history';
import { scheduleTypingSave } from '../../ui/typingSave';

/** Typing is saved this long after the last keystroke (well inside the one-second promise). */
const TYPING_SAVE_MS = 200;

/**
 * A text field that saves while you type: debounced writes that share one merge key per
 * focus, so a typing session is one undo step; the last keystrokes are written on blur and on
 * unmount. While the field is not focused it follows the document (undo, another window).
 */
export function DraftField(props: {
  value: string;
  label: string;
  /** `final` is true on blur: the moment to drop an emptied list item. */
  onSave: (text: string, mergeKey: string, final: boolean) => void;
  multiline?: boolean;
  placeholder?: string;
  className?: string;
  disabled?: boolean;
  id?: string;
  list?: string;
  onEnter?: () => void;
  testId?: string;
}) {
  const doc = useProjectDoc();
  const [draft, setDraft] = useState(props.value);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mergeKey = useRef('');
  const latest = useRef(props.value);
  const valueRef = useRef(props.value);
  const onSave = useRef(props.onSave);
  useEffect(() => {
    valueRef.current = props.value;
    onSave.current = props.onSave;
  });

  useEffect(() => {
    if (!focused.current) {
      setDraft(props.value);
      latest.current = props.value;
    }
  }, [props.value]);

  const write = (final: boolean) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (latest.current !== valueRef.current) onSave.current(latest.current, mergeKey.current, final);
  };

  useEffect(
    () => () => {
      if (timer.current) write(false);
    },
    [],
  );

  const common = {
    id: props.id,
    value: draft,
    'aria-label': props.label,
    placeholder: props.placeholder,
    disabled: props.disabled,
    className: props.className,
    'data-testid': props.testId,
    dir: 'auto' as const,
    onFocus: () => {
      focused.current = true;
      mergeKey.current = `draft:${Math.random()}`;
    },
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setDraft(e.target.value);
      latest.current = e.target.value;
      scheduleTypingSave(timer, () => write(false), TYPING_SAVE_MS);
    },
    onBlur: () => {
      focused.current = false;
      write(true);
      endStep(doc);
      // Show what was kept (trimmed, limited) once the document has answered.
      setTimeout(() => {
        if (!focused.current) {
          setDraft(valueRef.current);
          latest.current = valueRef.current;
        }
      }, 0);
    },
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' && (!props.multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        if (props.onEnter) {
          write(true);
          props.onEnter();
        } else (e.target as HTMLElement).blur();
      }
    },
  };
  return props.multiline ? <textarea {...common} rows={3} /> : <input {...common} list={props.list} />;
}
