/**
 * Files bounded by what the app can show (issue 16): record counts per collection and per map
 * (W9), for a file opened, merged into a project here, or a version restored; and a file's
 * readable part (project.json) checked against the state it imports (W10). Every refusal
 * leaves every stored byte as it was.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as Y from 'yjs';
import { addMap, initProject } from '../../renderer/src/document/actions';
import { buildBatonFile } from '../../renderer/src/document/file/format';
import { FILE_LIMITS, FileError, MAP_RECORD_LIMITS, RECORD_LIMITS, RECORD_LIMITS_ALL } from '../../renderer/src/document/file/limits';
import { parseBatonFile, scanJson } from '../../renderer/src/document/file/parse';
import { mergedOverflow, recordOverflow } from '../../renderer/src/document/file/records';
import { restoreRecords } from '../../renderer/src/document/file/restore';
import { readSnapshot } from '../../renderer/src/document/projection';
import { collection, putRecord } from '../../renderer/src/document/schema';
import { FILE_ERROR_MESSAGES } from '../../renderer/src/features/files/strings';
import { importBatonFile } from '../../renderer/src/storage/importProject';
import { saveNewProject } from '../../renderer/src/storage/projects';
import { refusalSentence } from '../../renderer/src/i18n/refusals';
import { dump, newMachine } from './files-helpers';

const noAssets = async () => undefined;
const opts = { appVersion: 'test' };

/** A project of one B2B map, with `extra` written into it (raw records, as a tampered Baton might). */
function project(id: string, extra: (doc: Y.Doc, mapId: string) => void = () => undefined): { doc: Y.Doc; mapId: string } {
  const doc = new Y.Doc();
  initProject(doc, id, `Project ${id}`);
  const m = addMap(doc, 'Enterprise buyer', 'b2b');
  if (!m.ok) throw new Error(refusalSentence(m.refusal));
  doc.transact(() => extra(doc, m.value));
  return { doc, mapId: m.value };
}
function addStages(doc: Y.Doc, mapId: string, n: number, tag = 's') {
  for (let i = 0; i < n; i++) putRecord(doc, 'stages', `${tag}-${i}`, { mapId, name: `Stage ${i}`, description: '', order: 100 + i });
}
const fileOf = (doc: Y.Doc) => buildBatonFile(doc, noAssets, opts);

/** The file's two parts, to tamper with one of them. */
function parts(bytes: Uint8Array) {
  const e = unzipSync(bytes);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test pokes at the parsed JSON freely
  return { json: JSON.parse(strFromU8(e['project.json']!)) as Record<string, any>, state: e['state.bin']! };
}
const rezip = (json: unknown, state: Uint8Array) => zipSync({ 'project.json': strToU8(JSON.stringify(json)), 'state.bin': state });

beforeAll(() => {
  newMachine();
});

