/**
 * The project's "Workshop" section: #/p/<project>/workshop[/<screen or session id>].
 * Screens: the sessions (default), one session, the questionnaire, actions and parking lot,
 * agenda templates, and the presenter view (#/p/<project>/workshop/present, its own window).
 */
import { useProject } from '../../shared/ProjectContext';
import { ActionsScreen } from './ActionsScreen';
import { PresenterView } from './Presenter';
import { Questionnaire } from './Questionnaire';
import { SessionList } from './SessionList';
import { SessionScreen } from './SessionScreen';
import { W } from './strings';
import { TemplatesScreen } from './TemplatesScreen';

export const WORKSHOP_SECTION = 'workshop';
export const SCREENS = {
  questions: 'questions',
  actions: 'actions',
  templates: 'templates',
  present: 'present',
} as const;

export function workshopPath(projectId: string, screen?: string): string {
  return `#/p/${projectId}/${WORKSHOP_SECTION}${screen ? `/${screen}` : ''}`;
}

export function WorkshopSection({ itemId }: { itemId?: string }) {
  if (itemId === SCREENS.present) return <PresenterView />;
  return (
    <div className="workshop">
      <WorkshopTabs
        active={itemId && (Object.values(SCREENS) as string[]).includes(itemId) ? itemId : ''}
      />
      <div className="workshop-body">
        {!itemId ? (
          <SessionList />
        ) : itemId === SCREENS.questions ? (
          <Questionnaire />
        ) : itemId === SCREENS.actions ? (
          <ActionsScreen />
        ) : itemId === SCREENS.templates ? (
          <TemplatesScreen />
        ) : (
          <SessionScreen sessionId={itemId} />
        )}
      </div>
    </div>
  );
}

function WorkshopTabs({ active }: { active: string }) {
  const projectId = useProject((s) => s.info.projectId);
  const tabs = [
    { id: '', label: W.sessionsTab },
    { id: SCREENS.questions, label: W.questionnaireTab },
    { id: SCREENS.actions, label: W.actionsTab },
    { id: SCREENS.templates, label: W.templatesTab },
  ];
  return (
    <nav className="workshop-tabs" aria-label={W.tabs}>
      {tabs.map((t) => (
        <a
          key={t.id}
          href={workshopPath(projectId, t.id)}
          aria-current={t.id === active ? 'page' : undefined}
        >
          {t.label}
        </a>
      ))}
    </nav>
  );
}
