/** Help: the guide, keyboard shortcuts, About, display settings. */
import type { FeatureModule } from '../../shared/featureModule';
import { GUIDE } from './guide';

export const helpModule: FeatureModule = {
  id: 'help',
  strings: { guide: GUIDE },
};
