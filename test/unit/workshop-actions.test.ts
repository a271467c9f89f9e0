import { refusalSentence } from '../../renderer/src/i18n/refusals';
import type { ActionResult } from '../../renderer/src/document/actions/result';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  deleteCards,
  moveCards,
  renameLane,
  renameStage,
  updateCardText,
} from '../../renderer/src/document/actions';
import { readAll } from '../../renderer/src/document/actions/workshop/guard';
import { setLock } from '../../renderer/src/document/actions/workshop/locks';
import { parkQuestion, questionToAction, setTeamAgreement, setAnswer } from '../../renderer/src/document/actions/workshop/questionnaire';
import { addParticipant, agendaOf, createSession, endSession, removeParticipant, startSession } from '../../renderer/src/document/actions/workshop/sessions';
import { saveAgendaAsTemplate } from '../../renderer/src/document/actions/workshop/templates';
import { extendAgendaItem, pauseAgendaItem, skipAgendaItem, startAgendaItem } from '../../renderer/src/document/actions/workshop/timers';
import { castVote, retractVote, revealVoteRound, roundTally, startVoteRound } from '../../renderer/src/document/actions/workshop/votes';
import { FACILITATOR, setIdentity } from '../../renderer/src/document/identity';
import { undo } from '../../renderer/src/document/history';
import { ORIGIN } from '../../renderer/src/document/schema';
import { templateList } from '../../renderer/src/domain/workshop/templates';
import { remainingMs } from '../../renderer/src/domain/workshop/timer';
import { projectWithMap } from './helpers';

const T0 = 1_700_000_000_000;
const MIN = 60_000;

afterEach(() => setIdentity('p1', FACILITATOR));

function ok<T>(r: ActionResult<T>): T {
  if (!r.ok) throw new Error(refusalSentence(r.refusal));
  return r.value;
}

function runningAlignmentSession() {
  const p = projectWithMap();
  const sessionId = ok(
    createSession(p.doc, { templateId: 'tpl-alignment', date: '2025-03-04' }, T0),
  );
  ok(startSession(p.doc, sessionId, T0));
  const ana = ok(addParticipant(p.doc, sessionId, 'Ana', 'team-marketing'));
  const ben = ok(addParticipant(p.doc, sessionId, 'Ben', 'team-sales'));
  return { ...p, sessionId, ana, ben };
}

describe('sessions and the agenda', () => {
  it('creates a session from the alignment template with its ten items and the standard questions', () => {
    const p = projectWithMap();
    const id = ok(createSession(p.doc, { templateId: 'tpl-alignment' }, T0));
    const items = agendaOf(p.doc, id);
    expect(items.map((i) => i.title)).toEqual([
      'Customer profiles',
      'Same language',
      'Buyer behaviour',
      'Leads',
      'Content and social',
      'Map the journey',
      'Mark the handoffs',
      'Set shared KPIs',
      'Vote on the biggest pains',
      'Assign actions',
    ]);
    expect(items[0]!.questionSetId).toBe('qs-profiles');
    expect(readAll(p.doc, 'questionSets')).toHaveLength(5);
    // A second session does not add the questions twice.
    ok(createSession(p.doc, { templateId: 'tpl-alignment' }, T0));
    expect(readAll(p.doc, 'questionSets')).toHaveLength(5);
  });

  it('runs the timer through the document: start, pause, extend, skip starts the next item', () => {
    const p = runningAlignmentSession();
    const [first, second] = agendaOf(p.doc, p.sessionId);
    ok(startAgendaItem(p.doc, first!.id, T0));
    ok(pauseAgendaItem(p.doc, first!.id, T0 + 5 * MIN));
    ok(extendAgendaItem(p.doc, first!.id, 5));
    let items = agendaOf(p.doc, p.sessionId);
    expect(items[0]!.state).toBe('paused');
    expect(remainingMs(items[0]!, T0 + 50 * MIN)).toBe(15 * MIN);
    ok(skipAgendaItem(p.doc, first!.id, T0 + 6 * MIN));
    items = agendaOf(p.doc, p.sessionId);
    expect(items[0]!.state).toBe('skipped');
    expect(items[1]!.id).toBe(second!.id);
    expect(items[1]!.state).toBe('running');
    expect(items[1]!.startedAt).toBe(T0 + 6 * MIN);
    // Starting another item ends the running one.
    ok(startAgendaItem(p.doc, items[3]!.id, T0 + 7 * MIN));
    items = agendaOf(p.doc, p.sessionId);
    expect(items[1]!.state).toBe('done');
    expect(items[3]!.state).toBe('running');
  });

  it('refuses to start an item before the session starts, and a second running session', () => {
    const p = projectWithMap();
    const a = ok(createSession(p.doc, { templateId: 'tpl-weekly' }, T0));
    const item = agendaOf(p.doc, a)[0]!;
    expect(startAgendaItem(p.doc, item.id, T0).ok).toBe(false);
    ok(startSession(p.doc, a, T0));
    const b = ok(createSession(p.doc, { templateId: 'tpl-weekly' }, T0));
    const r = startSession(p.doc, b, T0);
    expect(r.ok).toBe(false);
    ok(endSession(p.doc, a, T0 + MIN));
    ok(startSession(p.doc, b, T0 + 2 * MIN));
  });

  it('saves an agenda as a new template and carries participants into the next session', () => {
    const p = runningAlignmentSession();
    const tplId = ok(saveAgendaAsTemplate(p.doc, p.sessionId, 'Our workshop'));
    const list = templateList(
      Object.fromEntries(readAll(p.doc, 'sessionTemplates').map((t) => [t.id, t])),
    );
    expect(list.map((t) => t.name)).toContain('Our workshop');
    const next = ok(createSession(p.doc, { templateId: tplId, date: '2025-03-11' }, T0 + 1));
    expect(agendaOf(p.doc, next)).toHaveLength(10);
    expect(
      readAll(p.doc, 'participants')
        .filter((x) => x.sessionId === next)
        .map((x) => x.name),
    ).toEqual(['Ana', 'Ben']);
  });

  it('ends a session: the running item is done and open votes close', () => {
    const p = runningAlignmentSession();
    const item = agendaOf(p.doc, p.sessionId)[0]!;
    ok(startAgendaItem(p.doc, item.id, T0));
    const lane = p.lanes().find((l) => l.kind === 'pains')!;
    const round = ok(
      startVoteRound(p.doc, {
        sessionId: p.sessionId,
        mapId: p.mapId,
        laneIds: [lane.id],
        dots: 3,
        private: false,
      }),
    );
    ok(endSession(p.doc, p.sessionId, T0 + MIN));
    expect(agendaOf(p.doc, p.sessionId)[0]!.state).toBe('done');
    expect(readAll(p.doc, 'voteRounds').find((r) => r.id === round)!.status).toBe('closed');
  });
});

