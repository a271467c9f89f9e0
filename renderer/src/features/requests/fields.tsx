/** Small form controls of the requests screens: a labelled text field that saves while typing, and the pickers. */
import { useId, useState } from 'react';
import type { ActionResult } from '../../document/actions/result';
import { IMPACT_MAX, IMPACT_MIN } from '../../domain/requests';
import { refusalSentence } from '../../i18n/refusals';
import { report } from '../../ui/toasts';
import { TypingInput } from '../../shared/fields';
import { usePersonaOptions, useStageOptions, useTeamOptions } from './hooks';
import { RQ } from './strings';

/**
 * A labelled text field written through an action while the person types (TypingInput: one
 * merge key per typing session, one undo step). A refusal of a `showRefusal` field (the
 * delivered link) shows under the field, not as a message per keystroke; the last accepted
 * text stays saved.
 */
export function SavedText(props: {
  label: string;
  value: string;
  save: (text: string, mergeKey?: string) => ActionResult<unknown>;
  multiline?: boolean;
  placeholder?: string;
  showRefusal?: boolean;
  inputRef?: React.Ref<HTMLInputElement & HTMLTextAreaElement>;
  testId?: string;
}) {
  const [error, setError] = useState('');
  const errorId = useId();
  return (
    <label className="rq-field">
      <span>{props.label}</span>
      <TypingInput
        value={props.value}
        multiline={props.multiline}
        placeholder={props.placeholder}
        inputRef={props.inputRef}
        testId={props.testId}
        invalid={!!error}
        describedBy={error ? errorId : undefined}
        onSave={(text, key) => {
          const r = props.save(text, key);
          if (props.showRefusal) setError(r.ok ? '' : refusalSentence(r.refusal));
          else report(r);
        }}
      />
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
