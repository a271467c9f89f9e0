/**
 * The overview in the corner of the map: the whole map drawn once into a <canvas>, and the part
 * on screen as a frame over it. Press or drag on it to go there; the wheel zooms.
 *
 * Why not React Flow's <MiniMap>: it subscribes once per node and re-reads the list of every
 * node on each store update, so every frame of a pan cost O(all cards): on a 10,000-card map
 * that alone broke the frame budget (`npm run bench`, "Pan, 10,000 cards"). Here the map is
 * redrawn only when the layout changes; while panning, two style writes move the picture and
 * the frame, outside React.
 */
import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { U } from '../i18n/ui';
import { CARD_STEP, cellKey, GRID, layoutChange, stageX, type MapLayout } from './layout';

const W = 220;
const H = 150;
const COLOURS = { lane: '#dee2e6', laneLabel: '#868e96', stage: '#3b5bdb', card: '#e0b400' } as const;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The part of the map the drawing covers (the band above the stages included), in flow coordinates. */
function mapBounds(layout: MapLayout): Box {
  return { x: 0, y: -GRID.bandAboveH, w: Math.max(layout.width, 1), h: layout.height + GRID.bandAboveH };
}

/**
 * Where the overview shows what: the map and the screen's view both fit, centred. `scale` turns
 * flow units into overview pixels; `ox`/`oy` is where flow (0, 0) lands.
 */
export function overviewFrame(map: Box, view: Box, width = W, height = H) {
  const x0 = Math.min(map.x, view.x);
  const y0 = Math.min(map.y, view.y);
  const x1 = Math.max(map.x + map.w, view.x + view.w);
  const y1 = Math.max(map.y + map.h, view.y + view.h);
  const scale = Math.min(width / (x1 - x0), height / (y1 - y0));
  const ox = (width - (x1 - x0) * scale) / 2 - x0 * scale;
  const oy = (height - (y1 - y0) * scale) / 2 - y0 * scale;
  return { scale, ox, oy };
}

/** Whether `view` holds all of `map` (a pixel's slack either way). */
export function holds(view: Box, map: Box): boolean {
  const e = 1;
  return view.x <= map.x + e && view.y <= map.y + e && view.x + view.w >= map.x + map.w - e && view.y + view.h >= map.y + map.h - e;
}

/** The overview's drawing of the map, in flow units: how the canvas is set up to draw on. */
function drawingContext(canvas: HTMLCanvasElement, map: Box, scale: number): CanvasRenderingContext2D | null {
  const g = canvas.getContext('2d');
  const dpr = window.devicePixelRatio || 1;
  g?.setTransform(scale * dpr, 0, 0, scale * dpr, -map.x * scale * dpr, -map.y * scale * dpr);
  return g;
}

const laneColour = (i: number) => (i % 2 ? COLOURS.lane : '#f1f3f5');

function drawMap(canvas: HTMLCanvasElement, layout: MapLayout, map: Box, scale: number) {
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.max(1, Math.ceil(map.w * scale * dpr));
  canvas.height = Math.max(1, Math.ceil(map.h * scale * dpr));
  canvas.style.width = `${map.w * scale}px`;
  canvas.style.height = `${map.h * scale}px`;
  const g = drawingContext(canvas, map, scale);
  if (!g) return;
  layout.lanes.forEach((band, i) => {
    g.fillStyle = laneColour(i);
    g.fillRect(0, band.y, layout.width, band.h);
    g.fillStyle = COLOURS.laneLabel;
    g.fillRect(0, band.y + 2, GRID.laneLabelW - 4, band.h - 4);
  });
  g.fillStyle = COLOURS.stage;
  layout.stages.forEach((_s, i) => g.fillRect(stageX(i) + 2, 0, GRID.stageW - 4, layout.headerH - 4));
  g.fillStyle = COLOURS.card;
  for (const pos of layout.cardPos.values()) g.fillRect(pos.x, pos.y, GRID.cardW, GRID.cardH);
}

/**
 * Draws again only `cells` of a drawing of `drawn`, for `layout` derived from it with every band
 * where it was: each cell's ground, then its cards (what drawMap paints there). A drop on a big
 * map repaints two cells, not 20,000 cards.
 */
