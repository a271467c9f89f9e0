/** Live sessions: the room joins from phones; presence on the map. */
import type { FeatureModule } from '../../shared/featureModule';
import { LS } from './strings';

export const liveModule: FeatureModule = {
  id: 'live',
  strings: { live: LS },
};
