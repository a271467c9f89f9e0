/**
 * The questionnaire per session (issue 23 item 5, issue 20's score per session): each team's
 * own statement in each session, last time's answers as a starting point, the score per
 * session as a trend and the change since the previous session — through the real writers.
 */
import { describe, expect, it } from 'vitest';
import type { ActionResult } from '../../renderer/src/document/actions/result';
import { setAnswer, setTeamAgreement, startFromAnswersOf } from '../../renderer/src/document/actions/workshop/questionnaire';
import { createSession, deleteSession, endSession, startSession } from '../../renderer/src/document/actions/workshop/sessions';
import { undo } from '../../renderer/src/document/history';
import { readSnapshot } from '../../renderer/src/document/projection';
import { projectScore, projectSessionScores, scoreChange, startingPointFor } from '../../renderer/src/domain/workshop/score';
import { refusalSentence } from '../../renderer/src/i18n/refusals';
import { projectWithMap } from './helpers';

const T0 = 1_700_000_000_000;
const DAY = 86_400_000;
const M = 'team-marketing';
const S = 'team-sales';

function ok<T>(r: ActionResult<T>): T {
  if (!r.ok) throw new Error(refusalSentence(r.refusal));
  return r.value;
}

function twoSessions() {
  const p = projectWithMap();
  const first = ok(createSession(p.doc, { templateId: 'tpl-alignment', date: '2026-10-01' }, T0));
  ok(startSession(p.doc, first, T0));
  ok(setAnswer(p.doc, first, 'q-leads-1', M, 'Anyone who downloads the guide'));
  ok(setTeamAgreement(p.doc, first, 'q-leads-1', M, 'agree'));
  ok(setTeamAgreement(p.doc, first, 'q-leads-1', S, 'disagree'));
  ok(setTeamAgreement(p.doc, first, 'q-leads-2', M, 'partly'));
  ok(setTeamAgreement(p.doc, first, 'q-leads-2', S, 'partly'));
  ok(endSession(p.doc, first, T0 + 60_000));
  const second = ok(createSession(p.doc, { templateId: 'tpl-weekly', date: '2026-10-15' }, T0 + 14 * DAY));
  return { ...p, first, second };
}

describe('the questionnaire per session', () => {
  it('each session keeps its own answers; the score per session is a trend, oldest first', () => {
    const p = twoSessions();
    // The first session: q1 50 (agree + disagree), q2 50 (partly + partly): 50% over 2 answered.
    expect(projectScore(readSnapshot(p.doc), p.first).overall).toMatchObject({ pct: 50, answered: 2 });
    // The second has nothing yet: not in the trend.
    expect(projectScore(readSnapshot(p.doc), p.second).overall.answered).toBe(0);
    expect(projectSessionScores(readSnapshot(p.doc)).map((t) => t.sessionId)).toEqual([p.first]);
    ok(setTeamAgreement(p.doc, p.second, 'q-leads-1', M, 'agree'));
    ok(setTeamAgreement(p.doc, p.second, 'q-leads-1', S, 'agree'));
    const trend = projectSessionScores(readSnapshot(p.doc));
    expect(trend.map((t) => [t.sessionId, t.score.overall.pct])).toEqual([
      [p.first, 50],
      [p.second, 100],
    ]);
    const change = scoreChange(trend)!;
    expect(change.current.sessionId).toBe(p.second);
    expect(change.previous!.sessionId).toBe(p.first);
    expect(change.delta).toBe(50);
    expect(scoreChange(trend, p.first)).toMatchObject({ previous: null, delta: null });
    expect(scoreChange([])).toBeNull();
  });

  it('offers the previous session’s answers as a starting point: copied in one undo step, never over what is there', () => {
    const p = twoSessions();
    const s = () => readSnapshot(p.doc);
    expect(startingPointFor(Object.values(s().sessions), Object.values(s().answers), p.second)).toBe(p.first);
    expect(startingPointFor(Object.values(s().sessions), Object.values(s().answers), p.first)).toBeNull();
    // Sales already moved on q-leads-1 in the new session: its statement stays.
    ok(setTeamAgreement(p.doc, p.second, 'q-leads-1', S, 'agree'));
    const copied = startFromAnswersOf(p.doc, p.second, p.first);
    expect(copied.ok && copied.value).toBe(3);
    const mine = Object.values(s().answers).filter((a) => a.sessionId === p.second);
    expect(mine.map((a) => [a.questionId, a.teamId, a.agreement, a.text]).sort()).toEqual(
      [
        ['q-leads-1', M, 'agree', 'Anyone who downloads the guide'],
        ['q-leads-1', S, 'agree', ''],
        ['q-leads-2', M, 'partly', ''],
        ['q-leads-2', S, 'partly', ''],
      ].sort(),
    );
    // The first session's answers are untouched.
    expect(projectScore(s(), p.first).overall.pct).toBe(50);
    undo(p.doc);
    expect(Object.values(s().answers).filter((a) => a.sessionId === p.second)).toHaveLength(1);
  });

  it('answers outside any session are kept and offered to the first session; deleting a session takes its answers', () => {
    const p = projectWithMap();
    const session = ok(createSession(p.doc, { templateId: 'tpl-alignment', date: '2026-10-01' }, T0));
    ok(deleteSession(p.doc, session));
    ok(setTeamAgreement(p.doc, '', 'q-leads-1', M, 'disagree'));
    expect(projectSessionScores(readSnapshot(p.doc)).map((t) => [t.sessionId, t.score.overall.pct])).toEqual([['', 0]]);
    const next = ok(createSession(p.doc, { templateId: 'tpl-alignment', date: '2026-10-02' }, T0));
    const s = readSnapshot(p.doc);
    expect(startingPointFor(Object.values(s.sessions), Object.values(s.answers), next)).toBe('');
    ok(setTeamAgreement(p.doc, next, 'q-leads-1', M, 'agree'));
    ok(deleteSession(p.doc, next));
    expect(Object.values(readSnapshot(p.doc).answers).map((a) => a.sessionId)).toEqual(['']);
    // A session that does not exist takes no answers.
    expect(setTeamAgreement(p.doc, 'no-such-session', 'q-leads-1', M, 'agree').ok).toBe(false);
  });
});
