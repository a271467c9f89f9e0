/** Personas: the gallery, the editor and sign-off, pins and emotion curves on the map. */
import { movePersonaCard } from '../../document/actions/personas';
import type { FeatureModule } from '../../shared/featureModule';
import { PERSONA_COMMANDS } from './commands';
import { findPersonas } from './palette';
import type { PersonaPinNodeData } from './PersonaPinNode';
import { lazyPart } from '../../ui/lazyPart';
import { usePersonaPinNodes } from './pinNodes';
import { personasSection } from './PersonasSection';
import { personasReportSection } from './reportSection';
import { PS } from './strings';
import { REFUSALS } from './refusals';

// Its pieces on the map are fetched with the open project (ui/lazyPart.tsx).
const MapPersonaStrip = lazyPart(() => import('./MapPersonaStrip').then((m) => m.MapPersonaStrip));
const PersonaPinNode = lazyPart(() => import('./PersonaPinNode').then((m) => m.PersonaPinNode));

export const personasModule: FeatureModule = {
  id: 'personas',
  strings: { personas: PS },
  refusals: REFUSALS,
  sections: [personasSection],
  commands: PERSONA_COMMANDS,
  // Between the handoffs (90) and the view (110), where the shortcut sheet had them.
  commandGroups: [{ id: 'persona', label: () => PS.cmd.group, rank: 100 }],
  menuTargets: [{ kind: 'persona', menuLabel: (id, s) => PS.cmd.menu(s?.personas[id]?.name ?? '') }],
  paletteSources: [findPersonas],
  canvas: {
    mapStrips: [MapPersonaStrip],
    nodeTypes: {
      personaPin: {
        component: PersonaPinNode,
        // A persona card goes wherever it is dropped; the whole drag is one change.
        onDragStop: (doc, node) => movePersonaCard(doc, (node.data as PersonaPinNodeData).pinId, node.position.x, node.position.y),
      },
    },
    useNodes: usePersonaPinNodes,
  },
  report: { sections: [personasReportSection] },
};