describe('the questionnaire', () => {
  it('records each team’s answer and turns a disagreement into an action or a parked topic in one step', () => {
    const p = runningAlignmentSession();
    const q = readAll(p.doc, 'questions').find((x) => x.id === 'q-leads-1')!;
    ok(setAnswer(p.doc, p.sessionId, q.id, 'team-marketing', 'Anyone who downloads the guide'));
    ok(setAnswer(p.doc, p.sessionId, q.id, 'team-sales', 'A budget and a project this quarter'));
    ok(setTeamAgreement(p.doc, p.sessionId, q.id, 'team-sales', 'disagree'));
    expect(readAll(p.doc, 'answers').find((a) => a.teamId === 'team-sales')).toMatchObject({ sessionId: p.sessionId, agreement: 'disagree' });
    const actionId = ok(questionToAction(p.doc, q.id));
    const action = readAll(p.doc, 'actionItems').find((a) => a.id === actionId)!;
    expect(action.title).toMatch(/good lead/);
    expect(action.sessionId).toBe(p.sessionId);
    expect(action.status).toBe('open');
    undo(p.doc);
    expect(readAll(p.doc, 'actionItems')).toHaveLength(0);
    ok(parkQuestion(p.doc, q.id));
    expect(readAll(p.doc, 'parkingLot')[0]!.questionId).toBe(q.id);
    expect(
      readAll(p.doc, 'answers')
        .map((a) => a.text)
        .sort(),
    ).toEqual(['A budget and a project this quarter', 'Anyone who downloads the guide']);
  });
});

