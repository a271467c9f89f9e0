/** Issue 23 item 7: the lead-score calculator's status is true and said once (domain/alignment.ts scoreVerdict). */
import { describe, expect, it } from 'vitest';
import { scoreVerdict, type ScoringRules } from '../../renderer/src/domain/leadScore';
import { A } from '../../renderer/src/features/alignment/strings';

const rules = (threshold: unknown): ScoringRules => ({
  fitRules: [{ id: 'f1', attribute: 'Company size', value: '200-1000', points: 20 }],
  engagementRules: [{ id: 'e1', action: 'Requested a demo', points: 40, decayPerWeek: 5 }],
  threshold,
});
const blank = { attributes: { 'Company size': '' }, actions: [] };
const said = (r: ScoringRules, lead: Parameters<typeof scoreVerdict>[1]) => A.scoreVerdict(scoreVerdict(r, lead).verdict);

describe('lead scoring status', () => {
  it('rules and a threshold but no sample lead: asks for a sample lead to test that threshold, no "Score 0"', () => {
    expect(scoreVerdict(rules(60), blank).verdict).toEqual({ kind: 'no-sample', threshold: 60, badThreshold: false });
    expect(said(rules(60), blank)).toBe('Add a sample lead to test the threshold of 60.');
    expect(said(rules(null), blank)).toBe('Set a threshold, then add a sample lead to test it.');
    expect(said(rules('sixty'), blank)).toBe('The threshold is not a number, so nothing can pass yet. Then add a sample lead to test it.');
  });

  it('a sample lead: its score and the verdict, each once; a threshold that is not a number is said once', () => {
    const lead = { attributes: { 'Company size': '200-1000' }, actions: [] };
    expect(said(rules(60), lead)).toBe('Score 20 — below the threshold of 60: does not pass yet.');
    expect(said(rules(20), lead)).toBe('Score 20 — at or above the threshold of 20: passes.');
    expect(said(rules(''), lead)).toBe('Score 20 — set a threshold to see whether it passes.');
    const bad = scoreVerdict(rules('sixty'), lead);
    expect(A.scoreVerdict(bad.verdict)).toBe('Score 20 — the threshold is not a number, so nothing can pass yet.');
    expect(bad.problems).toEqual([]);
    expect(bad.result.problems).toEqual([{ kind: 'bad-threshold' }]);
    for (const s of [said(rules(60), lead), said(rules(60), blank), said(rules(null), lead)]) expect(s.match(/Score/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('an action done counts as a sample lead even with no attribute typed; no rules asks for rules', () => {
    const lead = { attributes: { 'Company size': ' ' }, actions: [{ action: 'Requested a demo', weeksAgo: '' }] };
    expect(said(rules(60), lead)).toBe('Score 40 — below the threshold of 60: does not pass yet.');
    expect(scoreVerdict({ fitRules: [{ id: 'f', attribute: ' ', value: '', points: 1 }], engagementRules: [], threshold: 60 }, blank).verdict).toEqual({ kind: 'no-rules' });
  });
});
