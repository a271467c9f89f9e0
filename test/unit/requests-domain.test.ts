import { afterEach, describe, expect, it } from 'vitest';
import {
  checkInDigest,
  countsByStage,
  daysBetween,
  DEFAULT_RULE,
  isOverdue,
  localDay,
  neighbourStatus,
  priorityOf,
  readDelivered,
  requestReaders,
  sortRequests,
  transition,
  type ContentRequest,
  type PriorityRule,
} from '../../renderer/src/domain/requests';
import { RQ } from '../../renderer/src/features/requests/strings';

const TODAY = '2025-03-10';

function req(over: Partial<ContentRequest> = {}): ContentRequest {
  return {
    ...requestReaders.contentRequests(over.id ?? 'r1', { what: 'Case study', createdAt: 1000 }),
    ...over,
  };
}

describe('the priority rule: impact × urgency from the due date', () => {
  const p = (dueDate: string, impact = 3, rule: PriorityRule = DEFAULT_RULE) =>
    priorityOf({ impact, dueDate }, rule, TODAY);

  it('gives urgency 5 when overdue, 4 within 7 days, 3 within 14, 2 within 30, 1 later or undated', () => {
    expect(p('2025-03-09')).toMatchObject({ urgency: 5, band: 'overdue', days: -1, score: 15 });
    expect(p('2025-03-10')).toMatchObject({ urgency: 4, band: 'band1', days: 0, score: 12 });
    expect(p('2025-03-17')).toMatchObject({ urgency: 4, band: 'band1', days: 7 });
    expect(p('2025-03-18')).toMatchObject({ urgency: 3, band: 'band2', days: 8 });
    expect(p('2025-03-24')).toMatchObject({ urgency: 3, band: 'band2', days: 14 });
    expect(p('2025-03-25')).toMatchObject({ urgency: 2, band: 'band3' });
    expect(p('2025-04-09')).toMatchObject({ urgency: 2, band: 'band3', days: 30 });
    expect(p('2025-04-10')).toMatchObject({ urgency: 1, band: 'later', days: 31, score: 3 });
    expect(p('')).toMatchObject({ urgency: 1, band: 'none', days: null, score: 3 });
    expect(p('2025-03-09', 5).score).toBe(25);
    expect(p('2025-03-09', 1).score).toBe(5);
  });

  it('follows edited weights, and its explanation says so', () => {
    const rule: PriorityRule = {
      ...DEFAULT_RULE,
      overdue: 8,
      bands: [
        { days: 3, urgency: 6 },
        { days: 10, urgency: 3 },
        { days: 60, urgency: 2 },
      ],
      noDate: 0,
    };
    expect(p('2025-03-09', 2, rule).score).toBe(16);
    expect(p('2025-03-14', 2, rule)).toMatchObject({ urgency: 3, band: 'band2', score: 6 });
    expect(p('', 4, rule).score).toBe(0);
    expect(RQ.ruleUrgency(DEFAULT_RULE)).toContain('overdue 5; due within 7 days 4; within 14 days 3; within 30 days 2; later 1; no due date 1');
    expect(RQ.ruleUrgency(rule)).toContain('overdue 8; due within 3 days 6; within 10 days 3; within 60 days 2; later 1; no due date 0');
    expect(RQ.explain(p('2025-03-14', 2, rule), rule)).toBe('Impact 2 × urgency 3 (due in 4 days, within 10 days) = 6');
    expect(RQ.explain(p('2025-03-08', 4), DEFAULT_RULE)).toBe('Impact 4 × urgency 5 (overdue by 2 days) = 20');
    expect(RQ.explain(p(''), DEFAULT_RULE)).toBe('Impact 3 × urgency 1 (no due date) = 3');
  });

  it('reads a stored rule tolerantly: bands that do not increase fall back, weights are clamped', () => {
    const r = requestReaders.requestRules('priority', { overdue: 99, days1: 20, days2: 10, days3: 30, urgency1: -3, later: 'x' });
    expect(r.overdue).toBe(10);
    expect(r.bands.map((b) => b.days)).toEqual([7, 14, 30]);
    expect(r.bands[0]!.urgency).toBe(0);
    expect(r.later).toBe(1);
    expect(requestReaders.requestRules('priority', {})).toEqual(DEFAULT_RULE);
  });
});

