/**
 * The hardest moment of a journey: the stage where the customer feels worst on any scored
 * emotion curve (the map's own or a persona's). The report's summary, the map model and any
 * screen that names it read this one rule. Pure: no imports.
 */

/** One curve's scores, one per stage in stage order; `scored` when anyone set a point on it. */
export interface CurveScores {
  readonly scores: readonly number[];
  readonly scored: boolean;
}

export interface HardestMoment {
  readonly stageIndex: number;
  readonly score: number;
  /** Which of the given curves holds it. */
  readonly curveIndex: number;
}

/**
 * The lowest point below 0 over every scored curve; null when no curve dips below 0. On a tie
 * the earlier stage wins, then the earlier curve (the legend's order), so it never flickers.
 */
export function hardestMoment(curves: readonly CurveScores[]): HardestMoment | null {
  let best: HardestMoment | null = null;
  curves.forEach((c, curveIndex) => {
    if (!c.scored) return;
    c.scores.forEach((score, stageIndex) => {
      if (score >= 0) return;
      if (!best || score < best.score || (score === best.score && stageIndex < best.stageIndex)) {
        best = { stageIndex, score, curveIndex };
      }
    });
  });
  return best;
}
