/** Version history: the project's snapshots, restore one. */
import type { FeatureModule } from '../../shared/featureModule';
import { HS } from './strings';

export const historyModule: FeatureModule = {
  id: 'history',
  strings: { history: HS },
};
