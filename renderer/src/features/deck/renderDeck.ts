/**
 * Draws the deck's slides (slides.ts) with pptxgenjs: real, editable text boxes and tables,
 * native bar charts (PowerPoint, Keynote and Impress edit their data), speaker notes on every
 * slide. Light colours with strong contrast, type large enough for the back of a room.
 * pptxgenjs is big: exportDeck.ts loads it only when a deck is made, and hands it in here.
 */
import type PptxGenJS from 'pptxgenjs';
import { SLIDE, type Cell, type Column, type DeckSlide, type Tone } from './slides';

const FONT = 'Calibri';
const INK = '1F2933';
const MUTED = '5F6B7A';
const ACCENT = '2747C9';
const RULE = 'C9D1DC';
const HEAD_FILL = 'EEF2F8';
const TONE: Record<Tone, string> = { red: 'B42318', amber: '9A5B00', green: '1E7B34', flag: 'B42318', muted: MUTED, plain: INK };
const RAG_FILL: Record<'red' | 'amber' | 'green', string> = { red: 'FDE2E1', amber: 'FFF1CC', green: 'DDF3E3' };

const M = SLIDE.margin;
const W = SLIDE.width - 2 * M;

type Slide = PptxGenJS.Slide;

function title(slide: Slide, text: string, subtitle?: Cell | string) {
  slide.addText(text, { x: M, y: 0.3, w: W, h: 0.75, fontFace: FONT, fontSize: 30, bold: true, color: INK, fit: 'shrink', valign: 'middle' });
  const sub = typeof subtitle === 'string' ? { text: subtitle } : subtitle;
  if (sub?.text) slide.addText(sub.text, { x: M, y: 1.02, w: W, h: 0.45, fontFace: FONT, fontSize: 16, color: TONE[sub.tone ?? 'muted'], bold: sub.bold, fit: 'shrink', valign: 'top' });
}

const runOf = (c: Cell, size: number, bullet: boolean): PptxGenJS.TextProps => ({
  text: c.text,
  options: { fontSize: size, bold: c.bold, color: TONE[c.tone ?? 'plain'], bullet: bullet ? { indent: 18 } : false, breakLine: true, paraSpaceAfter: 6 },
});

function columns(slide: Slide, cols: readonly Column[], top: number) {
  const gap = 0.35;
  const w = (W - gap * (cols.length - 1)) / cols.length;
  const h = SLIDE.height - top - 0.4;
  cols.forEach((col, i) => {
    const x = M + i * (w + gap);
    let y = top;
    if (col.heading) {
      slide.addText(col.heading, { x, y, w, h: 0.5, fontFace: FONT, fontSize: 20, bold: true, color: ACCENT, valign: 'bottom' });
      slide.addShape('line', { x, y: y + 0.52, w, h: 0, line: { color: RULE, width: 1 } });
      y += 0.62;
    }
    // Long lists shrink to fit their box when the file is opened (PowerPoint's own autofit).
    const size = col.items.length > 8 ? 14 : 18;
    slide.addText(
      col.items.map((c) => runOf(c, size, cols.length > 0 && col.items.length > 1)),
      { x, y, w, h: h - (y - top), fontFace: FONT, valign: 'top', fit: 'shrink', margin: 4 },
    );
  });
}

function cellOf(c: Cell, size: number, head: boolean, rowHead: boolean): PptxGenJS.TableCell {
  return {
    text: c.text,
    options: {
      fontFace: FONT,
      fontSize: head ? size + 2 : size,
      bold: c.bold || head,
      color: TONE[c.tone ?? 'plain'],
      fill: { color: head || rowHead ? HEAD_FILL : 'FFFFFF' },
      valign: 'top',
      colspan: c.span,
      align: c.tone && ['red', 'green', 'muted'].includes(c.tone) && /^[+−0]/.test(c.text) ? 'center' : 'left',
    },
  };
}

function table(slide: Slide, s: Extract<DeckSlide, { kind: 'table' }>, top: number) {
  const total = s.widths.reduce((a, b) => a + b, 0);
  const rows: PptxGenJS.TableRow[] = [
    s.header.map((c) => cellOf(c, s.fontSize, true, false)),
    ...s.rows.map((r) => r.map((c, i) => cellOf(c, s.fontSize, false, !!s.rowHeads && i === 0))),
  ];
  slide.addTable(rows, {
    x: M,
    y: top,
    w: W,
    colW: s.widths.map((x) => (x / total) * W),
    border: { type: 'solid', pt: 0.75, color: RULE },
    margin: 0.06,
    fontFace: FONT,
    autoPage: false,
  });
}

