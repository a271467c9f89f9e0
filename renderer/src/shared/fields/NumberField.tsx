import { useId, useState } from 'react';
import type { ActionResult } from '../../document/actions/result';
import { formatNumber, formatNumberForInput, parseNumber } from '../../i18n/format';
import { refusalSentence } from '../../i18n/refusals';
import { U } from '../../i18n/ui';
import { useTypingDraft } from '../../ui/useTypingDraft';
import { stopKeys } from './keys';

const show = (n: number | null) => (n === null ? '' : formatNumberForInput(n));

/**
 * A number that saves while the person types, through the same hook as every text field (one
 * undo step per focus, written after each pause and at least every 300 ms, the last keys kept
 * on blur), read as the person's locale writes numbers (i18n/format.ts parseNumber). Text that
 * is not a number, or a number the action refuses, gets a sentence beside the field and is not
 * saved: the last valid value stays in the document, the typed text stays in the field until
 * it is corrected or left (then the field shows the saved value, and the sentence says so).
 */
export function NumberField(props: {
  value: number | null;
  label: string;
  onSave: (value: number | null, mergeKey: string) => ActionResult | ActionResult<unknown>;
  hideLabel?: boolean;
  placeholder?: string;
  testId?: string;
  suffix?: string;
  className?: string;
  /** Whole numbers in a range, as a spin button (arrow keys step it). */
  whole?: { min: number; max: number };
  /**
   * How the value reads while the field is not being edited ("$4,000,000" for money, the
   * project's way: i18n/format.ts). Focused, the field shows the plain number to edit.
   */
  display?: (n: number) => string;
  /** Money: the currency's sign or code may be typed or pasted with the number. */
  money?: boolean;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const { handlers, commit } = useTypingDraft(show(props.value), (text, key, final) => {
    const n = parseNumber(text, props.money);
    const keptNote = final ? ` ${U.fields.kept(show(props.value))}` : '';
    if (n === undefined) return setError(U.fields.notANumber(props.label, formatNumber(1234.5)) + keptNote);
    const r = props.onSave(n, key);
    setError(r.ok ? null : refusalSentence(r.refusal) + keptNote);
  });
  return (
    <span className={`al-field al-number${props.hideLabel ? ' al-field-bare' : ''} ${props.className ?? ''}`}>
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      <span className="al-number-row">
        <input
          {...handlers}
          // Not being edited (and nothing wrong typed in it): the value as the project writes it.
          value={props.display && !editing && !error && props.value !== null && handlers.value === show(props.value) ? props.display(props.value) : handlers.value}
          onFocus={() => {
            setEditing(true);
            handlers.onFocus();
          }}
          onBlur={() => {
            setEditing(false);
            handlers.onBlur();
          }}
          id={id}
          type="text"
          role={props.whole ? 'spinbutton' : undefined}
          aria-valuemin={props.whole?.min}
          aria-valuemax={props.whole?.max}
          aria-valuenow={props.whole && props.value !== null ? props.value : undefined}
          inputMode={props.whole ? 'numeric' : 'decimal'}
          className="nodrag nopan"
          placeholder={props.placeholder}
          data-testid={props.testId}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onKeyDown={(e) => {
            stopKeys(e);
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            }
            const w = props.whole;
            if (w && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
              e.preventDefault();
              const now = parseNumber(handlers.value) ?? props.value ?? w.min;
              const next = Math.min(w.max, Math.max(w.min, Math.round(now) + (e.key === 'ArrowUp' ? 1 : -1)));
              const input = e.target as HTMLInputElement;
              // Through the input's own setter, so React sees a change like a typed one.
              Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, show(next));
              input.dispatchEvent(new Event('input', { bubbles: true }));
            }
          }}
        />
        {props.suffix && <span className="al-suffix">{props.suffix}</span>}
      </span>
      {error && (
        <span id={`${id}-error`} className="al-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
