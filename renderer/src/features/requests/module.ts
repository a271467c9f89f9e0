/** Content requests: the board, asking from a map stage, the rules. */
import type { FeatureModule } from '../../shared/featureModule';
import { StageRequestBadge } from './MapBadges';
import { requestsSection } from './RequestsSection';
import { requestsSummaryEntry } from './report';
import { RQ } from './strings';

export const requestsModule: FeatureModule = {
  id: 'requests',
  strings: { requests: RQ },
  sections: [requestsSection],
  report: { summary: [requestsSummaryEntry] },
  canvas: { stageBadges: [StageRequestBadge] },
};
