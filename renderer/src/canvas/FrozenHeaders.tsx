/**
 * Frozen stage and lane names, like a spreadsheet's frozen panes. Deep in a big map the stage
 * headers and lane labels are scrolled off screen, and nobody in the room can tell which stage
 * or lane a card is in. Once the header row has scrolled up, a strip along the top names the
 * stage above each column; once the lane labels have scrolled left, each lane's name stays at
 * the left edge of its row.
 *
 * Drawn over the canvas and moved with direct style writes on every viewport change (as the
 * overview is): a React render per pan frame would cost the pan what the bench measures. A
 * visual aid only (aria-hidden): a screen reader hears the stage and lane with every card.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { GRID, stageX, type MapLayout } from './layout';
import { FROZEN_STRIP_H, FROZEN_TAG_H, frozenView } from './viewport';

/** A frozen lane name's max-width in rem (styles.css, .frozen-lane). */
const FROZEN_TAG_EM = 13;

export function FrozenHeaders({ layout }: { layout: MapLayout }) {
  const store = useStoreApi();
  const topRef = useRef<HTMLDivElement>(null);
  const rowRef = useRef<HTMLDivElement>(null);
  const sideRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let zoomSet = NaN;
    // The widest a lane's name tag gets (its max-width): the part of the pane it may cover.
    const tagWidth = parseFloat(getComputedStyle(document.documentElement).fontSize) * FROZEN_TAG_EM;
    let shifted: HTMLElement | undefined;
    const place = () => {
      const top = topRef.current;
      const row = rowRef.current;
      const side = sideRef.current;
      if (!top || !row || !side) return;
      const { transform, height } = store.getState();
      const [tx, ty, zoom] = transform;
      if (zoom !== zoomSet) {
        zoomSet = zoom;
        top.style.setProperty('--zoom', String(zoom));
      }
      const view = frozenView(layout, { x: tx, y: ty, zoom, height }, tagWidth);
      top.hidden = !view.stages;
      // The stage headers' own controls peek out below the strip as slivers nobody can hit (a
      // 6 px "Focus this stage" under the selection's tools: axe's target-size): they fold away
      // while the strip names the stages (styles.css, data-stages-frozen).
      top.closest('[data-canvas-root]')?.toggleAttribute('data-stages-frozen', view.stages);
      if (view.stages) {
        row.style.transform = `translateX(${tx}px)`;
        // The column cut by the pane's left edge keeps its name in sight, as the lanes' do,
        // shortened with an ellipsis as the column leaves.
        const cut = Math.floor(-(tx + GRID.laneLabelW * zoom) / (GRID.stageW * zoom));
        const label = row.children[cut] as HTMLElement | undefined;
        if (shifted && shifted !== label) shifted.style.removeProperty('--shift');
        shifted = label;
        const colLeft = tx + stageX(cut) * zoom;
        label?.style.setProperty('--shift', `${Math.min(-colLeft, GRID.stageW * zoom)}px`);
      }
      side.hidden = !view.lanes.length;
      const tags = side.children;
      for (let i = 0; i < tags.length; i++) {
        const tag = tags[i] as HTMLElement;
        const at = view.lanes.find((l) => l.index === i);
        tag.hidden = !at;
        if (at) tag.style.transform = `translateY(${at.top}px)`;
      }
    };
    place();
    // Only the view's own numbers matter: most store updates (nodes measured, selection) are skipped.
    let last = store.getState();
    return store.subscribe((s) => {
      if (s.transform === last.transform && s.height === last.height) return;
      last = s;
      place();
    });
  }, [store, layout]);

  return (
    <div className="frozen-headers" aria-hidden data-testid="frozen-headers">
      {/* The lane names first: one pushed up by its row's bottom slides under the strip. */}
      <div ref={sideRef} className="frozen-lanes" hidden>
        {layout.lanes.map((b) => (
          <div key={b.lane.id} className="frozen-lane" style={{ height: FROZEN_TAG_H }} hidden>
            {b.lane.name}
          </div>
        ))}
      </div>
      <div ref={topRef} className="frozen-stages" style={{ height: FROZEN_STRIP_H }} hidden>
        <div ref={rowRef} className="frozen-stages-row">
          {layout.stages.map((s, i) => (
            <div
              key={s.id}
              className="frozen-stage"
              style={{ '--x': stageX(i), '--w': GRID.stageW } as React.CSSProperties}
              title={s.name}
            >
              {s.name}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
