/**
 * Content requests, as plain TypeScript: sales asks marketing for a piece of content (a case
 * study for a stage, a one-pager for a persona, an answer to an objection), marketing triages
 * it in the open. The record, its tolerant reader, the status machine, the priority rule,
 * overdue detection, the delivered piece (a web link or a file reference) and the counts the
 * map, the weekly check-in and the leadership report show. No React, no Yjs, no Dexie (see
 * document/actions/requests.ts for the writers and features/requests for the screens).
 *
 * Dates are local calendar days written YYYY-MM-DD (as the workshop writes them): "overdue"
 * means the due day is before today's local day, and day differences are taken between the
 * two calendar days (not between instants), so a daylight-saving change never makes a
 * request one hour late or a day early.
 */
import type { Id } from './types';
import { num, str, type Fields } from './read';


export const REQUEST_LIMITS = {
  what: 200,
  why: 2000,
  channel: 80,
  person: 80,
  owner: 80,
  declineReason: 500,
  delivered: 500,
  requests: 5000,
} as const;

export const IMPACT_MIN = 1;
export const IMPACT_MAX = 5;
/** "It would help" — the middle of the scale, for a request filed in ten seconds. */
export const DEFAULT_IMPACT = 3;

// ---- The record ----

export const REQUEST_STATUSES = ['new', 'accepted', 'in-progress', 'delivered', 'declined'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Statuses in which the request still waits for content (shown as "asked" on the map). */
export const OPEN_STATUSES: readonly RequestStatus[] = ['new', 'accepted', 'in-progress'];
export const isOpen = (s: RequestStatus) => OPEN_STATUSES.includes(s);

export interface ContentRequest {
  readonly id: Id;
  /** What is needed: "A case study from a bank". The only field a request needs. */
  readonly what: string;
  /** Why: the deal, objection or question behind it. */
  readonly why: string;
  /** The journey stage it is for ('' for none). */
  readonly stageId: Id;
  readonly personaId: Id;
  /** Where it will be used: email, website, a call, an event… */
  readonly channel: string;
  /** The team that asked, and the person. */
  readonly teamId: Id;
  readonly askedBy: string;
  /** By when, YYYY-MM-DD or ''. */
  readonly dueDate: string;
  /** How much it matters to the people who asked, 1–5. */
  readonly impact: number;
  readonly status: RequestStatus;
  /** Who makes it (a person's name). Needed before it can be delivered. */
  readonly owner: string;
  /** Why it was declined (kept when reopened, shown only while declined). */
  readonly declineReason: string;
  /** The delivered piece: an http(s) link, or a file reference in free text. */
  readonly delivered: string;
  readonly createdAt: number;
  /** When the status last changed (ms since 1970). */
  readonly statusAt: number;
}

/** The priority rule: priority = impact × urgency, urgency from the due date in bands. */
export interface PriorityRule {
  readonly id: Id;
  /** Urgency of a request whose due date has passed. */
  readonly overdue: number;
  /** Up to three bands "due within N days → urgency U", N strictly increasing. */
  readonly bands: readonly { readonly days: number; readonly urgency: number }[];
  /** Urgency when due after the last band. */
  readonly later: number;
  /** Urgency when no due date is given. */
  readonly noDate: number;
}

/** The one record of the `requestRules` collection: fixed id, so two copies merge into one. */
export const PRIORITY_RULE_ID = 'priority';

export const DEFAULT_RULE: PriorityRule = {
  id: PRIORITY_RULE_ID,
  overdue: 5,
  bands: [
    { days: 7, urgency: 4 },
    { days: 14, urgency: 3 },
    { days: 30, urgency: 2 },
  ],
  later: 1,
  noDate: 1,
};

export const URGENCY_MIN = 0;
export const URGENCY_MAX = 10;
export const BAND_DAYS_MAX = 365;

/** The field names a rule is stored under (flat, so two people editing two weights both win). */
export const RULE_FIELDS = [
  'overdue',
  'days1',
  'urgency1',
  'days2',
  'urgency2',
  'days3',
  'urgency3',
  'later',
  'noDate',
] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

export function ruleToFields(rule: PriorityRule): Record<RuleField, number> {
  const b = (i: number) => rule.bands[i] ?? DEFAULT_RULE.bands[i]!;
  return {
    overdue: rule.overdue,
    days1: b(0).days,
    urgency1: b(0).urgency,
    days2: b(1).days,
    urgency2: b(1).urgency,
    days3: b(2).days,
    urgency3: b(2).urgency,
    later: rule.later,
    noDate: rule.noDate,
  };
}

const clampInt = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));
const urgency = (v: unknown, d: number) => clampInt(num(v, d), URGENCY_MIN, URGENCY_MAX);

