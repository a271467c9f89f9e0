/**
 * The alignment score of the questionnaire: how far the teams agree, per question set and overall.
 */
import type { Agreement, Question, QuestionSet } from './records';

// ---- The alignment score ----

/**
 * How much a question's agreement counts: agree 1, partly 0.5, disagree 0. Questions the room
 * has not answered yet are left out (they neither raise nor lower the score).
 */
export const AGREEMENT_VALUE: Record<Agreement, number> = { agree: 1, partly: 0.5, disagree: 0 };

export interface Score {
  /** 0–100, or null when no question is answered. Not rounded. */
  readonly pct: number | null;
  readonly answered: number;
  readonly total: number;
}

export interface AlignmentScore {
  readonly sections: readonly { readonly set: QuestionSet; readonly score: Score }[];
  /**
   * Over every answered question of every section, each question weighing the same (so a
   * section with more answered questions weighs more than a short one). Not the mean of
   * the section scores: that would let one answered question outweigh ten.
   */
  readonly overall: Score;
}

export function scoreOf(questions: readonly Pick<Question, 'agreement'>[]): Score {
  let sum = 0;
  let answered = 0;
  for (const q of questions) {
    if (q.agreement === '') continue;
    sum += AGREEMENT_VALUE[q.agreement];
    answered++;
  }
  return { pct: answered ? (sum / answered) * 100 : null, answered, total: questions.length };
}

export function alignmentScore(
  sets: readonly QuestionSet[],
  questions: readonly Question[],
): AlignmentScore {
  const ordered = [...sets].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const known = new Set(ordered.map((s) => s.id));
  return {
    sections: ordered.map((set) => ({
      set,
      score: scoreOf(questions.filter((q) => q.setId === set.id)),
    })),
    overall: scoreOf(questions.filter((q) => known.has(q.setId))),
  };
}

/** "75%" or "—" when nothing is answered. */
export const formatPct = (pct: number | null) => (pct === null ? '—' : `${Math.round(pct)}%`);
