/** Owners of stages and cards, and the CRM's words for a stage or a handoff. */
import type * as Y from 'yjs';
import { HUBSPOT_STAGES, type HubspotStage } from '../../../domain/types';
import { change } from '../../history';
import { field, getRecord, patch } from '../../schema';
import { done, refused } from '../result';
import { ALIGNMENT_LIMITS, ownerProblem, setField, text, type Result } from './common';

export function setStageOwner(doc: Y.Doc, stageId: string, owner: string): Result {
  const rec = getRecord(doc, 'stages', stageId);
  if (!rec) return refused({ code: 'notFound' });
  const problem = ownerProblem(doc, owner);
  if (problem) return refused(problem);
  setField(doc, rec, 'ownerTeamId', owner);
  return done(undefined);
}

export function setCardOwner(doc: Y.Doc, cardIds: readonly string[], owner: string): Result {
  const recs = cardIds.map((id) => getRecord(doc, 'cards', id)).filter((r) => !!r);
  if (!recs.length) return refused({ code: 'notFound' });
  const problem = ownerProblem(doc, owner);
  if (problem) return refused(problem);
  change(doc, () => recs.forEach((r) => field(r, 'ownerTeamId') !== owner && patch(r, { ownerTeamId: owner })));
  return done(undefined);
}

const isHubspot = (v: string): v is HubspotStage | '' => v === '' || (HUBSPOT_STAGES as readonly string[]).includes(v);

/** Maps a stage or a handoff to the CRM's words (HubSpot lifecycle stage, Salesforce lead status). */
export function setCrmMapping(
  doc: Y.Doc,
  kind: 'stages' | 'handoffs',
  id: string,
  mapping: { hubspotStage?: string; salesforceStatus?: string },
  mergeKey?: string,
): Result {
  const rec = getRecord(doc, kind, id);
  if (!rec) return refused({ code: 'notFound' });
  if (mapping.hubspotStage !== undefined && !isHubspot(mapping.hubspotStage)) return refused({ code: 'notFound' });
  const sf = mapping.salesforceStatus === undefined ? undefined : text(mapping.salesforceStatus, ALIGNMENT_LIMITS.shortText);
  if (mapping.hubspotStage !== undefined) setField(doc, rec, 'hubspotStage', mapping.hubspotStage);
  if (sf) setField(doc, rec, 'salesforceStatus', sf.value, mergeKey);
  return done(undefined, sf?.notice);
}
