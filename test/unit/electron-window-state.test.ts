import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  clampBounds,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type Rect,
} from '../../electron/main/windowState';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1050 }; // primary, minus a task bar
const monitorRight: Rect = { x: 1920, y: 0, width: 2560, height: 1440 };
const monitorLeftAbove: Rect = { x: -1280, y: -800, width: 1280, height: 800 };

describe('clampBounds', () => {
  it('keeps saved bounds that are fully on a display', () => {
    expect(clampBounds({ x: 100, y: 80, width: 1200, height: 800 }, [laptop])).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
    });
    expect(
      clampBounds({ x: 2000, y: 100, width: 1600, height: 1000 }, [laptop, monitorRight]),
    ).toEqual({
      x: 2000,
      y: 100,
      width: 1600,
      height: 1000,
    });
  });

  it('uses the default size, centred, when nothing was saved', () => {
    expect(clampBounds(undefined, [laptop])).toEqual({
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
    });
    expect(clampBounds(null, [laptop])).toEqual({
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
    });
  });

  it('falls back when the display the window was on is gone (monitor unplugged)', () => {
    const saved = { x: 2200, y: 200, width: 1600, height: 1000 };
    expect(clampBounds(saved, [laptop])).toEqual({
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
    });
  });

  it('falls back when only a sliver of the window is still visible', () => {
    expect(clampBounds({ x: 1900, y: 100, width: 1200, height: 800 }, [laptop])).toEqual({
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
    });
  });

  it('pulls a partly off-screen window fully onto its display', () => {
    expect(clampBounds({ x: 1500, y: 600, width: 1000, height: 700 }, [laptop])).toEqual({
      x: 920,
      y: 350,
      width: 1000,
      height: 700,
    });
    expect(clampBounds({ x: -200, y: -50, width: 1000, height: 700 }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1000,
      height: 700,
    });
  });

  it('works with displays at negative coordinates', () => {
    expect(
      clampBounds({ x: -1200, y: -700, width: 1000, height: 600 }, [laptop, monitorLeftAbove]),
    ).toEqual({
      x: -1200,
      y: -700,
      width: 1000,
      height: 600,
    });
  });

  it('picks the display that shows most of the window', () => {
    const r = clampBounds({ x: 1700, y: 100, width: 1200, height: 800 }, [laptop, monitorRight]);
    expect(r.x).toBeGreaterThanOrEqual(monitorRight.x);
  });

  it('caps the size to the display, and to the minimum size when the display allows it', () => {
    expect(clampBounds({ x: 0, y: 0, width: 4000, height: 3000 }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1050,
    });
    expect(clampBounds({ x: 10, y: 10, width: 300, height: 200 }, [laptop])).toEqual({
      x: 10,
      y: 10,
      width: MIN_SIZE.width,
      height: MIN_SIZE.height,
    });
  });

  it('shrinks the default to a small screen', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 700 };
    expect(clampBounds(undefined, [small])).toEqual({ width: 1024, height: 700 });
    const tiny: Rect = { x: 0, y: 0, width: 640, height: 480 };
    expect(clampBounds(undefined, [tiny])).toEqual({ width: 640, height: 480 });
  });

  it.each([
    { x: Number.NaN, y: 0, width: 1000, height: 800 },
    { x: 0, y: 0, width: Number.POSITIVE_INFINITY, height: 800 },
    { x: 0, y: 0, width: -5, height: 800 },
    { x: 0, y: 0, width: 1000, height: 0 },
  ])('ignores nonsense bounds %o', (saved) => {
    expect(clampBounds(saved, [laptop])).toEqual({
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
    });
  });

  it('copes with no display information at all', () => {
    expect(clampBounds({ x: 0, y: 0, width: 1000, height: 700 }, [])).toEqual({
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
    });
  });
});

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    expect(
      parseWindowState({
        bounds: { x: 1, y: 2, width: 3, height: 4 },
        maximized: true,
        fullScreen: false,
      }),
    ).toEqual({
      bounds: { x: 1, y: 2, width: 3, height: 4 },
      maximized: true,
      fullScreen: false,
    });
  });
  it.each([
    null,
    42,
    'x',
    [],
    {},
    { bounds: null },
    { bounds: { x: '1', y: 2, width: 3, height: 4 } },
  ])('rejects %o', (v) => expect(parseWindowState(v)).toBeNull());
  it('treats anything but true as false', () => {
    expect(
      parseWindowState({ bounds: { x: 0, y: 0, width: 1, height: 1 }, maximized: 'yes' })
        ?.maximized,
    ).toBe(false);
  });
});

describe('window state file', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through an atomic write and leaves no temporary file', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'baton-ws-'));
    const file = path.join(dir, 'window-state.json');
    const state = {
      bounds: { x: 10, y: 20, width: 1200, height: 800 },
      maximized: false,
      fullScreen: false,
    };
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
    expect(await readdir(dir)).toEqual(['window-state.json']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);
  });

  it('starts afresh from a missing or damaged file', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'baton-ws-'));
    expect(await loadWindowState(path.join(dir, 'none.json'))).toBeNull();
    await writeFile(path.join(dir, 'bad.json'), '{"bounds": ');
    expect(await loadWindowState(path.join(dir, 'bad.json'))).toBeNull();
  });
});
