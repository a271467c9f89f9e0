import { refusalSentence } from '../../renderer/src/i18n/refusals';
import type { ActionResult } from '../../renderer/src/document/actions/result';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCriterion,
  addEngagementRule,
  addFitRule,
  addHandoff,
  addKpi,
  addRejectionReason,
  addTerm,
  deleteHandoff,
  FUNNEL_ID,
  moveHandoff,
  removeHandoffItem,
  setCardOwner,
  setCrmMapping,
  setFunnelNumber,
  setFunnelStep,
  setHandoffAgreement,
  setHandoffNumber,
  setHandoffTeams,
  setHandoffText,
  setKpiNumber,
  setKpiOwner,
  setStageOwner,
  setTermStatus,
  setTermSynonyms,
  setTermText,
  updateHandoffItem,
} from '../../renderer/src/document/actions/alignment';
import { addCard } from '../../renderer/src/document/actions/cards';
import { addTeam, referencesToTeam, removeTeam, renameTeam, setTeamColor, TEAM_REMOVAL_COUNTS } from '../../renderer/src/document/actions/teams';
import { signOffSection } from '../../renderer/src/document/actions/personas';
import { addQuestion, addQuestionSet, setAnswer } from '../../renderer/src/document/actions/workshop/questionnaire';
import { addParticipant, createSession } from '../../renderer/src/document/actions/workshop/sessions';
import { REFERENCES } from '../../renderer/src/document/references';
import { A } from '../../renderer/src/features/alignment/strings';
import { newPersona } from './personas-helpers';
import { redo, undo } from '../../renderer/src/document/history';
import { readers } from '../../renderer/src/document/schema';
import { funnelPlan } from '../../renderer/src/domain/funnel';
import { scoreLead } from '../../renderer/src/domain/leadScore';
import { projectWithMap, worded } from './helpers';

function ok<T>(r: ActionResult<T>): T {
  if (!r.ok) throw new Error(refusalSentence(r.refusal));
  return r.value;
}

describe('teams', () => {
  it('adds, renames and recolours teams, refusing empty and duplicate names and bad colours', () => {
    const p = projectWithMap();
    const id = ok(addTeam(p.doc, '  Partners  '));
    expect(p.snap().teams[id]).toMatchObject({ name: 'Partners' });
    expect(worded(addTeam(p.doc, 'sales'))).toEqual({ ok: false, message: 'There is already a team called “sales”.' });
    expect(addTeam(p.doc, '   ').ok).toBe(false);
    expect(renameTeam(p.doc, id, 'Marketing').ok).toBe(false);
    expect(renameTeam(p.doc, id, 'Channel partners').ok).toBe(true);
    expect(setTeamColor(p.doc, id, 'red').ok).toBe(false);
    expect(setTeamColor(p.doc, id, '#123456').ok).toBe(true);
    expect(p.snap().teams[id]).toMatchObject({ name: 'Channel partners', color: '#123456' });
    undo(p.doc);
    expect(p.snap().teams[id]!.color).not.toBe('#123456');
  });

  it('says what refers to a team, removes it leaving those places unassigned, and undo brings it all back', () => {
    const p = projectWithMap();
    const [s0, s1] = p.stages();
    ok(setStageOwner(p.doc, s0!.id, 'team-marketing'));
    ok(setStageOwner(p.doc, s1!.id, 'team-sales'));
    const card = ok(addCard(p.doc, p.cell(0), 'Downloads the guide'));
    ok(setCardOwner(p.doc, [card], 'team-marketing'));
    const h = ok(addHandoff(p.doc, { mapId: p.mapId, afterStageId: s0!.id }));
    const k = ok(addKpi(p.doc, { name: 'MQLs per month', stageId: s0!.id }));
    ok(setKpiOwner(p.doc, k, 'team-marketing'));
    ok(addTerm(p.doc, { term: 'MQL', proposedByTeamId: 'team-marketing' }));

    expect(referencesToTeam(p.doc, 'team-marketing')).toEqual({ stages: 1, cards: 1, handoffs: 1, kpis: 1, terms: 1, requests: 0, participants: 0, signoffs: 0, answers: 0, total: 5 });
    const r = removeTeam(p.doc, 'team-marketing');
    expect(worded(r).notice).toBe('Team “Marketing” removed; 5 places it owned are now unassigned.');
    const s = p.snap();
    expect(s.teams['team-marketing']).toBeUndefined();
    expect(s.stages[s0!.id]!.ownerTeamId).toBe('');
    expect(s.stages[s1!.id]!.ownerTeamId).toBe('team-sales');
    expect(s.cards[card]!.ownerTeamId).toBe('');
    expect(s.handoffs[h]).toMatchObject({ fromTeamId: '', toTeamId: 'team-sales' });
    expect(s.kpis[k]!.ownerTeamId).toBe('');

    undo(p.doc);
    const back = p.snap();
    expect(back.teams['team-marketing']!.name).toBe('Marketing');
    expect(back.stages[s0!.id]!.ownerTeamId).toBe('team-marketing');
    expect(back.handoffs[h]!.fromTeamId).toBe('team-marketing');
    expect(back.cards[card]!.ownerTeamId).toBe('team-marketing');
  });
});

