import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { createSession } from '../../document/actions/workshop/sessions';
import { isoDate, sessionsNewestFirst } from '../../domain/workshop/sessions';
import { templateList } from '../../domain/workshop/templates';
import { navigate } from '../../ui/router';
import { report } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { W } from './strings';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
export const formatDay = (d: string) => (d ? dateFormat.format(new Date(`${d}T12:00:00`)) : '');

export function useTemplates() {
  return useProject(useShallow((s) => templateList(s.sessionTemplates)));
}

export function SessionList() {
  const projectId = useProject((s) => s.info.projectId);
  const sessions = useProject(useShallow((s) => sessionsNewestFirst(Object.values(s.sessions))));
  const counts = useProject(
    useShallow((s) => {
      const out: Record<string, number> = {};
      for (const p of Object.values(s.participants)) out[p.sessionId] = (out[p.sessionId] ?? 0) + 1;
      return out;
    }),
  );
  return (
    <section className="workshop-screen" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{W.sessions}</h2>
      <NewSessionForm />
      {sessions.length === 0 ? (
        <p className="empty-state">{W.noSessions}</p>
      ) : (
        <ul className="session-list">
          {sessions.map((s) => (
            <li key={s.id} className={`session-row status-${s.status}`} data-testid="session-row">
              <a
                href={`#/p/${projectId}/workshop/${s.id}`}
                aria-label={W.openSession(s.title)}
                dir="auto"
              >
                {s.title}
              </a>
              <span className="meta">
                {formatDay(s.date)} · {W.sessionStatus[s.status]} · {W.participants}:{' '}
                {counts[s.id] ?? 0}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NewSessionForm() {
  const doc = useProjectDoc();
  const projectId = useProject((s) => s.info.projectId);
  const templates = useTemplates();
  const [templateId, setTemplateId] = useState('tpl-alignment');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => isoDate(Date.now()));
  const chosen = templates.find((t) => t.id === templateId) ?? templates[0];
  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const r = createSession(doc, {
      title: title.trim() || chosen?.name,
      date,
      templateId: chosen?.id,
    });
    if (report(r) && r.ok) {
      setTitle('');
      navigate({ name: 'project', projectId, section: 'workshop', itemId: r.value });
    }
  };
  return (
    <form className="panel new-session" onSubmit={onSubmit} aria-label={W.newSession}>
      <h3>{W.newSession}</h3>
      <div className="form-row">
        <label>
          {W.fromTemplate}
          <select value={chosen?.id ?? ''} onChange={(e) => setTemplateId(e.target.value)}>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} ({W.minutesShort(t.items.reduce((n, i) => n + i.minutes, 0))})
              </option>
            ))}
          </select>
        </label>
        <label>
          {W.sessionTitle}
          <input
            value={title}
            placeholder={chosen?.name}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={200}
          />
        </label>
        <label>
          {W.sessionDate}
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <button type="submit" className="primary">
          + {W.createSession}
        </button>
      </div>
      {chosen && (
        <p className="meta template-preview">{chosen.items.map((i) => i.title).join(' → ')}</p>
      )}
    </form>
  );
}