/** Whether a rule's band limits go up (7 < 14 < 30); a rule that does not is read as the default bands. */
export function bandsIncrease(days: readonly number[]): boolean {
  return days.every((d, i) => d >= 1 && d <= BAND_DAYS_MAX && (i === 0 || d > days[i - 1]!));
}

export const DATE = /^\d{4}-\d{2}-\d{2}$/;
const readDate = (v: unknown) => (typeof v === 'string' && DATE.test(v) ? v : '');

export const requestReaders = {
  contentRequests: (id: string, f: Fields): ContentRequest => {
    const status = (REQUEST_STATUSES as readonly unknown[]).includes(f.status)
      ? (f.status as RequestStatus)
      : 'new';
    const createdAt = num(f.createdAt);
    return {
      id,
      what: str(f.what),
      why: str(f.why),
      stageId: str(f.stageId),
      personaId: str(f.personaId),
      channel: str(f.channel),
      teamId: str(f.teamId),
      askedBy: str(f.askedBy),
      dueDate: readDate(f.dueDate),
      impact: clampInt(num(f.impact, DEFAULT_IMPACT), IMPACT_MIN, IMPACT_MAX),
      status,
      owner: str(f.owner),
      declineReason: str(f.declineReason),
      delivered: str(f.delivered),
      createdAt,
      statusAt: num(f.statusAt, createdAt),
    };
  },
  requestRules: (id: string, f: Fields): PriorityRule => {
    const d = ruleToFields(DEFAULT_RULE);
    const days = [1, 2, 3].map((i) => Math.round(num(f[`days${i}`], d[`days${i}` as RuleField])));
    const bandDays = bandsIncrease(days) ? days : DEFAULT_RULE.bands.map((b) => b.days);
    return {
      id,
      overdue: urgency(f.overdue, d.overdue),
      bands: bandDays.map((days, i) => ({
        days,
        urgency: urgency(f[`urgency${i + 1}`], d[`urgency${i + 1}` as RuleField]),
      })),
      later: urgency(f.later, d.later),
      noDate: urgency(f.noDate, d.noDate),
    };
  },
};

/** The project's rule: its stored record, or the default before anyone changed it. */
export function ruleOf(stored: Readonly<Record<Id, PriorityRule>>): PriorityRule {
  return stored[PRIORITY_RULE_ID] ?? DEFAULT_RULE;
}

// ---- Local calendar days ----

/** A moment's local calendar day, YYYY-MM-DD. */
export function localDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const dayNumber = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / 86_400_000;
};

/** Whole days from `today` to `day` (negative when `day` is past). Both YYYY-MM-DD. */
export function daysBetween(today: string, day: string): number {
  return Math.round(dayNumber(day) - dayNumber(today));
}

/** Past its due day and still waiting for content (delivered and declined requests are never overdue). */
export function isOverdue(r: Pick<ContentRequest, 'dueDate' | 'status'>, today: string): boolean {
  return r.dueDate !== '' && isOpen(r.status) && r.dueDate < today;
}

// ---- Priority ----

export type UrgencyBand = 'overdue' | 'band1' | 'band2' | 'band3' | 'later' | 'none';

export interface Priority {
  readonly score: number;
  readonly impact: number;
  readonly urgency: number;
  readonly band: UrgencyBand;
  /** Days until the due day (negative when past), null without a due date. */
  readonly days: number | null;
  /** For a band: its limit in days. */
  readonly withinDays?: number;
}

/** Urgency from the due date under a rule, with the band that gave it. */
export function urgencyOf(
  dueDate: string,
  rule: PriorityRule,
  today: string,
): Pick<Priority, 'urgency' | 'band' | 'days' | 'withinDays'> {
  if (!dueDate) return { urgency: rule.noDate, band: 'none', days: null };
  const days = daysBetween(today, dueDate);
  if (days < 0) return { urgency: rule.overdue, band: 'overdue', days };
  for (let i = 0; i < rule.bands.length; i++) {
    const b = rule.bands[i]!;
    if (days <= b.days)
      return { urgency: b.urgency, band: `band${i + 1}` as UrgencyBand, days, withinDays: b.days };
  }
  return { urgency: rule.later, band: 'later', days };
}

