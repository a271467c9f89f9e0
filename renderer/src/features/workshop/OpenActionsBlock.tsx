import { useShallow } from 'zustand/react/shallow';
import { useProject } from '../../shared/ProjectContext';
import { ActionRow } from './ActionsScreen';
import { W } from './strings';

const SHOWN = 8;

/** The project's open action items on its home screen (soonest due first), with a link to all of them. */
export function OpenActionsBlock() {
  const projectId = useProject((s) => s.info.projectId);
  const open = useProject(
    useShallow((s) =>
      Object.values(s.actionItems)
        .filter((a) => a.status === 'open')
        .sort(
          (a, b) =>
            (a.dueDate || '9999').localeCompare(b.dueDate || '9999') || a.createdAt - b.createdAt,
        ),
    ),
  );
  if (open.length === 0) return null;
  return (
    <section
      className="open-actions-home"
      aria-labelledby="open-actions-home"
      data-testid="home-open-actions"
    >
      <h2 id="open-actions-home">
        {W.openActionsHome} <span className="meta">({open.length})</span>
      </h2>
      <ul className="action-list compact">
        {open.slice(0, SHOWN).map((a) => (
          <ActionRow key={a.id} action={a} compact />
        ))}
      </ul>
      <a href={`#/p/${projectId}/workshop/actions`}>{W.actionsTab} →</a>
    </section>
  );
}
