/** The running workshop session, if any: the workshop screens and the live phone view both follow it. */
import type { ProjectSnapshot } from '../document/projection';
import type { Session } from '../domain/workshop/records';
import { useProject } from './ProjectContext';

export const runningSessionOf = (s: ProjectSnapshot): Session | undefined =>
  Object.values(s.sessions).find((x) => x.status === 'running');

export function useRunningSession(): Session | undefined {
  return useProject(runningSessionOf);
}
