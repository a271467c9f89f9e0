import { memo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { addActionItem, addDecision, addParkingLotItem, deleteActionItem, deleteDecision, setActionStatus, updateActionItem } from '../../document/actions/workshop/actions';
import type { ActionItem } from '../../domain/workshop/records';
import { isoDate } from '../../domain/workshop/sessions';
import { report } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { TypingInput } from '../../shared/fields';
import { actionGap, actionGaps } from '../../domain/workshop/actionGaps';
import { ActionPrompt } from './ActionPrompt';
import { ParkedRow } from './ParkedRow';
import { runningSessionOf, useTeams } from './hooks';
import { formatDay } from './SessionList';
import { W } from './strings';

const byNewest = <T extends { createdAt: number; id: string }>(a: T, b: T) =>
  b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1);

export function ActionsScreen() {
  return (
    <div className="workshop-screen actions-screen">
      <ActionItems />
      <ParkingLot />
      <Decisions />
    </div>
  );
}

function ActionItems() {
  const doc = useProjectDoc();
  const running = useProject(runningSessionOf);
  const open = useProject(
    useShallow((s) =>
      Object.values(s.actionItems)
        .filter((a) => a.status === 'open')
        .sort(byDue),
    ),
  );
  const doneList = useProject(
    useShallow((s) =>
      Object.values(s.actionItems)
        .filter((a) => a.status === 'done')
        .sort(byNewest),
    ),
  );
  return (
    <section className="panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">
        {W.actionItems} <span className="meta">({W.openActionsCount(open.length)})</span>
      </h2>
      <ActionPrompt
        initialTitle=""
        label={W.addAction}
        autoFocus={false}
        onSubmit={(draft) => report(addActionItem(doc, { ...draft, sessionId: running?.id }))}
      />
      <ActionGapsLine actions={open} />
      {open.length + doneList.length === 0 && <p className="empty-state">{W.noActions}</p>}
      <ul className="action-list" data-testid="open-actions">
        {open.map((a) => (
          <ActionRow key={a.id} action={a} />
        ))}
      </ul>
      {doneList.length > 0 && (
        <details>
          <summary>
            {W.finish} ({doneList.length})
          </summary>
          <ul className="action-list">
            {doneList.map((a) => (
              <ActionRow key={a.id} action={a} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** "2 actions have no owner and 1 action has no due date." above the list, from the one rule. */
function ActionGapsLine({ actions }: { actions: readonly ActionItem[] }) {
  const teamIds = useProject(useShallow((s) => Object.keys(s.teams)));
  const gaps = actionGaps(actions, new Set(teamIds));
  if (gaps.length === 0) return null;
  return (
    <p className="gap-flag" data-testid="action-gaps">
      {W.gapsLine(gaps.filter((g) => g.noOwner).length, gaps.filter((g) => g.noDue).length)}
    </p>
  );
}

const byDue = (a: ActionItem, b: ActionItem) =>
  (a.dueDate || '9999') < (b.dueDate || '9999')
    ? -1
    : (a.dueDate || '9999') > (b.dueDate || '9999')
      ? 1
      : byNewest(a, b);

function TeamSelect({
  value,
  onChange,
  teams,
  label,
}: {
  value: string;
  onChange: (v: string) => void;
  teams: ReturnType<typeof useTeams>;
  label?: string;
}) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={label}>
      <option value="">{W.noTeam}</option>
      {teams.map((t) => (
        <option key={t.id} value={t.id}>
          {t.name}
        </option>
      ))}
    </select>
  );
}

/** One action item: done checkbox, title, owner, team, due date; used here, in sessions and on the project's home. */
export const ActionRow = memo(function ActionRow({
  action: a,
  compact = false,
}: {
  action: ActionItem;
  compact?: boolean;
}) {
  const doc = useProjectDoc();
  const teams = useTeams();
  const session = useProject((s) => (a.sessionId ? s.sessions[a.sessionId] : undefined));
  const team = teams.find((t) => t.id === a.teamId);
  const overdue = a.status === 'open' && a.dueDate !== '' && a.dueDate < isoDate(Date.now());
  const gap = useProject((s) => {
    const g = actionGap(a, new Set(Object.keys(s.teams)));
    return g.noOwner ? (g.noDue ? 'both' : 'owner') : g.noDue ? 'due' : '';
  });
  const flags = (
    <>
      {(gap === 'owner' || gap === 'both') && <span className="gap-flag" data-testid="gap-owner">{W.noOwnerYet}</span>}
      {(gap === 'due' || gap === 'both') && <span className="gap-flag" data-testid="gap-due">{W.noDueYet}</span>}
    </>
  );
  return (
    <li className={`action-row ${a.status}`} data-testid="action-item">
      <input
        type="checkbox"
        checked={a.status === 'done'}
        aria-label={W.markDone(a.title)}
        onChange={(e) => report(setActionStatus(doc, a.id, e.target.checked ? 'done' : 'open'))}
      />
      {compact ? (
        <span className="action-title" dir="auto">
          {a.title}
          <span className="meta">
            {a.owner && ` · ${a.owner}`}
            {team && ` · ${team.name}`}
            {a.dueDate && ` · ${W.due(formatDay(a.dueDate))}`}
            {overdue && ` · ${W.overdue}`}
          </span>{' '}
          {flags}
        </span>
      ) : (
        <>
          <TypingInput
            value={a.title}
            label={W.actionTitle}
            className="action-title-input"
            onSave={(text, key) => text.trim() && report(updateActionItem(doc, a.id, { title: text }, key))}
          />
          <TypingInput
            value={a.owner}
            label={`${W.owner}: ${a.title}`}
            className="action-owner"
            placeholder={W.owner}
            onSave={(text, key) => report(updateActionItem(doc, a.id, { owner: text }, key))}
          />
          <TeamSelect
            value={a.teamId}
            teams={teams}
            label={`${W.team}: ${a.title}`}
            onChange={(v) => report(updateActionItem(doc, a.id, { teamId: v }))}
          />
          <input
            type="date"
            aria-label={`${W.dueDate}: ${a.title}`}
            value={a.dueDate}
            className={overdue ? 'overdue' : undefined}
            onChange={(e) => report(updateActionItem(doc, a.id, { dueDate: e.target.value }))}
          />
          {flags}
          {session && <span className="meta">{W.fromSession(session.title)}</span>}
          <button
            type="button"
            className="icon-button"
            aria-label={W.deleteAction(a.title)}
            title={W.deleteAction(a.title)}
            onClick={() => report(deleteActionItem(doc, a.id))}
          >
            ×
          </button>
        </>
      )}
    </li>
  );
});

function ParkingLot() {
  const doc = useProjectDoc();
  const running = useProject(runningSessionOf);
  const items = useProject(
    useShallow((s) =>
      Object.values(s.parkingLot).sort((a, b) =>
        a.status === b.status ? byNewest(a, b) : a.status === 'open' ? -1 : 1,
      ),
    ),
  );
  const [text, setText] = useState('');
  return (
    <section className="panel" aria-labelledby="parking-heading">
      <h2 id="parking-heading">{W.parkingLot}</h2>
      <form
        className="form-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (report(addParkingLotItem(doc, text, running?.id ?? ''))) setText('');
        }}
      >
        <label className="grow">
          {W.parkText}
          <input value={text} onChange={(e) => setText(e.target.value)} maxLength={1000} />
        </label>
        <button type="submit">+ {W.addParked}</button>
      </form>
      {items.length === 0 && <p className="empty-state">{W.noParked}</p>}
      <ul className="action-list" data-testid="parking-lot">
        {items.map((p) => (
          <ParkedRow key={p.id} item={p} />
        ))}
      </ul>
    </section>
  );
}

function Decisions() {
  const doc = useProjectDoc();
  const running = useProject(runningSessionOf);
  const items = useProject(useShallow((s) => Object.values(s.decisions).sort(byNewest)));
  const sessions = useProject((s) => s.sessions);
  const [text, setText] = useState('');
  return (
    <section className="panel" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{W.decisions}</h2>
      <form
        className="form-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (report(addDecision(doc, text, running?.id ?? ''))) setText('');
        }}
      >
        <label className="grow">
          {W.decisionText}
          <input value={text} onChange={(e) => setText(e.target.value)} maxLength={1000} />
        </label>
        <button type="submit">+ {W.addDecision}</button>
      </form>
      {items.length === 0 && <p className="empty-state">{W.noDecisions}</p>}
      <ul className="action-list">
        {items.map((d) => (
          <li key={d.id} className="action-row">
            <span className="action-title" dir="auto">
              {d.text}
              {sessions[d.sessionId] && (
                <span className="meta"> · {W.fromSession(sessions[d.sessionId]!.title)}</span>
              )}
            </span>
            <button
              type="button"
              className="icon-button"
              aria-label={W.deleteDecision(d.text)}
              title={W.deleteDecision(d.text)}
              onClick={() => report(deleteDecision(doc, d.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
