/**
 * Every released format opens through the real path (see test/fixtures/README.md):
 * - the database dump of Dexie schema version 1 is written into a fresh IndexedDB with THAT
 *   schema (a plain Dexie declaring it), then opened by today's BatonDB (whose upgraders run),
 *   and every project is opened with storage/openProject.ts;
 * - .baton files of every format, and a version-1 document (from before `schemaVersion`), go
 *   through storage/importProject.ts.
 */
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../renderer/src/document/schema';
import { sortByOrder } from '../../renderer/src/domain/ordering';
import { BatonDB, useDatabase } from '../../renderer/src/storage/db';
import { importBatonFile } from '../../renderer/src/storage/importProject';
import { openProject } from '../../renderer/src/storage/openProject';
import { formatAmount, formatMoney, projectNumberFormat } from '../../renderer/src/i18n/format';
import { listProjects } from '../../renderer/src/storage/projects';
import { listSnapshots } from '../../renderer/src/storage/snapshots';
import { newMachine, storedSnapshot } from './files-helpers';

interface Dump {
  dexieVersion: number;
  schema: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
  expect: {
    projects: { id: string; title: string; maps: string[]; cards: string[]; stage?: string; personas: number; versions: number }[];
    deleted: string[];
  };
}

const BINARY: Record<string, string> = { updates: 'update', snapshots: 'state', assets: 'bytes' };
let n = 0;

/** Writes a dump into a new IndexedDB with the dump's own (old) schema; returns its name. */
async function restoreDump(dump: Dump): Promise<string> {
  const name = `fixture-db-${++n}`;
  const old = new Dexie(name);
  old.version(dump.dexieVersion).stores(dump.schema);
  await old.open();
  for (const [table, rows] of Object.entries(dump.tables)) {
    const field = BINARY[table];
    const decoded = rows.map((r) => (field ? { ...r, [field]: new Uint8Array(Buffer.from(r[field] as string, 'base64')) } : r));
    await old.table(table).bulkAdd(decoded);
  }
  old.close();
  return name;
}

