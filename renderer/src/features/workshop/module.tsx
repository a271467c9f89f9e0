/** Workshops: sessions, agenda and timers, votes, the questionnaire, actions. */
import type { FeatureModule } from '../../shared/featureModule';
import { Icon } from '../../ui/icons';
import { CardVotes, StageWorkshopBadges } from './MapBadges';
import { MapWorkshopStrip } from './MapWorkshopStrip';
import { useHiddenCardIds } from './privacy';
import { workshopParticipants, workshopReportSection, workshopSummaryEntries } from './report';
import { W } from './strings';
import { WR } from './recapStrings';
import { WorkshopSection } from './WorkshopSection';

export const workshopModule: FeatureModule = {
  id: 'workshop',
  strings: { workshop: W, workshopRecap: WR },
  sections: [{ id: 'workshop', label: W.section, icon: <Icon name="clock" />, render: ({ itemId }) => <WorkshopSection itemId={itemId} /> }],
  report: { sections: [workshopReportSection], summary: workshopSummaryEntries, participants: [workshopParticipants] },
  canvas: { stageBadges: [StageWorkshopBadges], cardBadges: [CardVotes], mapStrips: [MapWorkshopStrip], useHiddenCards: useHiddenCardIds },
};
