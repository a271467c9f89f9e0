/**
 * The CRM import (issue 20): a HubSpot or Salesforce export read into KPI readings per period,
 * the handoff's SLA compliance and the funnel's actual rates, with only totals kept. Its
 * button sits on the KPI screen and in the handoff panel, its command in the palette, its
 * dialog in the open project; each KPI shows its readings as a chart.
 */
import { inProject } from '../../commands/targets';
import type { Command } from '../../commands/types';
import type { FeatureModule } from '../../shared/featureModule';
import { lazyPart } from '../../ui/lazyPart';
import { showToast } from '../../ui/toasts';
import { breathe, withProgress } from '../../ui/progress';
import { U } from '../../i18n/ui';
import type { ProjectSnapshot } from '../../document/projection';
import { openCrmImport } from './importStore';
import { noTrends, trendsOf } from '../../domain/trends';
import type { ExportItem, ReportSection } from '../../shared/report';
import { TW } from '../../shared/trendText';
import { C, FIELD_WORDS, KIND_WORDS, REASON_WORDS, RUNG_WORDS, SERIES_NAMES } from './strings';

const CRM_COMMANDS: readonly Command[] = [
  {
    id: 'file.importCrm',
    label: () => C.importCommand,
    keywords: () => 'CRM HubSpot Salesforce CSV import KPI SLA funnel',
    group: 'file',
    icon: 'download',
    enabled: inProject,
    run: () => openCrmImport(),
  },
  {
    // The palette's way to the Export menu's file (same progress, same words).
    id: 'file.exportRevops',
    label: () => C.revopsCommand,
    keywords: () => 'RevOps HubSpot Salesforce lead scoring lifecycle specification CSV JSON export',
    group: 'file',
    icon: 'download',
    enabled: inProject,
    run: (ctx) => {
      const snap = ctx.project?.store.getState();
      if (!snap) return;
      withProgress(C.revopsMaking, async (p) => {
        await breathe();
        p.check();
        return exportRevops(snap);
      })
        .then((r) => (r.ok ? r.value && showToast(r.value) : showToast(U.progress.cancelled(C.revopsMaking))))
        .catch((err) => showToast(String((err as Error)?.message ?? err), { tone: 'error' }));
    },
  },
];

// Its dialog and parts are fetched with the open project (ui/lazyPart.tsx).
const ImportLayer = lazyPart(() => import('./ImportDialog').then((m) => m.ImportLayer));
const ImportButton = lazyPart(() => import('./parts').then((m) => m.ImportButton));
const KpiReadings = lazyPart(() => import('./parts').then((m) => m.KpiReadings));
const HandoffSla = lazyPart(() => import('./parts').then((m) => m.HandoffSla));
const KpiScoreTrend = lazyPart(() => import('./parts').then((m) => m.KpiScoreTrend));
const KpiThresholdChecks = lazyPart(() => import('./parts').then((m) => m.KpiThresholdChecks));
const HandoffThresholdCheck = lazyPart(() => import('./parts').then((m) => m.HandoffThresholdCheck));
const TrendsPrint = lazyPart(() => import('./report').then((m) => m.TrendsPrint));

// The RevOps specification's writer is fetched when it is asked for.
const exportRevops = (s: ProjectSnapshot) => import('./revopsExport').then((m) => m.exportRevopsSpec(s));
const revopsExport: ExportItem = { id: 'revops', label: C.revopsDownload, progress: C.revopsMaking, run: exportRevops };

/** The report's trend pages (report.tsx), after the contracts and KPIs (30). */
const crmReportSections: ReportSection[] = [
  {
    id: 'trends',
    order: 35,
    label: TW.sectionLabel,
    defaultOn: true,
    render: (s) => <TrendsPrint snapshot={s} />,
    isEmpty: (s) => noTrends(trendsOf(s)),
  },
];

export const crmModule: FeatureModule = {
  id: 'crm',
  strings: { crm: C, crmRungs: RUNG_WORDS, crmKinds: KIND_WORDS, crmFields: FIELD_WORDS, crmReasons: REASON_WORDS, crmSeries: SERIES_NAMES, trends: TW },
  report: { sections: crmReportSections, exports: [revopsExport] },
  commands: CRM_COMMANDS,
  screenSlots: {
    kpiTools: [ImportButton, KpiScoreTrend, KpiThresholdChecks],
    kpiParts: [KpiReadings],
    handoffParts: [HandoffSla, HandoffThresholdCheck],
    projectLayers: [ImportLayer],
  },
};
