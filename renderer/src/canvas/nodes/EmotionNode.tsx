import type { Node, NodeProps } from '@xyflow/react';
import { memo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { curveMarkerPath } from '../../domain/curveStyle';
import { setEmotion } from '../../document/actions';
import { emotionId } from '../../document/schema';
import { sortByOrder } from '../../domain/ordering';
import { EMOTION_MAX, EMOTION_MIN, type Stage } from '../../domain/types';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { S } from '../../strings';
import { report } from '../../ui/toasts';
import { GRID } from '../layout';
import { U } from '../../i18n/ui';
import { useMapCurves, type LaneCurve } from './useMapCurves';

export type EmotionNodeData = { laneId: string; mapId: string; width: number; height: number };
export type EmotionNodeType = Node<EmotionNodeData, 'emotion'>;

const PAD_Y = 28;

/**
 * The emotion curves of one lane: one per persona on the map (each in its own colour, dash
 * pattern and point shape from domain/curveStyle, named in the lane's legend), plus the map's
 * own curve when the map has no persona or that curve still holds points. A point per stage
 * from -2 to +2, dragged or keyed.
 */
function EmotionNodeView({ data }: NodeProps<EmotionNodeType>) {
  const stages = useProject(
    useShallow((s) => sortByOrder(Object.values(s.stages).filter((st) => st.mapId === data.mapId))),
  );
  const curves = useMapCurves(data.mapId, data.laneId);
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
  // Several curves: their points sit side by side in a stage so each can be grabbed.
  const spacing = Math.min(30, (GRID.stageW - 60) / Math.max(1, curves.length));

  return (
    <svg
      ref={svgRef}
      className="emotion-curve nodrag nopan"
      width={data.width}
      height={data.height}
      data-testid="emotion-curve"
      role="group"
      aria-label={U.header.emotionCurve}
    >
      <line x1={0} x2={data.width} y1={yOf(0)} y2={yOf(0)} className="emotion-zero" />
      {curves.map((c, k) => (
        <Curve
          key={c.key}
          curve={c}
          laneId={data.laneId}
          stages={stages}
          offset={(k - (curves.length - 1) / 2) * spacing}
          yOf={yOf}
          scoreAt={scoreAt}
        />
      ))}
    </svg>
  );
}

function Curve({
  curve,
  laneId,
  stages,
  offset,
  yOf,
  scoreAt,
}: {
  curve: LaneCurve;
  laneId: string;
  stages: readonly Stage[];
  offset: number;
  yOf: (score: number) => number;
  scoreAt: (clientY: number) => number;
}) {
  const doc = useProjectDoc();
  const scores = useProject(
    useShallow((s) => stages.map((st) => s.emotions[emotionId(laneId, st.id, curve.personaId)]?.score ?? 0)),
  );
  const [dragging, setDragging] = useState<{ index: number; score: number } | null>(null);
  const shown = scores.map((s, i) => (dragging?.index === i ? dragging.score : s));
  const points = shown.map((s, i) => ({ x: i * GRID.stageW + GRID.stageW / 2 + offset, y: yOf(s) }));
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(' ');
  const { style } = curve;
  const nameOf = (stage: string) =>
    curve.personaName !== undefined ? S.personaEmotionPoint(curve.personaName, stage) : S.emotionPoint(stage);
  const set = (stageId: string, score: number) => report(setEmotion(doc, laneId, stageId, score, curve.personaId));

  return (
    <g
      style={{ '--curve': style.color } as React.CSSProperties}
      data-testid="emotion-curve-line"
      data-persona={curve.personaId ?? ''}
      data-color={style.color}
      data-dash={style.dash}
    >
      <path d={path} className="emotion-path" strokeWidth={style.width} strokeDasharray={style.dash || undefined} />
      {points.map((p, i) => {
        const stage = stages[i]!;
        const value = shown[i]!;
        return (
          <g key={stage.id}>
            <path
              d={curveMarkerPath(style.marker, p.x, p.y, curve.personaId ? 12 : 14)}
              tabIndex={0}
              role="slider"
              aria-label={nameOf(stage.name)}
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
                set(stage.id, scoreAt(e.clientY));
                setDragging(null);
              }}
              onKeyDown={(e) => {
                const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
                if (step || e.key === 'Home' || e.key === 'End') {
                  e.preventDefault();
                  e.stopPropagation();
                  set(stage.id, e.key === 'Home' ? EMOTION_MIN : e.key === 'End' ? EMOTION_MAX : value + step);
                }
              }}
            >
              <title>{`${nameOf(stage.name)}: ${S.emotionValue(value)}`}</title>
            </path>
            {/* Above the point, but below it at the top of the scale: above, the label stood out of
                the lane into the cards over it. */}
            <text x={p.x} y={value >= EMOTION_MAX ? p.y + 36 : p.y - 20} className="emotion-label" textAnchor="middle" aria-hidden>
              {value > 0 ? `+${value}` : value}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export const EmotionNode = memo(EmotionNodeView);
