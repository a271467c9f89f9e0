/** Personas: the gallery, the editor and sign-off, pins and emotion curves on the map. */
import type { FeatureModule } from '../../shared/featureModule';
import { PS } from './strings';

export const personasModule: FeatureModule = {
  id: 'personas',
  strings: { personas: PS },
};
