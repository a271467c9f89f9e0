import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { addParticipant, deleteSession, endSession, removeParticipant, renameParticipant, renameSession, setParticipantTeam, setSessionDate, setSessionNotes } from '../../document/actions/workshop/sessions';
import { saveAgendaAsTemplate } from '../../document/actions/workshop/templates';
import { undo } from '../../document/history';
import { previousSession } from '../../domain/workshop/sessions';
import { refusalSentence } from '../../i18n/refusals';
import { S } from '../../strings';
import { InlineEdit } from '../../ui/InlineEdit';
import { Menu } from '../../ui/Menu';
import { navigate } from '../../ui/router';
import { report, showToast } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { AgendaPanel } from './Agenda';
import { openPresenter, startSessionCommand } from './commands';
import { TypingInput } from '../../shared/fields';
import { useParticipants, useTeams } from './hooks';
import { ActionRow } from './ActionsScreen';
import { ParkedRow } from './ParkedRow';
import { W } from './strings';
import { SessionRecap } from './SessionRecap';

export function SessionScreen({ sessionId }: { sessionId: string }) {
  const doc = useProjectDoc();
  const projectId = useProject((s) => s.info.projectId);
  const session = useProject((s) => s.sessions[sessionId]);
  const [renaming, setRenaming] = useState(false);
  const [templateName, setTemplateName] = useState<string | null>(null);
  if (!session) {
    return (
      <section className="workshop-screen">
        <p role="alert" className="empty-state">
          {refusalSentence({ code: 'workshop.sessionMissing' })}
        </p>
        <a href={`#/p/${projectId}/workshop/all`}>{W.backToSessions}</a>
      </section>
    );
  }
  const remove = () => {
    if (report(deleteSession(doc, sessionId))) {
      navigate({ name: 'project', projectId, section: 'workshop' });
      showToast(W.sessionDeleted(session.title), {
        action: { label: S.undoAction, run: () => undo(doc) },
      });
    }
  };
  return (
    <section className="workshop-screen session-screen" aria-labelledby="session-title">
      <a className="all-sessions-link" href={`#/p/${projectId}/workshop/all`}>
        ← {W.backToSessions}
      </a>
      <header className="session-header">
        <h2 id="session-title" dir="auto">
          <InlineEdit
            value={session.title}
            label={W.renameSession}
            editing={renaming}
            onCommit={(v) => report(renameSession(doc, sessionId, v))}
            onDone={() => setRenaming(false)}
          />
        </h2>
        <span className={`status-badge status-${session.status}`} data-testid="session-status">
          {W.sessionStatus[session.status]}
        </span>
        <label className="inline-label">
          {W.sessionDate}
          <input
            type="date"
            value={session.date}
            onChange={(e) => report(setSessionDate(doc, sessionId, e.target.value))}
          />
        </label>
        <div className="row push-right">
          {session.status === 'running' ? (
            <button
              type="button"
              onClick={() =>
                report(endSession(doc, sessionId)) && showToast(W.sessionEnded(session.title))
              }
            >
              {W.endSession}
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              onClick={() => startSessionCommand(doc, projectId, sessionId)}
            >
              {session.status === 'ended' ? W.reopenSession : W.startSession}
            </button>
          )}
          <button type="button" onClick={() => openPresenter(projectId)}>
            {W.openPresenter}
          </button>
          <Menu
            label={`${W.renameSession}, ${W.saveAsTemplate}, ${W.deleteSession}`}
            items={[
              { label: W.renameSession, run: () => setRenaming(true) },
              { label: W.saveAsTemplate, run: () => setTemplateName(session.title) },
              { label: W.deleteSession, run: remove, danger: true },
            ]}
          />
        </div>
      </header>
      {templateName !== null && (
        <form
          className="panel row"
          aria-label={W.saveAsTemplate}
          onSubmit={(e) => {
            e.preventDefault();
            if (report(saveAgendaAsTemplate(doc, sessionId, templateName))) setTemplateName(null);
          }}
        >
          <label className="inline-label">
            {W.templateName}
            <input
              autoFocus
              value={templateName}
              onChange={(e) => setTemplateName(e.target.value)}
              maxLength={200}
            />
          </label>
          <button type="submit" className="primary">
            {W.saveAsTemplate}
          </button>
          <button type="button" onClick={() => setTemplateName(null)}>
            {S.cancel}
          </button>
        </form>
      )}
      <SessionRecap sessionId={sessionId} />
      <PreviousActions sessionId={sessionId} />
      <div className="session-grid">
        <AgendaPanel sessionId={sessionId} />
        <div className="session-side">
          <Participants sessionId={sessionId} />
          <section className="panel" aria-labelledby="notes-heading">
            <h3 id="notes-heading">{W.notes}</h3>
            <TypingInput
              multiline
              rows={8}
              className="notes"
              value={session.notes}
              label={W.notes}
              placeholder={W.notesHelp}
              onSave={(text, key) => report(setSessionNotes(doc, sessionId, text, key))}
            />
          </section>
        </div>
      </div>
    </section>
  );
}

