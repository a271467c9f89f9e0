/**
 * React Flow's node types (canvas/slots.tsx): the same object while the registry holds still (a
 * new one per render would remount every node), a new and complete one when a module adds node
 * types after the canvas first drew, and the canvas is told so it draws them.
 */
import { describe, expect, it } from 'vitest';
import { addCanvasSlots, canvasNodeTypes, subscribeNodeTypes } from '../../renderer/src/canvas/slots';

const Core = () => null;
const Late = () => null;
const CORE = { card: Core };

describe('canvas node types', () => {
  it('stay the same object until a module adds some, then include them', () => {
    const first = canvasNodeTypes(CORE);
    expect(canvasNodeTypes(CORE)).toBe(first);
    expect(Object.keys(first)).toEqual(['card']);

    let told = 0;
    const stop = subscribeNodeTypes(() => told++);
    addCanvasSlots({ stageBadges: [] });
    expect(told).toBe(0);
    expect(canvasNodeTypes(CORE)).toBe(first);

    addCanvasSlots({ nodeTypes: { late: { component: Late } } });
    expect(told).toBe(1);
    const second = canvasNodeTypes(CORE);
    expect(second).not.toBe(first);
    expect(second).toEqual({ card: Core, late: Late });
    expect(canvasNodeTypes(CORE)).toBe(second);
    stop();
  });

  it("refuse a feature's type named like one of the canvas's own", () => {
    addCanvasSlots({ nodeTypes: { card2: { component: Late } } });
    expect(() => canvasNodeTypes({ card2: Core })).toThrow(/one of the canvas's own/);
  });
});
