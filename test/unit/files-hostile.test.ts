/**
 * A corpus of hostile and broken .baton files, made here from a real export: each must be
 * refused with its own typed error (and a sentence for the user), and leave every byte this
 * machine has stored exactly as it was — even though each claims to be a project that is here.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import * as Y from 'yjs';
import { FILE_ERRORS, FILE_LIMITS, type FileErrorKind } from '../../renderer/src/document/file/limits';
import { jsonDepth, parseBatonFile } from '../../renderer/src/document/file/parse';
import { SCHEMA_VERSION } from '../../renderer/src/document/schema';
import { FILE_ERROR_MESSAGES } from '../../renderer/src/features/files/strings';
import { buildProjectFile } from '../../renderer/src/storage/exportProject';
import { importBatonFile } from '../../renderer/src/storage/importProject';
import { compact, loadUpdates } from '../../renderer/src/storage/persistence';
import { createProject } from '../../renderer/src/storage/projects';
import { dump, edit, newMachine } from './files-helpers';
import { addCard } from '../../renderer/src/document/actions';
import { readSnapshot } from '../../renderer/src/document/projection';

let projectId = '';
let good: Uint8Array;
let entries: Record<string, Uint8Array>;
let state: Uint8Array;

const json = () => JSON.parse(strFromU8(entries['project.json']!));
const zip = (files: Zippable) => zipSync(files, { level: 6 });
const withJson = (j: unknown) => zip({ 'project.json': strToU8(JSON.stringify(j)), 'state.bin': entries['state.bin']! });
const withJsonText = (t: string) => zip({ 'project.json': strToU8(t), 'state.bin': entries['state.bin']! });
/** The project's real state with `fn` applied on top (as a file made by a tampered Baton would be). */
function withState(fn: (doc: Y.Doc) => void, j: unknown = json()): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  doc.transact(() => fn(doc));
  return zip({ 'project.json': strToU8(JSON.stringify(j)), 'state.bin': Y.encodeStateAsUpdate(doc) });
}
/** Rewrites the uncompressed size an entry declares in the zip's central directory. */
function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const b = bytes.slice();
  const dv = new DataView(b.buffer);
  for (let p = 0; p + 46 < b.length; p++) {
    if (dv.getUint32(p, true) !== 0x02014b50) continue;
    const nameLen = dv.getUint16(p + 28, true);
    if (strFromU8(b.subarray(p + 46, p + 46 + nameLen)) === name) {
      dv.setUint32(p + 24, size, true);
      return b;
    }
  }
  throw new Error(`no entry ${name}`);
}
function indexOfBytes(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error('not found');
}
function nested(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

beforeAll(async () => {
  newMachine();
  const p = await createProject('Existing', 'b2b');
  projectId = p.projectId;
  await edit(projectId, (doc) => {
    const s = readSnapshot(doc);
    const stage = Object.values(s.stages)[0]!;
    const lane = Object.values(s.lanes).find((l) => l.kind === 'actions')!;
    addCard(doc, { mapId: p.mapId!, stageId: stage.id, laneId: lane.id }, 'Already here');
  });
  // Wait out the compaction that opening schedules 3 s later, then compact whatever is left, so
  // no background write can change the stored rows in the middle of a case (on a loaded machine
  // the edit's own save could land after an immediate compaction and be merged mid-case).
  await new Promise((resolve) => setTimeout(resolve, 3_200));
  await compact(projectId);
  good = (await buildProjectFile(projectId)).bytes;
  entries = unzipSync(good);
  state = entries['state.bin']!;
}, 30_000);

/** Each case: a name, the file, the error it must get. */
const corpus: [string, () => Uint8Array, FileErrorKind][] = [
  ['not a zip', () => strToU8('Hello, I am a text file pretending to be a project.'), 'not-a-baton-file'],
  ['an empty file', () => new Uint8Array(0), 'not-a-baton-file'],
  ['a truncated zip', () => good.slice(0, Math.floor(good.length / 2)), 'not-a-baton-file'],
  ['a zip cut just before its end record', () => good.slice(0, good.length - 10), 'not-a-baton-file'],
  [
    'a damaged entry (a flipped byte in state.bin)',
    () => {
      const b = zip({ 'project.json': entries['project.json']!, 'state.bin': [state, { level: 0 }] });
      const start = indexOfBytes(b, state.subarray(0, 64));
      const at = start + Math.floor(state.length / 2);
      b[at] = b[at]! ^ 0xff;
      return b;
    },
    'not-a-baton-file',
  ],
  ['a zip of something else', () => zip({ 'readme.txt': strToU8('hi') }), 'not-a-baton-file'],
  ['project.json is not JSON', () => withJsonText('{"format": "baton", '), 'not-a-baton-file'],
  ['project.json says another format', () => withJson({ ...json(), format: 'excalidraw' }), 'not-a-baton-file'],
  ['no state.bin', () => zip({ 'project.json': entries['project.json']! }), 'not-a-baton-file'],
  ['formatVersion is a string', () => withJson({ ...json(), formatVersion: '1' }), 'invalid-records'],
  ['project is an array', () => withJson({ ...json(), project: [] }), 'invalid-records'],
  ['cards is a number', () => withJson({ ...json(), project: { ...json().project, cards: 7 } }), 'invalid-records'],
  ['a future file format', () => withJson({ ...json(), formatVersion: 2 }), 'newer-version'],
  ['a future schema in project.json', () => withJson({ ...json(), schemaVersion: SCHEMA_VERSION + 1 }), 'newer-version'],
  [
    'a future schema in the state only',
    () => withState((d) => d.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1)),
    'newer-version',
  ],
  [
    'an old document whose migration fails',
    () =>
      withState((d) => {
        d.getMap('meta').set('schemaVersion', 1);
        d.getMap('lanes').set('broken', 'a lane that is not a record');
      }),
    'migration-failed',
  ],
  ['a record that is not a record', () => withState((d) => d.getMap('cards').set('x', 42)), 'invalid-records'],
  ['state.bin is garbage', () => zip({ 'project.json': entries['project.json']!, 'state.bin': strToU8('garbage!'.repeat(50)) }), 'invalid-records'],
  [
    'state.bin needs updates it does not hold',
    () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      const sv = Y.encodeStateVector(doc);
      doc.getMap('meta').set('title', 'later edit');
      return zip({ 'project.json': entries['project.json']!, 'state.bin': Y.encodeStateAsUpdate(doc, sv) });
    },
    'invalid-records',
  ],
  [
    'projectId mismatch',
    () => withJson({ ...json(), project: { ...json().project, info: { ...json().project.info, projectId: 'someone-else' } } }),
    'invalid-records',
  ],
  ['no projectId in the state', () => withState((d) => d.getMap('meta').delete('projectId')), 'invalid-records'],
  [
    '__proto__ in project.json',
    () => withJsonText(strFromU8(entries['project.json']!).replace('"cards": {', '"cards": {"__proto__": {"id": "x", "polluted": true},')),
    'invalid-records',
  ],
  ['constructor key in project.json', () => withJsonText(strFromU8(entries['project.json']!).replace('{', '{"constructor": {"prototype": 1},')), 'invalid-records'],
  [
    'a record called __proto__ in the state',
    () => withState((d) => d.getMap('cards').set('__proto__', new Y.Map([['polluted', true]]))),
    'invalid-records',
  ],
  [
    'a __proto__ field inside a value in the state',
    () =>
      withState((d) => {
        const m = new Y.Map<unknown>();
        m.set('text', JSON.parse('{"__proto__": {"polluted": true}}'));
        d.getMap('cards').set('evil', m);
      }),
    'invalid-records',
  ],
  [
    'a too-long string in project.json',
    () => withJson({ ...json(), appVersion: '1', note: 'x'.repeat(FILE_LIMITS.maxStringLength + 1) }),
    'text-too-long',
  ],
  [
    'a too-long card text in the state',
    () => withState((d) => d.getMap('cards').set('long', new Y.Map([['text', 'x'.repeat(FILE_LIMITS.maxStringLength + 1)]]))),
    'text-too-long',
  ],
  ['deep nesting in project.json', () => withJson({ ...json(), deep: nested(100) }), 'too-deep'],
  [
    'deep nesting in the state',
    () => withState((d) => d.getMap('cards').set('deep', new Y.Map([['text', nested(100)]]))),
    'too-deep',
  ],
  [
    'deeply nested shared types in the state',
    () =>
      withState((d) => {
        let m = new Y.Map<unknown>();
        d.getMap('cards').set('nest', m);
        for (let i = 0; i < 80; i++) {
          const child = new Y.Map<unknown>();
          m.set('child', child);
          m = child;
        }
      }),
    'too-deep',
  ],
  [
    'too many entries',
    () => {
      const files: Zippable = { 'project.json': entries['project.json']!, 'state.bin': state };
      for (let i = 0; i < FILE_LIMITS.maxEntries; i++) files[`junk/${i}`] = [new Uint8Array(1), { level: 0 }];
      return zip(files);
    },
    'too-many-entries',
  ],
  ['an entry that declares 200 MB', () => declareSize(good, 'state.bin', 200 * 1024 * 1024), 'too-large'],
  [
    'a zip bomb (20 MB of zeros in 20 KB)',
    () => zip({ 'project.json': entries['project.json']!, 'state.bin': new Uint8Array(20 * 1024 * 1024) }),
    'zip-bomb',
  ],
  [
    'a zip bomb that lies about its size in the directory',
    () =>
      declareSize(
        zip({ 'project.json': entries['project.json']!, 'state.bin': new Uint8Array(20 * 1024 * 1024) }),
        'state.bin',
        1000,
      ),
    'zip-bomb',
  ],
  [
    'a picture larger than 10 MB',
    () =>
      declareSize(
        zip({ ...{ 'project.json': entries['project.json']!, 'state.bin': state }, [`assets/${'a'.repeat(64)}`]: new Uint8Array(100) }),
        `assets/${'a'.repeat(64)}`,
        11 * 1024 * 1024,
      ),
    'image-too-large',
  ],
];

