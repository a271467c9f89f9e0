import { useId } from 'react';
import type { ActionResult } from '../../document/actions/result';
import { report } from '../../ui/toasts';
import { TypingInput } from './TypingInput';

/** A labelled text input (or textarea) that saves while typing (TypingInput); a refusal or a notice is a toast. */
export function TextField(props: {
  value: string;
  label: string;
  onSave: (value: string, mergeKey: string) => ActionResult | ActionResult<unknown>;
  multiline?: boolean;
  placeholder?: string;
  hideLabel?: boolean;
  testId?: string;
  list?: string;
  autoFocus?: boolean;
  className?: string;
}) {
  const id = useId();
  return (
    <span className={`al-field${props.hideLabel ? ' al-field-bare' : ''}`}>
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      <TypingInput
        id={id}
        value={props.value}
        onSave={(text, key) => void report(props.onSave(text, key))}
        multiline={props.multiline}
        rows={2}
        placeholder={props.placeholder}
        testId={props.testId}
        list={props.list}
        autoFocus={props.autoFocus}
        className={`nodrag nopan nowheel ${props.className ?? ''}`}
        isolateKeys
      />
    </span>
  );
}
