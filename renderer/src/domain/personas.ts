/**
 * Personas (customer profiles) and the rules of their sign-off. Plain TypeScript: no React,
 * no Yjs, no Dexie.
 *
 * A persona is a record of optional sections, each a short text or a list. Every team of the
 * project signs each section off ("agree" or "disagree", with a comment).
 *
 * Which sections count towards "agreed" (decided here, documented in the README):
 * - The sign-off units are the groups in SIGNOFF_SECTIONS ("Who they are" holds name, role,
 *   company, segment and priority; "How they buy" holds who decides, who influences, budget,
 *   timeline and buying steps) plus every free-form extra field. The picture and the tags are
 *   not signed off: they describe nothing the teams could disagree about.
 * - A section counts when it has content, or when a team currently disagrees with it (a team
 *   may disagree with an empty section: "we must know their budget").
 * - Not every team has to sign every persona off: a persona records which teams take no part in
 *   its sign-off (`notSigning`; absent means every team takes part, so older files read as
 *   before). Those teams' words are ignored.
 * - A persona is agreed when at least one team takes part, at least one section counts, and
 *   every team taking part currently agrees with every counted section.
 * - The status in words comes from `PersonaStatus.headline` and each team's `progress`: the
 *   badge, the gallery, the one-pager, the report and the briefing all read `personaStatus`.
 *
 * A sign-off remembers a fingerprint of the section's content at the moment it was given.
 * Whether it still holds is derived, never stored: when the content's fingerprint no longer
 * matches, the sign-off is "re-opened". So editing a section re-opens its sign-offs, undo of
 * the edit restores them, and after two offline copies merge, a sign-off holds only if the
 * merged content is exactly what that team agreed to.
 */
import type { EmotionPoint, Id, JourneyMap, Team } from './types';
import { num, str, strList, type Fields } from './read';

export const PERSONA_TEXT_FIELDS = [
  'name',
  'role',
  'company',
  'segment',
  'priority',
  'quote',
  'decider',
  'influencers',
  'budget',
  'timeline',
] as const;
export type PersonaTextField = (typeof PERSONA_TEXT_FIELDS)[number];

export const PERSONA_LIST_FIELDS = [
  'goals',
  'pains',
  'objections',
  'buyingSteps',
  'channels',
  'problems',
  'results',
  'jobs',
  'tags',
] as const;
export type PersonaListField = (typeof PERSONA_LIST_FIELDS)[number];

export type PersonaField = PersonaTextField | PersonaListField;

export const isTextField = (f: unknown): f is PersonaTextField =>
  (PERSONA_TEXT_FIELDS as readonly unknown[]).includes(f);
export const isListField = (f: unknown): f is PersonaListField =>
  (PERSONA_LIST_FIELDS as readonly unknown[]).includes(f);

/** A free-form field a team adds ("Favourite events", "Tools they use"). */
export interface PersonaExtra {
  readonly id: Id;
  readonly label: string;
  readonly value: string;
  readonly order: number;
}

export interface Persona {
  readonly id: Id;
  readonly name: string;
  /** Role and seniority. */
  readonly role: string;
  /** Company type and size. */
  readonly company: string;
  readonly segment: string;
  readonly priority: string;
  readonly quote: string;
  /** Who decides. */
  readonly decider: string;
  /** Who influences. */
  readonly influencers: string;
  readonly budget: string;
  readonly timeline: string;
  readonly goals: readonly string[];
  readonly pains: readonly string[];
  readonly objections: readonly string[];
  readonly buyingSteps: readonly string[];
  /** Channels and sources they trust. */
  readonly channels: readonly string[];
  /** Problems we solve for them. */
  readonly problems: readonly string[];
  /** What the results change for them. */
  readonly results: readonly string[];
  /** Jobs to be done. */
  readonly jobs: readonly string[];
  readonly tags: readonly string[];
  readonly extras: readonly PersonaExtra[];
  /** A hex colour: the avatar's background and the persona's emotion curve. */
  readonly color: string;
  /** SHA-256 (hex) of the picture's bytes in the `assets` table, when there is a picture. */
  readonly imageHash?: string;
  /** Teams that take no part in this persona's sign-off. Absent or empty: every team signs. */
  readonly notSigning?: readonly Id[];
  readonly order: number;
  readonly createdAt: number;
}

