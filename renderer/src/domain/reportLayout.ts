/**
 * The paper of the leadership report: sizes, margins, and how many stages of a journey map
 * fit across one page. Pure, so the print view, its preview and the tests agree.
 */

export const PAPERS = ['A4', 'Letter', 'A3'] as const;
export type Paper = (typeof PAPERS)[number];
export const ORIENTATIONS = ['portrait', 'landscape'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** Portrait width and height in millimetres. */
const PAPER_MM: Record<Paper, { w: number; h: number }> = {
  A4: { w: 210, h: 297 },
  Letter: { w: 215.9, h: 279.4 },
  A3: { w: 297, h: 420 },
};

/** Page margins in millimetres. The top and bottom ones hold the running header and footer. */
export const PAGE_MARGIN_MM = { top: 17, right: 14, bottom: 17, left: 14 } as const;

/** The column of lane names at the left of every map page, and the narrowest stage column. */
export const LANE_COLUMN_MM = 26;
export const MIN_STAGE_COLUMN_MM = 25;

export interface PageGeometry {
  readonly paper: Paper;
  readonly orientation: Orientation;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly contentWidthMm: number;
  readonly contentHeightMm: number;
}

export function pageGeometry(paper: Paper, orientation: Orientation): PageGeometry {
  const p = PAPER_MM[paper] ?? PAPER_MM.A4;
  const [w, h] = orientation === 'landscape' ? [p.h, p.w] : [p.w, p.h];
  return {
    paper,
    orientation,
    widthMm: w,
    heightMm: h,
    contentWidthMm: round2(w - PAGE_MARGIN_MM.left - PAGE_MARGIN_MM.right),
    contentHeightMm: round2(h - PAGE_MARGIN_MM.top - PAGE_MARGIN_MM.bottom),
  };
}

/** How many stage columns fit across a page next to the lane names (at least one). */
export function stagesPerPage(page: PageGeometry): number {
  return stagesAcross(page.contentWidthMm);
}

/**
 * How many stage columns of at least `minStageMm` fit across `widthMm` next to a lane column of
 * `laneMm` (at least one): a page of the report, or a slide of the deck with its wider columns.
 */
export function stagesAcross(widthMm: number, laneMm: number = LANE_COLUMN_MM, minStageMm: number = MIN_STAGE_COLUMN_MM): number {
  return Math.max(1, Math.floor((widthMm - laneMm) / minStageMm));
}

/**
 * Splits stages into page-wide groups of at most `max`, as evenly as possible (12 stages at 6
 * a page give 6 + 6; 7 give 4 + 3 rather than 6 + 1, so no page holds a lonely column).
 */
export function splitStages<T>(items: readonly T[], max: number): T[][] {
  const per = Math.max(1, Math.floor(max));
  if (items.length === 0) return [];
  const pages = Math.ceil(items.length / per);
  const base = Math.floor(items.length / pages);
  const extra = items.length % pages;
  const out: T[][] = [];
  let at = 0;
  for (let i = 0; i < pages; i++) {
    const n = base + (i < extra ? 1 : 0);
    out.push(items.slice(at, at + n));
    at += n;
  }
  return out;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
