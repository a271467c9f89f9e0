/**
 * A whole journey map as one SVG document (every stage, lane and card, not just what the
 * canvas shows), built from the same map model as the report's map pages, with the alignment
 * layer the canvas shows: each stage's owner (team colour and name), the handoff markers on
 * the stage boundaries (and tags on cards), the personas' emotion curves in the canvas's looks
 * with a legend naming each, and the dots of the vote. The SVG export saves it as it is; the
 * PNG export draws it into a canvas. Plain strings, no DOM, so it runs in unit tests and every
 * text is escaped here, once.
 */
import type { ProjectSnapshot } from '../../document/projection';
import { curveMarkerPath, type CurveStyle } from '../../domain/curveStyle';
import { EMOTION_MAX, EMOTION_MIN, SHARED_OWNER, type Card } from '../../domain/types';
import { buildMapModel, type CurveRow, type HandoffMark, type OwnerMark } from '../../shared/mapModel';
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
  emotionH: 150,
  minLaneH: 56,
  /** The owner line at the top of a stage header: a colour bar and the team's name. */
  ownerBar: 6,
  ownerFont: 13,
  ownerLine: 20,
  /** A card's footer lines: its own owner, a handoff tag, the dots. */
  footFont: 12,
  footLine: 17,
  dotR: 4.5,
  maxDots: 10,
  /** Handoff markers in the band above the stage headers, centred on their boundary. */
  handoffW: 200,
  handoffGap: 10,
  handoffFont: 13,
  handoffLine: 17,
  handoffPad: 8,
  /** The curves' legend in the emotion lane's label column. */
  legendFont: 12,
  legendLine: 16,
  legendSample: 34,
  legendGap: 6,
  curvePadY: 30,
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


const attr = (s: string) => escapeXml(s);

/** A coloured dot and a team's name (never colour alone); shared is half-filled, no owner hollow and dashed. */
function ownerChip(o: OwnerMark, x: number, y: number, font: number, bold = true): string {
  const r = font * 0.38;
  const cy = y - font * 0.34;
  const dot =
    o.color !== null
      ? `<circle cx="${fmt(x + r)}" cy="${fmt(cy)}" r="${fmt(r)}" fill="${attr(o.color)}"/>`
      : o.owner === SHARED_OWNER
        ? `<circle cx="${fmt(x + r)}" cy="${fmt(cy)}" r="${fmt(r)}" fill="#ffffff" stroke="${PRINT.ink}" stroke-width="1.5"/><path d="M${fmt(x + r)},${fmt(cy - r)}A${fmt(r)},${fmt(r)} 0 0 1 ${fmt(x + r)},${fmt(cy + r)}Z" fill="${PRINT.ink}"/>`
        : `<circle cx="${fmt(x + r)}" cy="${fmt(cy)}" r="${fmt(r - 0.75)}" fill="none" stroke="${PRINT.muted}" stroke-width="1.5" stroke-dasharray="2 2"/>`;
  const fill = o.owner ? PRINT.ink : PRINT.muted;
  const style = o.owner ? (bold ? ' font-weight="700"' : '') : ' font-style="italic"';
  return `${dot}<text x="${fmt(x + r * 2 + 5)}" y="${fmt(y)}" font-size="${font}"${style} fill="${fill}">${escapeXml(o.name)}</text>`;
}

/** One curve's stroke attributes (colour, width, dash) on paper. */
const strokeOf = (st: CurveStyle, width = st.width * 0.75) =>
  `stroke="${st.color}" stroke-width="${fmt(width)}"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}`;

interface CardBox {
  readonly card: Card;
  readonly lines: string[];
  /** Footer lines under the text: its own owner, handoff tags, dots. */
  readonly owner: OwnerMark | null;
  readonly tags: readonly string[][];
  readonly dots: number;
  readonly h: number;
}