describe('removing a team, asked first', () => {
  it('says its sign-offs and answers go with it and its participants stay with no team, as the delete then does', () => {
    const p = projectWithMap();
    ok(setStageOwner(p.doc, p.stages()[0]!.id, 'team-marketing'));
    const persona = newPersona(p.doc, 'Dana');
    ok(signOffSection(p.doc, persona, 'goals', 'team-marketing', 'agree'));
    ok(signOffSection(p.doc, persona, 'pains', 'team-marketing', 'disagree'));
    ok(signOffSection(p.doc, persona, 'goals', 'team-sales', 'agree'));
    const session = ok(createSession(p.doc, { title: 'Kick-off' }, 1_700_000_000_000));
    const set = ok(addQuestionSet(p.doc, 'Fit'));
    const q = ok(addQuestion(p.doc, set, 'Who owns the MQL?'));
    ok(setAnswer(p.doc, session, q, 'team-marketing', 'We do'));
    ok(setAnswer(p.doc, session, q, 'team-sales', 'Not us'));
    const dana = ok(addParticipant(p.doc, session, 'Dana', 'team-marketing'));

    const asked = referencesToTeam(p.doc, 'team-marketing');
    expect(asked).toMatchObject({ stages: 1, signoffs: 2, answers: 1, participants: 1 });
    expect(A.removeTeamWhat('Marketing', asked)).toBe(
      'Marketing owns 1 stage, has 2 persona sign-offs, gave 1 questionnaire answer and has 1 session participant. If you remove it, those owners and sides become unassigned, its persona sign-offs and questionnaire answer are deleted with it and its participant stays in the session with no team. Undo brings it all back.',
    );

    const before = p.snap();
    ok(removeTeam(p.doc, 'team-marketing'));
    const after = p.snap();
    const gone = (n: 'personaSignoffs' | 'answers') => Object.keys(before[n]).length - Object.keys(after[n]).length;
    expect(gone('personaSignoffs')).toBe(asked.signoffs);
    expect(gone('answers')).toBe(asked.answers);
    expect(after.participants[dana]).toMatchObject({ name: 'Dana', teamId: '' });

    undo(p.doc);
    expect(p.snap().personaSignoffs).toEqual(before.personaSignoffs);
    expect(p.snap().answers).toEqual(before.answers);
    expect(p.snap().participants[dana]!.teamId).toBe('team-marketing');
  });

  it('counts every reference to a team that the delete follows (document/references.ts), under its rule', () => {
    const fromRefs = REFERENCES.filter((r) => r.to === 'teams' && r.onDelete !== 'keep');
    const counted = { cleared: Object.values(TEAM_REMOVAL_COUNTS.cleared), deleted: Object.values(TEAM_REMOVAL_COUNTS.deleted) };
    for (const r of fromRefs) {
      expect(counted[r.onDelete === 'cascade' ? 'deleted' : 'cleared'], `${r.from}.${r.field}`).toContain(r.from);
    }
    expect(new Set(fromRefs.map((r) => r.from)).size).toBe(counted.cleared.length + counted.deleted.length);
  });
});

