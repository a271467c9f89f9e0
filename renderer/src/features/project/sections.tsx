/**
 * The sections of a project, in the order of the sidebar. A feature adds its screen here
 * (one entry) and gets a route (#/p/<project>/<id>[/<item>]) and a sidebar link.
 * The journey maps section is built in (it has its own list and editor route).
 */
import type { ReactNode } from 'react';

export interface ProjectSection {
  /** The route segment: lower-case letters and dashes. */
  readonly id: string;
  /** The sidebar label, from a strings catalogue. */
  readonly label: string;
  /** A short symbol shown before the label (decorative; the label names it). */
  readonly icon: string;
  readonly render: (props: { itemId?: string }) => ReactNode;
}

export const SECTIONS: readonly ProjectSection[] = [];
