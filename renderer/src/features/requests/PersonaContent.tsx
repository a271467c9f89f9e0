/**
 * What a persona shows of content requests: in its editor, the content made for it (with links)
 * and what is still asked; on its gallery card, one line of counts.
 */
import { useShallow } from 'zustand/react/shallow';
import { countContent, isOpen } from '../../domain/requests';
import { useProject } from '../../shared/ProjectContext';
import { PieceList } from './MapBadges';
import { RQ } from './strings';

export function PersonaContentBlock({ personaId }: { personaId: string }) {
  const projectId = useProject((s) => s.info.projectId);
  const list = useProject(
    useShallow((s) =>
      Object.values(s.contentRequests)
        .filter((r) => r.personaId === personaId && r.status !== 'declined')
        .sort((a, b) => a.createdAt - b.createdAt),
    ),
  );
  return (
    <section className="panel rq-persona" aria-labelledby="rq-persona-heading" data-testid="persona-content">
      <h3 id="rq-persona-heading">{RQ.personaHeading}</h3>
      {list.length === 0 && <p className="hint">{RQ.personaNone}</p>}
      <PieceList title={RQ.deliveredList} list={list.filter((r) => r.status === 'delivered')} />
      <PieceList title={RQ.askedList} list={list.filter((r) => isOpen(r.status))} />
      <a href={`#/p/${projectId}/requests`}>{RQ.openRequests} →</a>
    </section>
  );
}

export function PersonaContentLine({ personaId }: { personaId: string }) {
  const c = useProject(useShallow((s) => countContent(Object.values(s.contentRequests).filter((r) => r.personaId === personaId))));
  if (c.asked + c.delivered === 0) return null;
  return (
    <p className="rq-persona-line" data-testid="persona-content-line">
      ✉ {RQ.personaLine(c.delivered, c.asked)}
    </p>
  );
}
