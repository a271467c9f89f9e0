/** Handoffs between two teams: where they sit, their sides and every field of their contract. */
import type * as Y from 'yjs';
import { sortByOrder } from '../../../domain/ordering';
import { DEFAULT_NAMES } from '../../../domain/defaultNames';
import type { Refusal } from '../../../domain/refusals';
import { change } from '../../history';
import { collection, field, getRecord, newId, patch, putRecord } from '../../schema';
import { deleteRecords } from '../../cascade';
import { orderedIn } from '../stages';
import { done, refused, type ActionResult } from '../result';
import { ALIGNMENT_LIMITS, newList, parseNumberField, setField, text, type Result } from './common';

export interface HandoffPlacement {
  readonly mapId: string;
  /** Between this stage and the next. */
  readonly afterStageId?: string;
  /** Or on this card. */
  readonly cardId?: string;
}

/** Checks a placement; returns the refusal when it can't hold a handoff. */
function placementProblem(doc: Y.Doc, p: HandoffPlacement): Refusal | undefined {
  if (!getRecord(doc, 'maps', p.mapId)) return { code: 'notFound' };
  if (p.cardId) {
    const card = getRecord(doc, 'cards', p.cardId);
    return card && field(card, 'mapId') === p.mapId ? undefined : { code: 'notFound' };
  }
  if (!p.afterStageId) return { code: 'alignment.pickStageFirst' };
  const stage = getRecord(doc, 'stages', p.afterStageId);
  if (!stage || field(stage, 'mapId') !== p.mapId) return { code: 'notFound' };
  const stages = orderedIn(doc, 'stages', p.mapId);
  if (stages[stages.length - 1]?.id === p.afterStageId) return { code: 'alignment.handoffNeedsTwoStages' };
  return undefined;
}

const teamName = (doc: Y.Doc, id: string) => String(getRecord(doc, 'teams', id)?.get('name') ?? '');

/** The sides a new handoff starts with: the owners of the stages on each side when they differ, else the first two teams. */
/**
 * The teams a new handoff is between unless the person says otherwise: the owners of the two
 * stages it sits between when they differ, else the first two teams. The add-handoff dialog
 * preselects them.
 */
export function defaultSides(doc: Y.Doc, p: HandoffPlacement): { from: string; to: string } | undefined {
  const teams: { id: string; order: number }[] = [];
  collection(doc, 'teams').forEach((r, id) => teams.push({ id, order: typeof field(r, 'order') === 'number' ? (field(r, 'order') as number) : 0 }));
  const ids = sortByOrder(teams).map((t) => t.id);
  if (ids.length < 2) return undefined;
  if (p.afterStageId) {
    const stages = orderedIn(doc, 'stages', p.mapId);
    const i = stages.findIndex((s) => s.id === p.afterStageId);
    const ownerAt = (k: number) => String(getRecord(doc, 'stages', stages[k]?.id ?? '')?.get('ownerTeamId') ?? '');
    const a = ownerAt(i);
    const b = ownerAt(i + 1);
    if (ids.includes(a) && ids.includes(b) && a !== b) return { from: a, to: b };
  }
  return { from: ids[0]!, to: ids[1]! };
}


export function addHandoff(doc: Y.Doc, placement: HandoffPlacement, sides?: { fromTeamId: string; toTeamId: string }): ActionResult<string> {
  const problem = placementProblem(doc, placement);
  if (problem) return refused(problem);
  let count = 0;
  collection(doc, 'handoffs').forEach((h) => void (field(h, 'mapId') === placement.mapId && count++));
  if (count >= ALIGNMENT_LIMITS.handoffsPerMap) return refused({ code: 'alignment.tooManyHandoffs', max: ALIGNMENT_LIMITS.handoffsPerMap });
  const s = sides ? { from: sides.fromTeamId, to: sides.toTeamId } : defaultSides(doc, placement);
  if (!s) return refused({ code: 'alignment.needTwoTeams' });
  if (!getRecord(doc, 'teams', s.from) || !getRecord(doc, 'teams', s.to)) return refused({ code: 'alignment.notATeam' });
  if (s.from === s.to) return refused({ code: 'alignment.handoffSameTeam' });
  const id = newId();
  change(doc, () => {
    putRecord(doc, 'handoffs', id, {
      mapId: placement.mapId,
      afterStageId: placement.cardId ? '' : (placement.afterStageId ?? ''),
      cardId: placement.cardId ?? '',
      fromTeamId: s.from,
      toTeamId: s.to,
      name: DEFAULT_NAMES.handoff(teamName(doc, s.from), teamName(doc, s.to)),
      order: Date.now(),
      // Lists are created with the record so two people adding the first criterion at once both keep it.
      criteria: newList(),
      fitRules: newList(),
      engagementRules: newList(),
      rejectionReasons: newList(),
    });
  });
  return done(id, { code: 'alignment.handoffAdded' });
}

