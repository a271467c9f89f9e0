import { useEffect } from 'react';
import { useStore } from 'zustand';
import { addParticipant } from '../../document/actions/workshop/sessions';
import { setIdentity } from '../../document/identity';
import { liveSession } from '../../live/session';
import { useOpenProject, useProject } from '../../shared/ProjectContext';
import { useRunningSession } from '../../shared/useRunningSession';

/**
 * A device that joined a live session as a participant acts as that person in the running
 * workshop session: found by name there, or added (with their team when its name matches),
 * so their votes count as theirs and the facilitator's locks apply to them.
 */
export function useParticipantIdentity(): void {
  const { doc, projectId } = useOpenProject();
  const joined = useStore(liveSession, (s) =>
    s.session?.projectId === projectId && s.session.role === 'participant' ? s.session : null,
  );
  const running = useRunningSession();
  const participants = useProject((s) => s.participants);
  const teams = useProject((s) => s.teams);
  useEffect(() => {
    if (!joined || !running) return;
    const mine = Object.values(participants).find(
      (p) => p.sessionId === running.id && p.name.trim().toLowerCase() === joined.name.trim().toLowerCase(),
    );
    if (mine) {
      setIdentity(projectId, { role: 'participant', participantId: mine.id });
      return;
    }
    const team = Object.values(teams).find((t) => t.name.toLowerCase() === joined.team.toLowerCase());
    const r = addParticipant(doc, running.id, joined.name, team?.id ?? '');
    if (r.ok) setIdentity(projectId, { role: 'participant', participantId: r.value });
  }, [doc, projectId, joined, running, participants, teams]);
}
