/**
 * The phone participant view's workshop pieces: the current agenda item with its timer and the
 * open vote come through the screen slots (the workshop feature fills them); the stage the room
 * is working on comes from the running session (shared/useRunningSession.ts).
 */
import { PhoneAgendaParts, PhoneVoteParts } from '../../shared/screenSlots';
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
  return <PhoneAgendaParts />;
}

/** Dot voting from the phone (the workshop feature's vote round). */
export const PhoneVoting = PhoneVoteParts;

/** The map and stage the facilitator has in focus, if any; the add-card form starts there. */
export function usePhoneFocus(): { readonly mapId?: string; readonly stageId?: string } {
  const session = useRunningSession();
  return {
    ...(session?.focusMapId ? { mapId: session.focusMapId } : {}),
    ...(session?.focusStageId ? { stageId: session.focusStageId } : {}),
  };
}
