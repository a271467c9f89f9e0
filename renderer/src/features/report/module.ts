/** The leadership report: its settings, the print view, PDF and CSV exports. */
import type { FeatureModule } from '../../shared/featureModule';
import { RS } from './strings';

export const reportModule: FeatureModule = {
  id: 'report',
  strings: { report: RS },
};
