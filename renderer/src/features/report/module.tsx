/** The leadership report: its settings, the print view, PDF and CSV exports. */
import type { FeatureModule } from '../../shared/featureModule';
import { Icon } from '../../ui/icons';
import { lazyPart } from '../../ui/lazyPart';
import { MAPS_SUMMARY, OWN_SECTIONS } from './reportSections';
import { RS } from './strings';
import { BW } from '../../shared/briefingText';

// The report screen (its preview, the print view and the exports) is fetched when it is opened.
const ReportScreen = lazyPart(() => import('./ReportScreen').then((m) => m.ReportScreen), RS.loadingWhat);
// The header's Export menu comes with the open project.
const ExportMenu = lazyPart(() => import('./ExportMenu').then((m) => m.ExportMenu));

export const reportModule: FeatureModule = {
  id: 'report',
  strings: { report: RS, briefing: BW },
  sections: [{ id: 'report', label: RS.sectionLabel, icon: <Icon name="report" />, render: ({ itemId }) => <ReportScreen itemId={itemId} /> }],
  report: { sections: OWN_SECTIONS, summary: MAPS_SUMMARY },
  screenSlots: { headerActions: [{ rank: 30, component: ExportMenu }] },
};