describe('databases of every released schema', () => {
  it('baton-db-1.json (Dexie schema 1): every project opens through openProject, whole', async () => {
    const dump = JSON.parse(readFileSync('test/fixtures/baton-db-1.json', 'utf8')) as Dump;
    const name = await restoreDump(dump);
    const db = new BatonDB(name);
    useDatabase(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(dump.dexieVersion);

    const listed = await listProjects();
    expect(listed.map((p) => p.title).sort()).toEqual(dump.expect.projects.map((p) => p.title).sort());
    for (const want of dump.expect.projects) {
      const r = await openProject(want.id);
      if (!r.ok) throw new Error(`${want.title}: ${r.message}`);
      const s = r.project.store.getState();
      expect(s.info).toMatchObject({ projectId: want.id, title: want.title, schemaVersion: SCHEMA_VERSION });
      expect(sortByOrder(Object.values(s.maps)).map((m) => m.title)).toEqual(want.maps);
      expect(Object.values(s.cards).map((c) => c.text).sort()).toEqual(want.cards);
      if (want.stage) expect(Object.values(s.stages).map((x) => x.name)).toContain(want.stage);
      expect(Object.keys(s.personas)).toHaveLength(want.personas);
      for (const card of Object.values(s.cards)) {
        expect(s.stages[card.stageId]?.mapId).toBe(card.mapId);
        expect(s.lanes[card.laneId]?.mapId).toBe(card.mapId);
      }
      await r.project.close();
      expect(await listSnapshots(want.id)).toHaveLength(want.versions);
    }
    // A persona's picture is still there, and a deleted project stays deleted (and restorable).
    expect(await db.assets.count()).toBe(dump.tables.assets!.length);
    for (const id of dump.expect.deleted) {
      expect((await db.projects.get(id))?.deletedAt).toBeGreaterThan(0);
      expect((await openProject(id)).ok).toBe(true);
    }
    expect((await db.settings.get('lastRoute'))?.value).toBe(dump.tables.settings!.find((s) => s.key === 'lastRoute')!.value);
  });
});

describe('files of every released format', () => {
  it.each([
    ['baton-format-1.baton', 'fixture-format-1', 'Fixture: format 1', ['Reads an analyst report', 'Signs the order form']],
    ['baton-document-v1.baton', 'fixture-document-v1', 'Fixture: a version 1 document', ['Procurement takes weeks', 'Reads a blog post']],
  ])('%s opens through the real import path, migrated to this version', async (file, projectId, title, cards) => {
    newMachine();
    const bytes = new Uint8Array(readFileSync(`test/fixtures/${file}`));
    const r = await importBatonFile(bytes, file);
    expect(r).toMatchObject({ ok: true, kind: 'added', projectId, title });
    const snap = await storedSnapshot(projectId);
    expect(Object.values(snap.cards).map((c) => c.text).sort()).toEqual(cards);
    const opened = await openProject(projectId);
    if (!opened.ok) throw new Error(opened.message);
    const s = opened.project.store.getState();
    expect(s.info.schemaVersion).toBe(SCHEMA_VERSION);
    // Every migration ran: lanes have kinds (002), teams exist (003).
    const lanes = opened.project.doc.getMap('lanes') as Y.Map<Y.Map<unknown>>;
    lanes.forEach((lane) => expect(typeof lane.get('kind')).toBe('string'));
    expect(Object.keys(s.teams).length).toBeGreaterThan(0);
    await opened.project.close();
  });

  it('baton-document-v4.baton (before KPI readings) opens with its typed actual as the KPI’s first reading', async () => {
    newMachine();
    const bytes = new Uint8Array(readFileSync('test/fixtures/baton-document-v4.baton'));
    const r = await importBatonFile(bytes, 'baton-document-v4.baton');
    expect(r).toMatchObject({ ok: true, kind: 'added', projectId: 'fixture-document-v4', title: 'Fixture: a version 4 document' });
    const opened = await openProject('fixture-document-v4');
    if (!opened.ok) throw new Error(opened.message);
    const s = opened.project.store.getState();
    expect(s.info.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Object.values(s.kpiReadings)).toEqual([{ id: 'k1:2025-Q3', kpiId: 'k1', period: '2025-Q3', value: 24, base: null, source: 'typed', at: 0 }]);
    expect(s.kpis.k2).toMatchObject({ name: 'Cost per lead', actual: 95, period: 'Quarter' });
    expect(Object.values(s.answers).map((a) => [a.sessionId, a.agreement])).toEqual([['w1', 'agree']]);
    expect(Object.values(s.cards).map((c) => c.text)).toEqual(['Compares three vendors']);
    // Its money KPI was in euros: 006-number-format keeps the project in euros.
    expect(s.info).toMatchObject({ numberLocale: 'en-US', currency: 'EUR' });
    await opened.project.close();
  });

  it('baton-document-v5.baton (before the number format) opens in en-US and US dollars, its figures as they read before', async () => {
    newMachine();
    const bytes = new Uint8Array(readFileSync('test/fixtures/baton-document-v5.baton'));
    const r = await importBatonFile(bytes, 'baton-document-v5.baton');
    expect(r).toMatchObject({ ok: true, kind: 'added', projectId: 'fixture-document-v5', title: 'Fixture: a version 5 document' });
    const opened = await openProject('fixture-document-v5');
    if (!opened.ok) throw new Error(opened.message);
    const s = opened.project.store.getState();
    expect(s.info).toMatchObject({ schemaVersion: SCHEMA_VERSION, numberLocale: 'en-US', currency: 'USD' });
    expect(s.kpis.k1).toMatchObject({ unit: '$', target: 4_000_000, actual: 3_250_000 });
    expect(Object.keys(s.kpiReadings)).toEqual(['k1:2025-Q4']);
    expect(s.funnels.funnel).toMatchObject({ revenueGoal: 4_000_000, avgDealSize: 40_000 });
    // The open project's format is every figure's: "$4,000,000", whatever the reader's language.
    expect(formatMoney(s.funnels.funnel!.revenueGoal)).toBe('$4,000,000');
    expect(formatAmount(s.kpis.k1!.target, s.kpis.k1!.unit)).toBe('$4,000,000');
    await opened.project.close();
    expect(projectNumberFormat()).toBeUndefined();
  });
});
