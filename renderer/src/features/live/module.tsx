/** Live sessions: the room joins from phones; presence on the map. */
import type { FeatureModule } from '../../shared/featureModule';
import { Icon } from '../../ui/icons';
import { PhoneView } from './PhoneView';
import { LS } from './strings';

export const liveModule: FeatureModule = {
  id: 'live',
  strings: { live: LS },
  sections: [{ id: 'phone', label: LS.phoneSection, icon: <Icon name="phone" />, render: () => <PhoneView /> }],
};
