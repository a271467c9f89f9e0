/** Small hooks the workshop screens share: who I am, the running session, its agenda, a ticking clock. */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { FACILITATOR, identityStore, type Identity } from '../../document/identity';
import type { ProjectSnapshot } from '../../document/projection';
import { sortByOrder } from '../../domain/ordering';
import type { AgendaItem, Participant, VoteRound } from '../../domain/workshop/records';
import { tallyRound, shownRound, type VoteTally } from '../../domain/workshop/votes';
import { useProject } from '../../shared/ProjectContext';

/** Who "I" am in this window for the open project (facilitator unless the switcher says otherwise). */
export function useIdentity(): Identity {
  const projectId = useProject((s) => s.info.projectId);
  return useStore(identityStore, (s) => s.byProject[projectId] ?? FACILITATOR);
}

// The running session is shared with the live phone view (shared/useRunningSession.ts).
export { runningSessionOf, useRunningSession } from '../../shared/useRunningSession';

export function useAgenda(sessionId: string | undefined): AgendaItem[] {
  return useProject(
    useShallow((s) =>
      sessionId
        ? sortByOrder(Object.values(s.agendaItems).filter((i) => i.sessionId === sessionId))
        : [],
    ),
  );
}

export function useParticipants(sessionId: string | undefined): Participant[] {
  return useProject(
    useShallow((s) =>
      sessionId
        ? sortByOrder(Object.values(s.participants).filter((p) => p.sessionId === sessionId))
        : [],
    ),
  );
}

export function useTeams() {
  return useProject(useShallow((s) => sortByOrder(Object.values(s.teams))));
}

/** The current time, re-read every `ms` while `active` (a countdown on screen). */
export function useNow(active: boolean, ms = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [active, ms]);
  return now;
}

/** The round whose dots show on this map's cards: the open one, else the latest not taken off. */
export const shownRoundOf = (s: ProjectSnapshot, mapId: string): VoteRound | undefined => shownRound(Object.values(s.voteRounds), mapId);

/**
 * A round's tally, computed once per change of the records it depends on (each card's badge
 * asks for it; only the first ask after a change counts the dots).
 */
const tallyCache = new Map<
  string,
  { deps: readonly unknown[]; tally: VoteTally; order: string[] }
>();

export function tallyFor(
  s: ProjectSnapshot,
  round: VoteRound,
): { tally: VoteTally; order: string[] } {
  const deps = [s.votes, s.participants, s.cards, s.stages, s.lanes, round] as const;
  const hit = tallyCache.get(round.id);
  if (hit && hit.deps.every((d, i) => d === deps[i])) return hit;
  const { tally, order } = tallyRound(s, round);
  const entry = { deps, tally, order };
  if (tallyCache.size > 20) tallyCache.clear();
  tallyCache.set(round.id, entry);
  return entry;
}
