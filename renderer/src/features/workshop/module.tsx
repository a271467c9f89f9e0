/** Workshops: sessions, agenda and timers, votes, the questionnaire, actions. */
import type { FeatureModule } from '../../shared/featureModule';
import { Icon } from '../../ui/icons';
import { CardVotes, StageWorkshopBadges } from './MapBadges';
import { MapWorkshopStrip } from './MapWorkshopStrip';
import { RoomChip, useRoomFocusStage } from './RoomChip';
import { useHiddenCardIds } from './privacy';
import { workshopParticipants, workshopReportSection, workshopSummaryEntries } from './report';
import { W } from './strings';
import { WR } from './recapStrings';
import { WX } from './exportStrings';
import { actionsExport } from './actionsCsv';
import { WorkshopSection } from './WorkshopSection';

export const workshopModule: FeatureModule = {
  id: 'workshop',
  strings: { workshop: W, workshopRecap: WR, workshopExport: WX },
  sections: [{ id: 'workshop', label: W.section, icon: <Icon name="clock" />, render: ({ itemId }) => <WorkshopSection itemId={itemId} /> }],
  report: { sections: [workshopReportSection], summary: workshopSummaryEntries, participants: [workshopParticipants], exports: [actionsExport] },
  canvas: { stageBadges: [StageWorkshopBadges], cardBadges: [CardVotes], mapStrips: [MapWorkshopStrip], useHiddenCards: useHiddenCardIds, roomChips: [RoomChip], useFocusStage: useRoomFocusStage },
};
