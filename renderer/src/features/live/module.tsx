/** Live sessions: the room joins from phones; presence on the map. */
import type { FeatureModule } from '../../shared/featureModule';
import { Icon } from '../../ui/icons';
import { PhoneView } from './PhoneView';
import { PresenceLayer } from './PresenceLayer';
import { LS } from './strings';

export const liveModule: FeatureModule = {
  id: 'live',
  strings: { live: LS },
  sections: [{ id: 'phone', label: LS.phoneSection, icon: <Icon name="phone" />, render: () => <PhoneView /> }],
  // Pointers of the others in the room: a portal into the map's viewport, placed in the strip.
  canvas: { mapStrips: [PresenceLayer] },
};
