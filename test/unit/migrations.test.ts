import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentVersion, migrate, MIGRATIONS } from '../../renderer/src/document/migrations';
import { readSnapshot } from '../../renderer/src/document/projection';
import { SCHEMA_VERSION } from '../../renderer/src/document/schema';

/** A literal version-1 document: lanes had no kind and the meta had no schemaVersion key. */
function versionOneDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    doc.getMap('meta').set('projectId', 'old-project');
    doc.getMap('meta').set('title', 'Made with Baton 0.0');
    const map = new Y.Map();
    map.set('title', 'Old map');
    map.set('order', 1);
    doc.getMap('maps').set('m1', map);
    const stage = new Y.Map();
    stage.set('mapId', 'm1');
    stage.set('name', 'Awareness');
    stage.set('order', 1);
    doc.getMap('stages').set('s1', stage);
    const lane = new Y.Map();
    lane.set('mapId', 'm1');
    lane.set('name', 'Doing');
    lane.set('order', 1);
    doc.getMap('lanes').set('l1', lane);
    const card = new Y.Map();
    card.set('mapId', 'm1');
    card.set('stageId', 's1');
    card.set('laneId', 'l1');
    card.set('text', 'Googles the problem');
    card.set('order', 1);
    doc.getMap('cards').set('c1', card);
  });
  return doc;
}

describe('migrations', () => {
  it('every migration has a unique id and they chain from 1 to the current version', () => {
    const ids = MIGRATIONS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    let v = 1;
    for (const m of MIGRATIONS) {
      expect(m.from).toBe(v);
      v = m.to;
    }
    expect(v).toBe(SCHEMA_VERSION);
  });

  it('002-lane-kinds: a version-1 document opens with its lanes as text lanes and its cards intact', () => {
    const doc = versionOneDoc();
    expect(documentVersion(doc)).toBe(1);
    const out = migrate(doc);
    expect(out).toEqual({ ok: true, from: 1, to: SCHEMA_VERSION, applied: ['002-lane-kinds', '003-default-teams'] });
    expect(Object.values(readSnapshot(doc).teams).map((t) => t.name)).toEqual(['Marketing', 'Sales', 'Customer success']);
    const snap = readSnapshot(doc);
    expect(snap.lanes.l1).toMatchObject({ name: 'Doing', kind: 'text' });
    expect(snap.cards.c1).toMatchObject({ text: 'Googles the problem', stageId: 's1', laneId: 'l1' });
    expect(snap.info.schemaVersion).toBe(SCHEMA_VERSION);
    // Running again changes nothing.
    expect(migrate(doc)).toEqual({ ok: true, from: SCHEMA_VERSION, to: SCHEMA_VERSION, applied: [] });
  });

  it('two copies migrated apart merge into the same document', () => {
    const a = versionOneDoc();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    migrate(a);
    migrate(b);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readSnapshot(a)).toEqual(readSnapshot(b));
  });

  it('refuses a document from a newer Baton without touching it', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
    const before = Y.encodeStateAsUpdate(doc);
    expect(migrate(doc)).toEqual({ ok: false, error: 'newer-version', version: SCHEMA_VERSION + 1 });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
