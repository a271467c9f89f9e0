/** Personas: the gallery, the editor and sign-off, pins and emotion curves on the map. */
import type { FeatureModule } from '../../shared/featureModule';
import { PERSONA_COMMANDS } from './commands';
import { MapPersonaStrip } from './MapPersonaStrip';
import { findPersonas } from './palette';
import { personasSection } from './PersonasSection';
import { personasReportSection } from './reportSection';
import { PS } from './strings';

export const personasModule: FeatureModule = {
  id: 'personas',
  strings: { personas: PS },
  sections: [personasSection],
  commands: PERSONA_COMMANDS,
  paletteSources: [findPersonas],
  canvas: { mapStrips: [MapPersonaStrip] },
  report: { sections: [personasReportSection] },
};
