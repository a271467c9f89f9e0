import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentVersion, migrate, MIGRATIONS } from '../../renderer/src/document/migrations';
import { readSnapshot } from '../../renderer/src/document/projection';
import { SCHEMA_VERSION } from '../../renderer/src/document/schema';
import { projectScore } from '../../renderer/src/domain/workshop/score';
import { literalDoc, migratedApart, rec } from './migration-helpers';

/** A literal version-1 document: lanes had no kind and the meta had no schemaVersion key. */
const versionOneDoc = () =>
  literalDoc(
    { projectId: 'old-project', title: 'Made with Baton 0.0' },
    {
      maps: { m1: { title: 'Old map', order: 1 } },
      stages: { s1: { mapId: 'm1', name: 'Awareness', order: 1 } },
      lanes: { l1: { mapId: 'm1', name: 'Doing', order: 1 } },
      cards: { c1: { mapId: 'm1', stageId: 's1', laneId: 'l1', text: 'Googles the problem', order: 1 } },
    },
  );

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
    expect(out).toEqual({ ok: true, from: 1, to: SCHEMA_VERSION, applied: ['002-lane-kinds', '003-default-teams', '004-answers-per-session', '005-kpi-readings', '006-number-format'] });
    expect(Object.values(readSnapshot(doc).teams).map((t) => t.name)).toEqual(['Marketing', 'Sales', 'Customer success']);
    const snap = readSnapshot(doc);
    expect(snap.lanes.l1).toMatchObject({ name: 'Doing', kind: 'text' });
    expect(snap.cards.c1).toMatchObject({ text: 'Googles the problem', stageId: 's1', laneId: 'l1' });
    expect(snap.info.schemaVersion).toBe(SCHEMA_VERSION);
    // Running again changes nothing.
    expect(migrate(doc)).toEqual({ ok: true, from: SCHEMA_VERSION, to: SCHEMA_VERSION, applied: [] });
  });

  it('two copies migrated apart merge into the same document', () => {
    const [a, b] = migratedApart(versionOneDoc());
    expect(readSnapshot(a)).toEqual(readSnapshot(b));
  });

  /** A literal version-3 document: one answer per team per question, one agreement per question set by the facilitator. */
  function versionThreeDoc(): Y.Doc {
    const doc = new Y.Doc();
    doc.transact(() => {
      doc.getMap('meta').set('schemaVersion', 3);
      doc.getMap('meta').set('projectId', 'v3');
      for (const [id, name, order] of [['team-marketing', 'Marketing', 1], ['team-sales', 'Sales', 2], ['team-success', 'Customer success', 3]] as const)
        doc.getMap('teams').set(id, rec({ name, color: '#2747c9', order }));
      doc.getMap('sessions').set('old', rec({ title: 'Kick-off', date: '2026-09-01', status: 'ended', createdAt: 1 }));
      doc.getMap('sessions').set('last', rec({ title: 'Alignment workshop', date: '2026-10-01', status: 'ended', createdAt: 2 }));
      doc.getMap('sessions').set('next', rec({ title: 'Weekly check-in', date: '2026-12-01', status: 'planned', createdAt: 3 }));
      doc.getMap('questionSets').set('qs', rec({ title: 'Leads', order: 1 }));
      doc.getMap('questions').set('q1', rec({ setId: 'qs', text: 'Good lead?', order: 1, agreement: 'disagree' }));
      doc.getMap('questions').set('q2', rec({ setId: 'qs', text: 'Same outcomes?', order: 2, agreement: 'agree' }));
      doc.getMap('questions').set('q3', rec({ setId: 'qs', text: 'How many leads?', order: 3, agreement: '' }));
      doc.getMap('answers').set('q1:team-marketing', rec({ questionId: 'q1', teamId: 'team-marketing', text: 'A download' }));
      doc.getMap('answers').set('q1:team-sales', rec({ questionId: 'q1', teamId: 'team-sales', text: 'A budget' }));
      doc.getMap('answers').set('q3:team-sales', rec({ questionId: 'q3', teamId: 'team-sales', text: 'Fewer, better' }));
    });
    return doc;
  }

  it('004-answers-per-session: the old answers move to the last session that ran, the room’s agreement becomes each answering team’s, the score reads as before', () => {
    const doc = versionThreeDoc();
    expect(migrate(doc)).toEqual({ ok: true, from: 3, to: SCHEMA_VERSION, applied: ['004-answers-per-session', '005-kpi-readings', '006-number-format'] });
    const s = readSnapshot(doc);
    const rows = Object.values(s.answers).map((a) => [a.id, a.sessionId, a.agreement, a.text]).sort();
    expect(rows).toEqual([
      // q1: the two teams that answered said "disagree".
      ['last:q1:team-marketing', 'last', 'disagree', 'A download'],
      ['last:q1:team-sales', 'last', 'disagree', 'A budget'],
      // q2: nobody wrote; the room agreed, so every team did.
      ['last:q2:team-marketing', 'last', 'agree', ''],
      ['last:q2:team-sales', 'last', 'agree', ''],
      ['last:q2:team-success', 'last', 'agree', ''],
      // q3: an answer, no agreement yet.
      ['last:q3:team-sales', 'last', '', 'Fewer, better'],
    ]);
    expect(doc.getMap<Y.Map<unknown>>('questions').get('q1')!.has('agreement')).toBe(false);
    // Before: disagree (0) and agree (1) over 2 answered = 50%. After: the same.
    expect(projectScore(s, 'last').overall).toEqual({ pct: 50, answered: 2, total: 3 });
    expect(migrate(doc)).toEqual({ ok: true, from: SCHEMA_VERSION, to: SCHEMA_VERSION, applied: [] });
  });

  it('004-answers-per-session: without a session that ran, the answers are kept outside any session; two copies migrated apart merge', () => {
    const a = versionThreeDoc();
    a.transact(() => {
      a.getMap('sessions').delete('old');
      a.getMap('sessions').delete('last');
    });
    const [, b] = migratedApart(a);
    expect(readSnapshot(a)).toEqual(readSnapshot(b));
    expect(new Set(Object.values(readSnapshot(a).answers).map((x) => x.sessionId))).toEqual(new Set(['']));
    expect(Object.keys(readSnapshot(a).answers)).toHaveLength(6);
  });

  /** A literal version-4 document: KPIs with one typed actual and a free-text period. */
  function versionFourDoc(): Y.Doc {
    const doc = new Y.Doc();
    doc.transact(() => {
      doc.getMap('meta').set('schemaVersion', 4);
      const kpi = (id: string, f: Record<string, unknown>) => doc.getMap('kpis').set(id, new Y.Map(Object.entries({ name: id, direction: 'higher', stageId: '', handoffId: '', order: 1, ...f })));
      kpi('win-rate', { actual: 24, period: 'Q3 2025', unit: '%' });
      kpi('leads', { actual: 300, period: '2025-07' });
      kpi('cac', { actual: 900, period: 'Quarter' });
      kpi('no-actual', { period: '2025-Q3' });
    });
    return doc;
  }

  it('005-kpi-readings: a typed actual with a month or quarter becomes the KPI’s first reading; the rest is untouched; copies merge', () => {
    const doc = versionFourDoc();
    expect(migrate(doc)).toEqual({ ok: true, from: 4, to: SCHEMA_VERSION, applied: ['005-kpi-readings', '006-number-format'] });
    const s = readSnapshot(doc);
    expect(Object.values(s.kpiReadings).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([
      { id: 'leads:2025-07', kpiId: 'leads', period: '2025-07', value: 300, base: null, source: 'typed', at: 0 },
      { id: 'win-rate:2025-Q3', kpiId: 'win-rate', period: '2025-Q3', value: 24, base: null, source: 'typed', at: 0 },
    ]);
    expect(s.kpis['win-rate']).toMatchObject({ actual: 24, period: 'Q3 2025', crmSeries: '' });
    expect(s.kpis.cac).toMatchObject({ actual: 900, period: 'Quarter' });
    const [a, b] = migratedApart(versionFourDoc());
    expect(readSnapshot(a)).toEqual(readSnapshot(b));
    expect(Object.keys(readSnapshot(a).kpiReadings)).toHaveLength(2);
  });

  it('refuses a document from a newer Baton without touching it', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
    const before = Y.encodeStateAsUpdate(doc);
    expect(migrate(doc)).toEqual({ ok: false, error: 'newer-version', version: SCHEMA_VERSION + 1 });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