describe('owners and CRM vocabulary', () => {
  it('sets stage and card owners to a team, shared or nobody, refusing unknown teams', () => {
    const p = projectWithMap();
    const st = p.stages()[0]!.id;
    expect(worded(setStageOwner(p.doc, st, 'team-nope'))).toEqual({ ok: false, message: 'That team no longer exists; pick another one.' });
    ok(setStageOwner(p.doc, st, 'shared'));
    expect(p.snap().stages[st]!.ownerTeamId).toBe('shared');
    ok(setStageOwner(p.doc, st, ''));
    expect(p.snap().stages[st]!.ownerTeamId).toBe('');
    undo(p.doc);
    expect(p.snap().stages[st]!.ownerTeamId).toBe('shared');
  });

  it('maps stages and handoffs to HubSpot lifecycle stages and Salesforce statuses', () => {
    const p = projectWithMap();
    const st = p.stages()[2]!.id;
    ok(setCrmMapping(p.doc, 'stages', st, { hubspotStage: 'sql', salesforceStatus: ' Working - Contacted ' }));
    expect(p.snap().stages[st]).toMatchObject({ hubspotStage: 'sql', salesforceStatus: 'Working - Contacted' });
    expect(setCrmMapping(p.doc, 'stages', st, { hubspotStage: 'prospect' }).ok).toBe(false);
  });
});

