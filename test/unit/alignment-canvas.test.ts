import { refusalSentence } from '../../renderer/src/i18n/refusals';
import { describe, expect, it } from 'vitest';
import { buildNodes } from '../../renderer/src/canvas/buildNodes';
import { buildHandoffNodes, HANDOFF_BAND_H, HANDOFF_MARKER } from '../../renderer/src/features/alignment/handoffNodes';
import { computeLayout, GRID, stageX } from '../../renderer/src/canvas/layout';
import { moveCursor, neighbourCell } from '../../renderer/src/canvas/navigation';
import { addCard } from '../../renderer/src/document/actions/cards';
import { addLane } from '../../renderer/src/document/actions/lanes';
import type { Card, Lane, Stage } from '../../renderer/src/domain/types';
import { projectWithMap, worded } from './helpers';

const stage = (id: string, order: number): Stage => ({ id, mapId: 'm', name: id, description: '', order });
const lane = (id: string, order: number, kind: Lane['kind'] = 'text'): Lane => ({ id, mapId: 'm', name: id, kind, order });
const card: Card = { id: 'c1', mapId: 'm', stageId: 's2', laneId: 'l1', text: 'x', color: 'yellow', order: 1 };
const layout = computeLayout([stage('s1', 1), stage('s2', 2), stage('s3', 3)], [lane('l1', 1), lane('own', 2, 'ownership')], [card]);
const h = (id: string, afterStageId: string, cardId = '', order = 1) => ({ id, afterStageId, cardId, order });

describe('handoff markers on the map', () => {
  it('centres a marker on the boundary after its stage, in the band above the headers', () => {
    const nodes = buildHandoffNodes(layout, [h('h1', 's1')]);
    const band = nodes.find((n) => n.id === 'handoff-band')!;
    expect(band.position).toEqual({ x: 0, y: -HANDOFF_BAND_H });
    const m = nodes.find((n) => n.id === 'handoff:h1')!;
    expect(m.type).toBe('handoff');
    expect(m.position.x + HANDOFF_MARKER.w / 2).toBe(stageX(1));
    expect(m.position.y + HANDOFF_MARKER.h).toBeLessThan(0);
    expect(m.position.y).toBeGreaterThanOrEqual(-HANDOFF_BAND_H);
  });

  it('stacks several handoffs on one boundary upwards, in their order', () => {
    const nodes = buildHandoffNodes(layout, [h('late', 's2', '', 2), h('early', 's2', '', 1)]);
    const y = (id: string) => nodes.find((n) => n.id === `handoff:${id}`)!.position.y;
    expect(y('early')).toBeGreaterThan(y('late'));
  });

  it('tags a card with a compact marker, and draws nothing for a deleted stage, the last stage or a deleted card', () => {
    const nodes = buildHandoffNodes(layout, [h('oncard', '', 'c1'), h('gone', 'deleted'), h('last', 's3'), h('nocard', '', 'deleted')]);
    expect(nodes.map((n) => n.id)).toEqual(['handoff-band', 'handoff:oncard']);
    const tag = nodes[1]!;
    const pos = layout.cardPos.get('c1')!;
    expect(tag.data).toEqual({ handoffId: 'oncard', compact: true });
    expect(tag.position.x).toBeGreaterThan(pos.x);
    expect(tag.position.x + HANDOFF_MARKER.tagW).toBeLessThanOrEqual(pos.x + GRID.cardW);
  });
});

describe('the ownership lane', () => {
  it('is a fixed-height lane drawn as one node, like the emotion curve', () => {
    const band = layout.lanes.find((b) => b.lane.id === 'own')!;
    expect(band.h).toBe(GRID.ownershipLaneH);
    const node = buildNodes(layout, 'm', null).find((n) => n.id === 'ownership:own')!;
    expect(node).toMatchObject({ type: 'ownership', position: { x: GRID.laneLabelW, y: band.y } });
    expect(node.data).toMatchObject({ width: 3 * GRID.stageW, height: band.h });
  });

  it('holds no cards: the keyboard skips it and adding a card there is refused with a sentence', () => {
    expect(neighbourCell(layout, { stageId: 's1', laneId: 'l1' }, 'down')).toBeNull();
    const below = moveCursor(layout, { stageId: 's1', laneId: 'l1' }, 'down');
    expect(below?.laneId).toBe('own'); // the cursor may rest there, but Enter cannot add to it:
    const p = projectWithMap('blank');
    const r = addLane(p.doc, p.mapId, 'Owners', 'ownership');
    if (!r.ok) throw new Error(refusalSentence(r.refusal));
    expect(worded(addCard(p.doc, { mapId: p.mapId, stageId: p.stages()[0]!.id, laneId: r.value }, 'x'))).toEqual({
      ok: false,
      message: 'The ownership lane shows who owns each stage, not cards. Pick another lane.',
    });
  });
});
