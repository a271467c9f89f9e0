/** Every sentence of content requests: asking, triage, the board and list, the map, the check-in, the report. */
import type { Priority, PriorityRule, RequestStatus } from '../../domain/requests';
import { defineStrings } from '../../i18n';
import { REQUEST_STATUS_WORDS } from './refusals';

import { plural } from '../../i18n/format';

const STATUS: Record<RequestStatus, string> = REQUEST_STATUS_WORDS;

export const RQ = defineStrings({
  section: 'Content requests',
  // After “Loading”, while the screen is fetched the first time (ui/lazyPart.tsx).
  loadingWhat: 'the content requests',
  intro:
    'Sales asks for the content it needs; marketing sets priorities in the open, by a rule everyone can read, and delivers.',
  // Asking
  askHeading: 'Ask for content',
  what: 'What do you need?',
  whatPlaceholder: 'e.g. A case study from a bank',
  ask: 'Ask',
  moreDetails: 'More details (optional)',
  why: 'Why: the deal, objection or question behind it',
  stage: 'Stage',
  persona: 'Persona',
  channel: 'Channel',
  channelPlaceholder: 'e.g. email, website, a sales call',
  team: 'Team that asks',
  askedBy: 'Asked by',
  askedByPlaceholder: 'Your name',
  dueDate: 'Needed by',
  impact: 'How much it matters',
  impactLevels: ['', '1 · nice to have', '2 · would help', '3 · helps win deals', '4 · needed for a live deal', '5 · deals are lost without it'],
  impactShort: (n: number) => `Impact ${n}`,
  none: '—',
  noStage: 'No stage',
  noPersona: 'No persona',
  unnamedPersona: 'Unnamed persona',
  noTeam: 'No team',
  // A request keeps its link when what it pointed to is removed (undo, or a merge, may bring it
  // back); the field says so instead of showing another choice.
  removedStage: 'A stage that was removed',
  removedPersona: 'A persona that was removed',
  removedTeam: 'A team that was removed',
  anyStage: 'Every stage',
  anyPersona: 'Every persona',
  anyTeam: 'Every team',
  anyStatus: 'Every status',
  stageIn: (map: string, stage: string) => `${map} › ${stage}`,
  // Views
  views: 'View',
  board: 'Board',
  list: 'List',
  exportCsv: 'Export requests as CSV',
  exported: (name: string) => `Saved ${name}.`,
  noRequests: 'Nothing asked yet. Anyone can ask for content with the form above.',
  noMatch: 'No request matches these filters.',
  filters: 'Filter requests',
  count: (n: number) => plural(n, 'request', 'requests'),
  // Status
  status: 'Status',
  statusName: STATUS,
  statusOf: (what: string) => `Status of “${what}”`,
  column: (status: RequestStatus, n: number) => `${STATUS[status]} (${n})`,
  boardHint:
    'Drag a card to another column, or focus a card and press ← or → to move it. Enter opens it.',
  // Card and list
  overdue: 'Overdue',
  overdueBy: (days: number) => `Overdue by ${plural(days, 'day', 'days')}`,
  dueOn: (day: string) => `Due ${day}`,
  priorityShort: (n: number) => `Priority ${n}`,
  ownerShort: (o: string) => `Owner: ${o}`,
  openRequest: (what: string) => `Open request “${what}”`,
  sortBy: (col: string) => `Sort by ${col}`,
  columns: {
    what: 'What',
    stage: 'Stage',
    persona: 'Persona',
    team: 'Team',
    status: 'Status',
    priority: 'Priority',
    due: 'Needed by',
    owner: 'Owner',
  } as Record<string, string>,
  // Detail
  detail: (what: string) => `Request: ${what}`,
  closeDetail: 'Close the request',
  triage: 'Triage',
  owner: 'Owner (who makes it)',
  ownerPlaceholder: 'A person’s name',
  priority: 'Priority',
  moveTo: (status: RequestStatus) =>
    ({ accepted: 'Accept', 'in-progress': 'Start work', delivered: 'Deliver', declined: 'Decline', new: 'Back to new' })[status],
  reopen: 'Reopen',
  declineReason: 'Why is it declined?',
  declineWith: 'Decline with this reason',
  declinedBecause: (reason: string) => `Declined: ${reason}`,
  delivered: 'The delivered piece: a link (https://…) or where the file is',
  deliveredPlaceholder: 'https://… or Sales kit › Case studies › Bank.pdf',
  deliveredLink: 'Open the delivered piece',
  deliveredFile: (t: string) => `File: ${t}`,
  deleteRequest: 'Delete request',
  undo: 'Undo',
  deleted: (what: string) => `Request “${what}” deleted.`,
  filedBy: (who: string, team: string) => [who, team].filter(Boolean).join(', '),
  filedOn: (day: string) => `Asked on ${day}`,
  // The rule
  ruleHeading: 'How priority is set',
  ruleFormula: 'Priority = impact × urgency.',
  ruleImpact: 'Impact: how much it matters to whoever asked, from 1 to 5.',
  ruleUrgency: (r: PriorityRule) => {
    const [b1, b2, b3] = r.bands;
    return (
      `Urgency from the due date: overdue ${r.overdue}; ` +
      `due within ${b1!.days} days ${b1!.urgency}; ` +
      `within ${b2!.days} days ${b2!.urgency}; ` +
      `within ${b3!.days} days ${b3!.urgency}; ` +
      `later ${r.later}; no due date ${r.noDate}.`
    );
  },
  ruleEdit: 'Change the rule',
  ruleOverdue: 'Urgency when overdue',
  ruleBandDays: (i: number) => `Band ${i}: due within (days)`,
  ruleBandUrgency: (i: number) => `Band ${i}: urgency`,
  ruleLater: 'Urgency when due later',
  ruleNoDate: 'Urgency without a due date',
  ruleReset: 'Back to the standard rule',
  explain: (p: Priority, r: PriorityRule) => {
    const why =
      p.band === 'none'
        ? 'no due date'
        : p.band === 'overdue'
          ? `overdue by ${plural(-(p.days ?? 0), 'day', 'days')}`
          : p.band === 'later'
            ? `due in ${plural(p.days ?? 0, 'day', 'days')}, later than ${r.bands[r.bands.length - 1]!.days} days`
            : `due in ${plural(p.days ?? 0, 'day', 'days')}, within ${p.withinDays} days`;
    return `Impact ${p.impact} × urgency ${p.urgency} (${why}) = ${p.score}`;
  },
  // Map and persona
  stageBadge: (asked: number, delivered: number) => `${asked} asked · ${delivered} delivered`,
  stageBadgeLabel: (stage: string, asked: number, delivered: number) =>
    `Content for stage ${stage}: ${asked} asked, ${delivered} delivered`,
  contentFor: (stage: string) => `Content for ${stage}`,
  askedList: 'Asked',
  deliveredList: 'Delivered',
  openRequests: 'Open content requests',
  noDeliveredLink: 'no link yet',
  personaHeading: 'Content made for this persona',
  personaNone: 'No content asked for this persona yet.',
  personaLine: (delivered: number, asked: number) => `Content: ${delivered} delivered · ${asked} asked`,
  // The weekly check-in
  agendaLine: (fresh: number, overdue: number) => `Content requests: ${fresh} new, ${overdue} overdue`,
  newSince: 'New since the last session',
  overdueNow: 'Overdue',
  nothingNew: 'Nothing new was asked.',
  // The report
  reportHeading: 'Content requests by stage',
  reportFigure: (n: number) => (n === 1 ? 'content request' : 'content requests'),
  reportStage: 'Stage',
  reportRequested: 'Requested',
  reportDelivered: 'Delivered',
  reportDeclined: 'Declined',
  reportNoStage: 'Without a stage',
  // CSV
  csvHeader: ['What', 'Why', 'Stage', 'Persona', 'Channel', 'Team', 'Asked by', 'Needed by', 'Impact', 'Urgency', 'Priority', 'Status', 'Owner', 'Delivered', 'Decline reason', 'Asked on'],
  csvFile: (project: string) => `${project} content requests`,
});

export const statusLabel = (s: RequestStatus) => STATUS[s];
