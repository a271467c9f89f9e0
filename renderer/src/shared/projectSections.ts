/**
 * The project shell's plug-in point: the sections of a project, in the order of the sidebar.
 * A feature adds its screens through its module (`sections` in features/<name>/module.ts) and
 * gets a route (#/p/<project>/<id>[/<item>]), a sidebar link and a "Go to …" command. The
 * journey maps are built into the shell (they have their own list and editor route).
 */
import type { ReactNode } from 'react';

export interface ProjectSection {
  /** The route segment: lower-case letters and dashes. */
  readonly id: string;
  /** The sidebar label, from a strings catalogue. */
  readonly label: string;
  /** A small icon shown before the label (decorative; the label names it): an <Icon> from ui/icons. */
  readonly icon: ReactNode;
  readonly render: (props: { itemId?: string }) => ReactNode;
}

const sections: ProjectSection[] = [];

/** Adds sections after those added before (app/install.ts, in the order of app/features.ts). */
export function addProjectSections(list: readonly ProjectSection[]): void {
  for (const s of list) {
    if (!/^[a-z][a-z-]*$/.test(s.id)) throw new Error(`A section id is lower-case letters and dashes: "${s.id}"`);
    if (sections.some((x) => x.id === s.id)) throw new Error(`Two project sections are named "${s.id}"`);
    sections.push(s);
  }
}

/** Every section, in sidebar order. */
export function projectSections(): readonly ProjectSection[] {
  return sections;
}

export function findProjectSection(id: string): ProjectSection | undefined {
  return sections.find((s) => s.id === id);
}
