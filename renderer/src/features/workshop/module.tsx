/** Workshops: sessions, agenda and timers, votes, the questionnaire, actions. */
import type { FeatureModule } from '../../shared/featureModule';
import { Icon } from '../../ui/icons';
import { W } from './strings';
import { WorkshopSection } from './WorkshopSection';

export const workshopModule: FeatureModule = {
  id: 'workshop',
  strings: { workshop: W },
  sections: [{ id: 'workshop', label: W.section, icon: <Icon name="clock" />, render: ({ itemId }) => <WorkshopSection itemId={itemId} /> }],
};