/**
 * Priority = impact × urgency. Computed, never stored: it changes as the due day comes near
 * and when the room changes the rule, and every screen shows the same number with its reason.
 */
export function priorityOf(
  r: Pick<ContentRequest, 'impact' | 'dueDate'>,
  rule: PriorityRule,
  today: string,
): Priority {
  const u = urgencyOf(r.dueDate, rule, today);
  return { ...u, impact: r.impact, score: r.impact * u.urgency };
}

/** The highest priority a rule can give (for the scale shown next to a score). */
export const maxPriority = (rule: PriorityRule) =>
  IMPACT_MAX * Math.max(rule.overdue, rule.later, rule.noDate, ...rule.bands.map((b) => b.urgency));

// ---- Status: a state machine ----

/**
 * Where a request may go from each status. The usual path is new → accepted → in progress →
 * delivered; accepted work may be delivered without an "in progress" step, in-progress work
 * may go back to accepted, anything open may be declined, and a delivered or declined
 * request is reopened as accepted.
 */
export const TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  new: ['accepted', 'declined'],
  accepted: ['in-progress', 'delivered', 'declined'],
  'in-progress': ['accepted', 'delivered', 'declined'],
  delivered: ['accepted'],
  declined: ['accepted'],
};

export type TransitionRefusal = 'same' | 'not-allowed' | 'needs-owner' | 'needs-reason';

export type TransitionResult =
  | {
      readonly ok: true;
      readonly patch: { readonly status: RequestStatus; readonly declineReason?: string };
    }
  | { readonly ok: false; readonly why: TransitionRefusal };

export const canMove = (from: RequestStatus, to: RequestStatus) => TRANSITIONS[from].includes(to);

/**
 * Whether a request may move to `to`: the move must be allowed, a delivery needs an owner,
 * and a decline needs a reason (given with the move, trimmed non-empty).
 */
export function transition(
  r: Pick<ContentRequest, 'status' | 'owner'>,
  to: RequestStatus,
  input: { readonly reason?: string } = {},
): TransitionResult {
  if (r.status === to) return { ok: false, why: 'same' };
  if (!canMove(r.status, to)) return { ok: false, why: 'not-allowed' };
  if (to === 'delivered' && !r.owner.trim()) return { ok: false, why: 'needs-owner' };
  if (to === 'declined') {
    const reason = (input.reason ?? '').trim();
    if (!reason) return { ok: false, why: 'needs-reason' };
    return { ok: true, patch: { status: to, declineReason: reason } };
  }
  return { ok: true, patch: { status: to } };
}

/** The column a board card goes to with an arrow key (board order), or undefined at an edge. */
export function neighbourStatus(from: RequestStatus, step: -1 | 1): RequestStatus | undefined {
  return REQUEST_STATUSES[REQUEST_STATUSES.indexOf(from) + step];
}

// ---- The delivered piece ----

export type DeliveredPiece =
  | { readonly kind: 'none' }
  | { readonly kind: 'link'; readonly url: string }
  | { readonly kind: 'file'; readonly text: string }
  | { readonly kind: 'invalid'; readonly why: 'scheme' | 'url' };

/** A scheme of two letters or more ("https:", "mailto:"); "C:\…" is a drive, i.e. a file reference. */
const SCHEME = /^([a-z][a-z0-9+.-]+):/i;

/**
 * What a "delivered" text is: a web link (http or https, parsed and with a host), a file
 * reference (anything without a scheme: "Sales kit › Banking case study.pdf",
 * "\\\\share\\case-study.pptx", "C:\\Decks\\bank.pdf"), or refused: another scheme
 * (javascript:, file:, mailto:…) is never turned into a link the room might click.
 */
export function readDelivered(text: string): DeliveredPiece {
  const t = text.trim();
  if (!t) return { kind: 'none' };
  const m = SCHEME.exec(t);
  if (!m) return { kind: 'file', text: t };
  const scheme = m[1]!.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return { kind: 'invalid', why: 'scheme' };
  try {
    const u = new URL(t);
    if (!u.hostname || /\s/.test(t)) return { kind: 'invalid', why: 'url' };
    return { kind: 'link', url: u.href };
  } catch {
    return { kind: 'invalid', why: 'url' };
  }
}

// ---- Views: the map, the persona, the check-in, the report ----

