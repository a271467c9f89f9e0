import { describe, expect, it } from 'vitest';
import { openItems, ownershipCheck } from '../../renderer/src/domain/alignment';
import { funnelPlan } from '../../renderer/src/domain/funnel';
import { glossaryMatcher, termClash } from '../../renderer/src/domain/glossaryMatch';
import { kpiState, kpiSummary } from '../../renderer/src/domain/kpis';
import { toNumber } from '../../renderer/src/domain/typedNumber';
import { decayedPoints, scoreLead, type ScoringRules } from '../../renderer/src/domain/leadScore';
import type { GlossaryTerm, Handoff, Kpi, Stage } from '../../renderer/src/domain/types';
import { A } from '../../renderer/src/features/alignment/strings';

const rules: ScoringRules = {
  fitRules: [
    { id: 'f1', attribute: 'Company size', value: '200-1000', points: 20 },
    { id: 'f2', attribute: 'Role', value: 'VP Marketing', points: 15 },
    { id: 'f3', attribute: 'Role', value: 'Student', points: -30 },
  ],
  engagementRules: [
    { id: 'e1', action: 'Requested a demo', points: 30, decayPerWeek: 5 },
    { id: 'e2', action: 'Visited pricing page', points: 10, decayPerWeek: 0 },
    { id: 'e3', action: 'Unsubscribed', points: -20, decayPerWeek: 10 },
  ],
  threshold: 60,
};

describe('numbers typed by people', () => {
  it('reads numbers and numeric strings, and nothing else', () => {
    expect(toNumber(12)).toBe(12);
    expect(toNumber(' 3.5 ')).toBe(3.5);
    expect(toNumber('1,5')).toBe(1.5);
    expect(toNumber('-4')).toBe(-4);
    expect(toNumber(NaN)).toBeNull();
    expect(toNumber(Infinity)).toBeNull();
    expect(toNumber('')).toBeNull();
    expect(toNumber('12abc')).toBeNull();
    expect(toNumber('abc')).toBeNull();
    expect(toNumber(null)).toBeNull();
    expect(toNumber({})).toBeNull();
  });
});

