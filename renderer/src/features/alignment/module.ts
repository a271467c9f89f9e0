/** The alignment layer: teams, handoff contracts, KPIs with the funnel, the glossary. */
import type { FeatureModule } from '../../shared/featureModule';
import type { ExportItem } from '../../shared/report';
import type { ProjectSnapshot } from '../../document/projection';
import { ALIGNMENT_COMMANDS } from './commands';
import { useHandoffNodes } from './handoffNodes';
import { lazyPart } from '../../ui/lazyPart';
import { findHandoffs, findTerms } from './palette';
import { alignmentReportSections, alignmentSummaryEntry } from './reportSections';
import { alignmentSections } from './sections';
import { A, HUBSPOT_LABELS } from './strings';
import { NOTICES, REFUSALS } from './refusals';

// Its pieces on the map and beside it are fetched with the open project (ui/lazyPart.tsx).
const AlignmentStrip = lazyPart(() => import('./AlignmentStrip').then((m) => m.AlignmentStrip));
const AlignmentSelectionTools = lazyPart(() => import('./AlignmentStrip').then((m) => m.AlignmentSelectionTools));
const HandoffNode = lazyPart(() => import('./HandoffNode').then((m) => m.HandoffNode));
const HandoffBandNode = lazyPart(() => import('./HandoffNode').then((m) => m.HandoffBandNode));
const OwnershipNode = lazyPart(() => import('./OwnershipNode').then((m) => m.OwnershipNode));
const StageAlignmentBadges = lazyPart(() => import('./MapBadges').then((m) => m.StageAlignmentBadges));
const CardAlignmentBadges = lazyPart(() => import('./MapBadges').then((m) => m.CardAlignmentBadges));
const MapSidePanel = lazyPart(() => import('./MapSidePanel').then((m) => m.MapSidePanel));

// The funnel plan's CSV is built when it is asked for.
const funnelExport: ExportItem = {
  id: 'funnel-csv',
  label: A.funnelCsvDownload,
  progress: A.funnelCsvMaking,
  run: (s: ProjectSnapshot) => import('./funnelCsv').then((m) => m.exportFunnelCsv(s)),
};

export const alignmentModule: FeatureModule = {
  id: 'alignment',
  strings: { alignment: A, hubspot: HUBSPOT_LABELS },
  refusals: REFUSALS,
  notices: NOTICES,
  sections: alignmentSections,
  commands: ALIGNMENT_COMMANDS,
  // After the map's lanes (80), before the personas (100) and the view (110).
  commandGroups: [{ id: 'handoff', label: () => A.cmd.group, rank: 90 }],
  menuTargets: [{ kind: 'handoff', menuLabel: (id, s) => A.cmd.menu(s?.handoffs[id]?.name ?? '') }],
  paletteSources: [findTerms, findHandoffs],
  report: { sections: alignmentReportSections, summary: [alignmentSummaryEntry], exports: [funnelExport] },
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
