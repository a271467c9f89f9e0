/** Teams' sign-offs of a persona's sections, with their comments. */
import type * as Y from 'yjs';
import { cleanText } from '../../../domain/limits';
import {
  fingerprint,
  PERSONA_LIMITS,
  personaStatus,
  readPersonaSignoff,
  sectionIds,
  signoffId,
  SIGNS_FIELD_PREFIX,
  teamSigns,
  type Persona,
  type PersonaSignoff,
  type SignoffVerdict,
} from '../../../domain/personas';
import { change } from '../../history';
import { collection, field, fieldsOf, getRecord, patch, putRecord, readers } from '../../schema';
import { deleteRecords } from '../../cascade';
import { done, refused, type ActionResult } from '../result';
import { personaOf, truncatedNotice } from './common';

function sectionExists(p: Persona, section: string): boolean {
  return sectionIds(p).includes(section);
}

/**
 * A team agrees or disagrees with a section as it reads now (its fingerprint is remembered),
 * or withdraws its word (null). Its comment is kept when the verdict changes.
 */
export function signOffSection(
  doc: Y.Doc,
  personaId: string,
  section: string,
  teamId: string,
  verdict: SignoffVerdict | null,
): ActionResult {
  const found = personaOf(doc, personaId);
  if (!found || !sectionExists(found.persona, section)) return refused({ code: 'notFound' });
  if (!getRecord(doc, 'teams', teamId)) return refused({ code: 'personas.unknownTeam' });
  const id = signoffId(personaId, section, teamId);
  const existing = getRecord(doc, 'personaSignoffs', id);
  if (verdict === null) {
    if (existing) change(doc, () => deleteRecords(doc, 'personaSignoffs', [id]));
    return done(undefined);
  }
  if (verdict !== 'agree' && verdict !== 'disagree') return refused({ code: 'notFound' });
  const fp = fingerprint(found.persona, section);
  if (existing && field(existing, 'verdict') === verdict && field(existing, 'fingerprint') === fp) return done(undefined);
  change(doc, () => {
    if (existing) {
      patch(existing, { verdict });
      patch(existing, { fingerprint: fp });
      patch(existing, { at: Date.now() });
    } else {
      putRecord(doc, 'personaSignoffs', id, { personaId, section, teamId, verdict, comment: '', fingerprint: fp, at: Date.now() });
    }
  });
  return done(undefined);
}

/** The comment with a team's verdict ("we never see them at events"). Needs a verdict first. */
export function setSignoffComment(
  doc: Y.Doc,
  personaId: string,
  section: string,
  teamId: string,
  comment: string,
  mergeKey?: string,
): ActionResult {
  const rec = getRecord(doc, 'personaSignoffs', signoffId(personaId, section, teamId));
  if (!rec) return refused({ code: 'personas.commentNeedsVerdict' });
  const c = cleanText(comment, PERSONA_LIMITS.comment, { allowEmpty: true });
  const value = c.ok ? c.value : '';
  if (field(rec, 'comment') === value) return done(undefined);
  change(doc, () => patch(rec, { comment: value }), mergeKey);
  return done(undefined, truncatedNotice(c, PERSONA_LIMITS.comment));
}

/**
 * A team agrees with every counted section it has not yet signed off (or whose content
 * changed since). Its disagreements stay as they are. One undo step.
 */
export function agreeWithOpenSections(doc: Y.Doc, personaId: string, teamId: string): ActionResult<number> {
  const found = personaOf(doc, personaId);
  const team = getRecord(doc, 'teams', teamId);
  if (!found) return refused({ code: 'notFound' });
  if (!team) return refused({ code: 'personas.unknownTeam' });
  const signoffs: PersonaSignoff[] = [];
  collection(doc, 'personaSignoffs').forEach((rec, id) => {
    if (field(rec, 'personaId') === personaId) signoffs.push(readPersonaSignoff(id, fieldsOf(rec)));
  });
  const status = personaStatus(found.persona, [readers.teams(teamId, fieldsOf(team))], signoffs);
  const open = status.sections.filter(
    (s) => s.counted && s.teams[0] && (s.teams[0].state === 'open' || s.teams[0].state === 'reopened'),
  );
  if (!open.length) return done(0);
  change(doc, () => {
    for (const s of open) {
      const id = signoffId(personaId, s.section, teamId);
      const fp = fingerprint(found.persona, s.section);
      const existing = getRecord(doc, 'personaSignoffs', id);
      if (existing) {
        patch(existing, { verdict: 'agree' });
        patch(existing, { fingerprint: fp });
        patch(existing, { at: Date.now() });
      } else {
        putRecord(doc, 'personaSignoffs', id, {
          personaId,
          section: s.section,
          teamId,
          verdict: 'agree',
          comment: '',
          fingerprint: fp,
          at: Date.now(),
        });
      }
    }
  });
  return done(open.length);
}

/**
 * Whether a team takes part in a persona's sign-off ("Customer success does not sign this
 * one"). One field per team on the persona (`signs:<teamId>`), so two copies that change
 * different teams both keep their change. Its sign-offs are kept: taking part again brings
 * them back as they were. One undo step.
 */
export function setTeamSigning(doc: Y.Doc, personaId: string, teamId: string, signing: boolean): ActionResult {
  const found = personaOf(doc, personaId);
  if (!found) return refused({ code: 'notFound' });
  if (!getRecord(doc, 'teams', teamId)) return refused({ code: 'personas.unknownTeam' });
  if (teamSigns(found.persona, teamId) === signing) return done(undefined);
  change(doc, () => found.rec.set(SIGNS_FIELD_PREFIX + teamId, signing));
  return done(undefined);
}
