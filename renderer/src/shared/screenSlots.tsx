/**
 * Places on the app's screens where a feature adds a part of its own without the screen knowing
 * it (a feature never imports another): what floats over every screen, the home screen's menus, file buttons, projects and
 * recent files; the open project's header, sidebar, map view and overview; the KPI screen, a
 * handoff's contract panel, a persona's editor and gallery card, an agenda item, and the phone
 * view of a live session. A feature names them in its module (`screenSlots`); app/install.ts
 * adds them in the order of app/features.ts (the header's actions go by their rank instead).
 *
 * A part that only the open project shows should be a `lazyPart` (ui/lazyPart.tsx): the home
 * screen then does not load its code, and the open project fetches it before its first frame.
 */
import type { ComponentType } from 'react';
import type { MenuItem } from '../ui/Menu';

/**
 * A button or chip in the open project's header. The header shows them by `rank`, lowest first
 * (equal ranks: in the order of app/features.ts). Today: the workshop's timer 10, the project's
 * file (its name, Edited, Save) 19, Save a copy 20, Export 30, the live session 40, the app's
 * menus 90 (last, at the edge). Pick a rank between two to go between them.
 */
export interface HeaderAction {
  readonly rank: number;
  readonly component: ComponentType;
}

/** A project as the home screen's list shows it. */
export interface ProjectRow {
  readonly id: string;
  readonly title: string;
}

export interface ScreenSlots {
  /** Above every screen, under the storage banner: the tour's bar (it decides where it shows). */
  readonly appBars?: readonly ComponentType[];
  /** Drawn once over every screen, after it: dropping a file, the palette, help and its dialogs. */
  readonly appLayers?: readonly ComponentType[];
  /** Home screen, in its header after the app's name: the palette, Help and Theme menus. */
  readonly homeMenus?: readonly ComponentType[];
  /** Home screen, under its header: joining a live session. */
  readonly homeStart?: readonly ComponentType[];
  /** Home screen, the row of buttons under the new-project form: opening a file. */
  readonly homeFileActions?: readonly ComponentType[];
  /** Home screen, above the list of projects (`hasProjects` is undefined while it loads): the sample project. */
  readonly homeProjectsParts?: readonly ComponentType<{ hasProjects: boolean | undefined }>[];
  /** Home screen, a project's menu, between Duplicate and Delete: Save a copy. */
  readonly projectRowItems?: readonly ((project: ProjectRow) => MenuItem)[];
  /** Home screen, at its foot: the recent files. */
  readonly homeEnd?: readonly ComponentType[];
  /** The open project's header, by rank (HeaderAction). */
  readonly headerActions?: readonly HeaderAction[];
  /** The foot of the open project's sidebar: the tour's card. */
  readonly sidebarParts?: readonly ComponentType[];
  /** What an open map shows (the editor's). One module says; a second one is refused. */
  readonly mapView?: ComponentType<{ mapId: string }>;
  /** The project's overview (no map open), after its maps: the open action items. */
  readonly overviewParts?: readonly ComponentType[];
  /** Buttons and notes at the top of the KPI screen. */
  readonly kpiTools?: readonly ComponentType[];
  /** Under each KPI's fields (the KPI screen and the map's side panel). */
  readonly kpiParts?: readonly ComponentType<{ kpiId: string }>[];
  /** In a handoff's contract panel, after the service level. */
  readonly handoffParts?: readonly ComponentType<{ handoffId: string }>[];
  /** Rendered once inside the open project (its dialogs). */
  readonly projectLayers?: readonly ComponentType[];
  /** In a persona's editor, after its fields (what other features hold for this persona). */
  readonly personaParts?: readonly ComponentType<{ personaId: string }>[];
  /** At the bottom of a persona's card in the gallery (one line each). */
  readonly personaCardParts?: readonly ComponentType<{ personaId: string }>[];
  /** Under an agenda item of a session (each part decides from the item's link whether it shows). */
  readonly agendaItemParts?: readonly ComponentType<{ sessionId: string; link: string }>[];
  /** The phone view's agenda block while a session runs: the item the room is on and its timer. */
  readonly phoneAgendaParts?: readonly ComponentType[];
  /** The phone view's vote block: the open dot vote. */
  readonly phoneVoteParts?: readonly ComponentType[];
}