describe('status transitions', () => {
  it('follows new → accepted → in progress → delivered', () => {
    expect(transition(req({ status: 'new' }), 'accepted')).toEqual({ ok: true, patch: { status: 'accepted' } });
    expect(transition(req({ status: 'accepted' }), 'in-progress').ok).toBe(true);
    expect(transition(req({ status: 'in-progress', owner: 'Mia' }), 'delivered').ok).toBe(true);
    expect(transition(req({ status: 'accepted', owner: 'Mia' }), 'delivered').ok).toBe(true);
  });

  it('refuses a delivery without an owner, and skipping triage', () => {
    expect(transition(req({ status: 'in-progress', owner: '' }), 'delivered')).toEqual({ ok: false, why: 'needs-owner' });
    expect(transition(req({ status: 'in-progress', owner: '   ' }), 'delivered')).toEqual({ ok: false, why: 'needs-owner' });
    expect(transition(req({ status: 'new', owner: 'Mia' }), 'delivered')).toEqual({ ok: false, why: 'not-allowed' });
    expect(transition(req({ status: 'new' }), 'in-progress')).toEqual({ ok: false, why: 'not-allowed' });
    expect(transition(req({ status: 'new' }), 'new')).toEqual({ ok: false, why: 'same' });
  });

  it('needs a reason to decline, from any open status but not after delivery', () => {
    for (const status of ['new', 'accepted', 'in-progress'] as const) {
      expect(transition(req({ status }), 'declined')).toEqual({ ok: false, why: 'needs-reason' });
      expect(transition(req({ status }), 'declined', { reason: '  ' })).toEqual({ ok: false, why: 'needs-reason' });
      expect(transition(req({ status }), 'declined', { reason: ' We have one already ' })).toEqual({
        ok: true,
        patch: { status: 'declined', declineReason: 'We have one already' },
      });
    }
    expect(transition(req({ status: 'delivered' }), 'declined', { reason: 'x' })).toEqual({ ok: false, why: 'not-allowed' });
  });

  it('reopens a declined or delivered request as accepted, and only as accepted', () => {
    expect(transition(req({ status: 'declined' }), 'accepted').ok).toBe(true);
    expect(transition(req({ status: 'delivered' }), 'accepted').ok).toBe(true);
    expect(transition(req({ status: 'declined' }), 'new').ok).toBe(false);
    expect(transition(req({ status: 'delivered' }), 'in-progress').ok).toBe(false);
  });

  it('finds the neighbouring column for the arrow keys', () => {
    expect(neighbourStatus('new', 1)).toBe('accepted');
    expect(neighbourStatus('new', -1)).toBeUndefined();
    expect(neighbourStatus('delivered', 1)).toBe('declined');
    expect(neighbourStatus('declined', 1)).toBeUndefined();
  });
});

