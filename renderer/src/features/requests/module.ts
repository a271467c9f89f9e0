/** Content requests: the board, asking from a map stage, the rules. */
import type { FeatureModule } from '../../shared/featureModule';
import { CheckInAgendaPart } from './CheckInBlock';
import { StageRequestBadge } from './MapBadges';
import { PersonaContentBlock, PersonaContentLine } from './PersonaContent';
import { requestsSection } from './RequestsSection';
import { requestsSummaryEntry } from './report';
import { RQ } from './strings';

export const requestsModule: FeatureModule = {
  id: 'requests',
  strings: { requests: RQ },
  sections: [requestsSection],
  report: { summary: [requestsSummaryEntry] },
  canvas: { stageBadges: [StageRequestBadge] },
  screenSlots: { personaParts: [PersonaContentBlock], personaCardParts: [PersonaContentLine], agendaItemParts: [CheckInAgendaPart] },
};
