/**
 * The features of Baton, one line each. A feature is a folder (features/<name>/) with one
 * module.ts; adding one to this list is all it takes to plug it in (docs/adding-a-feature.md).
 * The order is the order of their plug-ins wherever order shows: the sidebar's sections, the
 * commands in the palette and context menus, the badges on the map.
 */
import type { FeatureModule } from '../shared/featureModule';
import { editorModule } from '../features/editor/module';
import { personasModule } from '../features/personas/module';
import { alignmentModule } from '../features/alignment/module';
import { crmModule } from '../features/crm/module';
import { workshopModule } from '../features/workshop/module';
import { requestsModule } from '../features/requests/module';
import { reportModule } from '../features/report/module';
import { deckModule } from '../features/deck/module';
import { historyModule } from '../features/history/module';
import { liveModule } from '../features/live/module';
import { filesModule } from '../features/files/module';
import { helpModule } from '../features/help/module';
import { tourModule } from '../features/tour/module';

export const FEATURES: readonly FeatureModule[] = [
  editorModule,
  personasModule,
  alignmentModule,
  crmModule,
  workshopModule,
  requestsModule,
  reportModule,
  deckModule,
  historyModule,
  liveModule,
  filesModule,
  helpModule,
  tourModule,
];
