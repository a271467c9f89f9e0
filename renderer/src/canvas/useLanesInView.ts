/**
 * When the room starts working on some lanes (a vote opens on them), the view brings them into
 * sight: the same zoom and stages, moved up or down so the first of them sits under the pane's
 * top (issue 18: "the lanes being voted on may be off screen"). Nothing moves when they show
 * already, nor for the lanes that were in play when the map opened.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { MapLayout } from './layout';
import { useLanesInPlay } from './slots';

/** Screen pixels kept above the lanes (the frozen stage names' strip sits there when scrolled). */
const TOP_GAP = 48;

/** The viewport's y that shows flow rows [top, bottom] (top first when taller than the pane), or null when they show. */
export function yToShow(top: number, bottom: number, view: { y: number; zoom: number }, paneH: number): number | null {
  const shownTop = -view.y / view.zoom;
  const shownBottom = (paneH - view.y) / view.zoom;
  if (top >= shownTop && bottom <= shownBottom) return null;
  return TOP_GAP - top * view.zoom;
}

export function useLanesInView(layout: MapLayout, mapId: string): void {
  const flow = useReactFlow();
  const store = useStoreApi();
  const inPlay = useLanesInPlay(mapId);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const seen = useRef(inPlay?.key ?? '');
  const key = inPlay?.key ?? '';
  useEffect(() => {
    if (key === seen.current) return;
    seen.current = key;
    if (!inPlay) return;
    const bands = layoutRef.current.lanes.filter((b) => inPlay.laneIds.includes(b.lane.id));
    if (!bands.length) return;
    const top = Math.min(...bands.map((b) => b.y));
    const bottom = Math.max(...bands.map((b) => b.y + b.h));
    const view = flow.getViewport();
    const y = yToShow(top, bottom, view, store.getState().height);
    if (y !== null) void flow.setViewport({ x: view.x, y, zoom: view.zoom }, { duration: 300 });
    // Only the key says the lanes changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