export type SignoffVerdict = 'agree' | 'disagree';

/** One team's word on one section of one persona. Id: signoffId(personaId, section, teamId). */
export interface PersonaSignoff {
  readonly id: Id;
  readonly personaId: Id;
  readonly section: string;
  readonly teamId: Id;
  readonly verdict: SignoffVerdict;
  readonly comment: string;
  /** The fingerprint of the section's content this verdict was given on. */
  readonly fingerprint: string;
  readonly at: number;
}

export const PERSONA_LIMITS = {
  personas: 200,
  shortText: 160,
  longText: 1000,
  listItem: 400,
  listItems: 60,
  extras: 30,
  extraLabel: 60,
  extraValue: 1000,
  comment: 1000,
} as const;

/** Which fields are long (a textarea) rather than one line. */
export const LONG_TEXT_FIELDS: ReadonlySet<PersonaTextField> = new Set(['quote', 'influencers', 'decider']);

export const textLimit = (f: PersonaTextField) => (LONG_TEXT_FIELDS.has(f) ? PERSONA_LIMITS.longText : PERSONA_LIMITS.shortText);

/** The sign-off units, in the order of the editor. Extra fields add `extra:<id>` sections. */
export const SIGNOFF_SECTIONS = [
  { id: 'profile', fields: ['name', 'role', 'company', 'segment', 'priority'] },
  { id: 'quote', fields: ['quote'] },
  { id: 'goals', fields: ['goals'] },
  { id: 'pains', fields: ['pains'] },
  { id: 'objections', fields: ['objections'] },
  { id: 'buying', fields: ['decider', 'influencers', 'budget', 'timeline', 'buyingSteps'] },
  { id: 'channels', fields: ['channels'] },
  { id: 'problems', fields: ['problems'] },
  { id: 'results', fields: ['results'] },
  { id: 'jobs', fields: ['jobs'] },
] as const satisfies readonly { id: string; fields: readonly PersonaField[] }[];

export type FixedSectionId = (typeof SIGNOFF_SECTIONS)[number]['id'];

const EXTRA_PREFIX = 'extra:';
export const extraSectionId = (extraId: string) => `${EXTRA_PREFIX}${extraId}`;
export const extraIdOfSection = (section: string) =>
  section.startsWith(EXTRA_PREFIX) ? section.slice(EXTRA_PREFIX.length) : undefined;

/** The section a field belongs to (for "this edit re-opens that section"). */
export function sectionOfField(field: PersonaField): FixedSectionId | undefined {
  return SIGNOFF_SECTIONS.find((s) => (s.fields as readonly string[]).includes(field))?.id;
}

/** Every section id of a persona that is signed off: the fixed ones, then its extra fields. */
export function sectionIds(p: Persona): string[] {
  return [...SIGNOFF_SECTIONS.map((s) => s.id as string), ...p.extras.map((x) => extraSectionId(x.id))];
}

export function signoffId(personaId: string, section: string, teamId: string): string {
  return `${personaId}|${section}|${teamId}`;
}

/** The content of a section, normalised: what a sign-off agrees to. Undefined for unknown sections. */
export function sectionContent(p: Persona, section: string): unknown[] | undefined {
  const fixed = SIGNOFF_SECTIONS.find((s) => s.id === section);
  if (fixed) {
    return fixed.fields.map((f) => (isListField(f) ? p[f].filter((x) => x !== '') : p[f as PersonaTextField]));
  }
  const extraId = extraIdOfSection(section);
  const extra = extraId ? p.extras.find((x) => x.id === extraId) : undefined;
  return extra ? [extra.label, extra.value] : undefined;
}

export function isSectionEmpty(p: Persona, section: string): boolean {
  const content = sectionContent(p, section);
  if (!content) return true;
  const fixed = SIGNOFF_SECTIONS.some((s) => s.id === section);
  // An extra field with a label but no value says nothing yet.
  const values = fixed ? content : content.slice(1);
  return values.every((v) => (Array.isArray(v) ? v.length === 0 : v === ''));
}

