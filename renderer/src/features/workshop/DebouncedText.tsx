import { useEffect, useRef, useState } from 'react';
import { endStep } from '../../document/history';
import { useProjectDoc } from '../project/ProjectContext';
import { scheduleTypingSave } from '../../ui/typingSave';

/** Typing is written this long after the last keystroke (well inside the one-second promise). */
const TYPING_SAVE_MS = 200;

/**
 * A text field that writes through an action while the person types: one merge key per
 * typing session (one undo step), written shortly after each burst and on leaving the field.
 * While the field has focus it keeps its own draft; otherwise it shows the document's value
 * (so a peer's or another window's edit appears).
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
  const doc = useProjectDoc();
  const [draft, setDraft] = useState(props.value);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(props.value);
  const mergeKey = useRef('');
  const write = useRef(props.write);
  write.current = props.write;

  useEffect(() => {
    if (!focused.current) {
      setDraft(props.value);
      latest.current = props.value;
    }
  }, [props.value]);

  const flush = () => {
    clearTimeout(timer.current);
    if (timer.current !== undefined) {
      timer.current = undefined;
      write.current(latest.current, mergeKey.current);
    }
  };
  useEffect(() => () => flush(), []);

  const common = {
    value: draft,
    'aria-label': props.label,
    className: props.className,
    placeholder: props.placeholder,
    'data-testid': props.testId,
    dir: 'auto' as const,
    onFocus: () => {
      focused.current = true;
      mergeKey.current = `type:${Math.random()}`;
    },
    onBlur: () => {
      focused.current = false;
      flush();
      endStep(doc);
    },
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setDraft(e.target.value);
      latest.current = e.target.value;
      scheduleTypingSave(timer, flush, TYPING_SAVE_MS);
    },
  };
  return props.multiline ? <textarea {...common} rows={props.rows ?? 3} /> : <input {...common} />;
}
