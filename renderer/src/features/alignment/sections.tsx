/** The alignment layer's project sections: the overview, teams, KPIs with the funnel, the glossary. */
import type { ProjectSection } from '../../shared/projectSections';
import { Icon } from '../../ui/icons';
import { lazyPart } from '../../ui/lazyPart';
import { A } from './strings';

// Each screen is fetched when it is first opened (or with the open project: ui/lazyPart.tsx).
const OverviewScreen = lazyPart(() => import('./OverviewScreen').then((m) => m.OverviewScreen), A.overviewSection);
const TeamsScreen = lazyPart(() => import('./TeamsScreen').then((m) => m.TeamsScreen), A.teamsSection);
const KpiScreen = lazyPart(() => import('./KpiScreen').then((m) => m.KpiScreen), A.kpisSection);
const GlossaryScreen = lazyPart(() => import('./GlossaryScreen').then((m) => m.GlossaryScreen), A.glossarySection);

export const alignmentSections: readonly ProjectSection[] = [
  { id: 'alignment', label: A.overviewSection, icon: <Icon name="scale" />, render: () => <OverviewScreen /> },
  { id: 'teams', label: A.teamsSection, icon: <Icon name="flag" />, render: () => <TeamsScreen /> },
  { id: 'kpis', label: A.kpisSection, icon: <Icon name="gauge" />, render: ({ itemId }) => <KpiScreen key={itemId ?? ''} itemId={itemId} /> },
  { id: 'glossary', label: A.glossarySection, icon: <Icon name="book" />, render: ({ itemId }) => <GlossaryScreen key={itemId ?? ''} itemId={itemId} /> },
];