describe('lead scoring', () => {
  it('adds the fit rules the lead matches (case and spaces ignored) and its engagement', () => {
    const r = scoreLead(rules, {
      attributes: { 'company size': ' 200-1000 ', Role: 'vp marketing' },
      actions: [{ action: 'Visited pricing page', weeksAgo: 0 }],
    });
    expect(r.score).toBe(45);
    expect(r.lines.map((l) => l.ruleId)).toEqual(['f1', 'f2', 'e2']);
    expect(r.outcome).toBe('fails');
    expect(r.problems).toEqual([]);
  });

  it('passes exactly at the threshold and fails one point below', () => {
    const at = scoreLead({ ...rules, threshold: 60 }, {
      attributes: { 'Company size': '200-1000' },
      actions: [{ action: 'Requested a demo', weeksAgo: 2 }, { action: 'Visited pricing page' }],
    });
    // 20 + (30 - 5×2) + 10 = 50
    expect(at.score).toBe(50);
    expect(scoreLead({ ...rules, threshold: 50 }, { attributes: { 'Company size': '200-1000' }, actions: [{ action: 'Requested a demo', weeksAgo: 2 }, { action: 'Visited pricing page' }] }).outcome).toBe('passes');
    expect(scoreLead({ ...rules, threshold: 51 }, { attributes: { 'Company size': '200-1000' }, actions: [{ action: 'Requested a demo', weeksAgo: 2 }, { action: 'Visited pricing page' }] }).outcome).toBe('fails');
  });

  it('decays engagement by weeks since the action, never below zero, and never flips a negative rule', () => {
    expect(decayedPoints(30, 5, 0)).toBe(30);
    expect(decayedPoints(30, 5, 3)).toBe(15);
    expect(decayedPoints(30, 5, 6)).toBe(0);
    expect(decayedPoints(30, 5, 60)).toBe(0);
    expect(decayedPoints(30, 0, 60)).toBe(30);
    expect(decayedPoints(30, 2.5, 1.5)).toBe(26.25);
    expect(decayedPoints(-20, 10, 1)).toBe(-10);
    expect(decayedPoints(-20, 10, 5)).toBe(0);
    const old = scoreLead(rules, { attributes: {}, actions: [{ action: 'requested a DEMO', weeksAgo: 10 }] });
    expect(old.score).toBe(0);
    expect(old.lines[0]).toMatchObject({ ruleId: 'e1', basePoints: 30, points: 0, weeksAgo: 10 });
  });

  it('lets negative fit points pull a lead down', () => {
    const r = scoreLead(rules, { attributes: { Role: 'Student' }, actions: [] });
    expect(r.score).toBe(-30);
    expect(r.outcome).toBe('fails');
  });

  it('says what it could not count: bad points, bad decay, negative or non-numeric weeks', () => {
    const bad: ScoringRules = {
      fitRules: [
        { id: 'f1', attribute: 'Industry', value: 'SaaS', points: NaN },
        { id: 'f2', attribute: 'Region', value: 'EU', points: '15' },
      ],
      engagementRules: [
        { id: 'e1', action: 'Webinar', points: 'lots', decayPerWeek: 1 },
        { id: 'e2', action: 'Demo', points: 30, decayPerWeek: -5 },
        { id: 'e3', action: 'Ebook', points: 10 },
      ],
      threshold: 20,
    };
    const r = scoreLead(bad, {
      attributes: { Industry: 'SaaS', Region: 'EU' },
      actions: [
        { action: 'Webinar', weeksAgo: 0 },
        { action: 'Demo', weeksAgo: 2 },
        { action: 'Ebook', weeksAgo: -1 },
        { action: 'Ebook', weeksAgo: 'last week' },
      ],
    });
    // Region (numeric string) 15 + Demo 30 without decay = 45
    expect(r.score).toBe(45);
    expect(r.outcome).toBe('passes');
    expect(r.problems.map((p) => p.kind)).toEqual(['bad-points', 'bad-points', 'bad-decay', 'bad-weeks', 'bad-weeks']);
    expect(r.problems.map((p) => A.scoreProblem(p))[0]).toContain('Industry = SaaS');
  });

  it('has no outcome without a threshold, and says so when the threshold is not a number', () => {
    const lead = { attributes: { Role: 'VP Marketing' }, actions: [] };
    expect(scoreLead({ ...rules, threshold: null }, lead)).toMatchObject({ outcome: 'no-threshold', score: 15, problems: [] });
    const nan = scoreLead({ ...rules, threshold: 'sixty' }, lead);
    expect(nan.outcome).toBe('no-threshold');
    expect(nan.problems).toEqual([{ kind: 'bad-threshold' }]);
    expect(scoreLead({ ...rules, threshold: '15' }, lead).outcome).toBe('passes');
    expect(scoreLead({ ...rules, threshold: 0 }, { attributes: {}, actions: [] }).outcome).toBe('passes');
  });

  it('ignores empty rule rows, blank attribute values and actions no rule knows', () => {
    const r = scoreLead(
      { fitRules: [{ id: 'x', attribute: '', value: '', points: 50 }, { id: 'y', attribute: 'Role', value: '', points: 5 }], engagementRules: [], threshold: 1 },
      { attributes: { Role: '' }, actions: [{ action: 'Something else', weeksAgo: 1 }] },
    );
    expect(r.score).toBe(0);
    expect(r.lines).toEqual([]);
  });
});

