/**
 * The project's "Workshop" section: #/p/<project>/workshop[/<screen or session id>].
 * Screens: the sessions (default), one session, the questionnaire, actions and parking lot,
 * agenda templates, and the presenter view (#/p/<project>/workshop/present, its own window).
 */
import { useEffect } from 'react';
import { useProject } from '../../shared/ProjectContext';
import { runningSessionOf } from './hooks';
import { ActionsScreen } from './ActionsScreen';
import { PresenterView } from './Presenter';
import { Questionnaire } from './Questionnaire';
import { SessionList } from './SessionList';
import { SessionScreen } from './SessionScreen';
import { W } from './strings';
import { TemplatesScreen } from './TemplatesScreen';

export const WORKSHOP_SECTION = 'workshop';
export const SCREENS = {
  /** The list of sessions; the section itself lands on the running session when one runs. */
  all: 'all',
  questions: 'questions',
  actions: 'actions',
  templates: 'templates',
  present: 'present',
} as const;

export function workshopPath(projectId: string, screen?: string): string {
  return `#/p/${projectId}/${WORKSHOP_SECTION}${screen ? `/${screen}` : ''}`;
}

export function WorkshopSection({ itemId }: { itemId?: string }) {
  // The facilitator lands where the room is: the running session, when one runs.
  const runningId = useProject((s) => runningSessionOf(s)?.id);
  const projectId = useProject((s) => s.info.projectId);
  // …and the address says which session, so ending it keeps the facilitator on it (its recap).
  // Replaced, not pushed: Back does not bounce into the same landing.
  useEffect(() => {
    if (itemId || !runningId) return;
    history.replaceState(history.state, '', workshopPath(projectId, runningId));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }, [itemId, runningId, projectId]);
  if (itemId === SCREENS.present) return <PresenterView />;
  const screen = itemId || runningId || SCREENS.all;
  return (
    <div className="workshop">
      <WorkshopTabs
        active={(Object.values(SCREENS) as string[]).includes(screen) && screen !== SCREENS.all ? screen : ''}
      />
      <div className="workshop-body">
        {screen === SCREENS.all ? (
          <SessionList />
        ) : itemId === SCREENS.questions ? (
          <Questionnaire />
        ) : itemId === SCREENS.actions ? (
          <ActionsScreen />
        ) : itemId === SCREENS.templates ? (
          <TemplatesScreen />
        ) : (
          <SessionScreen sessionId={screen} />
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
          data-testid={`workshop-tab-${t.id || 'sessions'}`}
        >
          {t.label}
        </a>
      ))}
    </nav>
  );
}
