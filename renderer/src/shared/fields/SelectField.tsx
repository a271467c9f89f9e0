import { useId } from 'react';
import { stopKeys } from './keys';

/** A plain labelled select over fixed options; it writes on change (one step per choice). */
export function SelectField<T extends string>(props: {
  value: T;
  label: string;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
  hideLabel?: boolean;
  testId?: string;
}) {
  const id = useId();
  return (
    <span className={`al-field${props.hideLabel ? ' al-field-bare' : ''}`}>
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      <select
        id={id}
        className="nodrag nopan"
        value={props.value}
        data-testid={props.testId}
        onKeyDown={stopKeys}
        onChange={(e) => props.onChange(e.target.value as T)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