describe('overdue detection on local calendar days', () => {
  afterEach(() => {
    delete process.env.TZ;
  });

  it('is overdue from the day after the due day, and never once delivered or declined', () => {
    expect(isOverdue(req({ dueDate: '2025-03-10' }), TODAY)).toBe(false);
    expect(isOverdue(req({ dueDate: '2025-03-09' }), TODAY)).toBe(true);
    expect(isOverdue(req({ dueDate: '2025-03-09', status: 'in-progress' }), TODAY)).toBe(true);
    expect(isOverdue(req({ dueDate: '2025-03-09', status: 'delivered' }), TODAY)).toBe(false);
    expect(isOverdue(req({ dueDate: '2025-03-09', status: 'declined' }), TODAY)).toBe(false);
    expect(isOverdue(req({ dueDate: '' }), TODAY)).toBe(false);
    // Across a month and a year end.
    expect(isOverdue(req({ dueDate: '2024-12-31' }), '2025-01-01')).toBe(true);
  });

  it('takes "today" in local time: just before midnight in New York is still the due day', () => {
    process.env.TZ = 'America/New_York';
    // 03:30 UTC on 10 March is 23:30 on 9 March in New York (EDT started that morning).
    const lateEvening = Date.UTC(2025, 2, 10, 3, 30);
    expect(localDay(lateEvening)).toBe('2025-03-09');
    expect(isOverdue(req({ dueDate: '2025-03-09' }), localDay(lateEvening))).toBe(false);
    expect(isOverdue(req({ dueDate: '2025-03-09' }), localDay(lateEvening + 60 * 60 * 1000))).toBe(true);
    process.env.TZ = 'Asia/Tokyo';
    expect(localDay(lateEvening)).toBe('2025-03-10');
  });

  it('counts whole days across a daylight-saving change', () => {
    expect(daysBetween('2025-03-08', '2025-03-10')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
    expect(daysBetween('2025-03-10', '2025-03-03')).toBe(-7);
  });
});

describe('the delivered piece', () => {
  it('accepts http and https links and keeps anything without a scheme as a file reference', () => {
    expect(readDelivered('https://example.com/case-study')).toEqual({ kind: 'link', url: 'https://example.com/case-study' });
    expect(readDelivered(' http://intranet.local/x.pdf ')).toEqual({ kind: 'link', url: 'http://intranet.local/x.pdf' });
    expect(readDelivered('Sales kit › Banking case study.pdf')).toEqual({ kind: 'file', text: 'Sales kit › Banking case study.pdf' });
    expect(readDelivered('C:\\Decks\\bank.pdf').kind).toBe('file');
    expect(readDelivered('\\\\share\\case.pptx').kind).toBe('file');
    expect(readDelivered('')).toEqual({ kind: 'none' });
  });

  it('refuses other schemes and broken links', () => {
    expect(readDelivered('javascript:alert(1)')).toEqual({ kind: 'invalid', why: 'scheme' });
    expect(readDelivered('file:///etc/passwd')).toEqual({ kind: 'invalid', why: 'scheme' });
    expect(readDelivered('mailto:a@b.c')).toEqual({ kind: 'invalid', why: 'scheme' });
    expect(readDelivered('https://')).toEqual({ kind: 'invalid', why: 'url' });
    expect(readDelivered('https://exa mple.com')).toEqual({ kind: 'invalid', why: 'url' });
  });
});

describe('what the map, the check-in and the report count', () => {
  it('counts requested, delivered and declined content per stage', () => {
    const list = [
      req({ id: 'a', stageId: 's1' }),
      req({ id: 'b', stageId: 's1', status: 'in-progress' }),
      req({ id: 'c', stageId: 's1', status: 'delivered' }),
      req({ id: 'd', stageId: 's2', status: 'declined' }),
      req({ id: 'e', stageId: '' }),
    ];
    const by = countsByStage(list);
    expect(by.get('s1')).toEqual({ asked: 2, delivered: 1, declined: 0, requested: 3 });
    expect(by.get('s2')).toEqual({ asked: 0, delivered: 0, declined: 1, requested: 1 });
    expect(by.has('')).toBe(false);
  });

  it('lists what is new since the last session (or still untriaged) and what is overdue', () => {
    const list = [
      req({ id: 'old-done', createdAt: 100, status: 'delivered' }),
      req({ id: 'old-untriaged', createdAt: 100, status: 'new' }),
      req({ id: 'fresh-delivered', createdAt: 600, status: 'delivered' }),
      req({ id: 'late', createdAt: 100, status: 'accepted', dueDate: '2025-03-01' }),
      req({ id: 'after-end', createdAt: 2000 }),
    ];
    const d = checkInDigest(list, { since: 500, until: 1500, today: TODAY });
    expect(d.fresh.map((r) => r.id)).toEqual(['old-untriaged', 'fresh-delivered']);
    expect(d.overdue.map((r) => r.id)).toEqual(['late']);
    expect(checkInDigest(list, { since: 0, today: TODAY }).fresh).toHaveLength(5);
  });

  it('sorts by priority, by due date (undated last) and by the text shown', () => {
    const list = [
      req({ id: 'a', what: 'b', impact: 2, dueDate: '2025-03-12' }),
      req({ id: 'b', what: 'A', impact: 5, dueDate: '' }),
      req({ id: 'c', what: 'c', impact: 1, dueDate: '2025-03-01' }),
    ];
    const ctx = { rule: DEFAULT_RULE, today: TODAY, label: () => '' };
    expect(sortRequests(list, 'priority', 'desc', ctx).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(sortRequests(list, 'due', 'asc', ctx).map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(sortRequests(list, 'due', 'desc', ctx).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(sortRequests(list, 'what', 'asc', ctx).map((r) => r.id)).toEqual(['b', 'a', 'c']);
    const closed = [...list, req({ id: 'd', impact: 5, dueDate: '2025-03-01', status: 'delivered' })];
    expect(sortRequests(closed, 'priority', 'desc', ctx).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(sortRequests(closed, 'priority', 'asc', ctx).map((r) => r.id)).toEqual(['b', 'c', 'a', 'd']);
  });
});
