import { refusalSentence } from '../../renderer/src/i18n/refusals';
import type { ActionResult } from '../../renderer/src/document/actions/result';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  askForContent,
  deleteRequest,
  resetPriorityRule,
  setDeliveredPiece,
  setPriorityRule,
  setRequestDueDate,
  setRequestImpact,
  setRequestStatus,
  setRequestText,
} from '../../renderer/src/document/actions/requests';
import { undo } from '../../renderer/src/document/history';
import { readSnapshot } from '../../renderer/src/document/projection';
import { priorityOf, ruleOf } from '../../renderer/src/domain/requests';
import { projectWithMap } from './helpers';

function ok<T>(r: ActionResult<T>): T {
  if (!r.ok) throw new Error(refusalSentence(r.refusal));
  return r.value;
}

const T0 = Date.UTC(2025, 2, 10, 12);

describe('content request actions', () => {
  it('files a request with only "what": team Sales, impact 3, status new', () => {
    const p = projectWithMap();
    const id = ok(askForContent(p.doc, { what: '  A case study from a bank  ' }, T0));
    const r = p.snap().contentRequests[id]!;
    expect(r).toMatchObject({ what: 'A case study from a bank', teamId: 'team-sales', impact: 3, status: 'new', owner: '', createdAt: T0 });
    expect(askForContent(p.doc, { what: '   ' }).ok).toBe(false);
  });

  it('keeps the stage, persona and due date it was given, and drops ids that do not exist', () => {
    const p = projectWithMap();
    const stageId = p.stages()[2]!.id;
    const id = ok(
      askForContent(p.doc, { what: 'ROI one-pager', stageId, personaId: 'nobody', teamId: 'team-marketing', dueDate: '2025-03-20', impact: 9, why: 'Objection: too expensive' }, T0),
    );
    expect(p.snap().contentRequests[id]).toMatchObject({ stageId, personaId: '', teamId: 'team-marketing', dueDate: '2025-03-20', impact: 5, why: 'Objection: too expensive' });
  });

  it('takes a request through triage, each step one undo step', () => {
    const p = projectWithMap();
    const id = ok(askForContent(p.doc, { what: 'Security FAQ' }, T0));
    ok(setRequestStatus(p.doc, id, 'accepted', {}, T0 + 1));
    ok(setRequestImpact(p.doc, id, 5));
    ok(setRequestDueDate(p.doc, id, '2025-03-14'));
    const r = p.snap().contentRequests[id]!;
    expect(priorityOf(r, ruleOf(p.snap().requestRules), '2025-03-10').score).toBe(20);
    // No delivery without an owner…
    const refused = setRequestStatus(p.doc, id, 'delivered', { delivered: 'https://example.com/faq' });
    expect(refused.ok).toBe(false);
    expect(p.snap().contentRequests[id]!.status).toBe('accepted');
    // …with one, given in the same gesture.
    ok(setRequestStatus(p.doc, id, 'delivered', { owner: 'Mia', delivered: 'https://example.com/faq' }, T0 + 2));
    expect(p.snap().contentRequests[id]).toMatchObject({ status: 'delivered', owner: 'Mia', delivered: 'https://example.com/faq', statusAt: T0 + 2 });
    undo(p.doc);
    expect(p.snap().contentRequests[id]).toMatchObject({ status: 'accepted', owner: '', delivered: '' });
    undo(p.doc);
    expect(p.snap().contentRequests[id]!.dueDate).toBe('');
  });

  it('declines only with a reason, and reopens', () => {
    const p = projectWithMap();
    const id = ok(askForContent(p.doc, { what: 'A video' }, T0));
    const r = setRequestStatus(p.doc, id, 'declined');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(refusalSentence(r.refusal)).toMatch(/why/i);
    ok(setRequestStatus(p.doc, id, 'declined', { reason: 'No budget this quarter' }));
    expect(p.snap().contentRequests[id]).toMatchObject({ status: 'declined', declineReason: 'No budget this quarter' });
    ok(setRequestStatus(p.doc, id, 'accepted'));
    expect(p.snap().contentRequests[id]!.status).toBe('accepted');
    const skip = setRequestStatus(p.doc, id, 'new');
    expect(skip.ok).toBe(false);
    if (!skip.ok) expect(refusalSentence(skip.refusal)).toContain('It can become: in progress, delivered, declined');
  });

  it('validates the delivered link but keeps a file reference as written', () => {
    const p = projectWithMap();
    const id = ok(askForContent(p.doc, { what: 'Deck' }, T0));
    expect(setDeliveredPiece(p.doc, id, 'javascript:alert(1)').ok).toBe(false);
    expect(setDeliveredPiece(p.doc, id, 'https://').ok).toBe(false);
    ok(setDeliveredPiece(p.doc, id, 'Sales kit › Decks › Bank.pptx'));
    expect(p.snap().contentRequests[id]!.delivered).toBe('Sales kit › Decks › Bank.pptx');
    ok(setDeliveredPiece(p.doc, id, 'https://Example.com/a b'.replace(' ', '%20')));
    expect(p.snap().contentRequests[id]!.delivered).toBe('https://example.com/a%20b');
  });

  it('types into one undo step with a merge key, and never empties "what"', () => {
    const p = projectWithMap();
    const id = ok(askForContent(p.doc, { what: 'Deck' }, T0));
    ok(setRequestText(p.doc, id, 'why', 'A', 'k1'));
    ok(setRequestText(p.doc, id, 'why', 'A deal', 'k1'));
    undo(p.doc);
    expect(p.snap().contentRequests[id]!.why).toBe('');
    expect(setRequestText(p.doc, id, 'what', ' ').ok).toBe(false);
  });

  it('deletes a request; undo brings it back', () => {
    const p = projectWithMap();
    const id = ok(askForContent(p.doc, { what: 'Deck' }, T0));
    expect(ok(deleteRequest(p.doc, id))).toBe('Deck');
    expect(p.snap().contentRequests[id]).toBeUndefined();
    undo(p.doc);
    expect(p.snap().contentRequests[id]!.what).toBe('Deck');
  });
});

