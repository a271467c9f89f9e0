import { formatPct, type AlignmentScore } from '../../domain/workshop/score';
import { W } from './strings';

const ROW = 40;
const LABEL_W = 210;
const BAR_W = 330;
const VALUE_W = 270;

/**
 * The alignment score as horizontal bars, one per section and one overall, each with its
 * value written as text (never colour or length alone). The SVG is one image whose name
 * reads every line, so a screen reader hears the whole chart at once.
 */
export function ScoreChart({
  score,
  className = '',
}: {
  score: AlignmentScore;
  className?: string;
}) {
  const rows = [
    ...score.sections.map((s) => ({
      key: s.set.id,
      title: s.set.title,
      score: s.score,
      overall: false,
    })),
    { key: 'overall', title: W.overall, score: score.overall, overall: true },
  ];
  const lines = rows.map((r) =>
    W.scoreLine(r.title, formatPct(r.score.pct), r.score.answered, r.score.total),
  );
  const height = rows.length * ROW + 8;
  const width = LABEL_W + BAR_W + VALUE_W;
  return (
    <svg
      className={`score-chart ${className}`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: `${width}px` }}
      role="img"
      aria-label={`${W.scoreChart}. ${lines.join('. ')}.`}
      data-testid="score-chart"
    >
      {rows.map((r, i) => {
        const y = i * ROW + (r.overall ? 8 : 0);
        const pct = r.score.pct ?? 0;
        return (
          <g key={r.key} className={r.overall ? 'score-row overall' : 'score-row'}>
            <text x={0} y={y + 25} className="score-label">
              {r.title.length > 26 ? `${r.title.slice(0, 25)}…` : r.title}
            </text>
            <rect x={LABEL_W} y={y + 8} width={BAR_W} height={22} rx={4} className="score-track" />
            {r.score.pct !== null && (
              <rect
                x={LABEL_W}
                y={y + 8}
                width={Math.max(2, (BAR_W * pct) / 100)}
                height={22}
                rx={4}
                className={`score-bar ${band(pct)}`}
              />
            )}
            <text x={LABEL_W + BAR_W + 10} y={y + 25} className="score-value">
              {formatPct(r.score.pct)}
              <tspan className="score-count">
                {' · '}
                {W.answeredWords(r.score.answered, r.score.total)}
              </tspan>
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const band = (pct: number) => (pct >= 75 ? 'high' : pct >= 50 ? 'mid' : 'low');