export interface ContentCounts {
  /** Still waiting for content (new, accepted, in progress). */
  readonly asked: number;
  readonly delivered: number;
  readonly declined: number;
}

export function countContent(list: readonly Pick<ContentRequest, 'status'>[]): ContentCounts {
  let asked = 0;
  let delivered = 0;
  let declined = 0;
  for (const r of list) {
    if (r.status === 'delivered') delivered++;
    else if (r.status === 'declined') declined++;
    else asked++;
  }
  return { asked, delivered, declined };
}

/** Per stage: how much content was requested (all requests), delivered and declined. */
export function countsByStage(
  list: readonly Pick<ContentRequest, 'status' | 'stageId'>[],
): Map<Id, ContentCounts & { readonly requested: number }> {
  const groups = new Map<Id, Pick<ContentRequest, 'status'>[]>();
  for (const r of list) {
    if (!r.stageId) continue;
    const g = groups.get(r.stageId) ?? [];
    g.push(r);
    groups.set(r.stageId, g);
  }
  return new Map([...groups].map(([id, g]) => [id, { ...countContent(g), requested: g.length }]));
}

/**
 * What the weekly check-in goes through: the requests that are new since the last session
 * (filed after it, or still waiting for triage however old) and the overdue ones. `until`
 * (an ended session's end) keeps a past session's list as it was then.
 */
export function checkInDigest<T extends ContentRequest>(
  list: readonly T[],
  opts: { readonly since: number; readonly until?: number | null; readonly today: string },
): { readonly fresh: T[]; readonly overdue: T[] } {
  const until = opts.until ?? Infinity;
  const filed = list.filter((r) => r.createdAt <= until);
  const fresh = filed
    .filter((r) => r.createdAt > opts.since || r.status === 'new')
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const overdue = filed
    .filter((r) => isOverdue(r, opts.today))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) || a.createdAt - b.createdAt);
  return { fresh, overdue };
}

// ---- Sorting and filtering the list ----

export const SORT_KEYS = ['what', 'stage', 'persona', 'team', 'status', 'priority', 'due', 'owner'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface RequestFilter {
  readonly stageId?: Id;
  readonly personaId?: Id;
  readonly teamId?: Id;
  readonly status?: RequestStatus | '';
}

export function filterRequests<T extends ContentRequest>(list: readonly T[], f: RequestFilter): T[] {
  return list.filter(
    (r) =>
      (!f.stageId || r.stageId === f.stageId) &&
      (!f.personaId || r.personaId === f.personaId) &&
      (!f.teamId || r.teamId === f.teamId) &&
      (!f.status || r.status === f.status),
  );
}

/**
 * Sorts by a column. `label` gives the text shown for stage, persona and team (so the list
 * sorts by what the reader sees); requests without a due date sort after dated ones, and
 * closed requests after open ones by priority, either way.
 */
export function sortRequests<T extends ContentRequest>(
  list: readonly T[],
  key: SortKey,
  dir: 'asc' | 'desc',
  ctx: { readonly rule: PriorityRule; readonly today: string; readonly label: (key: 'stage' | 'persona' | 'team', r: T) => string },
): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  const text = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true });
  const cmp = (a: T, b: T): number => {
    switch (key) {
      case 'what':
        return sign * text(a.what, b.what);
      case 'owner':
        return sign * text(a.owner, b.owner);
      case 'stage':
      case 'persona':
      case 'team':
        return sign * text(ctx.label(key, a), ctx.label(key, b));
      case 'status':
        return sign * (REQUEST_STATUSES.indexOf(a.status) - REQUEST_STATUSES.indexOf(b.status));
      case 'priority': {
        // Delivered and declined requests wait for nothing: they sort after the open ones either way.
        const open = (isOpen(a.status) ? 0 : 1) - (isOpen(b.status) ? 0 : 1);
        return open || sign * (priorityOf(a, ctx.rule, ctx.today).score - priorityOf(b, ctx.rule, ctx.today).score);
      }
      case 'due':
        if (!a.dueDate || !b.dueDate) return (a.dueDate ? 0 : 1) - (b.dueDate ? 0 : 1);
        return sign * (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0);
    }
  };
  return [...list].sort((a, b) => cmp(a, b) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Highest priority first, then the oldest: the order of a board column. */
export function byPriority<T extends ContentRequest>(list: readonly T[], rule: PriorityRule, today: string): T[] {
  return sortRequests(list, 'priority', 'desc', { rule, today, label: () => '' });
}