describe('hostile and broken files', () => {
  let before: Awaited<ReturnType<typeof dump>>;
  beforeEach(async () => {
    before = await dump();
  });

  it('the untouched export is accepted (so each refusal below is about its one defect)', async () => {
    const r = await parseBatonFile(good);
    expect(r.ok).toBe(true);
  });

  it.each(corpus)('%s is refused, and nothing here changes', async (_name, make, error) => {
    const bytes = make();
    const r = await importBatonFile(bytes, 'hostile.baton');
    expect(r.ok ? 'accepted' : r.error, r.ok ? '' : r.detail).toBe(error);
    expect(FILE_ERROR_MESSAGES[error]).toMatch(/\.$/);
    expect(await dump()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await loadUpdates(projectId)).toBeDefined();
  });

  it('every error kind has a sentence for the user', () => {
    for (const kind of FILE_ERRORS) expect(FILE_ERROR_MESSAGES[kind].length).toBeGreaterThan(20);
    expect(FILE_ERROR_MESSAGES['newer-version']).toContain('made with a newer version of Baton');
  });

  it('the file size itself is limited', async () => {
    const r = await parseBatonFile(good, { ...FILE_LIMITS, maxFileBytes: 100 });
    expect(r).toMatchObject({ ok: false, error: 'too-large' });
    const total = await parseBatonFile(good, { ...FILE_LIMITS, maxUnpackedBytes: 100 });
    expect(total).toMatchObject({ ok: false, error: 'too-large' });
  });

  it('counts nesting without parsing, ignoring brackets inside strings', () => {
    expect(jsonDepth('{"a": [1, {"b": "[[[[{{{"}]}', 64)).toBe(3);
    expect(jsonDepth('"\\"[["', 64)).toBe(0);
    expect(jsonDepth('['.repeat(1_000_000), 64)).toBe(65);
  });
});
