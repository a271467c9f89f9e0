import type { Node, NodeProps } from '@xyflow/react';
import { memo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { setEmotion } from '../../document/actions';
import { emotionId } from '../../document/schema';
import { sortByOrder } from '../../domain/ordering';
import { EMOTION_MAX, EMOTION_MIN, type Stage } from '../../domain/types';
import { curveDash } from '../../features/personas/curveStyle';
import { PS } from '../../features/personas/strings';
import { personaName } from '../../features/personas/usePersonas';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { S } from '../../strings';
import { report } from '../../ui/toasts';
import { GRID } from '../layout';
import { U } from '../../i18n/ui';

export type EmotionNodeData = { laneId: string; mapId: string; width: number; height: number };
export type EmotionNodeType = Node<EmotionNodeData, 'emotion'>;

const PAD_Y = 28;

interface CurveSpec {
  readonly key: string;
  /** Absent for the map's curve without a persona. */
  readonly personaId?: string;
  readonly personaName?: string;
  readonly color?: string;
  readonly dash: string;
}

/**
 * The emotion curves of one lane: one per persona on the map (in its colour and dash pattern,
 * named in the map's persona strip), plus the curve without a persona when the map has no
 * persona or that curve already holds points. A point per stage from -2 to +2, dragged or keyed.
 */
function EmotionNodeView({ data }: NodeProps<EmotionNodeType>) {
  const stages = useProject(
    useShallow((s) => sortByOrder(Object.values(s.stages).filter((st) => st.mapId === data.mapId))),
  );
  const personas = useProject(
    useShallow((s) =>
      (s.maps[data.mapId]?.personaIds ?? []).map((id) => s.personas[id]).filter((p) => p !== undefined),
    ),
  );
  const baseHasPoints = useProject((s) => stages.some((st) => !!s.emotions[emotionId(data.laneId, st.id)]));
  const svgRef = useRef<SVGSVGElement>(null);

  const curves: CurveSpec[] = [
    ...(personas.length === 0 || baseHasPoints ? [{ key: 'base', dash: '' }] : []),
    ...personas.map((p, i) => ({ key: p.id, personaId: p.id, personaName: personaName(p), color: p.color, dash: curveDash(i) })),
  ];
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
  curve: CurveSpec;
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
  const style = curve.color ? ({ '--curve': curve.color } as React.CSSProperties) : undefined;
  const nameOf = (stage: string) =>
    curve.personaName !== undefined ? PS.emotionOf(curve.personaName, stage) : S.emotionPoint(stage);
  const set = (stageId: string, score: number) => report(setEmotion(doc, laneId, stageId, score, curve.personaId));

  return (
    <g style={style} data-testid="emotion-curve-line" data-persona={curve.personaId ?? ''}>
      <path d={path} className="emotion-path" strokeDasharray={curve.dash || undefined} />
      {points.map((p, i) => {
        const stage = stages[i]!;
        const value = shown[i]!;
        return (
          <g key={stage.id}>
            <circle
              cx={p.x}
              cy={p.y}
              r={curve.personaId ? 12 : 14}
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
            </circle>
            <text x={p.x} y={p.y - 20} className="emotion-label" textAnchor="middle" aria-hidden>
              {value > 0 ? `+${value}` : value}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export const EmotionNode = memo(EmotionNodeView);
