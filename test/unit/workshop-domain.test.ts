import { describe, expect, it } from 'vitest';
import { lockCovering } from '../../renderer/src/domain/workshop/locks';
import { workshopReaders } from '../../renderer/src/domain/workshop/readers';
import type { AgendaTimer, Answer, Question, Vote } from '../../renderer/src/domain/workshop/records';
import { alignmentScore, questionVerdict, scoreOf } from '../../renderer/src/domain/workshop/score';
import { elapsedMs, extendTimer, finishTimer, formatClock, idleTimer, isOverTime, pauseTimer, remainingMs, resumeTimer, skipTimer, startTimer, zeroAt } from '../../renderer/src/domain/workshop/timer';
import { isCardHidden, roundCardOrder, tallyVotes, dotsLeft, visibleVotes } from '../../renderer/src/domain/workshop/votes';

const MIN = 60_000;
const T0 = 1_700_000_000_000;

describe('the agenda timer', () => {
  it('counts down from the timebox while running', () => {
    const t = startTimer(idleTimer(10), T0);
    expect(t.state).toBe('running');
    expect(remainingMs(t, T0)).toBe(10 * MIN);
    expect(remainingMs(t, T0 + 3 * MIN)).toBe(7 * MIN);
    expect(isOverTime(t, T0 + 9 * MIN)).toBe(false);
  });

  it('stands still while paused and carries on after resume, pauses excluded', () => {
    let t = startTimer(idleTimer(10), T0);
    t = pauseTimer(t, T0 + 2 * MIN);
    expect(t.state).toBe('paused');
    expect(remainingMs(t, T0 + 2 * MIN)).toBe(8 * MIN);
    expect(remainingMs(t, T0 + 30 * MIN)).toBe(8 * MIN);
    t = resumeTimer(t, T0 + 5 * MIN);
    expect(t.accumulatedPauseMs).toBe(3 * MIN);
    expect(remainingMs(t, T0 + 6 * MIN)).toBe(7 * MIN);
    // A second pause adds to the first.
    t = resumeTimer(pauseTimer(t, T0 + 7 * MIN), T0 + 8 * MIN);
    expect(t.accumulatedPauseMs).toBe(4 * MIN);
    expect(elapsedMs(t, T0 + 10 * MIN)).toBe(6 * MIN);
  });

  it('extends by N minutes, also when already over time', () => {
    let t = startTimer(idleTimer(5), T0);
    expect(isOverTime(t, T0 + 5 * MIN)).toBe(true);
    expect(remainingMs(t, T0 + 6 * MIN)).toBe(-1 * MIN);
    t = extendTimer(t, 5);
    expect(t.extraMs).toBe(5 * MIN);
    expect(remainingMs(t, T0 + 6 * MIN)).toBe(4 * MIN);
    expect(isOverTime(t, T0 + 6 * MIN)).toBe(false);
    expect(zeroAt(t)).toBe(T0 + 10 * MIN);
  });

  it('signals over time exactly at zero, for running and paused items only', () => {
    const t = startTimer(idleTimer(1), T0);
    expect(isOverTime(t, T0 + MIN - 1)).toBe(false);
    expect(isOverTime(t, T0 + MIN)).toBe(true);
    expect(isOverTime(idleTimer(1), T0 + 99 * MIN)).toBe(false);
    expect(isOverTime(finishTimer(t, T0 + 2 * MIN), T0 + 3 * MIN)).toBe(false);
  });

  it('skip and done end the item and freeze its elapsed time; a paused skip keeps its pause out', () => {
    let t = startTimer(idleTimer(10), T0);
    t = pauseTimer(t, T0 + 4 * MIN);
    const skipped = skipTimer(t, T0 + 6 * MIN);
    expect(skipped.state).toBe('skipped');
    expect(skipped.pausedAt).toBeNull();
    expect(elapsedMs(skipped, T0 + 60 * MIN)).toBe(4 * MIN);
    expect(extendTimer(skipped, 5)).toBe(skipped);
    const doneT = finishTimer(startTimer(idleTimer(10), T0), T0 + 3 * MIN);
    expect(elapsedMs(doneT, T0 + 50 * MIN)).toBe(3 * MIN);
    // Starting a done item again is a fresh timer.
    const again = startTimer(doneT, T0 + 60 * MIN);
    expect(remainingMs(again, T0 + 60 * MIN)).toBe(10 * MIN);
  });

  it('survives a reload mid-timer: the stored fields alone give the same countdown', () => {
    let t = startTimer(idleTimer(15), T0);
    t = pauseTimer(t, T0 + MIN);
    t = resumeTimer(t, T0 + 2 * MIN);
    t = extendTimer(t, 5);
    // What the document stores, read back by the tolerant reader (as after a reload or on a peer).
    const stored = {
      state: t.state,
      minutes: t.minutes,
      startedAt: t.startedAt,
      accumulatedPauseMs: t.accumulatedPauseMs,
      extraMs: t.extraMs,
    };
    const reloaded: AgendaTimer = workshopReaders.agendaItems('a', stored);
    expect(remainingMs(reloaded, T0 + 10 * MIN)).toBe(remainingMs(t, T0 + 10 * MIN));
    expect(remainingMs(reloaded, T0 + 10 * MIN)).toBe(11 * MIN);
    // Pause, start and resume are idempotent where they should be.
    expect(startTimer(reloaded, T0 + 11 * MIN)).toBe(reloaded);
    expect(resumeTimer(reloaded, T0 + 11 * MIN)).toBe(reloaded);
  });

  it('formats the clock, with a minus sign over time', () => {
    expect(formatClock(10 * MIN)).toBe('10:00');
    expect(formatClock(61_500)).toBe('1:02');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-90_000)).toBe('−1:30');
    expect(formatClock(2 * 60 * MIN + 5000)).toBe('2:00:05');
  });
});

