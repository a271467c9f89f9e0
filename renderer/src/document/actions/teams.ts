/**
 * Teams of a project: add, rename, recolour, remove. Removing a team clears what pointed at it
 * (stage and card owners, handoff sides, KPI owners, proposers of glossary terms, askers of
 * content requests, participants' teams) and deletes its persona sign-offs and questionnaire
 * answers, in the same undo step (document/references.ts), so nothing keeps a dangling id and
 * undo brings every record and reference back.
 */
import type * as Y from 'yjs';
import { unassignedBy, type TeamReferences } from '../../domain/alignment';
import { cleanText } from '../../domain/limits';
import { sortByOrder } from '../../domain/ordering';
import { change } from '../history';
import { collection, field, getRecord, newId, patch, putRecord, type CollectionName } from '../schema';
import { deleteRecords, removalOf, type Removal } from '../cascade';
import { done, refused, type ActionResult } from './result';

export const TEAM_LIMITS = { name: 60, teams: 20 } as const;
const HEX = /^#[0-9a-fA-F]{6}$/;
/** Colours offered to a new team in turn (each readable with white text and on white). */
const NEW_TEAM_COLORS = ['#7048e8', '#c2255c', '#0b7285', '#5c940d', '#e67700', '#495057'];

function teamList(doc: Y.Doc) {
  const list: { id: string; name: string; order: number }[] = [];
  collection(doc, 'teams').forEach((rec, id) => {
    const o = field(rec, 'order');
    const n = field(rec, 'name');
    list.push({ id, name: typeof n === 'string' ? n : '', order: typeof o === 'number' ? o : 0 });
  });
  return sortByOrder(list);
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function addTeam(doc: Y.Doc, name: string, color?: string): ActionResult<string> {
  const c = cleanText(name, TEAM_LIMITS.name, { singleLine: true });
  if (!c.ok) return refused({ code: 'nameEmpty' });
  const teams = teamList(doc);
  if (teams.length >= TEAM_LIMITS.teams) return refused({ code: 'alignment.tooManyTeams', max: TEAM_LIMITS.teams });
  if (teams.some((t) => sameName(t.name, c.value))) return refused({ code: 'alignment.teamNameTaken', name: c.value });
  if (color !== undefined && !HEX.test(color)) return refused({ code: 'alignment.badColor' });
  const id = newId();
  const order = (teams[teams.length - 1]?.order ?? 0) + 1;
  change(doc, () => {
    putRecord(doc, 'teams', id, {
      name: c.value,
      color: color ?? NEW_TEAM_COLORS[teams.length % NEW_TEAM_COLORS.length],
      order,
    });
  });
  return done(id, c.truncated ? { code: 'textTruncated', max: TEAM_LIMITS.name } : { code: 'alignment.teamAdded', name: c.value });
}

export function renameTeam(doc: Y.Doc, teamId: string, name: string, mergeKey?: string): ActionResult {
  const rec = getRecord(doc, 'teams', teamId);
  if (!rec) return refused({ code: 'notFound' });
  const c = cleanText(name, TEAM_LIMITS.name, { singleLine: true });
  if (!c.ok) return refused({ code: 'nameEmpty' });
  if (teamList(doc).some((t) => t.id !== teamId && sameName(t.name, c.value))) return refused({ code: 'alignment.teamNameTaken', name: c.value });
  if (field(rec, 'name') !== c.value) change(doc, () => patch(rec, { name: c.value }), mergeKey);
  return done(undefined, c.truncated ? { code: 'textTruncated', max: TEAM_LIMITS.name } : undefined);
}

/** `mergeKey`: the colour picker reports every shade while it is dragged; one pick is one undo step. */
export function setTeamColor(doc: Y.Doc, teamId: string, color: string, mergeKey?: string): ActionResult {
  const rec = getRecord(doc, 'teams', teamId);
  if (!rec) return refused({ code: 'notFound' });
  if (!HEX.test(color)) return refused({ code: 'alignment.badColor' });
  if (field(rec, 'color') !== color) change(doc, () => patch(rec, { color }), mergeKey);
  return done(undefined);
}

/**
 * Where each count of TeamReferences comes from: the collections whose records the delete clears
 * (their field names the team) and those it deletes. test/unit/alignment-actions.test.ts checks
 * that every reference to a team in document/references.ts is here, under its rule.
 */
export const TEAM_REMOVAL_COUNTS = {
  cleared: { stages: 'stages', cards: 'cards', handoffs: 'handoffs', kpis: 'kpis', terms: 'glossary', requests: 'contentRequests', participants: 'participants' },
  deleted: { signoffs: 'personaSignoffs', answers: 'answers' },
} as const satisfies Record<'cleared' | 'deleted', Record<string, CollectionName>>;

const countsOf = <K extends string>(from: Record<K, CollectionName>, n: Removal['cleared']) =>
  Object.fromEntries(Object.entries<CollectionName>(from).map(([k, c]) => [k, n[c] ?? 0])) as Record<K, number>;

/** What removing a team would clear and delete: counted by the delete itself, writing nothing (for the question before removing). */
export function referencesToTeam(doc: Y.Doc, teamId: string): TeamReferences {
  const { cleared, deleted } = removalOf(doc, 'teams', [teamId]);
  const counts = { ...countsOf(TEAM_REMOVAL_COUNTS.cleared, cleared), ...countsOf(TEAM_REMOVAL_COUNTS.deleted, deleted) };
  return { ...counts, total: Object.values(counts).reduce((a, n) => a + n, 0) };
}

/** Removes a team; everything it owned becomes unassigned (one undo step). Returns what referred to it. */
export function removeTeam(doc: Y.Doc, teamId: string): ActionResult<TeamReferences> {
  const rec = getRecord(doc, 'teams', teamId);
  if (!rec) return refused({ code: 'notFound' });
  const name = String(field(rec, 'name') ?? '');
  const refs = referencesToTeam(doc, teamId);
  // What it owned becomes unowned; its sign-offs and answers go (document/references.ts).
  change(doc, () => deleteRecords(doc, 'teams', [teamId]));
  return done(refs, { code: 'alignment.teamRemoved', name, total: unassignedBy(refs) });
}
