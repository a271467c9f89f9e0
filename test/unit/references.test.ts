/**
 * References declared once (document/references.ts), held against the real delete actions:
 * for each collection that records refer to, the sample project loses every record of that kind
 * through its action, and no declared cascade or clear reference is left pointing at nothing.
 * The list is generated from REFERENCES, not hand-kept: a new reference is checked the day it
 * is declared, and a reader field named like a reference must be declared.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as A from '../../renderer/src/document/actions';
import { deletePersona } from '../../renderer/src/document/actions/personas';
import { deleteHandoff, deleteKpi } from '../../renderer/src/document/actions/alignment';
import { deleteSession, removeParticipant } from '../../renderer/src/document/actions/workshop/sessions';
import { removeQuestion, removeQuestionSet } from '../../renderer/src/document/actions/workshop/questionnaire';
import { deleteActionItem } from '../../renderer/src/document/actions/workshop/actions';
import { removeTeam } from '../../renderer/src/document/actions/teams';
import { initProject } from '../../renderer/src/document/actions/project';
import { readSnapshot } from '../../renderer/src/document/projection';
import { NOT_REFERENCES, REFERENCES } from '../../renderer/src/document/references';
import { buildSampleProject } from '../../renderer/src/document/sample/northwind';
import { SHARED_OWNER } from '../../renderer/src/domain/types';
import { COLLECTIONS, readers, type CollectionName } from '../../renderer/src/document/schema';

type Delete = ((doc: Y.Doc, id: string) => { ok: boolean }) | null;

/**
 * The action a person uses to delete one record of each kind that others refer to; null where no
 * action deletes one alone (a vote round goes with its session).
 */
const DELETERS: Partial<Record<CollectionName, Delete>> = {
  voteRounds: null,
  maps: A.deleteMap,
  stages: A.deleteStage,
  lanes: A.deleteLane,
  cards: (doc, id) => A.deleteCards(doc, [id]),
  personas: deletePersona,
  teams: removeTeam,
  handoffs: deleteHandoff,
  kpis: deleteKpi,
  sessions: deleteSession,
  participants: removeParticipant,
  questionSets: removeQuestionSet,
  questions: removeQuestion,
  actionItems: deleteActionItem,
};

function sample(): Y.Doc {
  const doc = new Y.Doc();
  initProject(doc, 'refs', 'References');
  buildSampleProject(doc, Date.UTC(2026, 0, 15));
  return doc;
}

/** Every declared cascade/clear reference that points at a record that is not there. */
function dangling(doc: Y.Doc): string[] {
  const s = readSnapshot(doc) as unknown as Record<CollectionName, Record<string, Record<string, unknown>>>;
  const out: string[] = [];
  for (const r of REFERENCES) {
    if (r.onDelete === 'keep') continue;
    for (const rec of Object.values(s[r.from])) {
      const v = rec[r.field];
      for (const id of Array.isArray(v) ? v : [v]) {
        if (typeof id === 'string' && id !== '' && !(r.to === 'teams' && id === SHARED_OWNER) && !s[r.to][id]) out.push(`${r.from}.${r.field} → ${r.to} ${id}`);
      }
    }
  }
  return out;
}

const targets = [...new Set(REFERENCES.map((r) => r.to))];

describe('references', () => {
  it('the sample project holds no dangling reference to start with', () => {
    expect(dangling(sample()).join('\n')).toBe('');
  });

  it.each(targets)('deleting every %s through its action leaves nothing dangling', (to) => {
    const del = DELETERS[to];
    expect(del, `a delete action for ${to}`).not.toBeUndefined();
    if (del === null) return;
    const doc = sample();
    const ids = Object.keys(readSnapshot(doc)[to]);
    expect(ids.length, `the sample project holds ${to}`).toBeGreaterThan(0);
    for (const id of ids) del!(doc, id);
    expect(Object.keys(readSnapshot(doc)[to]).length, `some ${to} were refused`).toBeLessThan(ids.length);
    expect(dangling(doc).join('\n')).toBe('');
  });

  it('every reader field named like a reference is declared', () => {
    const declared = new Set([...REFERENCES.map((r) => `${r.from}.${r.field}`), ...NOT_REFERENCES]);
    const missing: string[] = [];
    for (const name of COLLECTIONS) {
      const fields = Object.keys((readers[name] as (id: string, f: object) => object)('x', {}));
      for (const f of fields) if (/(Id|Ids|Owner|^owner)$/.test(f) && !declared.has(`${name}.${f}`)) missing.push(`${name}.${f}`);
    }
    expect(missing).toEqual([]);
  });
});