function drawCells(canvas: HTMLCanvasElement, layout: MapLayout, cells: ReadonlySet<string>, map: Box, scale: number) {
  const g = drawingContext(canvas, map, scale);
  if (!g) return;
  layout.stages.forEach((stage, si) => {
    layout.lanes.forEach((band, li) => {
      const key = cellKey(stage.id, band.lane.id);
      if (!cells.has(key)) return;
      g.fillStyle = laneColour(li);
      g.fillRect(stageX(si), band.y, GRID.stageW, band.h);
      g.fillStyle = COLOURS.card;
      const list = layout.cells.get(key) ?? [];
      for (let k = 0; k < list.length; k++) g.fillRect(stageX(si) + GRID.pad, band.y + GRID.pad + k * CARD_STEP, GRID.cardW, GRID.cardH);
    });
  });
}

/** Whether `next` has every band, stage and size of `drawn`, so only its changed cells need painting. */
function sameFrame(next: MapLayout, drawn: MapLayout): boolean {
  return (
    next.width === drawn.width &&
    next.height === drawn.height &&
    next.stages === drawn.stages &&
    next.lanes.length === drawn.lanes.length &&
    next.lanes.every((b, i) => b === drawn.lanes[i])
  );
}

export function MapOverview({ layout }: { layout: MapLayout }) {
  const store = useStoreApi();
  const flow = useReactFlow();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  /** The current placement, for turning a press on the overview into a point of the map. */
  const placed = useRef({ scale: 1, ox: 0, oy: 0 });
  const map = mapBounds(layout);
  // The drawing's own scale: the map alone filling the overview.
  const drawScale = overviewFrame(map, map).scale;

  /** The layout the canvas shows, and a whole drawing waiting for the main thread to be idle. */
  const drawn = useRef<MapLayout | null>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const last = drawn.current;
    const cells = last && layoutChange(layout, last);
    if (last && cells && sameFrame(layout, last)) {
      drawCells(canvas, layout, cells, map, drawScale);
      drawn.current = layout;
      return;
    }
    const whole = () => {
      drawMap(canvas, layout, map, drawScale);
      drawn.current = layout;
    };
    // The first drawing at once; after a change that moved lanes (a drop that made a lane
    // taller moves every card below it), when the main thread is idle, not in the drop's task.
    if (!last) return whole();
    const idle = requestIdleCallback(whole, { timeout: 400 });
    return () => cancelIdleCallback(idle);
    // `map` and `drawScale` follow from `layout`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout]);

  useEffect(() => {
    const place = () => {
      const { transform, width, height } = store.getState();
      const [tx, ty, zoom] = transform;
      const view = { x: -tx / zoom, y: -ty / zoom, w: width / zoom, h: height / zoom };
      const f = overviewFrame(map, view);
      placed.current = f;
      // The whole map on screen: nothing to find, so the overview leaves the corner's cards alone.
      panelRef.current?.toggleAttribute('data-whole', holds(view, { x: 0, y: 0, w: layout.width, h: layout.height }));
      const canvas = canvasRef.current;
      const frame = frameRef.current;
      if (canvas) {
        const k = f.scale / drawScale;
        canvas.style.transform = `translate(${f.ox + map.x * f.scale}px, ${f.oy + map.y * f.scale}px) scale(${k})`;
      }
      if (frame) {
        frame.style.transform = `translate(${f.ox + view.x * f.scale}px, ${f.oy + view.y * f.scale}px)`;
        frame.style.width = `${view.w * f.scale}px`;
        frame.style.height = `${view.h * f.scale}px`;
      }
    };
    place();
    // Only the view's own numbers matter: most store updates (nodes measured, selection) are skipped.
    let last = store.getState();
    return store.subscribe((s) => {
      if (s.transform === last.transform && s.width === last.width && s.height === last.height) return;
      last = s;
      place();
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, layout]);

  const goTo = (e: React.PointerEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const { scale, ox, oy } = placed.current;
    void flow.setCenter((e.clientX - r.left - ox) / scale, (e.clientY - r.top - oy) / scale, { zoom: flow.getZoom() });
  };

  return (
    <Panel ref={panelRef} position="bottom-right" className="map-overview-panel">
      <div
        className="map-overview nodrag nopan nowheel"
        role="img"
        aria-label={U.header.minimap}
        data-testid="map-overview"
        style={{ width: W, height: H }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          goTo(e);
        }}
        onPointerMove={(e) => {
          if (e.buttons & 1) goTo(e);
        }}
        onWheel={(e) => {
          const zoom = flow.getZoom() * (e.deltaY < 0 ? 1.2 : 1 / 1.2);
          void flow.zoomTo(zoom);
        }}
      >
        <canvas ref={canvasRef} className="map-overview-map" aria-hidden />
        <div ref={frameRef} className="map-overview-view" aria-hidden />
      </div>
    </Panel>
  );
}