describe('the funnel calculator', () => {
  const steps = [
    { name: 'Leads', ratePct: 10 },
    { name: 'MQLs', ratePct: 30 },
    { name: 'SQLs', ratePct: 25 },
  ];

  it('walks up from the revenue goal, rounding leads up at every step', () => {
    const r = funnelPlan({ revenueGoal: 100_000, avgDealSize: 10_000, steps });
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect(r.dealsNeeded).toBe(10);
    // 10 deals / 25% = 40 SQLs; 40 / 30% = 133.3 → 134 MQLs; 134 / 10% = 1340 leads
    expect(r.steps.map((s) => s.needed)).toEqual([1340, 134, 40]);
    expect(r.actuals).toBeNull();
  });

  it('rounds deals up too, and is not fooled by floating-point dust', () => {
    const r = funnelPlan({ revenueGoal: 101_000, avgDealSize: 10_000, steps: [{ name: 'SQLs', ratePct: 30 }] });
    expect(r.kind === 'ok' && r.dealsNeeded).toBe(11);
    // 7 × 100 / 0.7 is 1000.0000000000001 in floating point; it must stay 1000, not 1001.
    const dust = funnelPlan({ revenueGoal: 7, avgDealSize: 1, steps: [{ name: 'Visitors', ratePct: 0.7 }] });
    expect(dust.kind === 'ok' && dust.steps[0]!.needed).toBe(1000);
  });

  it('treats 100% as "every lead moves on" and 0% as impossible, with a sentence', () => {
    const all = funnelPlan({ revenueGoal: 50_000, avgDealSize: 10_000, steps: [{ name: 'Opportunities', ratePct: 100 }, { name: 'Deals', ratePct: '100' }] });
    expect(all.kind === 'ok' && all.steps.map((s) => s.needed)).toEqual([5, 5]);
    const zero = funnelPlan({ revenueGoal: 50_000, avgDealSize: 10_000, steps: [{ name: 'Leads', ratePct: 10 }, { name: 'MQLs', ratePct: 0 }, { name: 'SQLs', ratePct: 0 }] });
    expect(zero).toMatchObject({ kind: 'impossible', stepIndex: 1, name: 'MQLs', dealsNeeded: 5 });
    expect(A.funnelImpossible('MQLs')).toMatch(/Impossible.*MQLs.*0%/);
  });

  it('needs nothing for a goal of 0, even with a 0% step', () => {
    const r = funnelPlan({ revenueGoal: 0, avgDealSize: 10_000, steps: [{ name: 'Leads', ratePct: 0 }] });
    expect(r.kind === 'ok' && r.steps[0]!.needed).toBe(0);
  });

  it('refuses bad numbers with one problem per field', () => {
    const r = funnelPlan({
      revenueGoal: 'a lot',
      avgDealSize: 0,
      steps: [{ name: 'Leads', ratePct: 120 }, { name: 'MQLs', ratePct: -5 }, { name: 'SQLs', ratePct: NaN, actualPct: 'x' }],
    });
    expect(r.kind).toBe('invalid');
    if (r.kind !== 'invalid') return;
    expect(r.problems.map((p) => p.kind)).toEqual(['bad-goal', 'bad-deal-size', 'bad-rate', 'bad-rate', 'bad-rate', 'bad-actual']);
    expect(funnelPlan({ revenueGoal: 1, avgDealSize: 1, steps: [] })).toEqual({ kind: 'invalid', problems: [{ kind: 'no-steps' }] });
    expect(funnelPlan({ revenueGoal: -1, avgDealSize: 1, steps }).kind).toBe('invalid');
  });

  it('shows where the actual rates leave a shortfall', () => {
    const r = funnelPlan({
      revenueGoal: 100_000,
      avgDealSize: 10_000,
      steps: [
        { name: 'Leads', ratePct: 10, actualPct: 10 },
        { name: 'MQLs', ratePct: 30, actualPct: 15 },
        { name: 'SQLs', ratePct: 25, actualPct: '' },
      ],
    });
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok' || !r.actuals) throw new Error('expected actuals');
    // 1340 leads → 134 MQLs → 20.1 SQLs → 5.025 deals
    expect(r.steps.map((s) => s.expected)).toEqual([1340, 134, 20]);
    expect(r.steps.map((s) => s.shortfall)).toEqual([0, 0, 20]);
    expect(r.steps.map((s) => s.belowPlan)).toEqual([false, true, false]);
    expect(r.actuals).toEqual({
      expectedDeals: 5,
      dealsShortfall: 5,
      revenueShortfall: 50_000,
      // 10 / 25% = 40 SQLs; 40 / 15% = 266.7 → 267 MQLs; 267 / 10% = 2670 leads
      topNeededAtActualRates: 2670,
      worstStepIndex: 1,
    });
  });

  it('says no lead count is enough at an actual rate of 0%', () => {
    const r = funnelPlan({ revenueGoal: 10, avgDealSize: 1, steps: [{ name: 'Leads', ratePct: 50, actualPct: 0 }] });
    expect(r.kind === 'ok' && r.actuals).toMatchObject({ expectedDeals: 0, dealsShortfall: 10, topNeededAtActualRates: null });
  });
});

const stage = (id: string, ownerTeamId = '', order = 1): Stage => ({ id, mapId: 'm', name: id, description: '', order, ownerTeamId });
const teams = new Set(['mkt', 'sales', 'cs']);

