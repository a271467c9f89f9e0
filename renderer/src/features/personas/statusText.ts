/**
 * The persona's sign-off status in words, from `personaStatus` (domain/personas.ts): the editor's
 * badge, the gallery card and the one-pager of the report all word it here, so they never differ.
 */
import type { PersonaStatus } from '../../domain/personas';
import type { Team } from '../../domain/types';
import { formatList } from '../../i18n';
import { PS } from './strings';
import { teamName } from './usePersonas';

/** "Agreed by Marketing and Sales" / "Draft: Marketing 5 of 5, Sales 4 of 5" / why there is nothing to sign. */
export function statusHeadline(status: PersonaStatus, teams: readonly Team[]): string {
  const h = status.headline;
  switch (h.kind) {
    case 'noTeams':
      return PS.statusNoTeams;
    case 'noSigningTeams':
      return PS.statusNoSigningTeams;
    case 'nothing':
      return PS.statusNothing;
    case 'agreed':
      return PS.statusAgreedBy(formatList(h.teamIds.map((id) => teamName(teams, id))));
    case 'draft':
      return PS.statusDraftOf(h.progress.map((p) => PS.teamProgress(teamName(teams, p.teamId), p.agreed, p.total)).join(', '));
  }
}

/** "Marketing 5/5 · Sales 4/5 · Customer success not signing"; empty when there is nothing to count. */
export function progressLine(status: PersonaStatus, teams: readonly Team[]): string {
  if (status.counted === 0 && status.progress.every((p) => p.signing)) return '';
  return status.progress
    .map((p) => (p.signing ? PS.teamProgressShort(teamName(teams, p.teamId), p.agreed, p.total) : PS.teamNotSigning(teamName(teams, p.teamId))))
    .join(' · ');
}