describe('record counts (W9)', () => {
  let before: Awaited<ReturnType<typeof dump>>;
  beforeEach(async () => {
    before = await dump();
  });

  it('a map of as many stages as a map may hold opens; one more is refused with its sentence, nothing stored', async () => {
    const base = project('at-limit').doc;
    const templateStages = collection(base, 'stages').size;
    const at = project('at-limit', (d, m) => addStages(d, m, MAP_RECORD_LIMITS.stages - templateStages));
    const r = await parseBatonFile(await fileOf(at.doc));
    expect(r.ok).toBe(true);

    const over = project('one-over', (d, m) => addStages(d, m, MAP_RECORD_LIMITS.stages - templateStages + 1));
    const refused = await importBatonFile(await fileOf(over.doc), 'over.baton');
    expect(refused).toMatchObject({ ok: false, error: 'too-many-records' });
    expect(FILE_ERROR_MESSAGES['too-many-records']).toMatch(/more than Baton can show.*Nothing was changed\.$/);
    expect(FILE_ERROR_MESSAGES['too-many-records']).toContain(MAP_RECORD_LIMITS.stages.toLocaleString('en'));
    expect(await dump()).toEqual(before);
  });

  it('a map of 60,000 stages (200,000 hung the tab for over a minute) is refused in a moment, even when project.json hides them', async () => {
    const bomb = project('stage-bomb', (d, m) => addStages(d, m, 60_000));
    const p = parts(await fileOf(project('stage-bomb').doc));
    // project.json of the plain project, the state of the bomb: only counting the state finds it.
    const bytes = rezip(p.json, Y.encodeStateAsUpdate(bomb.doc));
    const started = performance.now();
    const r = await importBatonFile(bytes, 'bomb.baton');
    const ms = performance.now() - started;
    expect(r).toMatchObject({ ok: false, error: 'too-many-records' });
    // Applying the state (Y.applyUpdate) is nearly all of it: 2-10 s on the loaded 2-core
    // machine; nothing walks, reads, draws or stores the records. It hung the tab before.
    expect(ms).toBeLessThan(30_000);
    expect(await dump()).toEqual(before);
  }, 120_000);

  it('too many lanes or cards on one map, or too many maps in a project, are refused', async () => {
    const lanes = project('lanes', (d, mapId) => {
      for (let i = 0; i <= MAP_RECORD_LIMITS.lanes; i++) putRecord(d, 'lanes', `l-${i}`, { mapId, name: `Lane ${i}`, kind: 'text', order: 100 + i });
    });
    expect(await parseBatonFile(await fileOf(lanes.doc))).toMatchObject({ ok: false, error: 'too-many-records' });
    const cards = project('cards', (d, mapId) => {
      for (let i = 0; i <= MAP_RECORD_LIMITS.cards; i++) putRecord(d, 'cards', `c-${i}`, { mapId, stageId: 'x', laneId: 'y', text: `${i}`, order: i });
    });
    expect(await parseBatonFile(await fileOf(cards.doc))).toMatchObject({ ok: false, error: 'too-many-records' });
    const maps = project('maps', (d) => {
      for (let i = 0; i < RECORD_LIMITS.maps; i++) putRecord(d, 'maps', `m-${i}`, { title: `Map ${i}`, order: i, createdAt: 0 });
    });
    expect(await parseBatonFile(await fileOf(maps.doc))).toMatchObject({ ok: false, error: 'too-many-records' });
  }, 60_000);

  it('project.json listing too many records is refused before the state is read', async () => {
    const p = parts(await fileOf(project('listed').doc));
    const stages = p.json.project.stages as Record<string, unknown>;
    for (let i = 0; i <= RECORD_LIMITS.stages; i++) stages[`fake-${i}`] = { id: `fake-${i}` };
    // A state that is not even Yjs: refused for the count, never applied.
    const r = await parseBatonFile(rezip(p.json, strToU8('not a Yjs state')));
    expect(r).toMatchObject({ ok: false, error: 'too-many-records' });
    expect(r.ok ? '' : r.detail).toContain('project.json');
  });

  it('counts what project.json lists in one pass over its text, before parsing it', async () => {
    const text = JSON.stringify({
      format: 'baton',
      note: '{"project": {"cards": {"a": 1}}}',
      project: { info: { projectId: 'x', title: '}{,:' }, cards: { a: { id: 'a', text: 'b, "c": {' }, 'b"q': { id: 'b' } }, stages: {} },
    });
    const { listed, depth } = scanJson(text, 64);
    expect(depth).toBe(4);
    expect(Object.fromEntries(listed)).toEqual({ info: 2, cards: 2 });
    // An escaped key is still the collection it names.
    expect(Object.fromEntries(scanJson('{"project": {"c\\u0061rds": {"x": {}, "y": {}}}}', 64).listed)).toEqual({ cards: 2 });

    // 200,000 listed cards (a 400 KB file) are refused from the count, not parsed first.
    const p = parts(await fileOf(project('listed-fast').doc));
    const cards: Record<string, unknown> = {};
    for (let i = 0; i < 200_000; i++) cards[`c${i}`] = { id: `c${i}` };
    p.json.project.cards = cards;
    const bytes = rezip(p.json, p.state);
    const started = performance.now();
    const r = await parseBatonFile(bytes);
    expect(r).toMatchObject({ ok: false, error: 'too-many-records' });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a merge that would take one map past its limit is refused, and the project here is untouched', async () => {
    const half = Math.ceil(MAP_RECORD_LIMITS.stages / 2) + 1;
    const mine = project('merge-me', (d, m) => addStages(d, m, half, 'mine'));
    await saveNewProject(mine.doc, 'merge-me');
    const stored = await dump();
    // Another copy of the same project, which added its own stages to the same map.
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine.doc));
    theirs.transact(() => {
      collection(theirs, 'stages').forEach((_s, id) => {
        if (id.startsWith('mine-')) collection(theirs, 'stages').delete(id);
      });
      addStages(theirs, mine.mapId, half, 'theirs');
    });
    const bytes = await fileOf(theirs);
    expect((await parseBatonFile(bytes)).ok).toBe(true); // fits on its own
    const r = await importBatonFile(bytes, 'theirs.baton');
    expect(r).toMatchObject({ ok: false, error: 'too-many-records' });
    expect(r.ok ? '' : r.detail).toContain('once merged');
    expect(await dump()).toEqual(stored);
  });

  it('counting: deleted records do not count, a merge counts a record both copies hold once', () => {
    const template = collection(project('count').doc, 'stages').size;
    const limits = { project: { ...RECORD_LIMITS, stages: template + 20 }, map: { ...MAP_RECORD_LIMITS, stages: template + 15 } };
    const a = project('count', (d, m) => addStages(d, m, 15, 'a'));
    expect(recordOverflow(a.doc, limits)).toBeUndefined();
    a.doc.transact(() => addStages(a.doc, a.mapId, 3, 'b'));
    expect(recordOverflow(a.doc, limits)).toMatchObject({ collection: 'stages', mapId: a.mapId, limit: template + 15 });
    a.doc.transact(() => ['b-0', 'b-1', 'b-2'].forEach((id) => collection(a.doc, 'stages').delete(id)));
    expect(recordOverflow(a.doc, limits)).toBeUndefined();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a.doc));
    expect(mergedOverflow(a.doc, b, limits)).toBeUndefined();
    b.transact(() => addStages(b, a.mapId, 1, 'c'));
    expect(mergedOverflow(a.doc, b, limits)).toMatchObject({ collection: 'stages', count: template + 16 });
    // Over the collection's total across maps, though no one map is.
    const c = project('count', (d, m) => addStages(d, m, 21, 'total'));
    collection(c.doc, 'stages').forEach((s, id) => {
      if (id.startsWith('total-1')) s.set('mapId', 'another-map');
    });
    expect(recordOverflow(c.doc, limits)).toMatchObject({ collection: 'stages', count: template + 21 });
    expect(recordOverflow(c.doc, limits)?.mapId).toBeUndefined();
    expect(recordOverflow(b, RECORD_LIMITS_ALL)).toBeUndefined();
  });

  it('restoring a version that holds more than a project may is refused and writes nothing', () => {
    const here = project('restore');
    const version = project('restore', (d, m) => addStages(d, m, MAP_RECORD_LIMITS.stages + 1));
    const state = Y.encodeStateAsUpdate(here.doc);
    expect(() => restoreRecords(here.doc, version.doc)).toThrow(FileError);
    expect(Y.encodeStateAsUpdate(here.doc)).toEqual(state);
  });
});

