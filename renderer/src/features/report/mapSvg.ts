/**
 * A whole journey map as one SVG document (every stage, lane and card, not just what the
 * canvas shows), built from the same map model as the report's map pages. The SVG export
 * saves it as it is; the PNG export draws it into a canvas. Plain strings, no DOM, so it
 * runs in unit tests and every text is escaped here, once.
 */
import type { ProjectSnapshot } from '../../document/projection';
import { EMOTION_MAX, EMOTION_MIN, type Card } from '../../domain/types';
import { buildMapModel } from '../../shared/mapModel';
import { PRINT, PRINT_CARD, emotionColor } from './palette';
import { RS } from './strings';
import { estimateWidth, wrapText, type Measure } from './textFit';

const G = {
  pad: 24,
  laneW: 190,
  stageW: 230,
  cellPad: 10,
  cardGap: 8,
  cardPadX: 10,
  cardPadY: 8,
  cardFont: 13,
  cardLine: 17,
  stageFont: 15,
  stageLine: 19,
  descFont: 12,
  descLine: 15,
  descMaxLines: 4,
  laneFont: 14,
  laneLine: 18,
  titleFont: 22,
  subFont: 13,
  emotionH: 130,
  minLaneH: 56,
} as const;

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for XML content and attribute values. */
export function escapeXml(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

function textBlock(lines: readonly string[], x: number, y: number, lineH: number, attrs: string): string {
  if (!lines.length) return '';
  const spans = lines
    .map((l, i) => `<tspan x="${fmt(x)}" y="${fmt(y + i * lineH)}">${escapeXml(l) || ' '}</tspan>`)
    .join('');
  return `<text ${attrs}>${spans}</text>`;
}

export interface MapSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

export function mapToSvg(snapshot: ProjectSnapshot, mapId: string, measure: Measure = estimateWidth): MapSvg | null {
  const model = buildMapModel(snapshot, mapId);
  if (!model) return null;
  const { stages, lanes } = model;
  const out: string[] = [];
  const x0 = G.pad;
  const gridW = G.laneW + Math.max(1, stages.length) * G.stageW;
  const width = gridW + G.pad * 2;

  // Title block.
  let y = G.pad + G.titleFont;
  out.push(
    `<text x="${x0}" y="${y}" font-size="${G.titleFont}" font-weight="700" fill="${PRINT.ink}">${escapeXml(model.map.title)}</text>`,
  );
  y += G.subFont + 8;
  const sub = [snapshot.info.title || RS.untitledProject, RS.stageRange(1, stages.length, stages.length), RS.cardsOnMap(model.cardCount)];
  out.push(`<text x="${x0}" y="${y}" font-size="${G.subFont}" fill="${PRINT.muted}">${escapeXml(sub.join(' · '))}</text>`);
  const top = y + 16;

  // Stage headers.
  const stageText = stages.map((s) => {
    const name = wrapText(s.name, G.stageW - G.cellPad * 2, G.stageFont, measure);
    let desc = s.description ? wrapText(s.description, G.stageW - G.cellPad * 2, G.descFont, measure) : [];
    if (desc.length > G.descMaxLines) desc = [...desc.slice(0, G.descMaxLines - 1), `${desc[G.descMaxLines - 1]}…`];
    return { name, desc };
  });
  const headerH =
    G.cellPad * 2 +
    Math.max(G.stageLine, ...stageText.map((t) => t.name.length * G.stageLine + (t.desc.length ? 4 + t.desc.length * G.descLine : 0)));

  // Lane rows: as tall as their fullest cell.
  const rows = lanes.map((lane) => {
    const label = wrapText(lane.name, G.laneW - G.cellPad * 2, G.laneFont, measure);
    const labelH = G.cellPad * 2 + label.length * G.laneLine;
    if (lane.kind === 'emotion') return { lane, label, h: Math.max(G.emotionH, labelH), cells: [] as CellCards[][] };
    const cells = stages.map((s) =>
      model.cardsAt(s.id, lane.id).map((card) => {
        const lines = wrapText(card.text, G.stageW - G.cellPad * 2 - G.cardPadX * 2, G.cardFont, measure);
        return { card, lines, h: G.cardPadY * 2 + Math.max(1, lines.length) * G.cardLine };
      }),
    );
    const tallest = Math.max(0, ...cells.map((c) => c.reduce((sum, k) => sum + k.h + G.cardGap, 0) - (c.length ? G.cardGap : 0)));
    return { lane, label, h: Math.max(G.minLaneH, labelH, tallest + G.cellPad * 2), cells };
  });
  const gridH = headerH + rows.reduce((s, r) => s + r.h, 0);
  const height = top + gridH + G.pad;

  // Backgrounds and rules.
  out.push(`<rect x="${x0}" y="${top}" width="${gridW}" height="${gridH}" fill="#ffffff" stroke="${PRINT.ruleStrong}"/>`);
  out.push(`<rect x="${x0}" y="${top}" width="${gridW}" height="${headerH}" fill="${PRINT.band}"/>`);
  out.push(`<rect x="${x0}" y="${top}" width="${G.laneW}" height="${gridH}" fill="${PRINT.band}"/>`);
  out.push(
    `<line x1="${x0}" x2="${x0 + gridW}" y1="${top + headerH}" y2="${top + headerH}" stroke="${PRINT.accent}" stroke-width="2"/>`,
  );
  stages.forEach((_, i) => {
    const x = x0 + G.laneW + i * G.stageW;
    out.push(`<line x1="${x}" x2="${x}" y1="${top}" y2="${top + gridH}" stroke="${i ? PRINT.rule : PRINT.ruleStrong}"/>`);
  });

  // Stage names and the buyer's behaviour.
  stageText.forEach((t, i) => {
    const x = x0 + G.laneW + i * G.stageW + G.cellPad;
    const yName = top + G.cellPad + G.stageFont;
    out.push(textBlock(t.name, x, yName, G.stageLine, `font-size="${G.stageFont}" font-weight="700" fill="${PRINT.ink}"`));
    const yDesc = yName + (t.name.length - 1) * G.stageLine + 4 + G.descLine;
    out.push(textBlock(t.desc, x, yDesc, G.descLine, `font-size="${G.descFont}" fill="${PRINT.muted}"`));
  });

  // Lanes.
  let rowY = top + headerH;
  for (const row of rows) {
    out.push(`<line x1="${x0}" x2="${x0 + gridW}" y1="${rowY}" y2="${rowY}" stroke="${PRINT.rule}"/>`);
    out.push(
      textBlock(row.label, x0 + G.cellPad, rowY + G.cellPad + G.laneFont, G.laneLine, `font-size="${G.laneFont}" font-weight="700" fill="${PRINT.ink}"`),
    );
    if (row.lane.kind === 'emotion') out.push(emotionSvg(model.emotion(row.lane.id), x0 + G.laneW, rowY, row.h, stages.length));
    row.cells.forEach((cards, i) => {
      let cy = rowY + G.cellPad;
      const cx = x0 + G.laneW + i * G.stageW + G.cellPad;
      for (const { card, lines, h } of cards) {
        const c = PRINT_CARD[card.color] ?? PRINT_CARD.yellow;
        out.push(
          `<rect x="${cx}" y="${cy}" width="${G.stageW - G.cellPad * 2}" height="${h}" rx="6" fill="${c.fill}" stroke="${c.edge}"/>`,
        );
        out.push(
          textBlock(lines, cx + G.cardPadX, cy + G.cardPadY + G.cardFont, G.cardLine, `font-size="${G.cardFont}" fill="${PRINT.ink}"`),
        );
        cy += h + G.cardGap;
      }
    });
    rowY += row.h;
  }

  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${fmt(height)}" viewBox="0 0 ${width} ${fmt(height)}" ` +
    `font-family="${escapeXml(PRINT.font)}">\n` +
    `<title>${escapeXml(model.map.title)}</title>\n` +
    `<rect width="100%" height="100%" fill="#ffffff"/>\n` +
    out.filter(Boolean).join('\n') +
    `\n</svg>\n`;
  return { svg, width, height: Math.ceil(height) };
}

interface CellCards {
  readonly card: Card;
  readonly lines: string[];
  readonly h: number;
}

function emotionSvg(row: { scores: readonly number[]; scored: boolean }, x: number, y: number, h: number, n: number): string {
  if (!row.scored) {
    return `<text x="${x + G.cellPad}" y="${y + h / 2 + 5}" font-size="${G.cardFont}" font-style="italic" fill="${PRINT.muted}">${escapeXml(RS.notScored)}</text>`;
  }
  const padY = 26;
  const yOf = (s: number) => y + padY + ((EMOTION_MAX - s) / (EMOTION_MAX - EMOTION_MIN)) * (h - padY * 2);
  const pts = row.scores.map((s, i) => ({ x: x + i * G.stageW + G.stageW / 2, y: yOf(s), s }));
  const parts = [
    `<line x1="${x}" x2="${x + n * G.stageW}" y1="${fmt(yOf(0))}" y2="${fmt(yOf(0))}" stroke="${PRINT.ruleStrong}" stroke-dasharray="4 4"/>`,
    `<polyline points="${pts.map((p) => `${fmt(p.x)},${fmt(p.y)}`).join(' ')}" fill="none" stroke="${PRINT.accent}" stroke-width="2.5" stroke-linejoin="round"/>`,
  ];
  for (const p of pts) {
    parts.push(`<circle cx="${fmt(p.x)}" cy="${fmt(p.y)}" r="6" fill="${emotionColor(p.s)}" stroke="#ffffff" stroke-width="2"/>`);
    parts.push(
      `<text x="${fmt(p.x)}" y="${fmt(p.s < 0 ? p.y + 20 : p.y - 12)}" font-size="12" font-weight="700" text-anchor="middle" fill="${emotionColor(p.s)}">${escapeXml(RS.emotionAxis(p.s))}</text>`,
    );
  }
  return parts.join('\n');
}
