/** The first-run tour: a new facilitator's first map, persona and handoff, step by step. */
import type { FeatureModule } from '../../shared/featureModule';
import { TS } from './strings';
import { startTour } from './tour';
import { SidebarTour, TopTour, TourWatcher } from './TourBar';

export const tourModule: FeatureModule = {
  id: 'tour',
  strings: { tour: TS },
  commands: [
    {
      id: 'app.tour',
      label: () => TS.cmd,
      keywords: () => TS.keywords,
      group: 'help',
      icon: 'tour',
      enabled: () => true,
      run: () => startTour(),
    },
  ],
  // Inside the open project: moves the tour on when a step's goal is reached there, and shows
  // the tour as a card at the foot of the sidebar; on the home screen, a bar above it.
  screenSlots: { projectLayers: [TourWatcher], sidebarParts: [SidebarTour], appBars: [TopTour] },
};
