import { describe, expect, it } from 'vitest';
import { GRID, stageX } from '../../renderer/src/canvas/layout';
import {
  READABLE_MARGIN,
  READABLE_PX,
  leftStage,
  readablePlan,
  readableViewport,
  readableZoom,
  showStage,
  stageInView,
  stagesPerScreen,
  stepStage,
} from '../../renderer/src/canvas/readable';

/** A map of `n` stages as the layout measures it. */
const map = (n: number) => ({ width: stageX(n), stages: Array.from({ length: n }, (_, i) => ({ id: `s${i}` })) as never[] });
const LAPTOP = { width: 1280, height: 720 };
const PROJECTOR = { width: 1920, height: 1080 };

describe('the readable zoom', () => {
  it('puts the smallest card text at 18 px on screen, never a hair below', () => {
    expect(readableZoom(18)).toBe(1);
    expect(readableZoom(16) * 16).toBeGreaterThanOrEqual(READABLE_PX);
    expect(readableZoom(13) * 13).toBeGreaterThanOrEqual(READABLE_PX);
    expect(readableZoom(13)).toBeLessThan(1.39);
    expect(readableZoom(0)).toBe(1);
  });

  it('fits the map’s width when that is readable, else shows a few stages at the readable zoom', () => {
    // Two stages fit a 1920 projector at a readable zoom.
    const small = readablePlan(map(2), PROJECTOR, 18);
    expect(small.kind).toBe('width');
    expect(small.zoom).toBeGreaterThanOrEqual(1);
    expect(small.zoom).toBeLessThanOrEqual(1.5);
    // The sample's seven stages do not: 2160 px wide at zoom 1.
    const seven = readablePlan(map(7), LAPTOP, 16);
    expect(seven).toEqual({ kind: 'stages', zoom: readableZoom(16) });
    expect(stagesPerScreen(LAPTOP, seven)).toBe(3);
    expect(stagesPerScreen(PROJECTOR, readablePlan(map(7), PROJECTOR, 18))).toBe(6);
    // Whatever the plan, text stays readable.
    for (const pane of [LAPTOP, PROJECTOR])
      for (const n of [1, 3, 7, 12])
        for (const font of [13, 16, 18, 22]) expect(readablePlan(map(n), pane, font).zoom * font).toBeGreaterThanOrEqual(READABLE_PX);
  });

  it('a width view is centred; a stage view starts at the lane names, then at the stage asked for, never past the end', () => {
    const plan = readablePlan(map(2), PROJECTOR, 18);
    const vp = readableViewport(map(2), PROJECTOR, plan);
    expect(vp.x + (map(2).width * vp.zoom) / 2).toBeCloseTo(PROJECTOR.width / 2);
    expect(vp.y).toBeCloseTo(READABLE_MARGIN + GRID.bandAboveH * vp.zoom);

    const seven = readablePlan(map(7), LAPTOP, 16);
    expect(readableViewport(map(7), LAPTOP, seven, 0).x).toBe(READABLE_MARGIN);
    const third = readableViewport(map(7), LAPTOP, seven, 2, -300);
    expect(third.x + stageX(2) * seven.zoom).toBeCloseTo(READABLE_MARGIN);
    expect(third.y).toBe(-300);
    expect(leftStage(map(7), third)).toBe(2);
    // The last stage: the last columns fill the pane.
    const last = readableViewport(map(7), LAPTOP, seven, 6);
    expect(last.x + map(7).width * seven.zoom).toBeCloseTo(LAPTOP.width - READABLE_MARGIN);
    expect(stageInView(LAPTOP, last, 6)).toBe(true);
  });

  it('PageDown and PageUp move one stage, keep the height, and stop at the ends', () => {
    const m = map(7);
    const plan = readablePlan(m, LAPTOP, 16);
    let view = readableViewport(m, LAPTOP, plan, 0, -120);
    expect(stepStage(m, LAPTOP, plan, view, -1)).toBeNull();
    const seen = [leftStage(m, view)];
    for (;;) {
      const next = stepStage(m, LAPTOP, plan, view, 1);
      if (!next) break;
      expect(next.viewport.y).toBe(-120);
      expect(next.viewport.zoom).toBe(plan.zoom);
      expect(stageInView(LAPTOP, next.viewport, next.index)).toBe(true);
      view = next.viewport;
      seen.push(next.index);
    }
    // Up to the stage from which the last ones fill the pane (the view never runs past the end).
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(view.x + m.width * plan.zoom).toBeCloseTo(LAPTOP.width - READABLE_MARGIN);
    const back = stepStage(m, LAPTOP, plan, view, -1);
    expect(back?.index).toBe(3);
    // A width plan has nothing to step through.
    expect(stepStage(map(2), PROJECTOR, readablePlan(map(2), PROJECTOR, 18), readableViewport(map(2), PROJECTOR, readablePlan(map(2), PROJECTOR, 18)), 1)).toBeNull();
  });

  it('follows the agenda: brings the focused stage into view, and leaves a view that shows it alone', () => {
    const m = map(7);
    const plan = readablePlan(m, LAPTOP, 16);
    const start = readableViewport(m, LAPTOP, plan, 0);
    expect(showStage(m, LAPTOP, plan, start, 1)).toBeNull();
    const to5 = showStage(m, LAPTOP, plan, start, 5);
    expect(to5 && stageInView(LAPTOP, to5, 5)).toBe(true);
    expect(to5?.zoom).toBe(plan.zoom);
    // Zoomed out below readable: the focus brings the readable zoom back.
    const tiny = { x: 0, y: 0, zoom: 0.3 };
    expect(showStage(m, LAPTOP, plan, tiny, 1)?.zoom).toBe(plan.zoom);
    expect(showStage(m, LAPTOP, plan, start, 9)).toBeNull();
  });
});