export function moveHandoff(doc: Y.Doc, handoffId: string, placement: HandoffPlacement): Result {
  const rec = getRecord(doc, 'handoffs', handoffId);
  if (!rec) return refused({ code: 'notFound' });
  const problem = placementProblem(doc, placement);
  if (problem) return refused(problem);
  change(doc, () => {
    patch(rec, { mapId: placement.mapId });
    patch(rec, { afterStageId: placement.cardId ? '' : (placement.afterStageId ?? '') });
    patch(rec, { cardId: placement.cardId ?? '' });
  });
  return done(undefined);
}

export function setHandoffTeams(doc: Y.Doc, handoffId: string, fromTeamId: string, toTeamId: string): Result {
  const rec = getRecord(doc, 'handoffs', handoffId);
  if (!rec) return refused({ code: 'notFound' });
  if (!getRecord(doc, 'teams', fromTeamId) || !getRecord(doc, 'teams', toTeamId)) return refused({ code: 'alignment.notATeam' });
  if (fromTeamId === toTeamId) return refused({ code: 'alignment.handoffSameTeam' });
  if (field(rec, 'fromTeamId') === fromTeamId && field(rec, 'toTeamId') === toTeamId) return done(undefined);
  change(doc, () => {
    patch(rec, { fromTeamId });
    patch(rec, { toTeamId });
  });
  return done(undefined);
}

export const HANDOFF_TEXT_FIELDS = {
  name: ALIGNMENT_LIMITS.shortText,
  fromStageName: ALIGNMENT_LIMITS.shortText,
  toStageName: ALIGNMENT_LIMITS.shortText,
  slaMissed: ALIGNMENT_LIMITS.longText,
  rejectedGoesTo: ALIGNMENT_LIMITS.shortText,
  feedbackWhat: ALIGNMENT_LIMITS.longText,
  feedbackFrequency: ALIGNMENT_LIMITS.shortText,
  feedbackTo: ALIGNMENT_LIMITS.shortText,
  fromOwner: ALIGNMENT_LIMITS.shortText,
  toOwner: ALIGNMENT_LIMITS.shortText,
} as const;
export type HandoffTextField = keyof typeof HANDOFF_TEXT_FIELDS;

export function setHandoffText(doc: Y.Doc, handoffId: string, field: HandoffTextField, value: string, mergeKey?: string): Result {
  const rec = getRecord(doc, 'handoffs', handoffId);
  const max = HANDOFF_TEXT_FIELDS[field];
  if (!rec || max === undefined) return refused({ code: 'notFound' });
  const t = text(value, max, max !== ALIGNMENT_LIMITS.longText);
  if (field === 'name' && !t.value) return refused({ code: 'nameEmpty' });
  setField(doc, rec, field, t.value, mergeKey);
  return done(undefined, t.notice);
}

const HANDOFF_NUMBER_RULES = {
  threshold: 'any',
  slaFirstContactHours: 'positive',
  slaAttempts: 'whole',
  slaAttemptDays: 'positive',
} as const;
export type HandoffNumberField = keyof typeof HANDOFF_NUMBER_RULES;

/** Sets the threshold or a service-level number from what was typed; blank clears it. */
export function setHandoffNumber(doc: Y.Doc, handoffId: string, field: HandoffNumberField, raw: string | number | null, label: string, mergeKey?: string): Result {
  const rec = getRecord(doc, 'handoffs', handoffId);
  const rule = HANDOFF_NUMBER_RULES[field];
  if (!rec || !rule) return refused({ code: 'notFound' });
  const n = parseNumberField(raw, field, rule, label);
  if (!n.ok) return refused(n.refusal);
  setField(doc, rec, field, n.value, mergeKey);
  return done(undefined);
}

/** One side's sign-off of the contract; the handoff is "agreed" when both sides signed. */
export function setHandoffAgreement(doc: Y.Doc, handoffId: string, side: 'from' | 'to', agreed: boolean): Result {
  const rec = getRecord(doc, 'handoffs', handoffId);
  if (!rec) return refused({ code: 'notFound' });
  setField(doc, rec, side === 'from' ? 'agreedFrom' : 'agreedTo', agreed === true);
  return done(undefined);
}

export function deleteHandoff(doc: Y.Doc, handoffId: string): Result {
  if (!getRecord(doc, 'handoffs', handoffId)) return refused({ code: 'notFound' });
  // Its KPIs stay, measured for the whole project from now on (document/references.ts).
  change(doc, () => deleteRecords(doc, 'handoffs', [handoffId]));
  return done(undefined);
}
