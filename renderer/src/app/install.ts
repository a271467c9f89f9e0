/**
 * Hands each feature's plug-ins to the mechanism that uses them, once, before the first render
 * (main.tsx) or a test that needs the whole app (test/unit/polish-*.test.ts). The mechanisms keep
 * their own registries; this is the one place that knows both the list and the mechanisms.
 */
import { addCanvasSlots } from '../canvas/slots';
import { addCommandGroups, addMenuTargets } from '../commands/groups';
import { addCommands } from '../commands/registry';
import { addPaletteSources } from '../commands/search';
import { addStrings } from '../i18n';
import { addRefusalWords } from '../i18n/refusals';
import type { FeatureModule } from '../shared/featureModule';
import { addProjectSections } from '../shared/projectSections';
import { addReportPlugins } from '../shared/report';
import { addScreenSlots } from '../shared/screenSlots';
import { addSidePanels } from '../shared/sidePanel';
import { FEATURES } from './features';

let installed: readonly FeatureModule[] | undefined;

export function installFeatures(features: readonly FeatureModule[] = FEATURES): void {
  if (installed) {
    if (installed === features) return;
    throw new Error('The features are installed once');
  }
  installed = features;
  const ids = new Set<string>();
  for (const f of features) {
    if (ids.has(f.id)) throw new Error(`Two features are named "${f.id}"`);
    ids.add(f.id);
    if (f.strings) addStrings(f.strings);
    if (f.refusals || f.notices) addRefusalWords(f.refusals, f.notices);
    if (f.sections) addProjectSections(f.sections);
    if (f.commandGroups) addCommandGroups(f.commandGroups);
    if (f.menuTargets) addMenuTargets(f.menuTargets);
    if (f.commands) addCommands(f.commands);
    if (f.report) addReportPlugins(f.report);
    if (f.canvas) addCanvasSlots(f.canvas);
    if (f.sidePanels) addSidePanels(f.sidePanels);
    if (f.paletteSources) addPaletteSources(f.paletteSources);
    if (f.screenSlots) addScreenSlots(f.screenSlots);
  }
}