describe('frozen lane names', () => {
  it('never cover a card of the column under them: they slide to the gap below its cards, or leave', async () => {
    const { computeLayout } = await import('../../renderer/src/canvas/layout');
    const { frozenView, FROZEN_TAG_H } = await import('../../renderer/src/canvas/viewport');
    const stages = [0, 1, 2].map((i) => ({ id: `s${i}`, mapId: 'm', name: `S${i}`, description: '', order: i })) as never[];
    const lanes = [0, 1].map((i) => ({ id: `l${i}`, mapId: 'm', name: `Lane ${i}`, kind: 'cards', order: i })) as never[];
    const cards = [
      { id: 'a', stageId: 's1', laneId: 'l0', order: 0 },
      { id: 'b', stageId: 's1', laneId: 'l0', order: 1 },
      { id: 'c', stageId: 's2', laneId: 'l1', order: 0 },
    ];
    const layout = computeLayout(stages, lanes, cards);
    const zoom = 1.125;
    // Stage 1 at the pane's left edge: the lane names are frozen, cards a and b are under lane 0's name.
    const view = { x: 12 - stageX(1) * zoom, y: 20, zoom, height: 900 };
    const tag = 208;
    const shown = frozenView(layout, view, tag).lanes;
    const band = layout.lanes[0]!;
    const under = ['a', 'b'].map((id) => layout.cardPos.get(id)!).map((p) => ({ top: view.y + p.y * zoom, bottom: view.y + (p.y + GRID.cardH) * zoom }));
    const name0 = shown.find((l) => l.index === 0);
    expect(name0).toBeDefined();
    for (const c of under) expect(name0!.top >= c.bottom || name0!.top + FROZEN_TAG_H <= c.top).toBe(true);
    expect(name0!.top + FROZEN_TAG_H).toBeLessThanOrEqual(view.y + (band.y + band.h) * zoom);
    // Lane 1 has no card in stage 1: its name stays at the top of its row.
    expect(shown.find((l) => l.index === 1)?.top).toBeCloseTo(view.y + layout.lanes[1]!.y * zoom);
    // Without a width (the old call), the name sits at the row's top, over card a.
    expect(frozenView(layout, view).lanes.find((l) => l.index === 0)?.top).toBeCloseTo(view.y + band.y * zoom);
  });
});