describe('the priority rule stored in the document', () => {
  it('changes weights, refuses bands that do not increase, undoes and resets', () => {
    const p = projectWithMap();
    expect(ruleOf(p.snap().requestRules).overdue).toBe(5);
    ok(setPriorityRule(p.doc, { overdue: 8, days1: 3 }));
    let rule = ruleOf(p.snap().requestRules);
    expect(rule.overdue).toBe(8);
    expect(rule.bands[0]).toEqual({ days: 3, urgency: 4 });
    expect(setPriorityRule(p.doc, { days2: 2 }).ok).toBe(false);
    expect(setPriorityRule(p.doc, { urgency1: 11 }).ok).toBe(false);
    expect(setPriorityRule(p.doc, { later: 1.5 }).ok).toBe(false);
    ok(setPriorityRule(p.doc, { later: 0 }));
    undo(p.doc);
    expect(ruleOf(p.snap().requestRules).later).toBe(1);
    ok(resetPriorityRule(p.doc));
    rule = ruleOf(p.snap().requestRules);
    expect(rule.overdue).toBe(5);
    undo(p.doc);
    expect(ruleOf(p.snap().requestRules).overdue).toBe(8);
  });

  it('keeps both of two offline weight changes after a merge', () => {
    const p = projectWithMap();
    ok(setPriorityRule(p.doc, { overdue: 6 }));
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, Y.encodeStateAsUpdate(p.doc));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(p.doc));
    ok(setPriorityRule(a, { overdue: 7 }));
    ok(setPriorityRule(b, { noDate: 2 }));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const rule = ruleOf(readSnapshot(a).requestRules);
    expect(rule.overdue).toBe(7);
    expect(rule.noDate).toBe(2);
  });
});

describe('the requests spreadsheet', () => {
  it('lists every request, open ones by priority first, with the words shown on screen and no formulas', async () => {
    const { requestsCsv } = await import('../../renderer/src/features/requests/csv');
    const p = projectWithMap();
    const stageId = p.stages()[2]!.id;
    const a = ok(askForContent(p.doc, { what: '=HYPERLINK("x")', stageId, impact: 1 }, T0));
    const b = ok(askForContent(p.doc, { what: 'Bank case study', impact: 5, dueDate: '2025-03-12', askedBy: 'Sam' }, T0));
    ok(setRequestStatus(p.doc, b, 'declined', { reason: 'We have one, see the kit' }));
    const csv = requestsCsv(p.snap(), '2025-03-10');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('What,Why,Stage,Persona,Channel,Team,Asked by,Needed by,Impact,Urgency,Priority,Status,Owner,Delivered,Decline reason,Asked on');
    expect(lines[2]).toMatch(/^Bank case study,,,,,Sales,Sam,2025-03-12,5,4,20,Declined,,,"We have one, see the kit",\d{4}-\d\d-\d\d$/);
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""x""\)",,Evaluation,,,Sales,,,1,1,1,New,/);
    expect(a).toBeTruthy();
  });
});
