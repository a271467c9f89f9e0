/**
 * The presenter view's rules in the document (issue 18 item 5): stepping to a stage moves the
 * room's focus with no undo step and never takes it off; the vote on the projector is the open
 * one, else the latest closed one while it is still the agenda's business.
 */
import { describe, expect, it } from 'vitest';
import type { ActionResult } from '../../renderer/src/document/actions/result';
import { addCard } from '../../renderer/src/document/actions';
import { agendaOf, createSession, followStage, setFocusStage, startSession } from '../../renderer/src/document/actions/workshop/sessions';
import { startAgendaItem } from '../../renderer/src/document/actions/workshop/timers';
import { closeVoteRound, startVoteRound } from '../../renderer/src/document/actions/workshop/votes';
import { undo } from '../../renderer/src/document/history';
import { presenterRound } from '../../renderer/src/features/workshop/Presenter';
import { refusalSentence } from '../../renderer/src/i18n/refusals';
import { projectWithMap } from './helpers';

const T0 = 1_700_000_000_000;
function ok<T>(r: ActionResult<T>): T {
  if (!r.ok) throw new Error(refusalSentence(r.refusal));
  return r.value;
}

function running() {
  const p = projectWithMap();
  const sessionId = ok(createSession(p.doc, { templateId: 'tpl-alignment', date: '2026-10-01' }, T0));
  ok(startSession(p.doc, sessionId, T0));
  return { ...p, sessionId, session: () => p.snap().sessions[sessionId]! };
}

describe('the presenter follows the facilitator', () => {
  it('stepping to a stage puts it in focus, is no undo step and never takes the focus off', () => {
    const p = running();
    const [a, b] = p.stages();
    ok(setFocusStage(p.doc, p.sessionId, p.mapId, a!.id));
    const before = p.cards().length;
    ok(addCard(p.doc, p.cell(0)));
    expect(ok(followStage(p.doc, p.sessionId, p.mapId, b!.id))).toBe(true);
    expect(p.session()).toMatchObject({ focusMapId: p.mapId, focusStageId: b!.id });
    // Again on the same stage: it stays in focus (the stage's own button would take it off).
    expect(ok(followStage(p.doc, p.sessionId, p.mapId, b!.id))).toBe(false);
    expect(p.session().focusStageId).toBe(b!.id);
    // Undo takes back the last edit (the card), not a step through the map.
    undo(p.doc);
    expect(p.cards()).toHaveLength(before);
    expect(p.session().focusStageId).toBe(b!.id);
  });
});

describe('the vote on the projector', () => {
  it('is the open round, else the latest closed one while the agenda is on it', () => {
    const p = running();
    const items = agendaOf(p.doc, p.sessionId);
    const vote = items.find((i) => i.link === 'vote')!;
    const map = items.find((i) => i.link === 'map')!;
    const pains = p.lanes().find((l) => l.kind === 'pains')!.id;
    ok(startAgendaItem(p.doc, vote.id, T0 + 1000));
    const round = ok(startVoteRound(p.doc, { sessionId: p.sessionId, mapId: p.mapId, laneIds: [pains], dots: 3, private: false }, T0 + 2000));
    const item = (id: string) => p.snap().agendaItems[id]!;
    expect(presenterRound(p.snap(), p.sessionId, item(vote.id))?.id).toBe(round);
    ok(closeVoteRound(p.doc, round));
    expect(presenterRound(p.snap(), p.sessionId, item(vote.id))?.id).toBe(round);
    expect(presenterRound(p.snap(), p.sessionId, undefined)?.id).toBe(round);
    // The agenda moves on to the map: the results leave the screen to the stage.
    ok(startAgendaItem(p.doc, map.id, T0 + 60_000));
    expect(presenterRound(p.snap(), p.sessionId, item(map.id))).toBeUndefined();
  });
});
