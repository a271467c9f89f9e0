/** Version history: the project's snapshots, restore one. */
import type { FeatureModule } from '../../shared/featureModule';
import { Icon } from '../../ui/icons';
import { lazyPart } from '../../ui/lazyPart';
import { HS } from './strings';

const HistorySection = lazyPart(() => import('./HistorySection').then((m) => m.HistorySection), HS.loadingWhat);

export const historyModule: FeatureModule = {
  id: 'history',
  strings: { history: HS },
  sections: [{ id: 'history', label: HS.sectionLabel, icon: <Icon name="history" />, render: ({ itemId }) => <HistorySection itemId={itemId} /> }],
};
