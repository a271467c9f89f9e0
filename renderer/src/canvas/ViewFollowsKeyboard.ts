/**
 * The view follows the keyboard, as in a spreadsheet: when the arrow keys, Enter or a command
 * move the cursor outside the visible part of the map, the map pans just enough to show it. A
 * card opened for typing is always shown whole, however it was opened (a toolbar button, a
 * double-click at the edge). Otherwise the pointer never moves the view: a click or a drag is
 * already where the person is looking, and a pan under their hand would surprise them.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef, type RefObject } from 'react';
import { useStore } from 'zustand';
import { editorState } from './editorState';
import type { MapLayout } from './layout';
import { keyboardTarget, panToShow, withHeadings, type Obstacle } from './viewport';

/** What is drawn over the map (the overview, the zoom buttons, the frozen stage names), in pane pixels. */
function obstacles(pane: Element | null): Obstacle[] {
  const stack = pane?.closest('.canvas-stack');
  if (!pane || !stack) return [];
  const p = pane.getBoundingClientRect();
  return [...stack.querySelectorAll('.map-overview, .zoom-controls, .frozen-stages:not([hidden])')].map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left - p.left, y: r.top - p.top, width: r.width, height: r.height };
  });
}

/** Whether the last thing the person did on the canvas was a key (not the pointer). */
export function useLastInput() {
  const byKeyboard = useRef(false);
  return {
    byKeyboard,
    onKeyDownCapture: () => {
      byKeyboard.current = true;
    },
    onPointerDownCapture: () => {
      byKeyboard.current = false;
    },
  };
}

/**
 * Renders nothing; pans the view. Its own component (like the cursor announcer) so that opening
 * or closing a card re-renders only this, not the whole canvas.
 */
export function ViewFollowsKeyboard({ layout, byKeyboard }: { layout: MapLayout; byKeyboard: RefObject<boolean> }) {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const cursor = useStore(editorState, (s) => s.cursor);
  const editingCardId = useStore(editorState, (s) => s.editingCardId);
  /** The last box shown (and why), so a layout change elsewhere doesn't pan again. */
  const shown = useRef('');

  useEffect(() => {
    const target = keyboardTarget(layout, cursor, editingCardId);
    if (!target) return;
    // Opening the card under the cursor is a new reason to show it, even where it hasn't moved.
    const key = `${editingCardId ? 'editing' : 'cursor'} ${target.x},${target.y},${target.width},${target.height}`;
    if (key === shown.current) return;
    shown.current = key;
    if (!byKeyboard.current && !editingCardId) return;
    const { width, height, transform, domNode } = flowStore.getState();
    const [x, y, zoom] = transform;
    const view = { x, y, zoom, width, height };
    const covers = obstacles(domNode);
    // In the first lane or stage, the headings come along (the frozen strip then goes away, so
    // it is not in the way), unless that would push the target itself out of sight.
    const grown = withHeadings(layout, cursor, target);
    const around = grown.y === 0 ? covers.filter((o) => o.y > height / 2) : covers;
    let to = panToShow(view, grown, around);
    if (grown !== target && panToShow(to ? { ...view, ...to } : view, target, around)) to = panToShow(view, target, covers);
    // At once, like a spreadsheet: an animated pan would be measured mid-way by the next key.
    if (to) void flow.setViewport({ ...to, zoom });
  }, [layout, cursor, editingCardId, flow, flowStore, byKeyboard]);

  return null;
}