describe('ownership gaps and overlaps', () => {
  it('finds stages nobody owns, including owners that are no longer teams', () => {
    const r = ownershipCheck([stage('a', 'mkt'), stage('b'), stage('c', 'gone-team'), stage('d', 'shared')], [], teams);
    expect(r.stages.map((s) => [s.stageId, s.owner, s.gap])).toEqual([
      ['a', 'mkt', false],
      ['b', '', true],
      ['c', '', true],
      ['d', 'shared', false],
    ]);
  });

  it('flags a stage two teams claim: the stage owner and a card owner disagree', () => {
    const r = ownershipCheck(
      [stage('eval', 'sales'), stage('aware', 'mkt')],
      [
        { id: 'c1', stageId: 'eval', ownerTeamId: 'mkt' },
        { id: 'c2', stageId: 'eval', ownerTeamId: 'sales' },
        { id: 'c3', stageId: 'aware', ownerTeamId: '' },
      ],
      teams,
    );
    expect(r.stages[0]).toMatchObject({ stageId: 'eval', overlap: true, claimants: ['sales', 'mkt'] });
    expect(r.stages[1]).toMatchObject({ stageId: 'aware', overlap: false, claimants: ['mkt'] });
    expect(r.cardsWithoutOwner).toEqual([]);
  });

  it('flags cards of two teams in an unowned stage as both a gap and an overlap', () => {
    const r = ownershipCheck([stage('x')], [{ id: 'c1', stageId: 'x', ownerTeamId: 'mkt' }, { id: 'c2', stageId: 'x', ownerTeamId: 'cs' }, { id: 'c3', stageId: 'x' }], teams);
    expect(r.stages[0]).toMatchObject({ gap: true, overlap: true });
    expect(r.cardsWithoutOwner).toEqual(['c3']);
  });

  it('accepts two teams on a stage marked shared (that is what shared means)', () => {
    const r = ownershipCheck([stage('x', 'shared')], [{ id: 'c1', stageId: 'x', ownerTeamId: 'mkt' }, { id: 'c2', stageId: 'x', ownerTeamId: 'sales' }], teams);
    expect(r.stages[0]).toMatchObject({ gap: false, overlap: false });
  });
});

describe('KPIs', () => {
  const kpi = (target: number | null, actual: number | null, direction: 'higher' | 'lower' = 'higher') => ({ target, actual, direction });
  it('is on or off target depending on which way is better', () => {
    expect(kpiState(kpi(null, 5))).toBe('no-target');
    expect(kpiState(kpi(10, null))).toBe('no-actual');
    expect(kpiState(kpi(10, 10))).toBe('on-target');
    expect(kpiState(kpi(10, 9))).toBe('off-target');
    expect(kpiState(kpi(400, 500, 'lower'))).toBe('off-target');
    expect(kpiState(kpi(400, 350, 'lower'))).toBe('on-target');
    expect(kpiSummary([kpi(10, 9), kpi(10, 12), kpi(null, 1)])).toEqual({ count: 3, offTarget: 1, onTarget: 1 });
    expect(A.kpiBadge(2, 1)).toBe('2 KPIs, 1 off target');
  });
});

describe('glossary recognition', () => {
  const terms = [
    { id: 't1', term: 'MQL', synonyms: ['marketing qualified lead'] },
    { id: 't2', term: 'SQL', synonyms: [] },
    { id: 't3', term: 'Lead', synonyms: ['leads'] },
  ];
  const find = glossaryMatcher(terms);

  it('finds whole words, case-insensitively, synonyms too, each term once', () => {
    expect(find('Every mql is reviewed by an SQL owner; MQL again').map((h) => h.termId)).toEqual(['t1', 't2']);
    expect(find('A Marketing  Qualified\nLead arrives').map((h) => [h.termId, h.word])).toEqual([['t1', 'Marketing  Qualified\nLead']]);
    expect(find('New leads today').map((h) => h.termId)).toEqual(['t3']);
  });

  it('does not find a term inside another word', () => {
    expect(find('We use MySQL and SQLite, misleading')).toEqual([]);
    expect(find('pre-MQL stage').map((h) => h.termId)).toEqual(['t1']);
  });

  it('handles no terms and terms with symbols', () => {
    expect(glossaryMatcher([])('MQL')).toEqual([]);
    const sym = glossaryMatcher([{ id: 'c', term: 'C-level (exec)', synonyms: [] }, { id: 'p', term: 'P&L', synonyms: [] }]);
    expect(sym('Talk to the c-level (exec) about P&L').map((h) => h.termId)).toEqual(['c', 'p']);
  });

  it('knows when a word is already taken by a term or a synonym', () => {
    expect(termClash(terms, ' mql ')?.id).toBe('t1');
    expect(termClash(terms, 'Marketing qualified lead')?.id).toBe('t1');
    expect(termClash(terms, 'MQL', 't1')).toBeUndefined();
    expect(termClash(terms, 'Opportunity')).toBeUndefined();
  });
});

