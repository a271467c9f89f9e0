import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ActionResult } from '../../renderer/src/document/actions/result';
import { addParkingLotItem, closeParked, parkedToAction, setParkedStatus } from '../../renderer/src/document/actions/workshop/actions';
import { readAll } from '../../renderer/src/document/actions/workshop/guard';
import { questionToAction } from '../../renderer/src/document/actions/workshop/questionnaire';
import { addParticipant, agendaOf, createSession, startSession } from '../../renderer/src/document/actions/workshop/sessions';
import { startAgendaItem } from '../../renderer/src/document/actions/workshop/timers';
import { startVoteRound } from '../../renderer/src/document/actions/workshop/votes';
import { buildBatonFile } from '../../renderer/src/document/file/format';
import { parseBatonFile } from '../../renderer/src/document/file/parse';
import { roomFreeCopy } from '../../renderer/src/document/file/roomState';
import { remainingMs } from '../../renderer/src/domain/workshop/timer';
import { undo } from '../../renderer/src/document/history';
import { actionGap, actionGaps, ownerChoices, suggestedDueDate } from '../../renderer/src/domain/workshop/actionGaps';
import { actionFromCard, actionFromParked, actionFromQuestion } from '../../renderer/src/domain/workshop/actionSentence';
import { QUESTION_SETS } from '../../renderer/src/domain/workshop/templates';
import { DEFAULT_TEAMS } from '../../renderer/src/domain/templates';
import { colourDistance, MIN_DELTA_E, pickParticipantColour } from '../../renderer/src/domain/workshop/participantColors';
import { refusalSentence } from '../../renderer/src/i18n/refusals';
import { projectWithMap } from './helpers';

function ok<T>(r: ActionResult<T>): T {
  if (!r.ok) throw new Error(refusalSentence(r.refusal));
  return r.value;
}

describe('an action’s sentence', () => {
  it('reads like something to do, for every standard question', () => {
    expect(actionFromQuestion('Do both teams agree which problems we solve for them?')).toBe('Agree which problems we solve for them');
    expect(actionFromQuestion('Do both teams agree on the stages the buyer goes through?')).toBe('Agree on the stages the buyer goes through');
    expect(actionFromQuestion('Does each team know which reports the other team runs?')).toBe('Make sure each team knows which reports the other team runs');
    expect(actionFromQuestion('Does every stage have one name that both teams use?')).toBe('Make sure every stage has one name that both teams use');
    expect(actionFromQuestion('Are the shared reports run as often by both teams?')).toBe('Make sure the shared reports are run as often by both teams');
    expect(actionFromQuestion('Is there jargon one team uses that the other does not understand?')).toBe('Clear up the jargon one team uses that the other does not understand');
    expect(actionFromQuestion('Is our content current, and does sales know where to find it?')).toBe('Make sure our content is current, and that sales knows where to find it');
    expect(actionFromQuestion('Did marketing and sales build the customer profiles together?')).toBe('Make sure marketing and sales build the customer profiles together');
    for (const set of QUESTION_SETS)
      for (const q of set.questions) {
        const a = actionFromQuestion(q);
        expect(a, q).not.toMatch(/\?|^Agree on: |^Settle: /);
        expect(a[0], q).toBe(a[0]!.toUpperCase());
      }
  });

  it('turns a parked question into a decision, keeps a statement, and prefixes a voted card', () => {
    expect(actionFromParked('Who owns webinar leads?')).toBe('Decide who owns webinar leads');
    expect(actionFromParked('Budget for the spring events')).toBe('Budget for the spring events');
    expect(actionFromParked('  Should success join the check-in ?')).toBe('Settle: Should success join the check-in');
    expect(actionFromCard(' Leads go cold  over the weekend ', true)).toBe('Fix: Leads go cold over the weekend');
    expect(actionFromCard('Webinar', false)).toBe('Act on: Webinar');
  });
});

