/** The alignment layer: teams, handoff contracts, KPIs with the funnel, the glossary. */
import type { FeatureModule } from '../../shared/featureModule';
import { AlignmentSelectionTools, AlignmentStrip } from './AlignmentStrip';
import { ALIGNMENT_COMMANDS } from './commands';
import { HandoffBandNode, HandoffNode } from './HandoffNode';
import { useHandoffNodes } from './handoffNodes';
import { CardAlignmentBadges, StageAlignmentBadges } from './MapBadges';
import { MapSidePanel } from './MapSidePanel';
import { OwnershipNode } from './OwnershipNode';
import { findHandoffs, findTerms } from './palette';
import { alignmentReportSections, alignmentSummaryEntry } from './reportSections';
import { alignmentSections } from './sections';
import { A, HUBSPOT_LABELS } from './strings';

export const alignmentModule: FeatureModule = {
  id: 'alignment',
  strings: { alignment: A, hubspot: HUBSPOT_LABELS },
  sections: alignmentSections,
  commands: ALIGNMENT_COMMANDS,
  paletteSources: [findTerms, findHandoffs],
  report: { sections: alignmentReportSections, summary: [alignmentSummaryEntry] },
  sidePanels: [{ id: 'alignment', render: MapSidePanel }],
  canvas: {
    stageBadges: [StageAlignmentBadges],
    cardBadges: [CardAlignmentBadges],
    mapStrips: [AlignmentStrip],
    selectionTools: [AlignmentSelectionTools],
    // The ownership lane is a lane kind the canvas lays out; its chips are drawn here.
    nodeTypes: { handoff: { component: HandoffNode }, handoffBand: { component: HandoffBandNode }, ownership: { component: OwnershipNode } },
    useNodes: useHandoffNodes,
  },
};