type ListSlot = Exclude<keyof ScreenSlots, 'mapView'>;
type Lists = { -readonly [K in ListSlot]-?: unknown[] };
const slots: Lists = {
  appBars: [],
  appLayers: [],
  homeMenus: [],
  homeStart: [],
  homeFileActions: [],
  homeProjectsParts: [],
  projectRowItems: [],
  homeEnd: [],
  headerActions: [],
  sidebarParts: [],
  overviewParts: [],
  kpiTools: [],
  kpiParts: [],
  handoffParts: [],
  projectLayers: [],
  personaParts: [],
  personaCardParts: [],
  agendaItemParts: [],
  phoneAgendaParts: [],
  phoneVoteParts: [],
};
let mapView: ComponentType<{ mapId: string }> | undefined;

export function addScreenSlots(add: ScreenSlots): void {
  if (add.mapView) {
    if (mapView) throw new Error('Two modules give the view of an open map');
    mapView = add.mapView;
  }
  for (const k of Object.keys(slots) as ListSlot[]) slots[k].push(...(add[k] ?? []));
  // Stable: equal ranks keep the order of the feature list.
  (slots.headerActions as HeaderAction[]).sort((a, b) => a.rank - b.rank);
}

/** Every part of one slot, side by side, each given the same props. */
function All<P extends object>({ of, props }: { of: ListSlot; props: P }) {
  return (
    <>
      {(slots[of] as ComponentType<P>[]).map((C, i) => (
        <C key={i} {...props} />
      ))}
    </>
  );
}

export const AppBars = () => <All of="appBars" props={{}} />;
export const AppLayers = () => <All of="appLayers" props={{}} />;
export const HomeMenus = () => <All of="homeMenus" props={{}} />;
export const HomeStart = () => <All of="homeStart" props={{}} />;
export const HomeFileActions = () => <All of="homeFileActions" props={{}} />;
export const HomeProjectsParts = (p: { hasProjects: boolean | undefined }) => <All of="homeProjectsParts" props={p} />;
export const HomeEnd = () => <All of="homeEnd" props={{}} />;
export const SidebarParts = () => <All of="sidebarParts" props={{}} />;
export const OverviewParts = () => <All of="overviewParts" props={{}} />;
export const KpiTools = () => <All of="kpiTools" props={{}} />;
export const KpiParts = (p: { kpiId: string }) => <All of="kpiParts" props={p} />;
export const HandoffParts = (p: { handoffId: string }) => <All of="handoffParts" props={p} />;
export const ProjectLayers = () => <All of="projectLayers" props={{}} />;
export const PersonaParts = (p: { personaId: string }) => <All of="personaParts" props={p} />;
export const PersonaCardParts = (p: { personaId: string }) => <All of="personaCardParts" props={p} />;
export const AgendaItemParts = (p: { sessionId: string; link: string }) => <All of="agendaItemParts" props={p} />;
export const PhoneAgendaParts = () => <All of="phoneAgendaParts" props={{}} />;
export const PhoneVoteParts = () => <All of="phoneVoteParts" props={{}} />;

/** The open project's header actions, in rank order. */
export function HeaderActions() {
  return (
    <>
      {(slots.headerActions as HeaderAction[]).map(({ component: C }, i) => (
        <C key={i} />
      ))}
    </>
  );
}

/** The items the features add to a project's menu on the home screen. */
export function projectRowItems(project: ProjectRow): MenuItem[] {
  return (slots.projectRowItems as ((p: ProjectRow) => MenuItem)[]).map((item) => item(project));
}

/** The open map, as the module that gives the map view draws it (nothing when none does). */
export function MapView({ mapId }: { mapId: string }) {
  const View = mapView;
  return View ? <View mapId={mapId} /> : null;
}
