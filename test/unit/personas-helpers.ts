import { refusalSentence } from '../../renderer/src/i18n/refusals';
import { readSnapshot } from '../../renderer/src/document/projection';
import { createPersona } from '../../renderer/src/document/actions/personas';
import { personaStatus, type Persona } from '../../renderer/src/domain/personas';
import { sortByOrder } from '../../renderer/src/domain/ordering';
import type * as Y from 'yjs';

export const TEAMS = ['team-marketing', 'team-sales', 'team-success'] as const;

export function newPersona(doc: Y.Doc, name = 'Dana, the IT director'): string {
  const r = createPersona(doc, name);
  if (!r.ok) throw new Error(refusalSentence(r.refusal));
  return r.value;
}

export function persona(doc: Y.Doc, id: string): Persona {
  const p = readSnapshot(doc).personas[id];
  if (!p) throw new Error('no persona');
  return p;
}

export function statusOf(doc: Y.Doc, id: string) {
  const snap = readSnapshot(doc);
  return personaStatus(persona(doc, id), sortByOrder(Object.values(snap.teams)), Object.values(snap.personaSignoffs));
}
