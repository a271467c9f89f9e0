/**
 * The sections of a project, in the order of the sidebar. A feature adds its screen here
 * (one entry) and gets a route (#/p/<project>/<id>[/<item>]) and a sidebar link.
 * The journey maps section is built in (it has its own list and editor route).
 */
import type { ReactNode } from 'react';
import { Icon } from '../../ui/icons';
import { HistorySection } from '../history/HistorySection';
import { HS } from '../history/strings';
import { ReportScreen } from '../report/ReportScreen';
import { RS } from '../report/strings';
import { personasSection } from '../personas/PersonasSection';
import { alignmentSections } from '../alignment/sections';
import { PhoneView } from '../live/PhoneView';
import { LS } from '../live/strings';
import { WorkshopSection } from '../workshop/WorkshopSection';
import { W } from '../workshop/strings';
import { requestsSection } from '../requests/RequestsSection';

export interface ProjectSection {
  /** The route segment: lower-case letters and dashes. */
  readonly id: string;
  /** The sidebar label, from a strings catalogue. */
  readonly label: string;
  /** A small icon shown before the label (decorative; the label names it): an <Icon> from ui/icons. */
  readonly icon: ReactNode;
  readonly render: (props: { itemId?: string }) => ReactNode;
}

export const SECTIONS: readonly ProjectSection[] = [
  personasSection,
  ...alignmentSections,
  { id: 'workshop', label: W.section, icon: <Icon name="clock" />, render: ({ itemId }) => <WorkshopSection itemId={itemId} /> },
  requestsSection,
  { id: 'report', label: RS.sectionLabel, icon: <Icon name="report" />, render: ({ itemId }) => <ReportScreen itemId={itemId} /> },
  { id: 'history', label: HS.sectionLabel, icon: <Icon name="history" />, render: ({ itemId }) => <HistorySection itemId={itemId} /> },
  { id: 'phone', label: LS.phoneSection, icon: <Icon name="phone" />, render: () => <PhoneView /> },
];