describe('what an action still lacks', () => {
  const base = { id: 'a', title: 'T', owner: '', teamId: '', dueDate: '', status: 'open' as const };
  const teams = new Set(['team-sales']);

  it('flags an open action without a person or an existing team, and without a valid due date', () => {
    expect(actionGap(base, teams)).toEqual({ actionId: 'a', title: 'T', noOwner: true, noDue: true });
    expect(actionGap({ ...base, owner: ' Ana ', dueDate: '2026-01-05' }, teams)).toMatchObject({ noOwner: false, noDue: false });
    expect(actionGap({ ...base, teamId: 'team-sales' }, teams)).toMatchObject({ noOwner: false, noDue: true });
    // A team deleted since is no owner.
    expect(actionGap({ ...base, teamId: 'team-gone', dueDate: '2026-01-05' }, teams)).toMatchObject({ noOwner: true, noDue: false });
    expect(actionGap({ ...base, dueDate: '5 Jan' }, teams).noDue).toBe(true);
    // Done actions lack nothing.
    expect(actionGap({ ...base, status: 'done' }, teams)).toMatchObject({ noOwner: false, noDue: false });
    expect(actionGaps([base, { ...base, id: 'b', owner: 'Ana', dueDate: '2026-01-05' }], teams).map((g) => g.actionId)).toEqual(['a']);
  });

  it('suggests the next planned meeting as the due date, else a week from today', () => {
    expect(suggestedDueDate([], '2026-12-30')).toBe('2027-01-06');
    expect(
      suggestedDueDate(
        [
          { status: 'planned', date: '2027-02-01' },
          { status: 'planned', date: '2027-01-10' },
          { status: 'ended', date: '2027-01-03' },
          { status: 'planned', date: '2026-12-30' },
        ],
        '2026-12-30',
      ),
    ).toBe('2027-01-10');
  });

  it('offers every participant and earlier owner once, with their latest team', () => {
    const choices = ownerChoices(
      [
        { name: 'Ana', teamId: 'team-marketing', sessionId: 's1' },
        { name: 'ana ', teamId: 'team-sales', sessionId: 's2' },
        { name: 'Ben', teamId: '', sessionId: 's1' },
      ],
      [{ owner: 'Carla', teamId: 'team-success' }, { owner: '', teamId: 'team-sales' }],
      { s1: '2026-01-01', s2: '2026-02-01' },
    );
    expect(choices).toEqual([
      { name: 'Ana', teamId: 'team-sales' },
      { name: 'Ben', teamId: '' },
      { name: 'Carla', teamId: 'team-success' },
    ]);
  });
});

describe('the action prompt’s writers and the parking lot', () => {
  function running() {
    const p = projectWithMap();
    const sessionId = ok(createSession(p.doc, { templateId: 'tpl-alignment', date: '2026-03-04' }));
    ok(startSession(p.doc, sessionId));
    ok(addParticipant(p.doc, sessionId, 'Ana', 'team-marketing'));
    return { ...p, sessionId };
  }

  it('makes a question an action with the owner and due date the prompt asked for, in one undo step', () => {
    const p = running();
    const id = ok(questionToAction(p.doc, 'q-leads-1', p.sessionId, { title: ' Agree what a good lead is ', owner: 'Ana', teamId: 'team-marketing', dueDate: '2026-03-11' }));
    expect(readAll(p.doc, 'actionItems').find((a) => a.id === id)).toMatchObject({ title: 'Agree what a good lead is', owner: 'Ana', teamId: 'team-marketing', dueDate: '2026-03-11', questionId: 'q-leads-1', sessionId: p.sessionId });
    undo(p.doc);
    expect(readAll(p.doc, 'actionItems')).toHaveLength(0);
    // Without a draft the sentence still reads like an action.
    const plain = ok(questionToAction(p.doc, 'q-leads-1', p.sessionId));
    expect(readAll(p.doc, 'actionItems').find((a) => a.id === plain)!.title).toBe('Agree what makes a good lead');
  });

  it('turns a parked topic into an owned action and resolves it, one undo step brings both back', () => {
    const p = running();
    const parked = ok(addParkingLotItem(p.doc, 'Who owns webinar leads?', p.sessionId));
    const actionId = ok(parkedToAction(p.doc, parked, { title: 'Decide who owns webinar leads', owner: 'Ana', dueDate: '2026-03-18' }));
    expect(readAll(p.doc, 'parkingLot')[0]).toMatchObject({ status: 'resolved', actionId });
    expect(readAll(p.doc, 'actionItems')[0]).toMatchObject({ owner: 'Ana', dueDate: '2026-03-18' });
    undo(p.doc);
    expect(readAll(p.doc, 'actionItems')).toHaveLength(0);
    expect(readAll(p.doc, 'parkingLot')[0]).toMatchObject({ status: 'open', actionId: '' });
    // An empty sentence is refused and loses nothing.
    expect(parkedToAction(p.doc, parked, { title: '  ' }).ok).toBe(false);
    expect(readAll(p.doc, 'parkingLot')[0]!.status).toBe('open');
  });

  it('closes a parked topic with a reason; reopening clears it', () => {
    const p = running();
    const parked = ok(addParkingLotItem(p.doc, 'Events budget', p.sessionId));
    ok(closeParked(p.doc, parked, 'Settled: finance decides'));
    expect(readAll(p.doc, 'parkingLot')[0]).toMatchObject({ status: 'resolved', reason: 'Settled: finance decides' });
    undo(p.doc);
    expect(readAll(p.doc, 'parkingLot')[0]).toMatchObject({ status: 'open', reason: '' });
    ok(closeParked(p.doc, parked, 'Done'));
    ok(setParkedStatus(p.doc, parked, 'open'));
    expect(readAll(p.doc, 'parkingLot')[0]).toMatchObject({ status: 'open', reason: '' });
  });
});

