/**
 * The recap of one session, for the email after the workshop: Markdown (decisions, actions with
 * owner and due date, parked items, vote winners, the alignment score and its change, the next
 * meeting) and an .ics calendar (the next meeting and each open action's due date, built with
 * the `ics` package). One source of truth: the score, its change, the open actions (with their
 * "no owner" and "overdue" flags), the decisions and the next meeting are the briefing's
 * (domain/briefing.ts, which the briefing page and the deck read); the vote winners are the
 * tally the results screen shows (tallyFor).
 */
import type { ProjectSnapshot } from '../../document/projection';
import { briefingOf, type Briefing } from '../../domain/briefing';
import { SHARED_OWNER } from '../../domain/types';
import { t } from '../../i18n';
import { tallyFor } from './hooks';
import { BW, pctText } from '../../shared/briefingText';
import { WR } from './recapStrings';
import { formatDay } from './SessionList';

export interface RecapAction {
  readonly id: string;
  readonly title: string;
  /** The person, else the team, else '' (unowned). */
  readonly owner: string;
  readonly dueDate: string;
  readonly done: boolean;
  readonly unowned: boolean;
}

export interface Recap {
  readonly project: string;
  readonly sessionId: string;
  readonly title: string;
  readonly date: string;
  readonly score: { readonly text: string; readonly verdict: string; readonly change: string };
  readonly decisions: readonly string[];
  readonly actions: readonly RecapAction[];
  readonly parked: readonly string[];
  readonly votes: readonly { readonly card: string; readonly dots: number; readonly stage: string }[];
  readonly next: Briefing['nextMeeting'];
}

/** The top cards of each of the session's votes whose results are out. */
const WINNERS = 3;

function teamName(s: ProjectSnapshot, id: string): string {
  return id === SHARED_OWNER ? t('alignment.shared') : (s.teams[id]?.name ?? '');
}

export function recapOf(s: ProjectSnapshot, sessionId: string, today: string): Recap | null {
  const session = s.sessions[sessionId];
  if (!session) return null;
  const b = briefingOf(s, today);
  const open = new Map(b.actions.map((a) => [a.actionId, a]));
  const actions: RecapAction[] = [
    // The briefing's open actions (soonest due first), then what this session already closed.
    ...b.actions
      .filter((a) => s.actionItems[a.actionId]?.sessionId === sessionId)
      .map((a) => ({ id: a.actionId, title: a.title, owner: a.owner || teamName(s, a.teamId), dueDate: a.dueDate, done: false, unowned: a.unowned })),
    ...Object.values(s.actionItems)
      .filter((a) => a.sessionId === sessionId && !open.has(a.id) && a.status === 'done')
      .sort((a, b2) => a.createdAt - b2.createdAt)
      .map((a) => ({ id: a.id, title: a.title, owner: a.owner.trim() || teamName(s, a.teamId), dueDate: a.dueDate, done: true, unowned: false })),
  ];
  const rounds = Object.values(s.voteRounds)
    .filter((r) => r.sessionId === sessionId && (!r.private || r.revealed))
    .sort((a, b2) => a.createdAt - b2.createdAt);
  const votes = rounds.flatMap((r) =>
    tallyFor(s, r)
      .tally.ranked.slice(0, WINNERS)
      .map((x) => ({ card: s.cards[x.cardId]?.text ?? '', dots: x.dots, stage: s.stages[s.cards[x.cardId]?.stageId ?? '']?.name ?? '' })),
  );
  const change = b.score.changeBasis === 'no-history' || b.score.change === null ? BW.noChange : BW.change(Math.round(b.score.change));
  return {
    project: s.info.title,
    sessionId,
    title: session.title,
    date: session.date,
    score: { text: b.score.pct === null ? '—' : pctText(b.score.pct), verdict: BW.verdict[b.score.verdict], change },
    decisions: b.decisions.filter((d) => d.sessionId === sessionId).map((d) => d.text),
    actions,
    parked: Object.values(s.parkingLot)
      .filter((p) => p.sessionId === sessionId && p.status === 'open')
      .sort((a, b2) => a.createdAt - b2.createdAt || (a.id < b2.id ? -1 : 1))
      .map((p) => p.text),
    votes,
    next: b.nextMeeting,
  };
}

/** Markdown text: one line per item, so what a person typed cannot start a heading or a list. */
const md = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|~])/g, '\\$1');

const list = (items: readonly string[]) => (items.length ? items.map((x) => `- ${x}`).join('\n') : WR.none);

export function recapMarkdown(r: Recap): string {
  const actions = r.actions.map((a) =>
    a.done ? `- ${WR.done(md(a.title))}` : `- ${WR.action(md(a.title), a.unowned ? WR.noOwner : md(a.owner), a.dueDate ? WR.due(formatDay(a.dueDate)) : WR.noDue)}`,
  );
  return [
    `# ${WR.title(md(r.title), formatDay(r.date))}`,
    md(r.project),
    `## ${WR.score}`,
    WR.scoreLine(r.score.text, r.score.verdict, r.score.change),
    `## ${WR.decisions}`,
    list(r.decisions.map(md)),
    `## ${WR.actions}`,
    actions.length ? actions.join('\n') : WR.none,
    `## ${WR.parked}`,
    list(r.parked.map(md)),
    `## ${WR.votes}`,
    list(r.votes.map((v) => WR.vote(md(v.card), v.dots, md(v.stage)))),
    `## ${WR.next}`,
    r.next ? `${md(r.next.title)}, ${formatDay(r.next.date)}` : WR.noNext,
    '',
  ].join('\n\n');
}

const dayArray = (iso: string): [number, number, number] | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
};

/**
 * The calendar: the next meeting and each open action with a due date, as all-day events
 * (a session has a day, not a time). Each event's UID is its record's id, so importing a later
 * recap updates the events instead of doubling them. Null when there is no date at all.
 */
export async function recapIcs(r: Recap): Promise<string | null> {
  const { createEvents } = await import('ics');
  const events: Parameters<typeof createEvents>[0] = [];
  const next = r.next && dayArray(r.next.date);
  if (r.next && next) {
    events.push({ uid: `session-${r.next.sessionId}@baton`, title: r.next.title, start: next, duration: { days: 1 }, description: WR.eventMeetingText(r.project) });
  }
  for (const a of r.actions) {
    const due = !a.done && dayArray(a.dueDate);
    if (!due) continue;
    events.push({ uid: `action-${a.id}@baton`, title: WR.eventDue(a.title, a.owner), start: due, duration: { days: 1 }, description: WR.eventDueText(r.title) });
  }
  if (!events.length) return null;
  const { error, value } = createEvents(events, { productId: 'baton/recap', calName: r.project || r.title });
  if (error || !value) throw error ?? new Error('no calendar');
  return value;
}
