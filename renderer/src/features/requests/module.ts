/** Content requests: the board, asking from a map stage, the rules. */
import type { FeatureModule } from '../../shared/featureModule';
import { requestsSection } from './RequestsSection';
import { RQ } from './strings';

export const requestsModule: FeatureModule = {
  id: 'requests',
  strings: { requests: RQ },
  sections: [requestsSection],
};