export function mapToSvg(snapshot: ProjectSnapshot, mapId: string, measure: Measure = estimateWidth): MapSvg | null {
  const model = buildMapModel(snapshot, mapId);
  if (!model) return null;
  const { stages, lanes } = model;
  const out: string[] = [];
  const x0 = G.pad;
  const gridW = G.laneW + Math.max(1, stages.length) * G.stageW;
  const width = gridW + G.pad * 2;
  const innerW = G.stageW - G.cellPad * 2;

  // Title block: the map, the project, its size, and the personas it is drawn for.
  let y = G.pad + G.titleFont;
  out.push(
    `<text x="${x0}" y="${y}" font-size="${G.titleFont}" font-weight="700" fill="${PRINT.ink}">${escapeXml(model.map.title)}</text>`,
  );
  y += G.subFont + 8;
  const sub = [snapshot.info.title || RS.untitledProject, RS.stageRange(1, stages.length, stages.length), RS.cardsOnMap(model.cardCount)];
  if (model.hasVotes) sub.push(RS.dotsOnMap(stages.reduce((n, s) => n + lanes.reduce((k, l) => k + model.cardsAt(s.id, l.id).reduce((d, c) => d + model.dots(c.id), 0), 0), 0)));
  out.push(`<text x="${x0}" y="${y}" font-size="${G.subFont}" fill="${PRINT.muted}">${escapeXml(sub.join(' · '))}</text>`);
  if (model.personas.length) {
    const line = wrapText(`${RS.personasOnMap}: ${model.personas.map((p) => p.name).join(' · ')}`, gridW, G.subFont + 1, measure);
    y += G.subFont + 8;
    out.push(textBlock(line, x0, y, G.subFont + 5, `font-size="${G.subFont + 1}" fill="${PRINT.ink}"`));
    y += (line.length - 1) * (G.subFont + 5);
  }
  let top = y + 16;

  // The handoff band: markers centred on the boundary they sit on, stacked upwards when several share one.
  const onBoundary = model.handoffs.filter((h) => h.afterStageIndex !== null);
  const markers = handoffMarkers(onBoundary, measure);
  const stackH = new Map<number, number>();
  for (const m of markers) stackH.set(m.h.afterStageIndex!, (stackH.get(m.h.afterStageIndex!) ?? 0) + m.height + G.handoffGap);
  const bandH = markers.length ? Math.max(...stackH.values()) + G.handoffGap + 8 : 0;
  const bandTop = top;
  top += bandH;

  // Stage headers: the owner line, the name, the buyer's behaviour.
  const stageText = stages.map((s) => {
    const name = wrapText(s.name, innerW, G.stageFont, measure);
    let desc = s.description ? wrapText(s.description, innerW, G.descFont, measure) : [];
    if (desc.length > G.descMaxLines) desc = [...desc.slice(0, G.descMaxLines - 1), `${desc[G.descMaxLines - 1]}…`];
    return { name, desc, owner: model.stageOwner(s.id) };
  });
  const headerH =
    G.ownerBar +
    G.cellPad * 2 +
    G.ownerLine +
    Math.max(G.stageLine, ...stageText.map((t) => t.name.length * G.stageLine + (t.desc.length ? 4 + t.desc.length * G.descLine : 0)));

  // Lane rows: as tall as their fullest cell (the emotion lane: its curves and their legend).
  const rows = lanes.map((lane) => {
    const label = wrapText(lane.name, G.laneW - G.cellPad * 2, G.laneFont, measure);
    const labelH = G.cellPad * 2 + label.length * G.laneLine;
    if (lane.kind === 'emotion') {
      const curves = model.curves(lane.id);
      const legend = legendOf(curves, measure);
      const legendH = legend.reduce((n, e) => n + e.lines.length * G.legendLine + G.legendGap, 0);
      return { lane, label, h: Math.max(G.emotionH, labelH + (legend.length ? legendH + 4 : 0)), cells: [] as CardBox[][], curves, legend };
    }
    if (lane.kind === 'ownership') return { lane, label, h: Math.max(G.minLaneH, labelH), cells: [] as CardBox[][], curves: [], legend: [] };
    const cells = stages.map((s) =>
      model.cardsAt(s.id, lane.id).map((card): CardBox => {
        const textW = innerW - G.cardPadX * 2;
        const lines = wrapText(card.text, textW, G.cardFont, measure);
        const owner = model.ownsItself(card) ? model.cardOwner(card) : null;
        const tags = model.handoffsOnCard(card.id).map((h) => wrapText(`⇆ ${h.name}`, textW, G.footFont, measure));
        const dots = model.dots(card.id);
        const foot = (owner ? 1 : 0) + tags.reduce((n, t) => n + t.length, 0) + (dots ? 1 : 0);
        return { card, lines, owner, tags, dots, h: G.cardPadY * 2 + Math.max(1, lines.length) * G.cardLine + (foot ? 4 + foot * G.footLine : 0) };
      }),
    );
    const tallest = Math.max(0, ...cells.map((c) => c.reduce((sum, k) => sum + k.h + G.cardGap, 0) - (c.length ? G.cardGap : 0)));
    return { lane, label, h: Math.max(G.minLaneH, labelH, tallest + G.cellPad * 2), cells, curves: [], legend: [] };
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

  // Stage owners, names and the buyer's behaviour.
  stageText.forEach((t, i) => {
    const sx = x0 + G.laneW + i * G.stageW;
    const x = sx + G.cellPad;
    if (t.owner.color) out.push(`<rect x="${sx + 1}" y="${top + 1}" width="${G.stageW - 2}" height="${G.ownerBar}" fill="${attr(t.owner.color)}"/>`);
    const yOwner = top + G.ownerBar + G.cellPad + G.ownerFont;
    out.push(`<g aria-label="${attr(RS.stageOwnedBy(stages[i]!.name, t.owner.name))}">${ownerChip(t.owner, x, yOwner, G.ownerFont)}</g>`);
    const yName = top + G.ownerBar + G.cellPad + G.ownerLine + G.stageFont;
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
    if (row.lane.kind === 'emotion') {
      out.push(legendSvg(row.legend, x0 + G.cellPad, rowY + G.cellPad + row.label.length * G.laneLine + 8));
      out.push(curvesSvg(row.curves, x0 + G.laneW, rowY, row.h, stages.length));
    }
    if (row.lane.kind === 'ownership') {
      stages.forEach((s, i) => {
        const cx = x0 + G.laneW + i * G.stageW;
        const o = model.stageOwner(s.id);
        if (o.color) out.push(`<rect x="${cx + 1}" y="${rowY + 1}" width="5" height="${row.h - 2}" fill="${attr(o.color)}"/>`);
        out.push(ownerChip(o, cx + G.cellPad + 4, rowY + row.h / 2 + 5, G.ownerFont + 1));
      });
    }
    row.cells.forEach((cards, i) => {
      let cy = rowY + G.cellPad;
      const cx = x0 + G.laneW + i * G.stageW + G.cellPad;
      for (const box of cards) {
        out.push(cardSvg(box, cx, cy));
        cy += box.h + G.cardGap;
      }
    });
    rowY += row.h;
  }

  // Handoffs last, over the grid: the boundary marked down the whole map, the marker above it.
  // Stacked upwards from the headers, in the order the handoffs were added.
  const stacked = new Map<number, number>();
  for (const m of markers) {
    const i = m.h.afterStageIndex!;
    const bottom = stacked.get(i) ?? bandTop + bandH - 8;
    const yTop = bottom - m.height;
    stacked.set(i, yTop - G.handoffGap);
    out.push(handoffSvg(m, yTop, x0, top, gridH));
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

function cardSvg(box: CardBox, cx: number, cy: number): string {
  const c = PRINT_CARD[box.card.color] ?? PRINT_CARD.yellow;
  const w = G.stageW - G.cellPad * 2;
  const parts = [
    `<rect x="${cx}" y="${cy}" width="${w}" height="${box.h}" rx="6" fill="${c.fill}" stroke="${c.edge}"/>`,
    textBlock(box.lines, cx + G.cardPadX, cy + G.cardPadY + G.cardFont, G.cardLine, `font-size="${G.cardFont}" fill="${PRINT.ink}"`),
  ];
  let fy = cy + G.cardPadY + Math.max(1, box.lines.length) * G.cardLine + 4 + G.footFont;
  const fx = cx + G.cardPadX;
  if (box.owner) {
    parts.push(ownerChip(box.owner, fx, fy, G.footFont));
    fy += G.footLine;
  }
  for (const tag of box.tags) {
    parts.push(textBlock(tag, fx, fy, G.footLine, `font-size="${G.footFont}" font-weight="700" fill="${PRINT.accent}"`));
    fy += tag.length * G.footLine;
  }
  if (box.dots) {
    const shown = Math.min(box.dots, G.maxDots);
    const dots = Array.from(
      { length: shown },
      (_, k) => `<circle class="dot" cx="${fmt(fx + G.dotR + k * (G.dotR * 2 + 3))}" cy="${fmt(fy - G.footFont * 0.35)}" r="${G.dotR}" fill="${PRINT.ink}"/>`,
    ).join('');
    const tx = fx + shown * (G.dotR * 2 + 3) + 4;
    parts.push(`<g aria-label="${attr(RS.dotsOnCard(box.dots))}">${dots}<text x="${fmt(tx)}" y="${fmt(fy)}" font-size="${G.footFont}" font-weight="700" fill="${PRINT.ink}">${escapeXml(RS.dotsOnCard(box.dots))}</text></g>`);
  }
  return parts.join('\n');
}

interface Marker {
  readonly h: HandoffMark;
  readonly name: string[];
  readonly words: string[];
  readonly height: number;
}

function handoffMarkers(handoffs: readonly HandoffMark[], measure: Measure): Marker[] {
  const inner = G.handoffW - G.handoffPad * 2;
  return handoffs.map((h) => {
    const name = wrapText(`⇆ ${h.name}`, inner, G.handoffFont, measure).slice(0, 2);
    const words = wrapText([h.words, h.agreed ? RS.handoffAgreed : RS.handoffDraft].filter(Boolean).join(' · '), inner, G.footFont, measure).slice(0, 2);
    const height = G.handoffPad * 2 + name.length * G.handoffLine + G.ownerLine + words.length * G.footLine;
    return { h, name, words, height };
  });
}

function handoffSvg(m: Marker, yTop: number, x0: number, gridTop: number, gridH: number): string {
  const i = m.h.afterStageIndex!;
  const bx = x0 + G.laneW + (i + 1) * G.stageW;
  const x = bx - G.handoffW / 2;
  const tx = x + G.handoffPad;
  let ty = yTop + G.handoffPad + G.handoffFont;
  const parts = [
    `<g aria-label="${attr(RS.handoffBetween(m.h.name, m.h.fromStage.name, m.h.toStage.name, m.h.from.name, m.h.to.name))}">`,
    `<line x1="${bx}" x2="${bx}" y1="${fmt(yTop + m.height)}" y2="${fmt(gridTop + gridH)}" stroke="${PRINT.accent}" stroke-width="3" stroke-dasharray="8 5"/>`,
    `<rect x="${fmt(x)}" y="${fmt(yTop)}" width="${G.handoffW}" height="${fmt(m.height)}" rx="8" fill="#ffffff" stroke="${PRINT.accent}" stroke-width="2"/>`,
    textBlock(m.name, tx, ty, G.handoffLine, `font-size="${G.handoffFont}" font-weight="700" fill="${PRINT.ink}"`),
  ];
  ty += (m.name.length - 1) * G.handoffLine + G.ownerLine;
  // The two teams: from ➜ to, each with its colour and name.
  const half = (G.handoffW - G.handoffPad * 2 - 18) / 2;
  const from = shorten(m.h.from, half);
  const arrowX = tx + G.footFont * 0.76 + 5 + estimateWidth(from.name, G.footFont) + 4;
  parts.push(ownerChip(from, tx, ty, G.footFont));
  parts.push(`<text x="${fmt(arrowX)}" y="${fmt(ty)}" font-size="${G.footFont}" fill="${PRINT.ink}">➜</text>`);
  parts.push(ownerChip(shorten(m.h.to, half), arrowX + 18, ty, G.footFont));
  ty += G.footLine;
  parts.push(textBlock(m.words, tx, ty, G.footLine, `font-size="${G.footFont}" fill="${PRINT.muted}"`));
  parts.push('</g>');
  return parts.join('\n');
}

/** A team name cut to fit half a marker (the full names are in the marker's label and the contract). */
function shorten(o: OwnerMark, maxPx: number): OwnerMark {
  const room = maxPx - G.footFont - 6;
  if (estimateWidth(o.name, G.footFont) <= room) return o;
  let name = o.name;
  while (name.length > 1 && estimateWidth(`${name}…`, G.footFont) > room) name = name.slice(0, -1);
  return { ...o, name: `${name.trimEnd()}…` };
}

interface LegendEntry {
  readonly style: CurveStyle;
  readonly lines: string[];
}

/** The legend: a sample of each curve's line and point, and whose curve it is. Nothing for a lone map curve. */
function legendOf(curves: readonly CurveRow[], measure: Measure): LegendEntry[] {
  if (!curves.some((c) => c.personaId)) return [];
  const w = G.laneW - G.cellPad * 2 - G.legendSample - 6;
  return curves.map((c) => {
    const name = c.personaName ?? RS.mapCurve;
    return { style: c.style, lines: wrapText(c.scored ? name : `${name} (${RS.notScored.toLowerCase()})`, w, G.legendFont, measure) };
  });
}

function legendSvg(legend: readonly LegendEntry[], x: number, y: number): string {
  const parts: string[] = [];
  let ly = y;
  for (const e of legend) {
    const mid = ly + G.legendFont * 0.62;
    parts.push(`<line x1="${x}" x2="${x + G.legendSample}" y1="${fmt(mid)}" y2="${fmt(mid)}" ${strokeOf(e.style, 3)}/>`);
    parts.push(`<path d="${curveMarkerPath(e.style.marker, x + G.legendSample / 2, mid, 5)}" fill="${e.style.color}" stroke="#ffffff" stroke-width="1.5"/>`);
    parts.push(textBlock(e.lines, x + G.legendSample + 6, ly + G.legendFont, G.legendLine, `font-size="${G.legendFont}" font-weight="700" fill="${e.style.color}"`));
    ly += e.lines.length * G.legendLine + G.legendGap;
  }
  return parts.join('\n');
}

/** The curves of an emotion lane in their own looks; points of several curves sit side by side, as on the canvas. */
function curvesSvg(curves: readonly CurveRow[], x: number, y: number, h: number, n: number): string {
  const scored = curves.filter((c) => c.scored);
  if (!scored.length) {
    return `<text x="${x + G.cellPad}" y="${y + h / 2 + 5}" font-size="${G.cardFont}" font-style="italic" fill="${PRINT.muted}">${escapeXml(RS.notScored)}</text>`;
  }
  const padY = G.curvePadY;
  const yOf = (s: number) => y + padY + ((EMOTION_MAX - s) / (EMOTION_MAX - EMOTION_MIN)) * (h - padY * 2);
  const spacing = Math.min(30, (G.stageW - 60) / Math.max(1, scored.length));
  const parts = [
    `<line x1="${x}" x2="${x + n * G.stageW}" y1="${fmt(yOf(0))}" y2="${fmt(yOf(0))}" stroke="${PRINT.ruleStrong}" stroke-dasharray="4 4"/>`,
  ];
  scored.forEach((c, k) => {
    const offset = (k - (scored.length - 1) / 2) * spacing;
    const pts = c.scores.map((s, i) => ({ x: x + i * G.stageW + G.stageW / 2 + offset, y: yOf(s), s }));
    const label = c.personaName ?? RS.mapCurve;
    parts.push(`<g aria-label="${attr(RS.curveOf(label))}">`);
    parts.push(
      `<polyline points="${pts.map((p) => `${fmt(p.x)},${fmt(p.y)}`).join(' ')}" fill="none" ${strokeOf(c.style)} stroke-linejoin="round" stroke-linecap="round"/>`,
    );
    for (const p of pts) {
      parts.push(`<path d="${curveMarkerPath(c.style.marker, p.x, p.y, 6.5)}" fill="${c.style.color}" stroke="#ffffff" stroke-width="2"/>`);
      parts.push(
        `<text x="${fmt(p.x)}" y="${fmt(p.s < 0 ? p.y + 22 : p.y - 13)}" font-size="12" font-weight="700" text-anchor="middle" fill="${scored.length > 1 ? c.style.color : emotionColor(p.s)}">${escapeXml(RS.emotionAxis(p.s))}</text>`,
      );
    }
    parts.push('</g>');
  });
  return parts.join('\n');
}
