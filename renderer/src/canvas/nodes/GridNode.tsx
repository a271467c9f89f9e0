import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { GRID, stageX } from '../layout';

export type GridNodeData = {
  stageCount: number;
  bands: readonly { y: number; h: number; emotion: boolean }[];
  width: number;
  height: number;
};
export type GridNodeType = Node<GridNodeData, 'grid'>;

/** The cell backgrounds, drawn once as one SVG rather than one node per cell. */
function GridNodeView({ data }: NodeProps<GridNodeType>) {
  return (
    <svg className="map-grid" width={data.width} height={data.height} aria-hidden>
      {data.bands.map((b, li) => (
        <rect
          key={`band-${li}`}
          x={0}
          y={b.y}
          width={data.width}
          height={b.h}
          className={li % 2 ? 'band-odd' : 'band-even'}
        />
      ))}
      {Array.from({ length: data.stageCount + 1 }, (_, i) => (
        <line key={`col-${i}`} x1={stageX(i)} x2={stageX(i)} y1={0} y2={data.height} className="grid-line" />
      ))}
      {data.bands.map((b, li) => (
        <line key={`row-${li}`} x1={0} x2={data.width} y1={b.y} y2={b.y} className="grid-line" />
      ))}
      <line x1={GRID.laneLabelW} x2={GRID.laneLabelW} y1={0} y2={data.height} className="grid-line strong" />
    </svg>
  );
}

export const GridNode = memo(GridNodeView);

export type CursorNodeData = { width: number; height: number };
export type CursorNodeType = Node<CursorNodeData, 'cursor'>;

/** The keyboard cursor: which cell Enter or a paste would go to. */
function CursorNodeView({ data }: NodeProps<CursorNodeType>) {
  return <div className="cell-cursor" style={{ width: data.width, height: data.height }} aria-hidden />;
}

export const CursorNode = memo(CursorNodeView);
