/** The alignment layer's project sections: the overview, teams, KPIs with the funnel, the glossary. */
import type { ProjectSection } from '../../shared/projectSections';
import { Icon } from '../../ui/icons';
import { GlossaryScreen } from './GlossaryScreen';
import { KpiScreen } from './KpiScreen';
import { OverviewScreen } from './OverviewScreen';
import { A } from './strings';
import { TeamsScreen } from './TeamsScreen';

export const alignmentSections: readonly ProjectSection[] = [
  { id: 'alignment', label: A.overviewSection, icon: <Icon name="scale" />, render: () => <OverviewScreen /> },
  { id: 'teams', label: A.teamsSection, icon: <Icon name="flag" />, render: () => <TeamsScreen /> },
  { id: 'kpis', label: A.kpisSection, icon: <Icon name="gauge" />, render: ({ itemId }) => <KpiScreen key={itemId ?? ''} itemId={itemId} /> },
  { id: 'glossary', label: A.glossarySection, icon: <Icon name="book" />, render: ({ itemId }) => <GlossaryScreen key={itemId ?? ''} itemId={itemId} /> },
];
