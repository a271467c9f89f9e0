import { type AlignmentScore } from '../../domain/workshop/score';
import { W } from './strings';
import { pctText } from '../../shared/briefingText';

const ROW = 40;
const LABEL_W = 210;
const BAR_W = 330;
const VALUE_W = 270;
/**
 * Projected (the projector theme), the chart is drawn a quarter larger, at its own size in CSS
 * pixels (not fitted to its column), with 20 px labels: fitted, the 16 px labels of an 810-unit
 * chart in a narrower column read ~15 px on the screen (issue 18). A narrow column scrolls it.
 */
const READABLE_SCALE = 1.25;
/** The bars are shorter when projected, so the larger chart still fits a 1280-pixel screen's column. */
const READABLE_BAR_W = 170;
const READABLE_VALUE_W = 300;

/**
 * The alignment score as horizontal bars, one per section and one overall, each with its
 * value written as text (never colour or length alone). The SVG is one image whose name
 * reads every line, so a screen reader hears the whole chart at once.
 */
export function ScoreChart({
  score,
  className = '',
  readable = false,
}: {
  score: AlignmentScore;
  className?: string;
  /** For the room: larger, never scaled down to its column (see READABLE_SCALE). */
  readable?: boolean;
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
    W.scoreLine(r.title, pctText(r.score.pct), r.score.answered, r.score.total),
  );
  const height = rows.length * ROW + 8;
  const barW = readable ? READABLE_BAR_W : BAR_W;
  const width = LABEL_W + barW + (readable ? READABLE_VALUE_W : VALUE_W);
  const k = readable ? READABLE_SCALE : 1;
  const chart = (
    <svg
      className={`score-chart ${readable ? 'readable ' : ''}${className}`}
      viewBox={`0 0 ${width} ${height}`}
      width={readable ? width * k : '100%'}
      height={readable ? height * k : undefined}
      style={readable ? undefined : { maxWidth: `${width}px` }}
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
            <rect x={LABEL_W} y={y + 8} width={barW} height={22} rx={4} className="score-track" />
            {r.score.pct !== null && (
              <rect
                x={LABEL_W}
                y={y + 8}
                width={Math.max(2, (barW * pct) / 100)}
                height={22}
                rx={4}
                className={`score-bar ${band(pct)}`}
              />
            )}
            <text x={LABEL_W + barW + 10} y={y + 25} className="score-value">
              {pctText(r.score.pct)}
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
  return readable ? <div className="score-chart-scroll">{chart}</div> : chart;
}

const band = (pct: number) => (pct >= 75 ? 'high' : pct >= 50 ? 'mid' : 'low');
