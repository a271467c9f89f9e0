/** The alignment layer: teams, handoff contracts, KPIs with the funnel, the glossary. */
import type { FeatureModule } from '../../shared/featureModule';
import { A, HUBSPOT_LABELS } from './strings';

export const alignmentModule: FeatureModule = {
  id: 'alignment',
  strings: { alignment: A, hubspot: HUBSPOT_LABELS },
};
