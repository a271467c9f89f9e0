/**
 * The report shell's plug-in points: the parts of the leadership report, the executive
 * summary's figures and blocks, and the people named on the cover. The report feature
 * (features/report) renders them; every feature, the report included, adds its own through its
 * module (`report` in features/<name>/module.ts), and app/install.ts hands them here at start.
 *
 * A section renders plain HTML and SVG (real text, vector shapes; no canvas). Give it `isEmpty`
 * when it can have nothing to say, so it is never printed as a blank page. Wrap parts that must
 * start on a page of their own in `<ReportSheet>`.
 *
 * Sections and summary entries print by `order`, lowest first (equal orders keep the order of
 * app/features.ts). The report's own parts set the frame:
 *   sections: cover 0 · briefing 5 · summary 10 · (personas 20, handoffs/KPIs/glossary 30, trends 35) · maps 50 ·
 *             (workshop 60) · appendix 90
 *   summary:  maps 0 · (alignment 10, workshop 20, content requests 30)
 */
import type { ReactNode } from 'react';
import type { ProjectSnapshot } from '../document/projection';
import type { Orientation, PageGeometry, Paper } from '../domain/reportLayout';

export interface ReportOptions {
  /** Sections switched on or off by hand; a section not named here follows its default. */
  readonly sections: Readonly<Record<string, boolean>>;
  /** Journey maps left out of the report. */
  readonly excludedMapIds: readonly string[];
  readonly paper: Paper;
  readonly orientation: Orientation;
}

export interface ReportRenderOptions extends ReportOptions {
  /** The paper, and the room on it for content, in millimetres. */
  readonly page: PageGeometry;
  /** When the report was made (the cover's date). */
  readonly generatedAt: number;
  /**
   * Drawn in the report screen's preview, not for print: a long list (a map cell's cards, a
   * stage's cards in the appendix) shows its first PREVIEW_LIST_LIMIT items and says how many
   * more print. The preview is a picture of the pages; laying out 10,000 cards to show them at
   * half size took seconds. The print view and every export always have everything.
   */
  readonly preview?: boolean;
}

/** How many items of one list the preview shows (more than a cell holds in a real workshop). */
export const PREVIEW_LIST_LIMIT = 30;

/** The part of a list the document shows, and how many it leaves out (only ever in the preview). */
export function shownInPreview<T>(items: readonly T[], options: Pick<ReportRenderOptions, 'preview'>): { shown: readonly T[]; more: number } {
  if (!options.preview || items.length <= PREVIEW_LIST_LIMIT) return { shown: items, more: 0 };
  return { shown: items.slice(0, PREVIEW_LIST_LIMIT), more: items.length - PREVIEW_LIST_LIMIT };
}

export interface ReportSection {
  /** Lower-case letters and dashes; stored with the facilitator's choices. */
  readonly id: string;
  /** Where it prints (see above). */
  readonly order: number;
  /** The checkbox's label in the settings panel, from a strings catalogue. */
  readonly label: string;
  readonly defaultOn: boolean;
  readonly render: (snapshot: ProjectSnapshot, options: ReportRenderOptions) => ReactNode;
  /** True when the section would print nothing; it is then left out and its checkbox says so. */
  readonly isEmpty?: (snapshot: ProjectSnapshot, options?: ReportOptions) => boolean;
}

export interface SummaryFigure {
  readonly value: string | number;
  /** What the number counts, e.g. "journey maps". */
  readonly label: string;
}

export interface SummaryEntry {
  readonly id: string;
  /** Where it shows on the summary page (see above). */
  readonly order: number;
  /** Big numbers at the top of the summary page. */
  readonly figures?: (snapshot: ProjectSnapshot) => readonly SummaryFigure[];
  /** A heading over `render`'s block. */
  readonly heading?: string;
  /** A short block of the summary; null when there is nothing to say (then nothing prints). */
  readonly render?: (snapshot: ProjectSnapshot, options: ReportRenderOptions) => ReactNode | null;
}

/** People named on the cover (workshop participants, say); the line is hidden when empty. */
export type ParticipantSource = (snapshot: ProjectSnapshot) => readonly string[];

/**
 * A file of the project header's Export menu that a feature makes (the slide deck, say). The
 * menu runs it with a progress bar (Cancel) and says its sentence; a feature's palette command
 * may run the same `run`.
 */
export interface ExportItem {
  readonly id: string;
  /** The menu's words, e.g. "Download slide deck (.pptx)". */
  readonly label: string;
  /** What the progress bar says while it runs. */
  readonly progress: string;
  /** Builds and saves the file: the sentence to show, or null when the person cancelled. */
  readonly run: (snapshot: ProjectSnapshot) => Promise<string | null>;
}

/** What one feature adds to the report. */
export interface ReportPlugins {
  readonly sections?: readonly ReportSection[];
  readonly summary?: readonly SummaryEntry[];
  readonly participants?: readonly ParticipantSource[];
  /** Files of the Export menu, after the leadership report, in the order of app/features.ts. */
  readonly exports?: readonly ExportItem[];
}

/** A page of its own in print (and a sheet on screen). */
export function ReportSheet({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={`rp-sheet${className ? ` ${className}` : ''}`}>{children}</div>;
}

const sections: ReportSection[] = [];
const summary: SummaryEntry[] = [];
const participants: ParticipantSource[] = [];
const exportList: ExportItem[] = [];

const byOrder = <T extends { order: number }>(list: T[]) => list.sort((a, b) => a.order - b.order); // stable

function addOnce<T extends { id: string }>(to: T[], list: readonly T[], what: string): void {
  for (const x of list) {
    if (to.some((y) => y.id === x.id)) throw new Error(`Two report ${what} are named "${x.id}"`);
    to.push(x);
  }
}

/** Adds a feature's parts of the report (app/install.ts). */
export function addReportPlugins(p: ReportPlugins): void {
  addOnce(sections, p.sections ?? [], 'sections');
  byOrder(sections);
  addOnce(summary, p.summary ?? [], 'summary entries');
  byOrder(summary);
  participants.push(...(p.participants ?? []));
  addOnce(exportList, p.exports ?? [], 'exports');
}

/** Every section, in print order. */
export const reportSections = (): readonly ReportSection[] => sections;
/** Every summary entry, in the order of the summary page. */
export const summaryEntries = (): readonly SummaryEntry[] => summary;
export const participantSources = (): readonly ParticipantSource[] => participants;
/** The features' files of the Export menu. */
export const exportItems = (): readonly ExportItem[] => exportList;
