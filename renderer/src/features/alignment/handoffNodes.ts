/**
 * Handoffs on the journey map: the band above the stage headers and a marker per handoff, as
 * React Flow nodes the canvas merges with its own (canvas/slots.tsx, `useNodes`). Pure builder,
 * plus the hook that feeds it the map's handoff placements.
 */
import type { Node } from '@xyflow/react';
import { useMemo } from 'react';
import { sized } from '../../canvas/buildNodes';
import { GRID, stageX, type MapLayout } from '../../canvas/layout';
import type { Handoff } from '../../domain/types';
import { useHandoffPlacements } from './hooks';

/** Size of a handoff marker on a stage boundary, and of the small tag on a card. */
export const HANDOFF_MARKER = { w: 236, h: 64, gap: 10, tagW: 78, tagH: 26 } as const;
/** The band above the stage headers that holds the markers: the canvas keeps it (a marker and a gap above and below). */
export const HANDOFF_BAND_H = GRID.bandAboveH;

/**
 * Handoff markers: centred on the boundary between a stage and the next, in a band above the
 * stage headers (several on one boundary stack upwards), or as a tag on a card's top edge.
 * Handoffs whose stage or card is gone are not drawn (the alignment overview lists them).
 */
export function buildHandoffNodes(
  layout: MapLayout,
  handoffs: readonly Pick<Handoff, 'id' | 'afterStageId' | 'cardId' | 'order'>[],
): Node[] {
  const nodes: Node[] = [
    {
      id: 'handoff-band',
      type: 'handoffBand',
      position: { x: 0, y: -HANDOFF_BAND_H },
      data: { width: layout.width, height: HANDOFF_BAND_H },
      draggable: false,
      selectable: false,
      focusable: false,
      zIndex: -10,
      style: { pointerEvents: 'none' },
    },
  ];
  const stacked = new Map<string, number>();
  const index = new Map(layout.stages.map((s, i) => [s.id, i]));
  for (const h of [...handoffs].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))) {
    const base = { id: `handoff:${h.id}`, type: 'handoff', draggable: false, selectable: false, focusable: false, zIndex: 5 };
    const pos = h.cardId ? layout.cardPos.get(h.cardId) : undefined;
    if (pos) {
      nodes.push({
        ...base,
        position: { x: pos.x + GRID.cardW - HANDOFF_MARKER.tagW - 6, y: pos.y - HANDOFF_MARKER.tagH / 2 },
        data: { handoffId: h.id, compact: true },
        ...sized(HANDOFF_MARKER.tagW, HANDOFF_MARKER.tagH),
      });
      continue;
    }
    const i = index.get(h.afterStageId);
    if (h.cardId || i === undefined || i >= layout.stages.length - 1) continue;
    const k = stacked.get(h.afterStageId) ?? 0;
    stacked.set(h.afterStageId, k + 1);
    nodes.push({
      ...base,
      position: {
        x: stageX(i + 1) - HANDOFF_MARKER.w / 2,
        y: -(HANDOFF_MARKER.h + HANDOFF_MARKER.gap) * (k + 1),
      },
      data: { handoffId: h.id, compact: false },
      ...sized(HANDOFF_MARKER.w, HANDOFF_MARKER.h),
    });
  }
  return nodes;
}

/** The handoff nodes of a map: rebuilt when the layout or a handoff's place changes, not its contract. */
export function useHandoffNodes(mapId: string, layout: MapLayout): readonly Node[] {
  const handoffs = useHandoffPlacements(mapId);
  return useMemo(() => buildHandoffNodes(layout, handoffs), [layout, handoffs]);
}
