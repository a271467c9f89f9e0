/**
 * Small form controls of the alignment screens and panel. Text saves while you type (one undo
 * step per focus); numbers save when you leave the field or press Enter, and a number that
 * isn't one is refused with the action's sentence shown next to the field.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ActionResult } from '../../document/actions/result';
import { sortByOrder } from '../../domain/ordering';
import { SHARED_OWNER, type Team } from '../../domain/types';
import { report } from '../../ui/toasts';
import { useProject } from '../../shared/ProjectContext';
import { A, fmt } from './strings';
import { useTypingDraft } from '../../ui/useTypingDraft';

/** Typing is saved this long after the last keystroke (well inside the one-second promise). */
const TYPING_SAVE_MS = 150;

/** Stops the map's keyboard shortcuts (arrows, Delete, Ctrl+Z) from acting while someone types here. */
export const stopKeys = (e: React.KeyboardEvent) => {
  // Escape still reaches the side panel, which closes on it.
  if (e.key !== 'Escape') e.stopPropagation();
};

/** A labelled text input (or textarea) that saves while typing (ui/useTypingDraft.ts). */
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
  const { handlers } = useTypingDraft(props.value, (text, key) => void report(props.onSave(text, key)), TYPING_SAVE_MS);
  const common = {
    ...handlers,
    id,
    placeholder: props.placeholder,
    'data-testid': props.testId,
    dir: 'auto' as const,
    list: props.list,
    autoFocus: props.autoFocus,
    className: `nodrag nopan nowheel ${props.className ?? ''}`,
    onKeyDown: (e: React.KeyboardEvent) => {
      stopKeys(e);
      if (e.key === 'Enter' && !props.multiline) (e.target as HTMLElement).blur();
    },
  };
  return (
    <span className={`al-field${props.hideLabel ? ' al-field-bare' : ''}`}>
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.multiline ? <textarea {...common} rows={2} /> : <input {...common} type="text" />}
    </span>
  );
}

const show = (n: number | null) => (n === null ? '' : String(n));

/** A number input that saves on blur or Enter; a refusal is shown beside it (and the old value kept). */
export function NumberField(props: {
  value: number | null;
  label: string;
  onSave: (raw: string) => ActionResult;
  hideLabel?: boolean;
  placeholder?: string;
  testId?: string;
  suffix?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(show(props.value));
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(show(props.value));
  }, [props.value]);
  const commit = () => {
    if (draft.trim() === show(props.value)) return setError(null);
    const r = props.onSave(draft);
    if (r.ok) setError(null);
    else setError(r.message);
  };
  return (
    <span className={`al-field al-number${props.hideLabel ? ' al-field-bare' : ''}`}>
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      <span className="al-number-row">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          className="nodrag nopan"
          value={draft}
          placeholder={props.placeholder}
          data-testid={props.testId}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onFocus={() => (focused.current = true)}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => {
            focused.current = false;
            commit();
          }}
          onKeyDown={(e) => {
            stopKeys(e);
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setDraft(show(props.value));
              setError(null);
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

/** The project's teams in their order; the array keeps its identity while no team changed. */
export function useTeams(): Team[] {
  return useProject(useShallow((s) => sortByOrder(Object.values(s.teams))));
}

/** A team's display name for an owner value (team id, shared, or nobody). */
export function ownerName(owner: string | undefined, teams: readonly Team[]): string {
  if (!owner) return A.noOwner;
  if (owner === SHARED_OWNER) return A.shared;
  return teams.find((t) => t.id === owner)?.name ?? A.noOwner;
}

/** A chip with the team's colour and its name (never colour alone). */
export function TeamChip({ owner, teams, short }: { owner: string | undefined; teams: readonly Team[]; short?: boolean }) {
  const team = owner && owner !== SHARED_OWNER ? teams.find((t) => t.id === owner) : undefined;
  const name = ownerName(owner, teams);
  const label = short ? shortName(name) : name;
  return (
    <span className={`al-chip${team ? '' : owner === SHARED_OWNER ? ' al-chip-shared' : ' al-chip-none'}`}>
      <span className="al-dot" style={team ? { background: team.color } : undefined} aria-hidden />
      <span className="al-chip-name">{label}</span>
    </span>
  );
}

/** "Customer success" → "CS", "Sales" → "Sales", "Marketing" → "Mark": short enough for a card's corner. */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length > 1) return words.map((w) => w[0]!.toUpperCase()).join('').slice(0, 3);
  const w = words[0] ?? '';
  return w.length <= 6 ? w : w.slice(0, 4);
}

/** A select of owners: nobody, each team, shared. */
export function OwnerSelect(props: {
  value: string;
  label: string;
  onChange: (owner: string) => void;
  teams: readonly Team[];
  noneLabel?: string;
  hideLabel?: boolean;
  allowShared?: boolean;
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
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">{props.noneLabel ?? A.noOwner}</option>
        {props.teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
        {props.allowShared !== false && <option value={SHARED_OWNER}>{A.shared}</option>}
      </select>
    </span>
  );
}

/** A plain labelled select over fixed options. */
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

export { fmt };