function scoreSlide(slide: Slide, s: Extract<DeckSlide, { kind: 'score' }>) {
  title(slide, s.title);
  slide.addText(
    [
      { text: s.score, options: { fontSize: 66, bold: true, color: ACCENT, breakLine: true } },
      { text: s.verdict, options: { fontSize: 22, bold: true, color: INK, breakLine: true } },
      { text: s.change, options: { fontSize: 16, color: MUTED } },
    ],
    { x: M, y: 1.3, w: 3.6, h: 3.2, fontFace: FONT, valign: 'top', fit: 'shrink' },
  );
  const rows: PptxGenJS.TableRow[] = s.rows.map((r) => [
    { text: r.area, options: { bold: true, color: INK } },
    { text: r.ragWord, options: { bold: true, color: TONE[r.rag], fill: { color: RAG_FILL[r.rag] }, align: 'center' } },
    { text: r.reason, options: { color: INK } },
  ]);
  const x = M + 3.9;
  const w = W - 3.9;
  slide.addTable(rows, { x, y: 1.35, w, colW: [w * 0.3, w * 0.14, w * 0.56], fontFace: FONT, fontSize: 17, border: { type: 'solid', pt: 0.75, color: RULE }, margin: 0.08, valign: 'middle', rowH: 0.72 });
}

/**
 * What every chart on a slide shares: its words at sizes read from the back of a room (legend 16,
 * categories 15, values 13 pt), a value axis from zero, a value on every point and a faint grid,
 * and the slide's notes as the chart's alternative text for screen readers.
 */
function chartText(s: Extract<DeckSlide, { kind: 'chart' }>) {
  return {
    legendPos: 't',
    legendFontSize: 16,
    legendFontFace: FONT,
    catAxisLabelFontSize: 15,
    catAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 13,
    valAxisMinVal: 0,
    showValue: true,
    dataLabelFontSize: 13,
    valGridLine: { color: 'E3E8EF', size: 0.5 },
    altText: s.notes,
  } as const;
}

function chartSlide(pptx: PptxGenJS, slide: Slide, s: Extract<DeckSlide, { kind: 'chart' }>) {
  title(slide, s.title);
  if (s.chart === 'line') return lineChart(pptx, slide, s);
  slide.addChart(
    pptx.ChartType.bar,
    s.series.map((x) => ({ name: x.name, labels: [...s.labels], values: [...x.values] })),
    {
      x: M,
      y: 1.2,
      w: W,
      h: SLIDE.height - 1.6,
      barDir: 'col',
      barGrouping: 'clustered',
      chartColors: ['A3B1C6', ACCENT],
      ...chartText(s),
      showLegend: true,
      dataLabelPosition: 'outEnd',
    },
  );
}

/** A trend: one line per series, a value on every point (the notes say them too). */
function lineChart(pptx: PptxGenJS, slide: Slide, s: Extract<DeckSlide, { kind: 'chart' }>) {
  slide.addChart(
    pptx.ChartType.line,
    s.series.map((x) => ({ name: x.name, labels: [...s.labels], values: [...x.values] })),
    {
      x: M,
      y: 1.2,
      w: W,
      h: SLIDE.height - 1.6,
      chartColors: [ACCENT, 'B45309', '1E7B34', '7C3AED', 'B42318'],
      lineSize: 3,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 9,
      ...chartText(s),
      showLegend: s.series.length > 1,
      dataLabelPosition: 't',
    },
  );
}

/** Draws every slide into a new presentation and returns it (write it with `write`). */
export function renderDeck(Pptx: typeof PptxGenJS, slides: readonly DeckSlide[], meta: { title: string; subject: string }): PptxGenJS {
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  pptx.subject = meta.subject;
  pptx.author = 'Baton';
  pptx.company = '';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  for (const s of slides) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    switch (s.kind) {
      case 'title':
        slide.addShape('rect', { x: 0, y: 0, w: 0.25, h: SLIDE.height, fill: { color: ACCENT }, line: { color: ACCENT } });
        slide.addText(s.title, { x: M + 0.4, y: 2.2, w: W - 0.4, h: 1.4, fontFace: FONT, fontSize: 44, bold: true, color: INK, fit: 'shrink', valign: 'bottom' });
        slide.addText(s.subtitle, { x: M + 0.4, y: 3.7, w: W - 0.4, h: 0.7, fontFace: FONT, fontSize: 24, color: ACCENT });
        slide.addText(s.footer, { x: M + 0.4, y: SLIDE.height - 1.1, w: W - 0.4, h: 0.5, fontFace: FONT, fontSize: 14, color: MUTED });
        break;
      case 'score':
        scoreSlide(slide, s);
        break;
      case 'columns':
        title(slide, s.title, s.subtitle);
        columns(slide, s.columns, s.subtitle ? 1.6 : 1.3);
        break;
      case 'table':
        title(slide, s.title, s.subtitle);
        table(slide, s, s.subtitle ? 1.55 : 1.3);
        break;
      case 'chart':
        chartSlide(pptx, slide, s);
        break;
    }
    slide.addNotes(s.notes);
  }
  return pptx;
}
