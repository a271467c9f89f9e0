/** Version history: the project's snapshots, restore one. */
import type { FeatureModule } from '../../shared/featureModule';
import { Icon } from '../../ui/icons';
import { HistorySection } from './HistorySection';
import { HS } from './strings';

export const historyModule: FeatureModule = {
  id: 'history',
  strings: { history: HS },
  sections: [{ id: 'history', label: HS.sectionLabel, icon: <Icon name="history" />, render: ({ itemId }) => <HistorySection itemId={itemId} /> }],
};
