/**
 * The slides as plain data (what deckModel.ts builds and renderDeck.ts draws), and the few
 * formatting words every slide uses.
 */
import type { Rag } from '../../domain/briefing';
import { formatAmount } from '../../i18n';

/** How a piece of text is drawn: a RAG colour, a flag (no owner), quiet, or plain. */
export type Tone = Rag | 'flag' | 'muted' | 'plain';

export interface Cell {
  readonly text: string;
  readonly tone?: Tone;
  readonly bold?: boolean;
  /** Spans this many columns (the emotion row's "Not scored yet"). */
  readonly span?: number;
}

export interface Column {
  readonly heading: string;
  readonly items: readonly Cell[];
}

export type DeckSlide =
  | { readonly kind: 'title'; readonly title: string; readonly subtitle: string; readonly footer: string; readonly notes: string }
  | {
      readonly kind: 'score';
      readonly title: string;
      /** "50%" or "—". */
      readonly score: string;
      readonly verdict: string;
      readonly change: string;
      readonly rows: readonly { readonly area: string; readonly rag: Rag; readonly ragWord: string; readonly reason: string }[];
      readonly notes: string;
    }
  | { readonly kind: 'columns'; readonly title: string; readonly subtitle?: Cell; readonly columns: readonly Column[]; readonly notes: string }
  | {
      readonly kind: 'table';
      readonly title: string;
      readonly subtitle?: string;
      /** Header cells: the first row. */
      readonly header: readonly Cell[];
      readonly rows: readonly (readonly Cell[])[];
      /** Relative column widths. */
      readonly widths: readonly number[];
      /** The first column holds row names (the map's lanes). */
      readonly rowHeads?: boolean;
      readonly fontSize: number;
      readonly notes: string;
    }
  | {
      readonly kind: 'chart';
      /** Bars (target against actual) unless 'line' (a trend over periods or sessions). */
      readonly chart?: 'bar' | 'line';
      readonly title: string;
      readonly labels: readonly string[];
      readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
      readonly unit: string;
      readonly notes: string;
    };

/** The slide (16:9, PowerPoint's widescreen), in inches. */
export const SLIDE = { width: 13.333, height: 7.5, margin: 0.45 } as const;

// ---- Words shared by the slides ----

export { dayText, teamName } from '../../shared/briefingText';

/** A KPI figure with its unit: money in its currency, the reader's way (i18n/format.ts formatAmount). */
export const numberText = (n: number | null, unit = '') => formatAmount(n, unit);

