/** Small form controls of the requests screens: a text field that saves while typing, and the pickers. */
import { useEffect, useId, useRef, useState } from 'react';
import type { ActionResult } from '../../document/actions/result';
import { endStep } from '../../document/history';
import { IMPACT_MAX, IMPACT_MIN } from '../../domain/requests';
import { report } from '../../ui/toasts';
import { useProjectDoc } from '../../shared/ProjectContext';
import { usePersonaOptions, useStageOptions, useTeamOptions } from './hooks';
import { RQ } from './strings';

/** Typing is written this long after the last keystroke (well inside the one-second promise). */
const TYPING_SAVE_MS = 200;

/**
 * A labelled text field written through an action while the person types (one merge key per
 * typing session: one undo step). `checkOnLeave` fields (the delivered link) are written only on
 * leaving or Enter, and a refusal shows under the field instead of a message per keystroke.
 */
export function SavedText(props: {
  label: string;
  value: string;
  save: (text: string, mergeKey?: string) => ActionResult<unknown>;
  multiline?: boolean;
  placeholder?: string;
  checkOnLeave?: boolean;
  inputRef?: React.Ref<HTMLInputElement & HTMLTextAreaElement>;
  testId?: string;
}) {
  const doc = useProjectDoc();
  const [draft, setDraft] = useState(props.value);
  const [error, setError] = useState('');
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(props.value);
  const mergeKey = useRef('');
  const save = useRef(props.save);
  save.current = props.save;
  const errorId = useId();

  useEffect(() => {
    if (!focused.current) {
      setDraft(props.value);
      latest.current = props.value;
    }
  }, [props.value]);

  const write = () => {
    const r = save.current(latest.current, props.checkOnLeave ? undefined : mergeKey.current);
    if (props.checkOnLeave) setError(r.ok ? '' : r.message);
    else report(r);
  };
  const flush = () => {
    clearTimeout(timer.current);
    if (timer.current !== undefined) {
      timer.current = undefined;
      write();
    }
  };
  useEffect(() => () => flush(), []); // eslint-disable-line react-hooks/exhaustive-deps

  const common = {
    ref: props.inputRef,
    value: draft,
    placeholder: props.placeholder,
    dir: 'auto' as const,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    'data-testid': props.testId,
    onFocus: () => {
      focused.current = true;
      mergeKey.current = `request-text:${Math.random()}`;
    },
    onBlur: () => {
      focused.current = false;
      if (props.checkOnLeave) {
        if (latest.current !== props.value || error) write();
      } else flush();
      endStep(doc);
    },
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setDraft(e.target.value);
      latest.current = e.target.value;
      if (props.checkOnLeave) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, TYPING_SAVE_MS);
    },
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' && !props.multiline && props.checkOnLeave) {
        e.preventDefault();
        write();
      }
    },
  };
  return (
    <label className="rq-field">
      <span>{props.label}</span>
      {props.multiline ? <textarea {...common} rows={3} /> : <input type="text" {...common} />}
      {error && (
        <span id={errorId} className="rq-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

/** The choice a link still holds after what it named was removed: said as such, not shown as another. */
function RemovedOption({ value, known, label }: { value: string; known: readonly { id: string }[]; label: string }) {
  if (!value || known.some((o) => o.id === value)) return null;
  return <option value={value}>{label}</option>;
}

export function StageSelect({ value, onChange, label = RQ.stage, emptyLabel = RQ.noStage }: { value: string; onChange: (v: string) => void; label?: string; emptyLabel?: string }) {
  const options = useStageOptions();
  const groups = new Map<string, typeof options>();
  for (const o of options) groups.set(o.mapId, [...(groups.get(o.mapId) ?? []), o]);
  return (
    <label className="rq-field">
      <span>{label}</span>
      <select value={value} aria-label={label} onChange={(e) => onChange(e.target.value)}>
        <option value="">{emptyLabel}</option>
        <RemovedOption value={value} known={options} label={RQ.removedStage} />
        {groups.size > 1
          ? [...groups.values()].map((g) => (
              <optgroup key={g[0]!.mapId} label={g[0]!.mapTitle}>
                {g.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </optgroup>
            ))
          : options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
      </select>
    </label>
  );
}

export function PersonaSelect({ value, onChange, label = RQ.persona, emptyLabel = RQ.noPersona }: { value: string; onChange: (v: string) => void; label?: string; emptyLabel?: string }) {
  const personas = usePersonaOptions();
  return (
    <label className="rq-field">
      <span>{label}</span>
      <select value={value} aria-label={label} onChange={(e) => onChange(e.target.value)}>
        <option value="">{emptyLabel}</option>
        <RemovedOption value={value} known={personas} label={RQ.removedPersona} />
        {personas.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function TeamSelect({ value, onChange, label = RQ.team, emptyLabel = RQ.noTeam }: { value: string; onChange: (v: string) => void; label?: string; emptyLabel?: string }) {
  const teams = useTeamOptions();
  return (
    <label className="rq-field">
      <span>{label}</span>
      <select value={value} aria-label={label} onChange={(e) => onChange(e.target.value)}>
        <option value="">{emptyLabel}</option>
        <RemovedOption value={value} known={teams} label={RQ.removedTeam} />
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ImpactSelect({ value, onChange }: { value: number; onChange: (v: number) => void }) {
  const levels = [];
  for (let i = IMPACT_MIN; i <= IMPACT_MAX; i++) levels.push(i);
  return (
    <label className="rq-field">
      <span>{RQ.impact}</span>
      <select value={value} aria-label={RQ.impact} onChange={(e) => onChange(Number(e.target.value))}>
        {levels.map((i) => (
          <option key={i} value={i}>
            {RQ.impactLevels[i]}
          </option>
        ))}
      </select>
    </label>
  );
}
