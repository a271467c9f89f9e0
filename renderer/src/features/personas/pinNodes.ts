/** Persona cards on the journey map, as React Flow nodes the canvas merges with its own (canvas/slots.tsx). */
import type { Node } from '@xyflow/react';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { sized } from '../../canvas/buildNodes';
import type { PersonaPin } from '../../domain/types';
import { useProject } from '../../shared/ProjectContext';
import { PERSONA_PIN } from './PersonaPinNode';

/** Persona cards placed on the canvas, where they were dropped. */
export function buildPersonaPinNodes(pins: readonly PersonaPin[]): Node[] {
  return pins.map((pin) => ({
    id: `persona:${pin.id}`,
    type: 'personaPin',
    position: { x: pin.x, y: pin.y },
    data: { pinId: pin.id, personaId: pin.personaId },
    ...sized(PERSONA_PIN.w, PERSONA_PIN.h),
    selectable: false,
    zIndex: 6,
  }));
}

/** The persona cards placed on a map (of personas that still exist). */
export function usePersonaPinNodes(mapId: string): readonly Node[] {
  const pins = useProject(useShallow((s) => Object.values(s.personaPins).filter((p) => p.mapId === mapId && !!s.personas[p.personaId])));
  return useMemo(() => buildPersonaPinNodes(pins), [pins]);
}