describe('dot votes', () => {
  function voteOnPains(priv = false) {
    const p = runningAlignmentSession();
    const pains = p.lanes().find((l) => l.kind === 'pains')!;
    const stages = p.stages();
    const c1 = ok(
      addCard(
        p.doc,
        { mapId: p.mapId, stageId: stages[0]!.id, laneId: pains.id },
        'Slow follow-up',
      ),
    );
    const c2 = ok(
      addCard(
        p.doc,
        { mapId: p.mapId, stageId: stages[1]!.id, laneId: pains.id },
        'Pricing unclear',
      ),
    );
    const other = ok(addCard(p.doc, p.cell(0), 'Not a pain'));
    const roundId = ok(
      startVoteRound(
        p.doc,
        { sessionId: p.sessionId, mapId: p.mapId, laneIds: [pains.id], dots: 2, private: priv },
        T0,
      ),
    );
    const round = () => readAll(p.doc, 'voteRounds').find((r) => r.id === roundId)!;
    return { ...p, pains, c1, c2, other, roundId, round };
  }

  it('refuses a dot beyond the limit and on a card outside the voted lanes', () => {
    const v = voteOnPains();
    ok(castVote(v.doc, v.roundId, v.ana, v.c1, T0 + 1));
    ok(castVote(v.doc, v.roundId, v.ana, v.c1, T0 + 2));
    const third = castVote(v.doc, v.roundId, v.ana, v.c2, T0 + 3);
    expect(third.ok).toBe(false);
    expect(castVote(v.doc, v.roundId, v.ben, v.other, T0 + 4).ok).toBe(false);
    ok(retractVote(v.doc, v.roundId, v.ana, v.c1));
    ok(castVote(v.doc, v.roundId, v.ana, v.c2, T0 + 5));
    const t = roundTally(v.doc, v.round());
    expect(t.byCard.get(v.c1)).toBe(1);
    expect(t.byCard.get(v.c2)).toBe(1);
  });

  it('stops counting a removed participant’s dots, and counts them again after undo', () => {
    const v = voteOnPains();
    ok(castVote(v.doc, v.roundId, v.ana, v.c1, T0 + 1));
    ok(castVote(v.doc, v.roundId, v.ben, v.c1, T0 + 2));
    ok(removeParticipant(v.doc, v.ben));
    expect(roundTally(v.doc, v.round()).byCard.get(v.c1)).toBe(1);
    undo(v.doc);
    expect(roundTally(v.doc, v.round()).byCard.get(v.c1)).toBe(2);
  });

  it('a participant votes only for themself', () => {
    const v = voteOnPains();
    setIdentity('p1', { role: 'participant', participantId: v.ana });
    expect(castVote(v.doc, v.roundId, v.ben, v.c1).ok).toBe(false);
    ok(castVote(v.doc, v.roundId, v.ana, v.c1));
    expect(revealVoteRound(v.doc, v.roundId).ok).toBe(false);
  });

  it('in private mode, a participant’s new card carries its author and round until the reveal', () => {
    const v = voteOnPains(true);
    setIdentity('p1', { role: 'participant', participantId: v.ana });
    const mine = ok(
      addCard(
        v.doc,
        { mapId: v.mapId, stageId: v.stages()[2]!.id, laneId: v.pains.id },
        'Demo takes weeks',
      ),
    );
    const card = v.snap().cards[mine]!;
    expect(card.authorId).toBe(v.ana);
    expect(card.privateRoundId).toBe(v.roundId);
    setIdentity('p1', FACILITATOR);
    const facilitatorCard = ok(
      addCard(v.doc, { mapId: v.mapId, stageId: v.stages()[2]!.id, laneId: v.pains.id }, 'Visible'),
    );
    expect(v.snap().cards[facilitatorCard]!.authorId).toBeUndefined();
    ok(revealVoteRound(v.doc, v.roundId));
    expect(v.round().revealed).toBe(true);
  });
});

describe('facilitator locks', () => {
  it('a participant can’t change a locked lane, stage or map; the facilitator can', () => {
    const p = runningAlignmentSession();
    const pains = p.lanes().find((l) => l.kind === 'pains')!;
    const stage = p.stages()[0]!;
    const cell = { mapId: p.mapId, stageId: stage.id, laneId: pains.id };
    const card = ok(addCard(p.doc, cell, 'Before the lock'));
    ok(setLock(p.doc, 'lane', pains.id, true));

    setIdentity('p1', { role: 'participant', participantId: p.ana });
    const refusedAdd = addCard(p.doc, cell, 'Sneaky');
    expect(refusedAdd.ok).toBe(false);
    expect(!refusedAdd.ok && refusalSentence(refusedAdd.refusal)).toMatch(/locked the lane “Pain points”/);
    expect(updateCardText(p.doc, card, 'Edited').ok).toBe(false);
    expect(deleteCards(p.doc, [card]).ok).toBe(false);
    expect(renameLane(p.doc, pains.id, 'Pains').ok).toBe(false);
    // Moving a card into the locked lane is refused too.
    const free = ok(addCard(p.doc, p.cell(0), 'Free'));
    expect(moveCards(p.doc, [free], cell).ok).toBe(false);
    // Participants can't unlock.
    expect(setLock(p.doc, 'lane', pains.id, false).ok).toBe(false);

    setIdentity('p1', FACILITATOR);
    ok(updateCardText(p.doc, card, 'Edited by the facilitator'));
    ok(setLock(p.doc, 'map', p.mapId, true));
    ok(setLock(p.doc, 'lane', pains.id, false));
    setIdentity('p1', { role: 'participant', participantId: p.ana });
    expect(renameStage(p.doc, stage.id, 'Nope').ok).toBe(false);
    expect(addCard(p.doc, p.cell(1), 'Nope').ok).toBe(false);
  });

  it('locks travel to another copy of the project like any record', () => {
    const p = runningAlignmentSession();
    const lane = p.lanes()[0]!;
    ok(setLock(p.doc, 'lane', lane.id, true));
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(p.doc), ORIGIN.remote);
    setIdentity('p1', { role: 'participant', participantId: p.ana });
    const r = renameLane(peer, lane.id, 'x');
    expect(r.ok).toBe(false);
  });
});
