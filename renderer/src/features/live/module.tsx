/** Live sessions: the room joins from phones; presence on the map. */
import type { FeatureModule } from '../../shared/featureModule';
import { Icon } from '../../ui/icons';
import { lazyPart } from '../../ui/lazyPart';
import { JoinLiveSession } from './JoinLiveSession';
import { LS } from './strings';

// The phone screen (the QR code, the room) and the pointers are fetched with the open project or when opened.
const PhoneView = lazyPart(() => import('./PhoneView').then((m) => m.PhoneView), LS.loadingWhat);
const PresenceLayer = lazyPart(() => import('./PresenceLayer').then((m) => m.PresenceLayer));
// The session's status, the people in the room and its panel, in the project's header.
const LiveHeader = lazyPart(() => import('./LiveHeader').then((m) => m.LiveHeader));

export const liveModule: FeatureModule = {
  id: 'live',
  strings: { live: LS },
  sections: [{ id: 'phone', label: LS.phoneSection, icon: <Icon name="phone" />, render: () => <PhoneView /> }],
  // Pointers of the others in the room: a portal into the map's viewport, placed in the strip.
  canvas: { mapStrips: [PresenceLayer] },
  screenSlots: { homeStart: [JoinLiveSession], headerActions: [{ rank: 40, component: LiveHeader }] },
};
