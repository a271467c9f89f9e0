import type { Node, NodeProps } from '@xyflow/react';
import { memo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { setEmotion } from '../../document/actions';
import { emotionId } from '../../document/schema';
import { sortByOrder } from '../../domain/ordering';
import { EMOTION_MAX, EMOTION_MIN } from '../../domain/types';
import { useProject, useProjectDoc } from '../../features/project/ProjectContext';
import { S } from '../../strings';
import { report } from '../../ui/toasts';
import { GRID } from '../layout';

export type EmotionNodeData = { laneId: string; mapId: string; width: number; height: number };
export type EmotionNodeType = Node<EmotionNodeData, 'emotion'>;

const PAD_Y = 28;

/** The emotion curve of one lane: a point per stage from -2 to +2, dragged or keyed. */
function EmotionNodeView({ data }: NodeProps<EmotionNodeType>) {
  const doc = useProjectDoc();
  const stages = useProject(
    useShallow((s) => sortByOrder(Object.values(s.stages).filter((st) => st.mapId === data.mapId))),
  );
  const scores = useProject(
    useShallow((s) => stages.map((st) => s.emotions[emotionId(data.laneId, st.id)]?.score ?? 0)),
  );
  const [dragging, setDragging] = useState<{ index: number; score: number } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);

  const span = data.height - PAD_Y * 2;
  const yOf = (score: number) => PAD_Y + ((EMOTION_MAX - score) / (EMOTION_MAX - EMOTION_MIN)) * span;
  const scoreAt = (clientY: number) => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect) return 0;
    const local = ((clientY - rect.top) / rect.height) * data.height;
    const raw = EMOTION_MAX - ((local - PAD_Y) / span) * (EMOTION_MAX - EMOTION_MIN);
    return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(raw)));
  };
  const shown = scores.map((s, i) => (dragging?.index === i ? dragging.score : s));
  const points = shown.map((s, i) => ({ x: i * GRID.stageW + GRID.stageW / 2, y: yOf(s) }));
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(' ');

  return (
    <svg
      ref={svgRef}
      className="emotion-curve nodrag nopan"
      width={data.width}
      height={data.height}
      data-testid="emotion-curve"
      role="group"
      aria-label="Emotion curve"
    >
      <line x1={0} x2={data.width} y1={yOf(0)} y2={yOf(0)} className="emotion-zero" />
      <path d={path} className="emotion-path" />
      {points.map((p, i) => {
        const stage = stages[i]!;
        const value = shown[i]!;
        return (
          <g key={stage.id}>
            <circle
              cx={p.x}
              cy={p.y}
              r={14}
              tabIndex={0}
              role="slider"
              aria-label={S.emotionPoint(stage.name)}
              aria-valuemin={EMOTION_MIN}
              aria-valuemax={EMOTION_MAX}
              aria-valuenow={value}
              aria-valuetext={S.emotionValue(value)}
              data-testid="emotion-point"
              className={`emotion-point emotion-${value < 0 ? 'neg' : value > 0 ? 'pos' : 'neutral'}`}
              onPointerDown={(e) => {
                e.stopPropagation();
                (e.target as Element).setPointerCapture(e.pointerId);
                setDragging({ index: i, score: value });
              }}
              onPointerMove={(e) => {
                if (dragging?.index === i) setDragging({ index: i, score: scoreAt(e.clientY) });
              }}
              onPointerUp={(e) => {
                if (dragging?.index !== i) return;
                // The whole drag is one change (and one undo step), written when it ends.
                report(setEmotion(doc, data.laneId, stage.id, scoreAt(e.clientY)));
                setDragging(null);
              }}
              onKeyDown={(e) => {
                const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
                if (step || e.key === 'Home' || e.key === 'End') {
                  e.preventDefault();
                  e.stopPropagation();
                  const next = e.key === 'Home' ? EMOTION_MIN : e.key === 'End' ? EMOTION_MAX : value + step;
                  report(setEmotion(doc, data.laneId, stage.id, next));
                }
              }}
            />
            <text x={p.x} y={p.y - 20} className="emotion-label" textAnchor="middle" aria-hidden>
              {value > 0 ? `+${value}` : value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export const EmotionNode = memo(EmotionNodeView);
