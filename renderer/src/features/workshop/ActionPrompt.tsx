/**
 * The one prompt every action is made through (questionnaire, parking lot, vote results, the
 * actions screen): the action's sentence (prefilled to read like something to do), who owns it
 * (a person from the sessions, a team, someone else, or "decide later", which the report
 * flags) and when it is due (prefilled with the next meeting). Inline where the action is made,
 * so the room sees what it is agreeing to.
 */
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ActionPromptDraft } from '../../document/actions/workshop/actions';
import { ownerChoices, suggestedDueDate } from '../../domain/workshop/actionGaps';
import { isoDate } from '../../domain/workshop/sessions';
import { useProject } from '../../shared/ProjectContext';
import { S } from '../../strings';
import { useTeams } from './hooks';
import { W } from './strings';
import './workshop-flow.css';

const PERSON = 'p:';
const TEAM = 't:';
const OTHER = 'other';

/** The people and due date the prompt offers, read once per change of sessions, participants and actions. */
function useOwnerChoices() {
  const flat = useProject(
    useShallow((s) => {
      const dates: Record<string, string> = {};
      for (const x of Object.values(s.sessions)) dates[x.id] = x.date;
      return ownerChoices(Object.values(s.participants), Object.values(s.actionItems), dates).map(
        (c) => `${c.teamId}|${c.name}`,
      );
    }),
  );
  return flat.map((x) => {
    const i = x.indexOf('|');
    return { teamId: x.slice(0, i), name: x.slice(i + 1) };
  });
}

export function ActionPrompt({
  initialTitle,
  label,
  submitLabel = W.addAction,
  onSubmit,
  onCancel,
  autoFocus = true,
}: {
  initialTitle: string;
  /** The form's name for screen readers ("Make “…” an action"). */
  label: string;
  submitLabel?: string;
  /** Writes the action; true when it was written (the prompt then closes or clears). */
  onSubmit: (draft: ActionPromptDraft) => boolean;
  /** Absent on the actions screen, where the prompt is always there. */
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const id = useId();
  const teams = useTeams();
  const people = useOwnerChoices();
  const suggested = useProject((s) => suggestedDueDate(Object.values(s.sessions), isoDate(Date.now())));
  const [title, setTitle] = useState(initialTitle);
  const [who, setWho] = useState('');
  const [other, setOther] = useState('');
  const [due, setDue] = useState<string | null>(null);
  const dueValue = due ?? suggested;
  const reset = () => {
    setTitle(initialTitle);
    setWho('');
    setOther('');
    setDue(null);
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    let owner = '';
    let teamId = '';
    if (who.startsWith(PERSON)) {
      owner = who.slice(PERSON.length);
      teamId = people.find((p) => p.name === owner)?.teamId ?? '';
    } else if (who.startsWith(TEAM)) teamId = who.slice(TEAM.length);
    else if (who === OTHER) owner = other;
    if (onSubmit({ title, owner, teamId, dueDate: dueValue })) reset();
  };
  return (
    <form
      className="action-prompt"
      aria-label={label}
      data-testid="action-prompt"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label className="action-prompt-title">
        {W.actionTitle}
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={1000}
          required
          dir="auto"
        />
      </label>
      <label>
        {W.owner}
        <select
          value={who}
          onChange={(e) => setWho(e.target.value)}
          autoFocus={autoFocus}
          aria-describedby={who === '' ? `${id}-later` : undefined}
        >
          <option value="">{W.ownerLater}</option>
          {people.length > 0 && (
            <optgroup label={W.ownerPeople}>
              {people.map((p) => (
                <option key={p.name} value={PERSON + p.name}>
                  {p.name}
                  {teams.find((t) => t.id === p.teamId) ? ` (${teams.find((t) => t.id === p.teamId)!.name})` : ''}
                </option>
              ))}
            </optgroup>
          )}
          {teams.length > 0 && (
            <optgroup label={W.ownerTeams}>
              {teams.map((t) => (
                <option key={t.id} value={TEAM + t.id}>
                  {W.ownerTeam(t.name)}
                </option>
              ))}
            </optgroup>
          )}
          <option value={OTHER}>{W.ownerOther}</option>
        </select>
      </label>
      {who === OTHER && (
        <label>
          {W.ownerName}
          <input value={other} onChange={(e) => setOther(e.target.value)} maxLength={200} autoFocus />
        </label>
      )}
      <label>
        {W.dueDate}
        <input type="date" value={dueValue} onChange={(e) => setDue(e.target.value)} />
      </label>
      <div className="action-prompt-buttons">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {S.cancel}
          </button>
        )}
      </div>
      {who === '' && (
        <p className="meta action-prompt-hint" id={`${id}-later`}>
          {W.ownerLaterHint}
        </p>
      )}
    </form>
  );
}
