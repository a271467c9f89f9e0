/**
 * What an open action still lacks before the room can leave it: a person or team who owns it,
 * a date it is due. One rule, read by the actions screen, the workshop report, the recap and
 * the briefing (an action with a gap is flagged in words, never printed as "—").
 */
import type { Id } from '../types';
import type { ActionItem } from './records';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface ActionGap {
  readonly actionId: Id;
  readonly title: string;
  /** Neither a person nor an existing team owns it. */
  readonly noOwner: boolean;
  /** No valid due date. */
  readonly noDue: boolean;
}

type GapFields = Pick<ActionItem, 'id' | 'title' | 'owner' | 'teamId' | 'dueDate' | 'status'>;

/** The gaps of one action (both false when it has an owner and a due date, or is done). */
export function actionGap(a: GapFields, teamIds: ReadonlySet<string>): ActionGap {
  const open = a.status === 'open';
  return {
    actionId: a.id,
    title: a.title,
    noOwner: open && !a.owner.trim() && !(a.teamId && teamIds.has(a.teamId)),
    noDue: open && !DAY.test(a.dueDate),
  };
}

/**
 * The open actions without an owner or a due date, in the order given. `teamIds` are the
 * project's teams: an action owned by a team that was since deleted has no owner.
 */
export function actionGaps(actions: readonly GapFields[], teamIds: ReadonlySet<string>): ActionGap[] {
  return actions.map((a) => actionGap(a, teamIds)).filter((g) => g.noOwner || g.noDue);
}

/**
 * The due date the action prompt offers: the next planned meeting after today (where the action
 * is reviewed), else a week from today (the weekly check-in of DOMAIN.md's cadence).
 */
export function suggestedDueDate(
  sessions: readonly { readonly status: string; readonly date: string }[],
  today: string,
): string {
  const next = sessions
    .filter((s) => s.status === 'planned' && DAY.test(s.date) && s.date > today)
    .map((s) => s.date)
    .sort()[0];
  if (next) return next;
  const d = new Date(`${today}T12:00:00`);
  d.setDate(d.getDate() + 7);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export interface OwnerChoice {
  readonly name: string;
  /** The team the person was in at their latest session ('' when none). */
  readonly teamId: Id;
}

/**
 * The people the prompt offers as owners: every participant of the project's sessions and
 * every person already owning an action, once each (case-insensitive), by name.
 */
export function ownerChoices(
  participants: readonly { readonly name: string; readonly teamId: Id; readonly sessionId: Id }[],
  actions: readonly { readonly owner: string; readonly teamId: Id }[],
  sessionDates: Readonly<Record<string, string>>,
): OwnerChoice[] {
  const byName = new Map<string, { choice: OwnerChoice; date: string }>();
  const offer = (name: string, teamId: Id, date: string) => {
    const n = name.trim();
    if (!n) return;
    const key = n.toLocaleLowerCase();
    const had = byName.get(key);
    if (!had || date > had.date) byName.set(key, { choice: { name: had?.choice.name ?? n, teamId: teamId || had?.choice.teamId || '' }, date });
  };
  for (const a of actions) offer(a.owner, a.teamId, '');
  for (const p of participants) offer(p.name, p.teamId, sessionDates[p.sessionId] ?? '');
  return [...byName.values()].map((x) => x.choice).sort((a, b) => a.name.localeCompare(b.name));
}
