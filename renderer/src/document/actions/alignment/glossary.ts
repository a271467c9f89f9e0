/** The glossary: terms both teams use, their synonyms, and who proposed them. */
import type * as Y from 'yjs';
import { termClash } from '../../../domain/glossaryMatch';
import { cleanText } from '../../../domain/limits';
import { TERM_STATUSES, type TermStatus } from '../../../domain/types';
import { change } from '../../history';
import { collection, field, fieldsOf, getRecord, newId, patch, putRecord, readers } from '../../schema';
import { deleteRecords } from '../../cascade';
import { done, refused, type ActionResult } from '../result';
import { ALIGNMENT_LIMITS, setField, text, type Result } from './common';

function allTerms(doc: Y.Doc) {
  const out: ReturnType<typeof readers.glossary>[] = [];
  collection(doc, 'glossary').forEach((rec, id) => out.push(readers.glossary(id, fieldsOf(rec))));
  return out;
}

/** Splits "SQL, sales-qualified lead" into clean, distinct synonyms. */
export function parseSynonyms(raw: string | readonly string[]): string[] {
  const parts = typeof raw === 'string' ? raw.split(/[,;\n]/) : raw;
  const out: string[] = [];
  for (const p of parts) {
    const t = text(p, ALIGNMENT_LIMITS.shortText).value;
    if (t && !out.some((o) => o.toLowerCase() === t.toLowerCase())) out.push(t);
  }
  return out.slice(0, ALIGNMENT_LIMITS.synonyms);
}

export function addTerm(
  doc: Y.Doc,
  draft: { term: string; definition?: string; proposedByTeamId?: string; synonyms?: string | readonly string[]; status?: TermStatus },
): ActionResult<string> {
  const terms = allTerms(doc);
  if (terms.length >= ALIGNMENT_LIMITS.terms) return refused({ code: 'alignment.tooManyTerms', max: ALIGNMENT_LIMITS.terms });
  const t = cleanText(draft.term, ALIGNMENT_LIMITS.shortText, { singleLine: true });
  if (!t.ok) return refused({ code: 'nameEmpty' });
  const synonyms = parseSynonyms(draft.synonyms ?? []).filter((w) => w.toLowerCase() !== t.value.toLowerCase());
  for (const w of [t.value, ...synonyms]) {
    const clash = termClash(terms, w);
    if (clash) return refused({ code: 'alignment.termTaken', word: w, term: clash.term });
  }
  const proposer = draft.proposedByTeamId ?? '';
  if (proposer && !getRecord(doc, 'teams', proposer)) return refused({ code: 'alignment.notATeam' });
  const def = text(draft.definition ?? '', ALIGNMENT_LIMITS.longText, false);
  const id = newId();
  const last = terms.reduce((m, x) => Math.max(m, x.order), 0);
  change(doc, () => {
    putRecord(doc, 'glossary', id, {
      term: t.value,
      definition: def.value,
      proposedByTeamId: proposer,
      synonyms,
      // A new term is one team's proposal until the room agrees (or disputes) it.
      status: draft.status && (TERM_STATUSES as readonly string[]).includes(draft.status) ? draft.status : 'proposed',
      order: last + 1,
    });
  });
  return done(id, t.truncated ? { code: 'textTruncated', max: ALIGNMENT_LIMITS.shortText } : def.notice);
}

export function setTermText(doc: Y.Doc, termId: string, field: 'term' | 'definition', value: string, mergeKey?: string): Result {
  const rec = getRecord(doc, 'glossary', termId);
  if (!rec) return refused({ code: 'notFound' });
  if (field === 'definition') {
    const d = text(value, ALIGNMENT_LIMITS.longText, false);
    setField(doc, rec, 'definition', d.value, mergeKey);
    return done(undefined, d.notice);
  }
  const t = cleanText(value, ALIGNMENT_LIMITS.shortText, { singleLine: true });
  if (!t.ok) return refused({ code: 'nameEmpty' });
  const clash = termClash(allTerms(doc), t.value, termId);
  if (clash) return refused({ code: 'alignment.termTaken', word: t.value, term: clash.term });
  setField(doc, rec, 'term', t.value, mergeKey);
  return done(undefined, t.truncated ? { code: 'textTruncated', max: ALIGNMENT_LIMITS.shortText } : undefined);
}

export function setTermSynonyms(doc: Y.Doc, termId: string, raw: string | readonly string[], mergeKey?: string): Result {
  const rec = getRecord(doc, 'glossary', termId);
  if (!rec) return refused({ code: 'notFound' });
  const own = String(field(rec, 'term') ?? '').toLowerCase();
  const synonyms = parseSynonyms(raw).filter((w) => w.toLowerCase() !== own);
  const others = allTerms(doc);
  for (const w of synonyms) {
    const clash = termClash(others, w, termId);
    if (clash) return refused({ code: 'alignment.termTaken', word: w, term: clash.term });
  }
  const before = field(rec, 'synonyms');
  if (JSON.stringify(before) !== JSON.stringify(synonyms)) change(doc, () => patch(rec, { synonyms }), mergeKey);
  return done(undefined);
}

export function setTermStatus(doc: Y.Doc, termId: string, status: TermStatus): Result {
  const rec = getRecord(doc, 'glossary', termId);
  if (!rec || !(TERM_STATUSES as readonly string[]).includes(status)) return refused({ code: 'notFound' });
  setField(doc, rec, 'status', status);
  return done(undefined);
}

export function setTermProposer(doc: Y.Doc, termId: string, teamId: string): Result {
  const rec = getRecord(doc, 'glossary', termId);
  if (!rec) return refused({ code: 'notFound' });
  if (teamId && !getRecord(doc, 'teams', teamId)) return refused({ code: 'alignment.notATeam' });
  setField(doc, rec, 'proposedByTeamId', teamId);
  return done(undefined);
}

export function deleteTerm(doc: Y.Doc, termId: string): Result {
  if (!getRecord(doc, 'glossary', termId)) return refused({ code: 'notFound' });
  change(doc, () => deleteRecords(doc, 'glossary', [termId]));
  return done(undefined);
}
