/** Narrow reads of personas from the projection, and their derived sign-off status. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { sortByOrder } from '../../domain/ordering';
import { extraIdOfSection, personaStatus, type Persona, type PersonaStatus } from '../../domain/personas';
import type { Team } from '../../domain/types';
import { useProject } from '../../shared/ProjectContext';
import { PS } from './strings';

export function useTeams(): readonly Team[] {
  return useProject(useShallow((s) => sortByOrder(Object.values(s.teams))));
}

export function useOrderedPersonas(): readonly Persona[] {
  return useProject(useShallow((s) => sortByOrder(Object.values(s.personas))));
}

export function usePersona(personaId: string): Persona | undefined {
  return useProject((s) => s.personas[personaId]);
}

export function usePersonaStatus(persona: Persona | undefined): PersonaStatus | undefined {
  const teams = useTeams();
  const id = persona?.id ?? '';
  const signoffs = useProject(useShallow((s) => Object.values(s.personaSignoffs).filter((x) => x.personaId === id)));
  return useMemo(() => (persona ? personaStatus(persona, teams, signoffs) : undefined), [persona, teams, signoffs]);
}

/** The words for a section: its title, or an extra field's own label. */
export function sectionLabel(persona: Persona, section: string): string {
  const extraId = extraIdOfSection(section);
  if (extraId) return persona.extras.find((x) => x.id === extraId)?.label || PS.newExtraLabel;
  return PS.sections[section] ?? section;
}

export const teamName = (teams: readonly Team[], id: string) => teams.find((t) => t.id === id)?.name ?? '';

export const personaName = (p: Persona) => p.name || PS.unnamed;