/**
 * A short, stable fingerprint of a section's content (53-bit cyrb53 of its canonical JSON).
 * Synchronous on purpose: the status is derived during render. Not a security hash: it only
 * has to tell "the same text" from "changed text".
 */
export function fingerprint(p: Persona, section: string): string {
  return hashString(JSON.stringify(sectionContent(p, section) ?? null));
}

export function hashString(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

// ---- Sign-off status (derived) ----

/** One team on one section: agrees, disagrees, re-opened (the section changed since), or open. */
export type TeamSignoffState = 'agrees' | 'disagrees' | 'reopened' | 'open';

export interface TeamSignoffStatus {
  readonly teamId: Id;
  readonly state: TeamSignoffState;
  /** The sign-off as stored (also when re-opened: it shows what was said before). */
  readonly signoff?: PersonaSignoff;
}

export type SectionState = 'agreed' | 'disagreed' | 'open' | 'empty';

export interface SectionStatus {
  readonly section: string;
  readonly empty: boolean;
  /** Whether this section is part of the persona's agreement (see the top of this file). */
  readonly counted: boolean;
  readonly state: SectionState;
  readonly teams: readonly TeamSignoffStatus[];
}

/** One team's progress over the counted sections (or that it takes no part). */
export interface TeamProgress {
  readonly teamId: Id;
  readonly signing: boolean;
  /** Counted sections this team currently agrees with (0 for a team not signing). */
  readonly agreed: number;
  /** Counted sections this team currently disagrees with. */
  readonly disagrees: number;
  /** The counted sections (the same for every team). */
  readonly total: number;
}

/** What the status says first, as data; the personas strings word it. */
export type PersonaHeadline =
  | { readonly kind: 'noTeams' }
  | { readonly kind: 'noSigningTeams' }
  | { readonly kind: 'nothing' }
  /** Every team taking part agrees every counted section (`teamIds`: those teams, in order). */
  | { readonly kind: 'agreed'; readonly teamIds: readonly Id[]; readonly everyTeam: boolean }
  /** A draft, with each signing team's progress (in the teams' order). */
  | { readonly kind: 'draft'; readonly progress: readonly TeamProgress[] };

export interface PersonaStatus {
  readonly agreed: boolean;
  readonly headline: PersonaHeadline;
  /** Every team of the project in order, signing or not, with its progress. */
  readonly progress: readonly TeamProgress[];
  readonly sections: readonly SectionStatus[];
  readonly counted: number;
  readonly agreedSections: number;
  /** Current disagreements: which section, which team, what they said. */
  readonly disagreements: readonly { section: string; teamId: Id; comment: string }[];
  /** Sign-offs given on content that has changed since. */
  readonly reopened: readonly { section: string; teamId: Id }[];
  /** Counted sections still waiting for at least one team. */
  readonly waiting: readonly string[];
}

export function teamSignoffState(p: Persona, section: string, s: PersonaSignoff | undefined): TeamSignoffState {
  if (!s) return 'open';
  if (s.fingerprint !== fingerprint(p, section)) return 'reopened';
  return s.verdict === 'agree' ? 'agrees' : 'disagrees';
}

/** Indexes sign-offs by section and team; only this persona's, only existing teams'. */
function indexSignoffs(p: Persona, signoffs: Iterable<PersonaSignoff>): Map<string, PersonaSignoff> {
  const out = new Map<string, PersonaSignoff>();
  for (const s of signoffs) if (s.personaId === p.id) out.set(`${s.section}|${s.teamId}`, s);
  return out;
}

export function sectionStatus(
  p: Persona,
  section: string,
  teams: readonly Team[],
  signoffs: Iterable<PersonaSignoff>,
  index = indexSignoffs(p, signoffs),
): SectionStatus {
  const empty = isSectionEmpty(p, section);
  const perTeam = teams.map((t): TeamSignoffStatus => {
    const s = index.get(`${section}|${t.id}`);
    return s ? { teamId: t.id, state: teamSignoffState(p, section, s), signoff: s } : { teamId: t.id, state: 'open' };
  });
  const anyDisagree = perTeam.some((t) => t.state === 'disagrees');
  const counted = !empty || anyDisagree;
  const state: SectionState = !counted
    ? 'empty'
    : anyDisagree
      ? 'disagreed'
      : perTeam.length > 0 && perTeam.every((t) => t.state === 'agrees')
        ? 'agreed'
        : 'open';
  return { section, empty, counted, state, teams: perTeam };
}

/** Whether a team takes part in this persona's sign-off (absent = it does). */
export const teamSigns = (p: Persona, teamId: string): boolean => !(p.notSigning ?? []).includes(teamId);

export function personaStatus(p: Persona, teams: readonly Team[], signoffs: Iterable<PersonaSignoff>): PersonaStatus {
  const index = indexSignoffs(p, signoffs);
  const signing = teams.filter((t) => teamSigns(p, t.id));
  const sections = sectionIds(p).map((id) => sectionStatus(p, id, signing, [], index));
  const counted = sections.filter((s) => s.counted);
  const disagreements: { section: string; teamId: Id; comment: string }[] = [];
  const reopened: { section: string; teamId: Id }[] = [];
  for (const s of sections) {
    for (const t of s.teams) {
      if (t.state === 'disagrees') disagreements.push({ section: s.section, teamId: t.teamId, comment: t.signoff?.comment ?? '' });
      if (t.state === 'reopened' && s.counted) reopened.push({ section: s.section, teamId: t.teamId });
    }
  }
  const agreedSections = counted.filter((s) => s.state === 'agreed').length;
  const progress = teams.map((t): TeamProgress => {
    const signs = teamSigns(p, t.id);
    const states = signs ? counted.map((s) => s.teams.find((x) => x.teamId === t.id)?.state) : [];
    return {
      teamId: t.id,
      signing: signs,
      agreed: states.filter((x) => x === 'agrees').length,
      disagrees: states.filter((x) => x === 'disagrees').length,
      total: counted.length,
    };
  });
  const agreed = signing.length > 0 && counted.length > 0 && agreedSections === counted.length;
  const headline: PersonaHeadline =
    teams.length === 0
      ? { kind: 'noTeams' }
      : signing.length === 0
        ? { kind: 'noSigningTeams' }
        : counted.length === 0
          ? { kind: 'nothing' }
          : agreed
            ? { kind: 'agreed', teamIds: signing.map((t) => t.id), everyTeam: signing.length === teams.length }
            : { kind: 'draft', progress: progress.filter((x) => x.signing) };
  return {
    agreed,
    headline,
    progress,
    sections,
    counted: counted.length,
    agreedSections,
    disagreements,
    reopened,
    waiting: counted.filter((s) => s.state === 'open').map((s) => s.section),
  };
}

// ---- References from journey maps ----

export interface PersonaUsage {
  readonly maps: readonly { id: Id; title: string }[];
  /** Emotion points of this persona's curves (deleted with it). */
  readonly emotionPoints: number;
}

/** Which maps a persona is on, and how many emotion points belong to it: shown before deleting. */
export function personaUsage(
  personaId: string,
  maps: Iterable<JourneyMap>,
  emotions: Iterable<EmotionPoint>,
): PersonaUsage {
  const used = Array.from(maps)
    .filter((m) => m.personaIds.includes(personaId))
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .map((m) => ({ id: m.id, title: m.title }));
  let emotionPoints = 0;
  for (const e of emotions) if (e.personaId === personaId) emotionPoints++;
  return { maps: used, emotionPoints };
}

// ---- Presentation helpers (pure) ----

/** Colours for personas: dark enough for white initials (WCAG AA) and visible on light bands. */
export const PERSONA_COLORS = ['#3451b2', '#a8326e', '#1f7a4d', '#b2470b', '#6941c6', '#0b6e80', '#8a5a00', '#4d5a6a'] as const;

export function colorForNewPersona(existing: number): string {
  return PERSONA_COLORS[existing % PERSONA_COLORS.length] as string;
}

/**
 * Up to two initials from a name, whole characters (an emoji or accented letter is not cut).
 * A persona's name often carries a description after a comma or in parentheses ("Carl, CFO
 * (economic buyer)"): the initials come from the name part before either, so Carl is "CA", not
 * "CB". Two words or more: the first and last words' first letters ("Dana Ortiz" -> "DO"); one
 * word: its first two letters. Punctuation around a word ("O'Neil", "“Dana”") is skipped.
 */
export function initialsOf(name: string): string {
  const words = (s: string) =>
    s
      .split(/\s+/)
      .map((w) => Array.from(w).filter((ch) => /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(ch)))
      .filter((w) => w.length > 0);
  const namePart = name.split(/[,(（，]/)[0] ?? '';
  let ws = words(namePart);
  if (!ws.length) ws = words(name.replace(/[()（）]/g, ' '));
  if (!ws.length) return '?';
  const up = (chars: readonly string[]) => chars.join('').toLocaleUpperCase();
  if (ws.length === 1) {
    const w = ws[0]!;
    // A pictograph is a whole initial on its own.
    return /\p{Extended_Pictographic}/u.test(w[0]!) ? w[0]! : up(w.slice(0, 2));
  }
  return up([ws[0]![0]!, ws[ws.length - 1]![0]!]);
}

/** One line for the gallery card: their words if we have them, else their first goal, else the company. */
export function personaSummary(p: Persona): string {
  if (p.quote) return p.quote;
  if (p.goals[0]) return p.goals[0];
  return [p.company, p.segment].filter(Boolean).join(' · ');
}

export function matchesPersona(p: Persona, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return true;
  const hay = [p.name, p.role, p.company, p.segment, p.priority, p.quote, ...p.tags].join('\n').toLocaleLowerCase();
  return q.split(/\s+/).every((word) => hay.includes(word));
}

// ---- Tolerant readers (used by the document schema) ----

const HEX = /^#[0-9a-fA-F]{6}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Field name of an extra field in the persona record: one field per extra, so two copies merge. */
export const EXTRA_FIELD_PREFIX = 'extra:';

/**
 * Field name of a team's part in the sign-off (`signs:<teamId>`: false when it takes no part):
 * one field per team, so two copies that each change a different team merge, and a persona
 * without these fields (every file before them) has every team signing.
 */
export const SIGNS_FIELD_PREFIX = 'signs:';

function readNotSigning(f: Fields): Id[] {
  const out: Id[] = [];
  for (const [k, v] of Object.entries(f)) if (k.startsWith(SIGNS_FIELD_PREFIX) && v === false) out.push(k.slice(SIGNS_FIELD_PREFIX.length));
  return out.sort();
}

function readExtras(f: Fields): PersonaExtra[] {
  const out: PersonaExtra[] = [];
  for (const [k, v] of Object.entries(f)) {
    if (!k.startsWith(EXTRA_FIELD_PREFIX) || !v || typeof v !== 'object') continue;
    const x = v as Fields;
    out.push({ id: k.slice(EXTRA_FIELD_PREFIX.length), label: str(x.label), value: str(x.value), order: num(x.order) });
  }
  return out.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}

export function readPersona(id: string, f: Fields): Persona {
  const hash = str(f.imageHash);
  const notSigning = readNotSigning(f);
  const texts = Object.fromEntries(PERSONA_TEXT_FIELDS.map((k) => [k, str(f[k])])) as Record<PersonaTextField, string>;
  const lists = Object.fromEntries(PERSONA_LIST_FIELDS.map((k) => [k, strList(f[k])])) as Record<PersonaListField, string[]>;
  return {
    id,
    ...texts,
    ...lists,
    extras: readExtras(f),
    color: HEX.test(str(f.color)) ? str(f.color) : (PERSONA_COLORS[0] as string),
    ...(SHA256_HEX.test(hash) ? { imageHash: hash } : {}),
    ...(notSigning.length ? { notSigning } : {}),
    order: num(f.order),
    createdAt: num(f.createdAt),
  };
}

export function readPersonaSignoff(id: string, f: Fields): PersonaSignoff {
  return {
    id,
    personaId: str(f.personaId),
    section: str(f.section),
    teamId: str(f.teamId),
    // A damaged verdict must never count as agreement.
    verdict: f.verdict === 'agree' ? 'agree' : 'disagree',
    comment: str(f.comment),
    fingerprint: str(f.fingerprint),
    at: num(f.at),
  };
}