describe('handoffs', () => {
  it('places a handoff between two stages with the stage owners as sides, not after the last stage', () => {
    const p = projectWithMap();
    const st = p.stages();
    ok(setStageOwner(p.doc, st[1]!.id, 'team-marketing'));
    ok(setStageOwner(p.doc, st[2]!.id, 'team-sales'));
    const h = ok(addHandoff(p.doc, { mapId: p.mapId, afterStageId: st[1]!.id }));
    expect(p.snap().handoffs[h]).toMatchObject({
      afterStageId: st[1]!.id,
      cardId: '',
      fromTeamId: 'team-marketing',
      toTeamId: 'team-sales',
      name: 'Marketing to Sales',
      criteria: [],
      agreedFrom: false,
    });
    expect(addHandoff(p.doc, { mapId: p.mapId, afterStageId: st[st.length - 1]!.id }).ok).toBe(false);
    expect(addHandoff(p.doc, { mapId: p.mapId }).ok).toBe(false);
    expect(setHandoffTeams(p.doc, h, 'team-sales', 'team-sales').ok).toBe(false);
    ok(setHandoffTeams(p.doc, h, 'team-sales', 'team-marketing'));
    const card = ok(addCard(p.doc, p.cell(3), 'Signs the contract'));
    ok(moveHandoff(p.doc, h, { mapId: p.mapId, cardId: card }));
    expect(p.snap().handoffs[h]).toMatchObject({ afterStageId: '', cardId: card });
  });

  it('writes every field of the contract, refuses bad numbers with a sentence, and undoes step by step', () => {
    const p = projectWithMap();
    const h = ok(addHandoff(p.doc, { mapId: p.mapId, afterStageId: p.stages()[1]!.id }));
    ok(setHandoffText(p.doc, h, 'name', 'MQL to SQL'));
    ok(setHandoffText(p.doc, h, 'fromStageName', 'MQL'));
    ok(setHandoffText(p.doc, h, 'toStageName', 'SQL'));
    expect(setHandoffText(p.doc, h, 'name', '  ').ok).toBe(false);
    const c1 = ok(addCriterion(p.doc, h, 'Budget confirmed'));
    ok(addCriterion(p.doc, h, 'Decision maker identified'));
    ok(updateHandoffItem(p.doc, h, 'criteria', c1, { text: 'Budget confirmed for this year' }));
    ok(addFitRule(p.doc, h, { attribute: 'Company size', value: '200-1000', points: '20' }));
    const e = ok(addEngagementRule(p.doc, h, { action: 'Requested a demo', points: 40, decayPerWeek: 5 }));
    expect(worded(updateHandoffItem(p.doc, h, 'engagementRules', e, { decayPerWeek: -1 }))).toEqual({
      ok: false,
      message: 'Decay per week: type a number of 0 or more.',
    });
    expect(updateHandoffItem(p.doc, h, 'engagementRules', e, { points: 'forty' }).ok).toBe(false);
    ok(setHandoffNumber(p.doc, h, 'threshold', '60', 'Threshold'));
    ok(setHandoffNumber(p.doc, h, 'slaFirstContactHours', '4', 'First contact'));
    expect(worded(setHandoffNumber(p.doc, h, 'slaAttempts', '2.5', 'Attempts'))).toEqual({
      ok: false,
      message: 'Attempts: type a whole number of 0 or more.',
    });
    expect(setHandoffNumber(p.doc, h, 'slaFirstContactHours', 'soon', 'First contact').ok).toBe(false);
    ok(setHandoffNumber(p.doc, h, 'slaAttempts', 5, 'Attempts'));
    ok(setHandoffNumber(p.doc, h, 'slaAttemptDays', '10', 'Days'));
    ok(setHandoffText(p.doc, h, 'slaMissed', 'Back to the queue; the sales manager is told'));
    ok(addRejectionReason(p.doc, h, 'No budget this year'));
    ok(setHandoffText(p.doc, h, 'rejectedGoesTo', 'Recycle to nurture'));
    ok(setHandoffText(p.doc, h, 'feedbackWhat', 'Which leads became revenue'));
    ok(setHandoffText(p.doc, h, 'feedbackFrequency', 'Weekly'));
    ok(setHandoffText(p.doc, h, 'feedbackTo', 'Marketing ops'));
    ok(setHandoffText(p.doc, h, 'fromOwner', 'Ana'));
    ok(setHandoffText(p.doc, h, 'toOwner', 'Ben'));
    ok(setHandoffAgreement(p.doc, h, 'from', true));
    ok(setCrmMapping(p.doc, 'handoffs', h, { hubspotStage: 'sql' }));

    const got = p.snap().handoffs[h]!;
    expect(got).toMatchObject({
      name: 'MQL to SQL',
      fromStageName: 'MQL',
      toStageName: 'SQL',
      threshold: 60,
      slaFirstContactHours: 4,
      slaAttempts: 5,
      slaAttemptDays: 10,
      rejectedGoesTo: 'Recycle to nurture',
      feedbackFrequency: 'Weekly',
      fromOwner: 'Ana',
      toOwner: 'Ben',
      agreedFrom: true,
      agreedTo: false,
      hubspotStage: 'sql',
    });
    expect(got.criteria.map((c) => c.text)).toEqual(['Budget confirmed for this year', 'Decision maker identified']);
    expect(got.fitRules[0]).toMatchObject({ attribute: 'Company size', value: '200-1000', points: 20 });
    expect(got.engagementRules[0]).toMatchObject({ action: 'Requested a demo', points: 40, decayPerWeek: 5 });
    expect(got.rejectionReasons.map((r) => r.text)).toEqual(['No budget this year']);
    // The projected contract feeds the calculator directly.
    const score = scoreLead(got, { attributes: { 'Company size': '200-1000' }, actions: [{ action: 'Requested a demo', weeksAgo: 1 }] });
    expect(score).toMatchObject({ score: 55, outcome: 'fails' });

    // Blank clears a number; undo puts it back.
    ok(setHandoffNumber(p.doc, h, 'threshold', '', 'Threshold'));
    expect(p.snap().handoffs[h]!.threshold).toBeNull();
    undo(p.doc);
    expect(p.snap().handoffs[h]!.threshold).toBe(60);
    undo(p.doc); // the CRM mapping
    undo(p.doc); // the sign-off
    expect(p.snap().handoffs[h]!.agreedFrom).toBe(false);
    redo(p.doc);
    expect(p.snap().handoffs[h]!.agreedFrom).toBe(true);

    ok(removeHandoffItem(p.doc, h, 'criteria', c1));
    expect(p.snap().handoffs[h]!.criteria).toHaveLength(1);
    undo(p.doc);
    expect(p.snap().handoffs[h]!.criteria).toHaveLength(2);
  });

  it('keeps typing in one field as one undo step', () => {
    const p = projectWithMap();
    const h = ok(addHandoff(p.doc, { mapId: p.mapId, afterStageId: p.stages()[0]!.id }));
    const c = ok(addCriterion(p.doc, h));
    for (const t of ['B', 'Bu', 'Bud', 'Budget']) ok(updateHandoffItem(p.doc, h, 'criteria', c, { text: t }, 'typing-1'));
    expect(p.snap().handoffs[h]!.criteria[0]!.text).toBe('Budget');
    undo(p.doc);
    expect(p.snap().handoffs[h]!.criteria[0]!.text).toBe('');
  });

  it('merges two people adding criteria to the same contract at once', () => {
    const p = projectWithMap();
    const h = ok(addHandoff(p.doc, { mapId: p.mapId, afterStageId: p.stages()[0]!.id }));
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(p.doc));
    ok(addCriterion(p.doc, h, 'Budget confirmed'));
    ok(addCriterion(other, h, 'Timeline under 6 months'));
    Y.applyUpdate(p.doc, Y.encodeStateAsUpdate(other));
    expect(p.snap().handoffs[h]!.criteria.map((c) => c.text).sort()).toEqual(['Budget confirmed', 'Timeline under 6 months']);
  });

  it('deletes a handoff, keeping its KPIs for the whole project; undo restores both', () => {
    const p = projectWithMap();
    const h = ok(addHandoff(p.doc, { mapId: p.mapId, afterStageId: p.stages()[0]!.id }));
    const k = ok(addKpi(p.doc, { name: 'Accepted within 24h', handoffId: h }));
    ok(deleteHandoff(p.doc, h));
    expect(p.snap().handoffs[h]).toBeUndefined();
    expect(p.snap().kpis[k]!.handoffId).toBe('');
    undo(p.doc);
    expect(p.snap().kpis[k]!.handoffId).toBe(h);
  });
});

