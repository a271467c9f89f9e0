/**
 * The main window's remembered size and position: a small JSON file in the user data
 * folder, and a pure function that fits saved bounds onto the displays present now (a
 * laptop undocked from its second monitor must not open its window off-screen). No
 * `electron` import: window.ts passes in the file path and the displays' work areas.
 */
import { readFile } from 'node:fs/promises';
import { atomicWriteFile } from './files';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Bounds for a new window; no x/y means "let the system centre it". */
export interface WindowBounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly bounds: Rect;
  readonly maximized: boolean;
  readonly fullScreen: boolean;
}

export const DEFAULT_SIZE = { width: 1400, height: 900 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;
/** How much of a saved window must still be on a display to keep its position: enough
 * of the title bar to grab it. */
const MIN_VISIBLE = 100;

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function overlap(a: Rect, b: Rect): { w: number; h: number } {
  return {
    w: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    h: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/**
 * Fits `saved` onto the work areas of the displays now attached (`workAreas[0]` is the
 * primary display). No saved bounds, or bounds on a display that is gone: the default
 * size, centred by the system, shrunk to fit a small screen. Otherwise the size is capped
 * to its display and the window pulled fully onto it.
 */
export function clampBounds(
  saved: Rect | null | undefined,
  workAreas: readonly Rect[],
): WindowBounds {
  const primary = workAreas[0];
  const fit = (w: number, h: number, area: Rect | undefined) => ({
    width: Math.round(
      area
        ? clamp(w, Math.min(MIN_SIZE.width, area.width), area.width)
        : Math.max(w, MIN_SIZE.width),
    ),
    height: Math.round(
      area
        ? clamp(h, Math.min(MIN_SIZE.height, area.height), area.height)
        : Math.max(h, MIN_SIZE.height),
    ),
  });
  const fallback = () => fit(DEFAULT_SIZE.width, DEFAULT_SIZE.height, primary);

  if (
    !saved ||
    ![saved.x, saved.y, saved.width, saved.height].every(isNum) ||
    saved.width <= 0 ||
    saved.height <= 0
  ) {
    return fallback();
  }
  // The display showing most of the window.
  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(saved, area);
    if (
      o.w >= Math.min(MIN_VISIBLE, saved.width) &&
      o.h >= Math.min(MIN_VISIBLE, saved.height) &&
      o.w * o.h > bestArea
    ) {
      best = area;
      bestArea = o.w * o.h;
    }
  }
  if (!best) return fallback();
  const size = fit(saved.width, saved.height, best);
  return {
    x: Math.round(clamp(saved.x, best.x, best.x + best.width - size.width)),
    y: Math.round(clamp(saved.y, best.y, best.y + best.height - size.height)),
    ...size,
  };
}

/** Reads a state file's JSON; anything malformed counts as no state. */
export function parseWindowState(json: unknown): WindowState | null {
  if (typeof json !== 'object' || json === null) return null;
  const { bounds, maximized, fullScreen } = json as Record<string, unknown>;
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isNum(x) || !isNum(y) || !isNum(width) || !isNum(height)) return null;
  return {
    bounds: { x, y, width, height },
    maximized: maximized === true,
    fullScreen: fullScreen === true,
  };
}

export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    return parseWindowState(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    return null; // first start, or a damaged file: start with the defaults
  }
}

export function saveWindowState(file: string, state: WindowState): Promise<void> {
  return atomicWriteFile(file, JSON.stringify(state, null, 2));
}