describe('a shared copy leaves the room behind', () => {
  const T0 = 1_800_000_000_000;
  const MIN = 60_000;
  function inTheRoom() {
    const p = projectWithMap();
    const sessionId = ok(createSession(p.doc, { templateId: 'tpl-alignment', date: '2027-01-04' }, T0));
    ok(startSession(p.doc, sessionId, T0));
    const item = agendaOf(p.doc, sessionId)[0]!;
    ok(startAgendaItem(p.doc, item.id, T0));
    const pains = p.lanes().find((l) => l.kind === 'pains')!;
    const round = ok(startVoteRound(p.doc, { sessionId, mapId: p.mapId, laneIds: [pains.id], dots: 3, private: false }, T0));
    return { ...p, sessionId, itemId: item.id, round };
  }

  it('pauses running timers and closes open votes in a copy, and leaves the open project as it was', () => {
    const p = inTheRoom();
    const { copy, left } = roomFreeCopy(p.doc, T0 + 4 * MIN);
    expect(left).toEqual({ pausedTimers: 1, closedVotes: 1 });
    const timer = readAll(copy, 'agendaItems').find((i) => i.id === p.itemId)!;
    expect(timer.state).toBe('paused');
    // Frozen at the moment of the copy: hours later it still has the 11 minutes it had left.
    expect(remainingMs(timer, T0 + 300 * MIN)).toBe(11 * MIN);
    expect(readAll(copy, 'voteRounds')[0]!.status).toBe('closed');
    // Everything else is the same project.
    expect(readAll(copy, 'sessions')[0]!.id).toBe(p.sessionId);
    expect(copy.getMap('meta').get('title')).toBe(p.doc.getMap('meta').get('title'));
    // The original is untouched.
    expect(readAll(p.doc, 'agendaItems').find((i) => i.id === p.itemId)!.state).toBe('running');
    expect(readAll(p.doc, 'voteRounds')[0]!.status).toBe('open');
    copy.destroy();
  });

  it('writes a .baton whose state, read back, has no running timer and no open vote', async () => {
    const p = inTheRoom();
    const { copy } = roomFreeCopy(p.doc, T0 + MIN);
    const bytes = await buildBatonFile(copy, async () => undefined, { appVersion: 'test' });
    copy.destroy();
    const parsed = await parseBatonFile(bytes);
    if (!parsed.ok) throw new Error(parsed.detail);
    expect(readAll(parsed.file.doc, 'agendaItems').filter((i) => i.state === 'running')).toHaveLength(0);
    expect(readAll(parsed.file.doc, 'voteRounds').filter((r) => r.status === 'open')).toHaveLength(0);
    expect(readAll(parsed.file.doc, 'agendaItems').filter((i) => i.state === 'paused')).toHaveLength(1);
  });

  it('changes nothing when nothing runs', () => {
    const p = projectWithMap();
    const { copy, left } = roomFreeCopy(p.doc, T0);
    expect(left).toEqual({ pausedTimers: 0, closedVotes: 0 });
    expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(p.doc));
    copy.destroy();
  });
});

describe('participants’ dot colours', () => {
  const teams = DEFAULT_TEAMS.map((t) => t.color);

  it('measures colour distance in CIELAB (ΔE), symmetric and zero for the same colour', () => {
    expect(colourDistance('#2b8a3e', '#2b8a3e')).toBe(0);
    expect(colourDistance('#000000', '#ffffff')).toBeCloseTo(100, 0);
    expect(colourDistance('#2f6fdf', '#d9480f')).toBeCloseTo(colourDistance('#d9480f', '#2f6fdf'), 9);
    expect(colourDistance('nonsense', '#ffffff')).toBe(Infinity);
  });

  it('never gives a participant a colour near a team’s, nor near another participant’s while the palette lasts', () => {
    const taken: string[] = [];
    for (let i = 0; i < 20; i++) taken.push(pickParticipantColour(teams, taken));
    for (const c of taken) for (const t of teams) expect(colourDistance(c, t), `${c} vs ${t}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
    // The first ones are all different; later ones reuse the least-used colour, evenly.
    expect(new Set(taken.slice(0, 6)).size).toBe(6);
    const counts = [...new Set(taken)].map((c) => taken.filter((x) => x === c).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    // The old palette gave the second participant Sales' orange and the fourth Customer success' green.
    expect(taken).not.toContain('#d9480f');
  });

  it('with a project’s own team colours covering the palette, takes the colour farthest from them', () => {
    const palette = ['#ff0000', '#00ff00', '#0000ff'];
    expect(pickParticipantColour(['#ff0000', '#00ff00', '#0000f5'], [], palette)).toBe('#0000ff');
    expect(pickParticipantColour([], ['#ff0000'], palette)).toBe('#00ff00');
  });

  it('every participant added to a session gets a colour clear of the project’s teams', () => {
    const p = projectWithMap();
    const sessionId = ok(createSession(p.doc, { templateId: 'tpl-alignment' }));
    for (const n of ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli']) ok(addParticipant(p.doc, sessionId, n, 'team-sales'));
    const colours = readAll(p.doc, 'participants').map((x) => x.color);
    expect(new Set(colours).size).toBe(5);
    for (const c of colours) for (const t of teams) expect(colourDistance(c, t)).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });
});
