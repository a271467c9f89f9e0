/** Workshops: sessions, agenda and timers, votes, the questionnaire, actions. */
import type { FeatureModule } from '../../shared/featureModule';
import { W } from './strings';

export const workshopModule: FeatureModule = {
  id: 'workshop',
  strings: { workshop: W },
};