/**
 * What the room reviews first: the open actions of the session before this one, beside every
 * topic still open in the parking lot (each can become an action or be closed with a reason),
 * and the decisions the last session took.
 */
function PreviousActions({ sessionId }: { sessionId: string }) {
  const prev = useProject((s) => previousSession(Object.values(s.sessions), sessionId));
  const open = useProject(
    useShallow((s) =>
      prev
        ? Object.values(s.actionItems)
            .filter((a) => a.sessionId === prev.id && a.status === 'open')
            .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
        : [],
    ),
  );
  const parked = useProject(
    useShallow((s) =>
      Object.values(s.parkingLot)
        .filter((p) => p.status === 'open' && p.sessionId !== sessionId)
        .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)),
    ),
  );
  const decided = useProject(
    useShallow((s) =>
      prev
        ? Object.values(s.decisions)
            .filter((d) => d.sessionId === prev.id)
            .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
        : [],
    ),
  );
  if (!prev && parked.length === 0) return null;
  return (
    <section
      className="panel previous-actions"
      aria-labelledby="prev-actions-heading"
      data-testid="previous-actions"
    >
      <h3 id="prev-actions-heading">{W.carriedOver}</h3>
      <div className="carried-grid">
        {prev && (
          <div data-testid="carried-actions">
            <h4 dir="auto">{W.openActionsFrom(prev.title)}</h4>
            {open.length === 0 ? (
              <p className="meta">{W.noOpenActionsFromLast}</p>
            ) : (
              <ul className="action-list compact">
                {open.map((a) => (
                  <ActionRow key={a.id} action={a} compact />
                ))}
              </ul>
            )}
          </div>
        )}
        <div data-testid="carried-parked">
          <h4>{W.openParkedHeading(parked.length)}</h4>
          {parked.length === 0 ? (
            <p className="meta">{W.noOpenParked}</p>
          ) : (
            <ul className="action-list compact">
              {parked.map((p) => (
                <ParkedRow key={p.id} item={p} compact />
              ))}
            </ul>
          )}
        </div>
        {prev && decided.length > 0 && (
          <div data-testid="carried-decisions">
            <h4 dir="auto">{W.decisionsFrom(prev.title)}</h4>
            <ul className="action-list compact">
              {decided.map((d) => (
                <li key={d.id} className="action-row" dir="auto">
                  {d.text}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}

function Participants({ sessionId }: { sessionId: string }) {
  const doc = useProjectDoc();
  const people = useParticipants(sessionId);
  const teams = useTeams();
  const [name, setName] = useState('');
  const [teamId, setTeamId] = useState('');
  const onAdd = (e: React.FormEvent) => {
    e.preventDefault();
    if (report(addParticipant(doc, sessionId, name, teamId || teams[0]?.id || ''))) setName('');
  };
  return (
    <section className="panel" aria-labelledby="participants-heading">
      <h3 id="participants-heading">
        {W.participants} ({people.length})
      </h3>
      {people.length === 0 && <p className="meta">{W.noParticipants}</p>}
      <ul className="participant-list">
        {people.map((p) => (
          <li key={p.id} data-testid="participant">
            <span className="dot-swatch" style={{ background: p.color }} aria-hidden />
            <DebouncedTextName id={p.id} name={p.name} />
            <select
              aria-label={`${W.participantTeam}: ${p.name}`}
              value={p.teamId}
              onChange={(e) => report(setParticipantTeam(doc, p.id, e.target.value))}
            >
              <option value="">{W.noTeam}</option>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="icon-button"
              aria-label={W.removeParticipant(p.name)}
              title={W.removeParticipant(p.name)}
              onClick={() => report(removeParticipant(doc, p.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="row" onSubmit={onAdd}>
        <input
          aria-label={W.participantName}
          placeholder={W.participantName}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={120}
        />
        <select
          aria-label={W.participantTeam}
          value={teamId || teams[0]?.id || ''}
          onChange={(e) => setTeamId(e.target.value)}
        >
          <option value="">{W.noTeam}</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <button type="submit">+ {W.addParticipant}</button>
      </form>
    </section>
  );
}

function DebouncedTextName({ id, name }: { id: string; name: string }) {
  const doc = useProjectDoc();
  return (
    <TypingInput
      value={name}
      label={W.participantName}
      className="participant-name"
      onSave={(text, key) => {
        if (text.trim()) report(renameParticipant(doc, id, text, key));
      }}
    />
  );
}
