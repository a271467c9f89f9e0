/**
 * What a feature plugs into the app: one object per feature (features/<name>/module.ts), and
 * one list of them (app/features.ts) that app/install.ts hands to the mechanisms at start.
 * Every field is optional; a feature names only what it adds. The mechanisms (the canvas,
 * commands, i18n, the project and report shells) own the type of each plug-in and import no
 * feature: this file only gathers those types into one contract.
 */
import type { CanvasSlots } from '../canvas/slots';
import type { CommandGroupDef, MenuTargetDef } from '../commands/groups';
import type { PaletteSource } from '../commands/search';
import type { Command } from '../commands/types';
import type { StringTable } from '../i18n';
import type { NoticeTable, RefusalTable } from '../i18n/refusals';
import type { ProjectSection } from './projectSections';
import type { ReportPlugins } from './report';
import type { ScreenSlots } from './screenSlots';
import type { SidePanel } from './sidePanel';

export interface FeatureModule {
  /** Lower-case letters and dashes: names the feature in errors and tests. */
  readonly id: string;
  /** Its parts of the one catalogue, by name (`t('personas.heading')` reads `personas`). */
  readonly strings?: Readonly<Record<string, StringTable>>;
  /** The words for its actions' refusal codes ('<id>.…'), and for their notices (features/<name>/refusals.ts). */
  readonly refusals?: RefusalTable;
  readonly notices?: NoticeTable;
  /** Screens of a project: a sidebar link, a route and a "Go to …" command each. */
  readonly sections?: readonly ProjectSection[];
  /** Commands for the palette, the context menus, the keyboard and the desktop menu. */
  readonly commands?: readonly Command[];
  /** The groups its commands add to the built-in ones (a table of the shortcut sheet each, placed by rank). */
  readonly commandGroups?: readonly CommandGroupDef[];
  /** What else a context menu can be opened on (`data-ctx-kind` on its items), and how that menu is named. */
  readonly menuTargets?: readonly MenuTargetDef[];
  /** Parts of the leadership report, summary figures and blocks, people on the cover. */
  readonly report?: ReportPlugins;
  /** Badges on stages and cards, and pieces of the strip above the map. */
  readonly canvas?: CanvasSlots;
  /** Panels beside the map (a handoff's contract, a stage's alignment…). */
  readonly sidePanels?: readonly SidePanel[];
  /** Parts of the screens: home, the project's header, sidebar, map view and overview, the KPI, persona and phone screens (shared/screenSlots.tsx). */
  readonly screenSlots?: ScreenSlots;
  /** What the palette finds in the open project besides commands, maps and cards. */
  readonly paletteSources?: readonly PaletteSource[];
}
