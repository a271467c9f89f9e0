/** The alignment layer: teams, handoff contracts, KPIs with the funnel, the glossary. */
import type { FeatureModule } from '../../shared/featureModule';
import { ALIGNMENT_COMMANDS } from './commands';
import { findHandoffs, findTerms } from './palette';
import { alignmentSections } from './sections';
import { A, HUBSPOT_LABELS } from './strings';

export const alignmentModule: FeatureModule = {
  id: 'alignment',
  strings: { alignment: A, hubspot: HUBSPOT_LABELS },
  sections: alignmentSections,
  commands: ALIGNMENT_COMMANDS,
  paletteSources: [findTerms, findHandoffs],
};
