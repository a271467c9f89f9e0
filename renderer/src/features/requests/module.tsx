/** Content requests: the board, asking from a map stage, the rules. */
import type { FeatureModule } from '../../shared/featureModule';
import { Icon } from '../../ui/icons';
import { lazyPart } from '../../ui/lazyPart';
import type { ProjectSection } from '../../shared/projectSections';
import { requestsSummaryEntry } from './report';
import { RQ } from './strings';
import { NOTICES, REFUSALS } from './refusals';

const RequestsScreen = lazyPart(() => import('./RequestsSection').then((m) => m.RequestsScreen), RQ.loadingWhat);
const StageRequestBadge = lazyPart(() => import('./MapBadges').then((m) => m.StageRequestBadge));
const CheckInAgendaPart = lazyPart(() => import('./CheckInBlock').then((m) => m.CheckInAgendaPart));
const PersonaContentBlock = lazyPart(() => import('./PersonaContent').then((m) => m.PersonaContentBlock));
const PersonaContentLine = lazyPart(() => import('./PersonaContent').then((m) => m.PersonaContentLine));

const requestsSection: ProjectSection = {
  id: 'requests',
  label: RQ.section,
  icon: <Icon name="inbox" />,
  render: ({ itemId }) => <RequestsScreen itemId={itemId} />,
};

export const requestsModule: FeatureModule = {
  id: 'requests',
  strings: { requests: RQ },
  refusals: REFUSALS,
  notices: NOTICES,
  sections: [requestsSection],
  report: { summary: [requestsSummaryEntry] },
  canvas: { stageBadges: [StageRequestBadge] },
  screenSlots: { personaParts: [PersonaContentBlock], personaCardParts: [PersonaContentLine], agendaItemParts: [CheckInAgendaPart] },
};