describe('the alignment score', () => {
  const q = (setId: string, id: string): Question => ({ id, setId, text: 'q', order: 1 });
  const said = (questionId: string, teamId: string, agreement: Answer['agreement'], sessionId = 's1'): Answer => ({
    id: `${sessionId}:${questionId}:${teamId}`,
    sessionId,
    questionId,
    teamId,
    text: '',
    agreement,
  });
  const scope = { sessionId: 's1', teamIds: ['m', 's'] };

  it('a question counts the mean of what the teams said; unanswered questions are left out', () => {
    const answers = [said('q1', 'm', 'agree'), said('q1', 's', 'disagree'), said('q2', 'm', 'partly'), said('q3', 'm', '')];
    const v = questionVerdict(answers, 'q1', scope);
    expect(v.value).toBe(0.5);
    expect(v.split).toBe(true);
    expect(v.open).toBe(true);
    expect(questionVerdict(answers, 'q3', scope).value).toBeNull();
    const s = scoreOf(['q1', 'q2', 'q3', 'q4'].map((id) => questionVerdict(answers, id, scope)));
    expect(s).toEqual({ pct: 50, answered: 2, total: 4 });
    expect(scoreOf([{ value: null }]).pct).toBeNull();
    // Every team agrees: nothing open.
    expect(questionVerdict([said('q1', 'm', 'agree'), said('q1', 's', 'agree')], 'q1', scope)).toMatchObject({ split: false, open: false, value: 1 });
  });

  it('scores each section and overall over every answered question, from one session and the current teams only', () => {
    const sets = [
      { id: 'b', title: 'Same language', order: 2 },
      { id: 'a', title: 'Customer profiles', order: 1 },
    ];
    const questions = [q('a', 'a1'), q('a', 'a2'), q('a', 'a3'), q('b', 'b1'), q('b', 'b2'), q('gone', 'g1')];
    const answers = [
      said('a1', 'm', 'agree'),
      said('a2', 'm', 'agree'),
      said('a3', 's', 'agree'),
      said('b1', 's', 'disagree'),
      said('g1', 's', 'disagree'),
      said('b2', 'removed-team', 'disagree'),
      said('b2', 'm', 'disagree', 'another-session'),
    ];
    const score = alignmentScore(sets, questions, answers, scope);
    expect(score.sections.map((x) => [x.set.title, x.score.pct])).toEqual([
      ['Customer profiles', 100],
      ['Same language', 0],
    ]);
    // 3 agrees and 1 disagree: 75% (not the mean of sections, 50%); questions of a deleted set don't count.
    expect(score.overall.pct).toBe(75);
    expect(score.overall.answered).toBe(4);
    expect(score.overall.total).toBe(5);
  });
});

