/**
 * The CRMs' own words, as their exports write them, and where each sits on the kind's ladder
 * (the ordered stages a record climbs). Baton's stages and handoffs carry the same words
 * (a stage's HubSpot lifecycle stage or Salesforce lead status, see domain/types.ts), which
 * is how a figure of the CRM becomes a figure of the map. A value that is none of these is
 * "unknown": the import asks the person what it means instead of guessing.
 */
import { HUBSPOT_STAGES, type HubspotStage } from '../types';
import { vocabularyKey } from './cells';

export const CRM_KINDS = ['hubspot-contacts', 'hubspot-deals', 'salesforce-leads', 'salesforce-opportunities'] as const;
export type CrmKind = (typeof CRM_KINDS)[number];

/** The ladder of each kind: a record reaches a rung and every rung below it. */
export const LADDERS = {
  'hubspot-contacts': ['subscriber', 'lead', 'mql', 'sql', 'opportunity', 'customer', 'evangelist'],
  'hubspot-deals': ['created', 'won'],
  'salesforce-leads': ['open', 'contacted', 'converted'],
  'salesforce-opportunities': ['created', 'won'],
} as const satisfies Record<CrmKind, readonly string[]>;
export type Rung = (typeof LADDERS)[CrmKind][number];

/** The reasons a record leaves the ladder (rejected, recycled, lost) that the CRMs name themselves. */
export const KNOWN_REASONS = ['unqualified', 'bad-timing', 'not-converted', 'lost'] as const;
export type KnownReason = (typeof KNOWN_REASONS)[number];

/** What a value of a column means: a rung, a reason, known but neither, or unknown. */
export type Meaning =
  | { readonly rung: Rung; readonly reason?: string; readonly won?: boolean; readonly lost?: boolean }
  | { readonly reason: string; readonly rung?: undefined; readonly lost?: boolean }
  | { readonly known: true; readonly rung?: undefined; readonly reason?: undefined }
  | null;

/** HubSpot lifecycle stages by internal value, label and the abbreviations people type. */
const HUBSPOT_WORDS: Record<string, HubspotStage> = {
  subscriber: 'subscriber',
  lead: 'lead',
  marketingqualifiedlead: 'mql',
  'marketing qualified lead': 'mql',
  mql: 'mql',
  salesqualifiedlead: 'sql',
  'sales qualified lead': 'sql',
  sql: 'sql',
  opportunity: 'opportunity',
  customer: 'customer',
  evangelist: 'evangelist',
  other: 'other',
};

/** A HubSpot lifecycle stage from a cell, a column's "Became a … Date" label or a stage's typed word. */
export function hubspotStageOf(word: string): HubspotStage | null {
  const k = vocabularyKey(word).replace(/\s*\((mql|sql)\)$/, '');
  return HUBSPOT_WORDS[k] ?? HUBSPOT_WORDS[k.replace(/ /g, '')] ?? null;
}

const HUBSPOT_LEAD_STATUS: Record<string, Meaning> = {
  new: { known: true },
  open: { known: true },
  'in progress': { known: true },
  in_progress: { known: true },
  'open deal': { known: true },
  'attempted to contact': { known: true },
  'attempted to contact ': { known: true },
  connected: { known: true },
  unqualified: { reason: 'unqualified' },
  'bad timing': { reason: 'bad-timing' },
};

const SALESFORCE_LEAD_STATUS: Record<string, Meaning> = {
  'open not contacted': { rung: 'open' },
  open: { rung: 'open' },
  new: { rung: 'open' },
  'working contacted': { rung: 'contacted' },
  working: { rung: 'contacted' },
  contacted: { rung: 'contacted' },
  'closed converted': { rung: 'converted' },
  converted: { rung: 'converted' },
  qualified: { rung: 'converted' },
  'closed not converted': { rung: 'open', reason: 'not-converted' },
  unqualified: { rung: 'open', reason: 'unqualified' },
};

const HUBSPOT_DEAL_STAGE: Record<string, Meaning> = {
  appointmentscheduled: { rung: 'created' },
  'appointment scheduled': { rung: 'created' },
  qualifiedtobuy: { rung: 'created' },
  'qualified to buy': { rung: 'created' },
  presentationscheduled: { rung: 'created' },
  'presentation scheduled': { rung: 'created' },
  decisionmakerboughtin: { rung: 'created' },
  'decision maker bought in': { rung: 'created' },
  contractsent: { rung: 'created' },
  'contract sent': { rung: 'created' },
  closedwon: { rung: 'won', won: true },
  'closed won': { rung: 'won', won: true },
  closedlost: { rung: 'created', reason: 'lost', lost: true },
  'closed lost': { rung: 'created', reason: 'lost', lost: true },
};

