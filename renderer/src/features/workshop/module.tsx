/** Workshops: sessions, agenda and timers, votes, the questionnaire, actions. */
import type { FeatureModule } from '../../shared/featureModule';
import { Icon } from '../../ui/icons';
import { lazyPart } from '../../ui/lazyPart';
// A hook (it can't wait for a fetch): the chip comes with it.
import { RoomChip, useFollowRoomStage, useOpenVoteLanes, useRoomFocusStage } from './RoomChip';
import { useHiddenCardIds } from './privacy';
import { workshopParticipants, workshopReportSection, workshopSummaryEntries } from './report';
import { W } from './strings';
import { WR } from './recapStrings';
import { WX } from './exportStrings';
import { actionsExport } from './actionsCsv';
import { SampleProject } from './SampleProject';
import { NOTICES, REFUSALS } from './refusals';

// The workshop's screens and its pieces on the map are fetched with the open project (ui/lazyPart.tsx).
const WorkshopSection = lazyPart(() => import('./WorkshopSection').then((m) => m.WorkshopSection), W.loadingWhat);
const StageWorkshopBadges = lazyPart(() => import('./MapBadges').then((m) => m.StageWorkshopBadges));
const CardVotes = lazyPart(() => import('./MapBadges').then((m) => m.CardVotes));
const MapWorkshopStrip = lazyPart(() => import('./MapWorkshopStrip').then((m) => m.MapWorkshopStrip));
const WorkshopHeader = lazyPart(() => import('./TimerWidget').then((m) => m.WorkshopHeader));
const OpenActionsBlock = lazyPart(() => import('./OpenActionsBlock').then((m) => m.OpenActionsBlock));
const CurrentAgendaItem = lazyPart(() => import('./live').then((m) => m.CurrentAgendaItem));
const PhoneVoting = lazyPart(() => import('./live').then((m) => m.PhoneVoting));

export const workshopModule: FeatureModule = {
  id: 'workshop',
  strings: { workshop: W, workshopRecap: WR, workshopExport: WX },
  refusals: REFUSALS,
  notices: NOTICES,
  sections: [{ id: 'workshop', label: W.section, icon: <Icon name="clock" />, render: ({ itemId }) => <WorkshopSection itemId={itemId} /> }],
  report: { sections: [workshopReportSection], summary: workshopSummaryEntries, participants: [workshopParticipants], exports: [actionsExport] },
  screenSlots: {
    homeProjectsParts: [SampleProject],
    // First in the header: the running agenda item's timer and who is at the keyboard.
    headerActions: [{ rank: 10, component: WorkshopHeader }],
    overviewParts: [OpenActionsBlock],
    phoneAgendaParts: [CurrentAgendaItem],
    phoneVoteParts: [PhoneVoting],
  },
  canvas: { stageBadges: [StageWorkshopBadges], cardBadges: [CardVotes], mapStrips: [MapWorkshopStrip], useHiddenCards: useHiddenCardIds, roomChips: [RoomChip], useFocusStage: useRoomFocusStage, useFollowStage: useFollowRoomStage, useLanesInPlay: useOpenVoteLanes },
};
