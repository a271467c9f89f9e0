import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { removePersonaCard } from '../../document/actions/personas';
import { PersonaAvatar } from './PersonaAvatar';
import { PS } from './strings';
import { personaName } from './usePersonas';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { navigate } from '../../ui/router';
import { report } from '../../ui/toasts';

export type PersonaPinNodeData = { pinId: string; personaId: string };
export type PersonaPinNodeType = Node<PersonaPinNodeData, 'personaPin'>;

export const PERSONA_PIN = { w: 220, h: 92 } as const;

/** A persona's card placed on the canvas: drag it anywhere; Open shows the persona's editor. */
function PersonaPinNodeView({ data }: NodeProps<PersonaPinNodeType>) {
  const doc = useProjectDoc();
  const projectId = useProject((s) => s.info.projectId);
  const persona = useProject((s) => s.personas[data.personaId]);
  if (!persona) return null;
  const name = personaName(persona);
  return (
    <div
      className="persona-pin"
      data-testid="persona-pin"
      style={{ borderColor: persona.color, width: PERSONA_PIN.w, height: PERSONA_PIN.h }}
      role="group"
      aria-label={PS.pinLabel(name)}
      onDoubleClick={() => navigate({ name: 'project', projectId, section: 'personas', itemId: persona.id })}
    >
      <PersonaAvatar persona={persona} size={44} />
      <div className="persona-pin-text">
        <strong dir="auto">{name}</strong>
        {persona.role && <span dir="auto">{persona.role}</span>}
        <div className="persona-pin-actions nodrag">
          <button type="button" onClick={() => navigate({ name: 'project', projectId, section: 'personas', itemId: persona.id })}>
            {PS.pinOpen}
          </button>
          <button type="button" aria-label={PS.pinRemove(name)} title={PS.pinRemove(name)} onClick={() => report(removePersonaCard(doc, data.pinId))}>
            ×
          </button>
        </div>
      </div>
    </div>
  );
}

export const PersonaPinNode = memo(PersonaPinNodeView);