const SALESFORCE_OPPORTUNITY_STAGE: Record<string, Meaning> = {
  prospecting: { rung: 'created' },
  qualification: { rung: 'created' },
  'needs analysis': { rung: 'created' },
  'value proposition': { rung: 'created' },
  'id. decision makers': { rung: 'created' },
  'id decision makers': { rung: 'created' },
  'perception analysis': { rung: 'created' },
  'proposal/price quote': { rung: 'created' },
  'negotiation/review': { rung: 'created' },
  'closed won': { rung: 'won', won: true },
  'closed lost': { rung: 'created', reason: 'lost', lost: true },
};

/** HubSpot's Original Source values (internal and label) and Salesforce's standard Lead Source values. */
export const KNOWN_SOURCES: Record<string, string> = {
  organic_search: 'organic-search',
  'organic search': 'organic-search',
  paid_search: 'paid-search',
  'paid search': 'paid-search',
  email_marketing: 'email',
  'email marketing': 'email',
  social_media: 'social',
  'organic social': 'social',
  'social media': 'social',
  referrals: 'referrals',
  'other campaigns': 'other-campaigns',
  other_campaigns: 'other-campaigns',
  direct_traffic: 'direct',
  'direct traffic': 'direct',
  offline: 'offline',
  'offline sources': 'offline',
  paid_social: 'paid-social',
  'paid social': 'paid-social',
  ai_referrals: 'ai-referrals',
  'ai referrals': 'ai-referrals',
  web: 'web',
  'phone inquiry': 'phone',
  'partner referral': 'partner',
  'purchased list': 'purchased-list',
  advertisement: 'advertisement',
  'employee referral': 'referrals',
  'external referral': 'referrals',
  'trade show': 'trade-show',
  'word of mouth': 'word-of-mouth',
  'public relations': 'public-relations',
  'seminar internal': 'seminar',
  'seminar partner': 'seminar',
  other: 'other',
};
export const SOURCE_KEYS = [...new Set(Object.values(KNOWN_SOURCES))];

/** The fields whose values carry vocabulary. */
export type VocabularyField = 'stage' | 'status';

/**
 * The person's answers for values the import did not know, by field and vocabulary key of
 * the value: a rung, a reason (a known one, or `r:<id>` for a reason on a handoff's contract),
 * or 'ignore'. Never stored with the aggregates: the values are the file's words.
 */
export type ValueAnswers = Readonly<Record<string, Rung | `reason:${string}` | 'ignore'>>;

export const answerKey = (field: VocabularyField, value: string) => `${field}\u0000${vocabularyKey(value)}`;

/** What a value means for this kind: the CRM's own words first, then the person's answers. */
export function meaningOf(kind: CrmKind, field: VocabularyField, value: string, answers: ValueAnswers): Meaning {
  const k = vocabularyKey(value);
  if (!k) return { known: true };
  const answer = answers[answerKey(field, value)];
  if (answer === 'ignore') return { known: true };
  if (answer?.startsWith('reason:')) return { reason: answer.slice(7) };
  if (answer && (LADDERS[kind] as readonly string[]).includes(answer)) return { rung: answer as Rung };
  if (kind === 'hubspot-contacts') {
    if (field === 'stage') {
      const s = hubspotStageOf(value);
      if (s === 'other') return { known: true };
      return s ? { rung: s } : null;
    }
    return HUBSPOT_LEAD_STATUS[k] ?? null;
  }
  if (kind === 'salesforce-leads') return SALESFORCE_LEAD_STATUS[k] ?? null;
  if (kind === 'hubspot-deals') return HUBSPOT_DEAL_STAGE[k] ?? HUBSPOT_DEAL_STAGE[k.replace(/ /g, '')] ?? null;
  return SALESFORCE_OPPORTUNITY_STAGE[k] ?? null;
}

/** Every word the import knows without asking (the privacy test allows these in the aggregates). */
export function knownWords(): string[] {
  return [
    ...Object.keys(HUBSPOT_WORDS),
    ...Object.keys(HUBSPOT_LEAD_STATUS),
    ...Object.keys(SALESFORCE_LEAD_STATUS),
    ...Object.keys(HUBSPOT_DEAL_STAGE),
    ...Object.keys(SALESFORCE_OPPORTUNITY_STAGE),
    ...Object.keys(KNOWN_SOURCES),
    ...HUBSPOT_STAGES,
  ];
}
