/**
 * References declared once (document/references.ts), followed by the one delete (document/cascade.ts)
 * over a record of every collection referring to every other, and held against the real delete actions:
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
import { COLLECTIONS, putRecord, readers, type CollectionName, type WriteOf } from '../../renderer/src/document/schema';
import { deleteRecords } from '../../renderer/src/document/cascade';
import { attachHistory, change } from '../../renderer/src/document/history';

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

/**
 * A project holding two records of every collection: `<name>:1` refers through every declared
 * reference to `<target>:1`; `<name>:2` refers to nothing and must outlive every delete.
 * Built from COLLECTIONS and REFERENCES, so a new collection or reference is in it the day it is declared.
 */
function webOfReferences(): Y.Doc {
  const doc = new Y.Doc();
  change(doc, () => {
    for (const name of COLLECTIONS) {
      const blank = (readers[name] as (id: string, f: object) => object)('x', {}) as Record<string, unknown>;
      const fields: Record<string, unknown> = {};
      for (const r of REFERENCES.filter((x) => x.from === name)) {
        fields[r.field] = Array.isArray(blank[r.field]) ? [`${r.to}:1`] : `${r.to}:1`;
      }
      putRecord(doc, name, `${name}:1`, fields as WriteOf<typeof name>);
      putRecord(doc, name, `${name}:2`, {});
    }
  });
  return doc;
}

/** Every record of every collection as stored, to compare a document before and after. */
function contents(doc: Y.Doc): Record<string, unknown> {
  return Object.fromEntries(COLLECTIONS.map((n) => [n, doc.getMap(n).toJSON()]));
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

  it.each(targets)('deleting a %s record follows every declared reference, in one undo step', (to) => {
    const doc = webOfReferences();
    const undo = attachHistory(doc);
    const before = contents(doc);
    expect(dangling(doc).join('\n'), 'the web starts whole').toBe('');
    change(doc, () => deleteRecords(doc, to, [`${to}:1`]));
    const s = readSnapshot(doc) as unknown as Record<CollectionName, Record<string, unknown>>;
    expect(s[to][`${to}:1`], 'the record itself').toBeUndefined();
    expect(dangling(doc).join('\n')).toBe('');
    const lost = COLLECTIONS.filter((n) => !s[n][`${n}:2`]);
    expect(lost, 'records referring to nothing stay').toEqual([]);
    // Cleared fields leave the record in place; cascades take the referring record away.
    for (const r of REFERENCES.filter((x) => x.to === to && x.onDelete === 'clear' && x.from !== to)) {
      const cascadedOtherwise = REFERENCES.some((x) => x.from === r.from && x.onDelete === 'cascade');
      if (!cascadedOtherwise) expect(s[r.from][`${r.from}:1`], `${r.from} is cleared, not deleted`).toBeDefined();
    }
    expect(undo.undoStack.length, 'one undo step').toBe(1);
    undo.undo();
    expect(contents(doc)).toEqual(before);
  });

  it('every kept reference says why its id may outlive its target', () => {
    const unexplained = REFERENCES.filter((r) => r.onDelete === 'keep' && !(r.why && r.why.length > 20)).map((r) => `${r.from}.${r.field}`);
    expect(unexplained).toEqual([]);
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