describe('dot vote tallies', () => {
  const v = (participantId: string, cardId: string, at: number, roundId = 'r1'): Vote => ({
    id: `${participantId}-${cardId}-${at}`,
    roundId,
    participantId,
    cardId,
    at,
  });
  const opts = {
    roundId: 'r1',
    dots: 2,
    participantIds: new Set(['ana', 'ben']),
    cardOrder: ['c1', 'c2', 'c3'],
  };

  it('counts dots per card and ranks them, most first', () => {
    const t = tallyVotes([v('ana', 'c2', 1), v('ana', 'c2', 2), v('ben', 'c3', 3)], opts);
    expect(t.byCard.get('c2')).toBe(2);
    expect(t.ranked.map((r) => [r.cardId, r.dots, r.rank])).toEqual([
      ['c2', 2, 1],
      ['c3', 1, 2],
    ]);
  });

  it('never counts more dots than allowed per participant: the oldest win', () => {
    const t = tallyVotes([v('ana', 'c3', 30), v('ana', 'c1', 10), v('ana', 'c2', 20)], opts);
    expect(t.byParticipant.get('ana')).toBe(2);
    expect(t.byCard.has('c3')).toBe(false);
    expect(dotsLeft(t, 'ana', 2)).toBe(0);
    expect(dotsLeft(t, 'ben', 2)).toBe(2);
  });

  it('does not count the votes of a removed participant, votes on cards outside the round, or other rounds', () => {
    const t = tallyVotes(
      [
        v('ana', 'c1', 1),
        v('zoe', 'c1', 2),
        v('zoe', 'c1', 3),
        v('ben', 'gone', 4),
        v('ben', 'c2', 5, 'r2'),
      ],
      opts,
    );
    expect(t.byCard.get('c1')).toBe(1);
    expect(t.counted).toHaveLength(1);
    // Ben's dot on a deleted card is given back.
    expect(dotsLeft(t, 'ben', 2)).toBe(2);
  });

  it('ranks ties stably in the map’s order and gives them the same rank', () => {
    const t = tallyVotes(
      [v('ben', 'c3', 1), v('ana', 'c1', 2), v('ana', 'c2', 3), v('ben', 'c2', 4)],
      opts,
    );
    expect(t.ranked.map((r) => `${r.cardId}:${r.rank}`)).toEqual(['c2:1', 'c1:2', 'c3:2']);
  });

  it('hides a private round’s dots until the reveal: a participant sees only their own', () => {
    const t = tallyVotes([v('ana', 'c1', 1), v('ben', 'c2', 2)], opts);
    const priv = { private: true, revealed: false };
    expect(visibleVotes(priv, t.counted, { role: 'facilitator' })).toHaveLength(0);
    expect(
      visibleVotes(priv, t.counted, { role: 'participant', participantId: 'ana' }).map(
        (x) => x.cardId,
      ),
    ).toEqual(['c1']);
    expect(
      visibleVotes({ private: true, revealed: true }, t.counted, { role: 'facilitator' }),
    ).toHaveLength(2);
    expect(
      visibleVotes({ private: false, revealed: false }, t.counted, { role: 'facilitator' }),
    ).toHaveLength(2);
  });

  it('hides a participant’s private card from everyone else until the round is revealed', () => {
    const card = { authorId: 'ana', privateRoundId: 'r1' };
    const rounds = { r1: { revealed: false } };
    expect(isCardHidden(card, rounds, { role: 'facilitator' })).toBe(true);
    expect(isCardHidden(card, rounds, { role: 'participant', participantId: 'ben' })).toBe(true);
    expect(isCardHidden(card, rounds, { role: 'participant', participantId: 'ana' })).toBe(false);
    expect(isCardHidden(card, { r1: { revealed: true } }, { role: 'facilitator' })).toBe(false);
    expect(isCardHidden(card, {}, { role: 'facilitator' })).toBe(false);
    expect(isCardHidden({}, rounds, { role: 'facilitator' })).toBe(false);
  });

  it('orders a round’s cards stage by stage, then lane by lane', () => {
    const stages = [
      { id: 's2', mapId: 'm', order: 2 },
      { id: 's1', mapId: 'm', order: 1 },
    ];
    const lanes = [
      { id: 'pains', mapId: 'm', order: 5 },
      { id: 'ideas', mapId: 'm', order: 6 },
      { id: 'other', mapId: 'm', order: 1 },
    ];
    const card = (id: string, stageId: string, laneId: string, order: number) => ({
      id,
      mapId: 'm',
      stageId,
      laneId,
      order,
    });
    const cards = [
      card('x', 's2', 'pains', 1),
      card('y', 's1', 'ideas', 1),
      card('z', 's1', 'pains', 2),
      card('w', 's1', 'pains', 1),
      card('o', 's1', 'other', 1),
    ];
    expect(
      roundCardOrder({ mapId: 'm', laneIds: ['ideas', 'pains'] }, stages, lanes, cards),
    ).toEqual(['w', 'z', 'y', 'x']);
  });
});

describe('locks', () => {
  it('finds the most specific lock that covers a change', () => {
    const locks = {
      'lane:l1': { scope: 'lane' as const, targetId: 'l1' },
      'map:m': { scope: 'map' as const, targetId: 'm' },
    };
    expect(lockCovering(locks, { mapId: 'm', laneIds: ['l1'] })).toEqual({
      scope: 'lane',
      targetId: 'l1',
    });
    expect(lockCovering(locks, { mapId: 'm', laneIds: ['l2'] })).toEqual({
      scope: 'map',
      targetId: 'm',
    });
    expect(
      lockCovering(
        { 'stage:s': { scope: 'stage' as const, targetId: 's' } },
        { mapId: 'm', stageIds: ['s'] },
      )?.scope,
    ).toBe('stage');
    expect(lockCovering({}, { mapId: 'm', stageIds: ['s'], laneIds: ['l'] })).toBeUndefined();
  });
});
