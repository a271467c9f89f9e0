/**
 * The other exports: the current map as SVG and PNG, every card as CSV, the project as JSON.
 * Everything is built from the project snapshot and saved through `platform.saveFile` (a save
 * dialog on the desktop, a download in a browser).
 */
import type { ProjectSnapshot } from '../../document/projection';
import { toCsv } from '../../domain/csv';
import { safeFileName } from '../../domain/fileName';
import type { Card, Lane, Stage } from '../../domain/types';
import { platform } from '../../platform';
import { S } from '../../strings';
import { buildMapModel, orderedMaps, type MapModel } from '../../shared/mapModel';
import { mapToSvg } from './mapSvg';
import { RS } from './strings';

/** A file name from a title that every operating system accepts. */
export function fileNameFor(title: string, extension: string): string {
  return safeFileName(title, extension, 'Baton');
}

/**
 * The columns of the cards spreadsheet, read from the map model like the map's pictures: the
 * owner is the card's own team or else its stage's (blank when nobody owns it), the votes are
 * the card's dots in the vote the map shows (blank for a card that was not in that vote).
 */
export interface CardRowContext {
  readonly snapshot: ProjectSnapshot;
  readonly model: MapModel;
  readonly mapTitle: string;
  readonly stage: Stage;
  readonly lane: Lane;
}
export const CARD_CSV_COLUMNS: { header: string; value: (card: Card, ctx: CardRowContext) => string | number }[] = [
  { header: RS.csvHeader[0], value: (_c, x) => x.mapTitle },
  { header: RS.csvHeader[1], value: (_c, x) => x.stage.name },
  { header: RS.csvHeader[2], value: (_c, x) => x.lane.name },
  { header: RS.csvHeader[3], value: (c) => c.text },
  { header: RS.csvHeader[4], value: (c) => S.colorName[c.color] ?? c.color },
  { header: RS.csvHeader[5], value: (c, x) => (x.model.cardOwner(c).owner ? x.model.cardOwner(c).name : '') },
  { header: RS.csvHeader[6], value: (c, x) => (x.model.inVote(c) ? x.model.dots(c.id) : '') },
];

/** Every card of the project, map by map, stage by stage, lane by lane, in the order shown. */
export function cardsCsv(snapshot: ProjectSnapshot): string {
  const rows: (string | number)[][] = [];
  for (const map of orderedMaps(snapshot)) {
    const model = buildMapModel(snapshot, map.id);
    if (!model) continue;
    for (const stage of model.stages) {
      for (const lane of model.lanes) {
        for (const card of model.cardsAt(stage.id, lane.id)) {
          const ctx = { snapshot, model, mapTitle: map.title, stage, lane };
          rows.push(CARD_CSV_COLUMNS.map((col) => col.value(card, ctx)));
        }
      }
    }
  }
  return toCsv(
    CARD_CSV_COLUMNS.map((c) => c.header),
    rows,
  );
}

const utf8 = (s: string) => new TextEncoder().encode(s);

function saved(ok: boolean, name: string): string | null {
  return ok ? RS.exported(name) : null;
}

export async function exportCardsCsv(snapshot: ProjectSnapshot): Promise<string | null> {
  const name = fileNameFor(`${snapshot.info.title || RS.untitledProject} cards`, 'csv');
  return saved(await platform.saveFile(name, utf8(cardsCsv(snapshot)), 'text/csv;charset=utf-8', 'csv'), name);
}

export async function exportProjectJson(snapshot: ProjectSnapshot): Promise<string | null> {
  const name = fileNameFor(snapshot.info.title || RS.untitledProject, 'json');
  const text = JSON.stringify(snapshot, null, 2) + '\n';
  return saved(await platform.saveFile(name, utf8(text), 'application/json', 'json'), name);
}

function mapFileTitle(snapshot: ProjectSnapshot, mapId: string): string {
  const map = snapshot.maps[mapId];
  return [snapshot.info.title, map?.title].filter(Boolean).join(' - ') || RS.untitledProject;
}

export async function exportMapSvg(snapshot: ProjectSnapshot, mapId: string): Promise<string | null> {
  const drawn = mapToSvg(snapshot, mapId);
  if (!drawn) return null;
  const name = fileNameFor(mapFileTitle(snapshot, mapId), 'svg');
  return saved(await platform.saveFile(name, utf8(drawn.svg), 'image/svg+xml', 'svg'), name);
}

/** Chromium's limits on a canvas: a side and the area. */
const MAX_SIDE = 16_384;
const MAX_AREA = 120_000_000;

/** The scale a map of this size is drawn at: twice its size, less when that is too big for a canvas. */
export function pngScale(width: number, height: number): number {
  return Math.min(2, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
}

export async function exportMapPng(snapshot: ProjectSnapshot, mapId: string): Promise<{ message: string | null; reduced: boolean }> {
  const drawn = mapToSvg(snapshot, mapId);
  if (!drawn) return { message: null, reduced: false };
  const scale = pngScale(drawn.width, drawn.height);
  const url = URL.createObjectURL(new Blob([drawn.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(drawn.width * scale));
    canvas.height = Math.max(1, Math.floor(drawn.height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the image could not be encoded');
    const name = fileNameFor(mapFileTitle(snapshot, mapId), 'png');
    const ok = await platform.saveFile(name, new Uint8Array(await blob.arrayBuffer()), 'image/png', 'png');
    return { message: saved(ok, name), reduced: scale < 2 };
  } finally {
    URL.revokeObjectURL(url);
  }
}