describe('KPIs, glossary and funnel', () => {
  it('sets KPI targets and actuals from typed text, refusing words', () => {
    const p = projectWithMap();
    const k = ok(addKpi(p.doc, { name: 'Win rate' }));
    ok(setKpiNumber(p.doc, k, 'target', '25'));
    expect(worded(setKpiNumber(p.doc, k, 'actual', 'about 20'))).toEqual({ ok: false, message: 'Actual: type a number (or leave it empty).' });
    ok(setKpiNumber(p.doc, k, 'actual', '19.5'));
    expect(p.snap().kpis[k]).toMatchObject({ target: 25, actual: 19.5, direction: 'higher' });
  });

  it('refuses a term or synonym already in the glossary', () => {
    const p = projectWithMap();
    const t = ok(addTerm(p.doc, { term: 'MQL', definition: 'A lead marketing judged ready', synonyms: 'Marketing qualified lead, mql' }));
    expect(p.snap().glossary[t]!.synonyms).toEqual(['Marketing qualified lead']);
    expect(worded(addTerm(p.doc, { term: 'marketing QUALIFIED lead' }))).toEqual({
      ok: false,
      message: '“marketing QUALIFIED lead” is already in the glossary (under “MQL”).',
    });
    const s = ok(addTerm(p.doc, { term: 'SQL' }));
    expect(setTermText(p.doc, s, 'term', 'mql').ok).toBe(false);
    expect(setTermSynonyms(p.doc, s, 'MQL').ok).toBe(false);
    ok(setTermSynonyms(p.doc, s, 'Sales qualified lead'));
    ok(setTermStatus(p.doc, s, 'disputed'));
    expect(p.snap().glossary[s]).toMatchObject({ synonyms: ['Sales qualified lead'], status: 'disputed' });
  });

  it('creates the funnel with its default steps on the first edit and computes from it', () => {
    const p = projectWithMap();
    expect(p.snap().funnels[FUNNEL_ID]).toBeUndefined();
    ok(setFunnelNumber(p.doc, 'revenueGoal', '100000'));
    ok(setFunnelNumber(p.doc, 'avgDealSize', '10000'));
    expect(setFunnelStep(p.doc, 'step-leads', { ratePct: '150' }).ok).toBe(false);
    for (const [id, rate] of [['step-leads', 10], ['step-mql', 30], ['step-sql', 50], ['step-opportunities', 50]] as const) {
      ok(setFunnelStep(p.doc, id, { ratePct: rate }));
    }
    const f = p.snap().funnels[FUNNEL_ID]!;
    expect(f.steps.map((s) => s.name)).toEqual(['Leads', 'MQLs', 'SQLs', 'Opportunities']);
    const plan = funnelPlan(f);
    expect(plan.kind === 'ok' && plan.steps.map((s) => s.needed)).toEqual([1340, 134, 40, 20]);
  });
});

describe('tolerant readers', () => {
  it('turn damaged alignment records into well-formed ones', () => {
    const h = readers.handoffs('h', { criteria: [1, 2], fitRules: { a: { attribute: 5, points: 'x' }, b: 'junk' }, threshold: NaN, agreedFrom: 'yes', hubspotStage: 'prospect' });
    expect(h).toMatchObject({ criteria: [], threshold: null, agreedFrom: false, hubspotStage: '', name: '' });
    expect(h.fitRules).toEqual([{ id: 'a', attribute: '', op: 'is', value: '', valueTo: '', points: 0, order: 0 }]);
    expect(readers.kpis('k', { target: '12', direction: 'sideways' })).toMatchObject({ target: null, direction: 'higher' });
    expect(readers.glossary('g', { synonyms: ['a', 3, ' '], status: 'maybe' })).toMatchObject({ synonyms: ['a'], status: 'agreed' });
    expect(readers.stages('s', { ownerTeamId: 7 }).ownerTeamId).toBe('');
    expect(readers.funnels('f', { steps: null }).steps).toEqual([]);
  });
});