describe('the question before removing a team', () => {
  const none = { stages: 0, cards: 0, handoffs: 0, kpis: 0, terms: 0, requests: 0, participants: 0, signoffs: 0, answers: 0 };
  it('says what becomes unassigned, and that nothing else is deleted when nothing is', () => {
    const r = { ...none, stages: 2, cards: 1, handoffs: 1, kpis: 1, terms: 1, total: 6 };
    expect(A.removeTeamWhat('Marketing', r)).toBe(
      'Marketing owns 2 stages, owns 1 card, is a side of 1 handoff, owns 1 KPI and proposed 1 glossary term. If you remove it, those owners and sides become unassigned (nothing else is deleted). You can undo this.',
    );
  });

  it('says the sign-offs and answers go with the team and its participants stay', () => {
    const r = { ...none, requests: 2, signoffs: 3, answers: 2, participants: 4, total: 11 };
    expect(A.removeTeamWhat('Sales', r)).toBe(
      'Sales asked for 2 pieces of content, has 3 persona sign-offs, gave 2 questionnaire answers and has 4 session participants. If you remove it, those owners and sides become unassigned, its persona sign-offs and questionnaire answers are deleted with it and its participants stay in their sessions with no team. Undo brings it all back.',
    );
    expect(A.removeTeamWhat('Sales', { ...none, signoffs: 1, total: 1 })).toBe(
      'Sales has 1 persona sign-off. If you remove it, its persona sign-off is deleted with it. Undo brings it all back.',
    );
  });
});

describe('the alignment overview', () => {
  const handoff = (over: Partial<Handoff> = {}): Handoff => ({
    id: 'h1', mapId: 'm', afterStageId: 'a', cardId: '', fromTeamId: 'mkt', toTeamId: 'sales', name: 'MQL to SQL',
    fromStageName: '', toStageName: '', criteria: [], fitRules: [], engagementRules: [], threshold: null,
    slaFirstContactHours: null, slaAttempts: null, slaAttemptDays: null, slaMissed: '', rejectionReasons: [],
    rejectedGoesTo: '', feedbackWhat: '', feedbackFrequency: '', feedbackTo: '', fromOwner: '', toOwner: '',
    agreedFrom: false, agreedTo: false, hubspotStage: '', salesforceStatus: '', order: 1, ...over,
  });
  const kpi = (over: Partial<Kpi> = {}): Kpi => ({
    id: 'k1', name: 'Win rate', definition: '', unit: '%', target: null, actual: null, direction: 'higher',
    ownerTeamId: '', period: '', stageId: '', handoffId: '', order: 1, ...over,
  });
  const term = (over: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
    id: 'g1', term: 'MQL', definition: '', proposedByTeamId: '', synonyms: [], status: 'disputed', order: 1, ...over,
  });

  it('lists every open point and shrinks as each one is closed', () => {
    const base = {
      maps: [{ id: 'm', order: 1 }],
      stages: [stage('a', '', 1), stage('b', 'sales', 2)],
      cards: [],
      handoffs: [handoff()],
      kpis: [kpi()],
      terms: [term()],
      teamIds: teams,
      personas: [{ id: 'p1', agreed: false }],
    };
    const kinds = (x: typeof base) => openItems(x).map((i) => i.kind);
    expect(kinds(base)).toEqual([
      'stage-no-owner',
      'handoff-no-criteria',
      'handoff-no-sla',
      'handoff-not-agreed',
      'kpi-no-target',
      'kpi-no-owner',
      'persona-not-agreed',
      'term-disputed',
    ]);
    const owned = { ...base, stages: [stage('a', 'mkt', 1), stage('b', 'sales', 2)] };
    expect(kinds(owned)).toHaveLength(7);
    const scored = { ...owned, handoffs: [handoff({ threshold: 60, fitRules: [{ id: 'f', attribute: 'Role', op: 'is', value: 'VP', valueTo: '', points: 10, order: 1 }] })] };
    expect(kinds(scored)).not.toContain('handoff-no-criteria');
    const closed = {
      ...owned,
      handoffs: [handoff({ criteria: [{ id: 'c', text: 'Budget confirmed', order: 1 }], slaFirstContactHours: 24, agreedFrom: true, agreedTo: true })],
      kpis: [kpi({ target: 25, ownerTeamId: 'shared' })],
      terms: [term({ status: 'agreed' })],
      personas: [{ id: 'p1', agreed: true }],
    };
    expect(kinds(closed)).toEqual([]);
  });

  it('notices a handoff whose stage was deleted, and ignores stages of deleted maps', () => {
    const r = openItems({
      maps: [{ id: 'm', order: 1 }],
      stages: [stage('b', 'sales', 2), { ...stage('orphan'), mapId: 'gone' }],
      cards: [],
      handoffs: [handoff({ afterStageId: 'deleted', criteria: [{ id: 'c', text: 'x', order: 1 }], slaFirstContactHours: 1, agreedFrom: true, agreedTo: true })],
      kpis: [],
      terms: [],
      teamIds: teams,
    });
    expect(r.map((i) => i.kind)).toEqual(['handoff-not-placed']);
  });
});
