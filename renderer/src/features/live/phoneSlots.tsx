/**
 * The phone participant view's workshop pieces: the current agenda item with its timer, the
 * open vote, and the stage the room is working on (from the running workshop session).
 */
import { CurrentAgendaItem, PhoneVoting as WorkshopPhoneVoting } from '../workshop/live';
import { useRunningSession } from '../../shared/useRunningSession';
import { LS } from './strings';

/** The agenda item the facilitator is running, and its timer (a quiet note when none runs). */
export function PhoneAgenda() {
  const session = useRunningSession();
  if (!session) {
    return (
      <p className="empty-state" data-testid="phone-agenda-empty">
        {LS.agendaEmpty}
      </p>
    );
  }
  return <CurrentAgendaItem />;
}

/** Dot voting from the phone (the workshop feature's vote round). */
export function PhoneVoting() {
  return <WorkshopPhoneVoting />;
}

/** The map and stage the facilitator has in focus, if any; the add-card form starts there. */
export function usePhoneFocus(): { readonly mapId?: string; readonly stageId?: string } {
  const session = useRunningSession();
  return {
    ...(session?.focusMapId ? { mapId: session.focusMapId } : {}),
    ...(session?.focusStageId ? { stageId: session.focusStageId } : {}),
  };
}