describe('project.json against the state (W10)', () => {
  let good: Uint8Array;
  let before: Awaited<ReturnType<typeof dump>>;
  beforeAll(async () => {
    const p = project('agree', (d, mapId) => {
      const stage = [...collection(d, 'stages').keys()][0]!;
      const lane = [...collection(d, 'lanes').keys()][0]!;
      putRecord(d, 'cards', 'card-1', { mapId, stageId: stage, laneId: lane, text: 'Reads an analyst report', color: 'yellow', order: 1 });
    });
    good = await fileOf(p.doc);
  });
  beforeEach(async () => {
    before = await dump();
  });

  const refusedAs = async (bytes: Uint8Array) => {
    const r = await importBatonFile(bytes, 'x.baton');
    expect(await dump()).toEqual(before);
    return r.ok ? 'accepted' : r.error;
  };

  it('the untouched export agrees with itself', async () => {
    expect((await parseBatonFile(good)).ok).toBe(true);
  });

  it('another title in the readable part is refused', async () => {
    const p = parts(good);
    p.json.project.info.title = 'Quarterly offsite (harmless)';
    expect(await refusedAs(rezip(p.json, p.state))).toBe('parts-disagree');
    expect(FILE_ERROR_MESSAGES['parts-disagree']).toMatch(/project\.json.*Nothing was changed\.$/);
  });

  it('another card text in the readable part is refused', async () => {
    const p = parts(good);
    p.json.project.cards['card-1'].text = 'Something else entirely';
    expect(await refusedAs(rezip(p.json, p.state))).toBe('parts-disagree');
  });

  it('records the state holds and project.json hides are refused (and records it lists but the state lacks)', async () => {
    const hidden = parts(good);
    delete hidden.json.project.cards['card-1'];
    expect(await refusedAs(rezip(hidden.json, hidden.state))).toBe('parts-disagree');
    const invented = parts(good);
    invented.json.project.stages['invented'] = { id: 'invented', name: 'Not in the state' };
    expect(await refusedAs(rezip(invented.json, invented.state))).toBe('parts-disagree');
  });

  it('a state with a hidden 1,000 extra cards under an unchanged project.json is refused', async () => {
    const p = parts(good);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, p.state);
    doc.transact(() => {
      for (let i = 0; i < 1000; i++) putRecord(doc, 'cards', `hidden-${i}`, { mapId: 'x', text: 'spam', order: i });
    });
    expect(await refusedAs(rezip(p.json, Y.encodeStateAsUpdate(doc)))).toBe('parts-disagree');
  });

  it('a document version in project.json other than the state’s is refused', async () => {
    const p = parts(good);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, p.state);
    doc.getMap('meta').set('schemaVersion', 2); // migrates fine, but project.json says 3
    expect(await refusedAs(rezip(p.json, Y.encodeStateAsUpdate(doc)))).toBe('parts-disagree');
  });

  it('a field only another Baton writes (unknown here) is no disagreement', async () => {
    const p = parts(good);
    p.json.project.cards['card-1'].reactions = 3;
    p.json.project.futureCollection = { a: { id: 'a' } };
    expect((await parseBatonFile(rezip(p.json, p.state))).ok).toBe(true);
  });

  it('the limits are checked on the state even when project.json lies low', async () => {
    const p = parts(good);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, p.state);
    const mapId = Object.keys(readSnapshot(doc).maps)[0]!;
    doc.transact(() => addStages(doc, mapId, MAP_RECORD_LIMITS.stages + 1));
    expect(await refusedAs(rezip(p.json, Y.encodeStateAsUpdate(doc)))).toBe('too-many-records');
    expect(FILE_LIMITS.maxEntries).toBeGreaterThan(0);
  });
});
