/**
 * The valid starting points of the fuzzer, made with Baton's own actions and its real
 * exporter (buildBatonFile, the core of storage/exportProject.ts), and the "machine" the
 * hostile files are opened on: a database that already holds three projects.
 *
 * - `existing-a`, `existing-b`: projects that no file in the corpus names. Not one of their
 *   stored bytes may change, whatever file is opened.
 * - `fuzz-merge-target`: stored as it was an hour ago; the seed file `merge` is the same project
 *   with later edits, so an accepted mutation of it merges (which may only ADD rows).
 * - `fuzz-new-project`: not on the machine; the seed file `add` adds it.
 *
 * Everything is deterministic (fixed Yjs client ids, ids from a counter, a frozen clock while
 * building), so case N of a seed is the same bytes on every run.
 */
import { refusalSentence } from '../../renderer/src/i18n/refusals';
import * as Y from 'yjs';
import { addCard, addConnector, addMap, initProject, setEmotion } from '../../renderer/src/document/actions';
import { attachPersona, createPersona, setPersonaPicture } from '../../renderer/src/document/actions/personas';
import { buildBatonFile } from '../../renderer/src/document/file/format';
import { readSnapshot } from '../../renderer/src/document/projection';
import { sortByOrder } from '../../renderer/src/domain/ordering';
import { BatonDB, useDatabase } from '../../renderer/src/storage/db';
import { saveNewProject } from '../../renderer/src/storage/projects';

export const EXISTING_ONLY = ['existing-a', 'existing-b'] as const;
export const MERGE_TARGET = 'fuzz-merge-target';
export const NEW_PROJECT = 'fuzz-new-project';
const FIXED_NOW = Date.UTC(2025, 0, 15, 9, 30);

/** A picture as the importer checks it: a PNG by its first bytes, named by its SHA-256. */
function fakePng(tag: number): Uint8Array {
  const b = new Uint8Array(256);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  for (let i = 8; i < b.length; i++) b[i] = (i * 31 + tag) & 0xff;
  return b;
}

async function sha256Hex(data: Uint8Array): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(d), (x) => x.toString(16).padStart(2, '0')).join('');
}

/** Runs `fn` with ids from a counter and a frozen clock (for deterministic documents). */
async function deterministic<T>(fn: () => Promise<T>): Promise<T> {
  const realUuid = crypto.randomUUID.bind(crypto);
  const realNow = Date.now;
  let n = 0;
  Object.defineProperty(crypto, 'randomUUID', {
    configurable: true,
    value: () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`,
  });
  Date.now = () => FIXED_NOW;
  try {
    return await fn();
  } finally {
    Object.defineProperty(crypto, 'randomUUID', { configurable: true, value: realUuid });
    Date.now = realNow;
  }
}

function newDoc(clientID: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  return doc;
}

/** A project with a B2B map, cards in a few cells, a connector, an emotion curve and a persona. */
function fillProject(doc: Y.Doc, projectId: string, title: string, cardTexts: readonly string[], pictureHash?: string) {
  initProject(doc, projectId, title);
  const mapId = addMap(doc, 'Enterprise buyer', 'b2b');
  if (!mapId.ok) throw new Error(refusalSentence(mapId.refusal));
  const snap = readSnapshot(doc);
  const stages = sortByOrder(Object.values(snap.stages).filter((s) => s.mapId === mapId.value));
  const lanes = sortByOrder(Object.values(snap.lanes).filter((l) => l.mapId === mapId.value));
  const textLanes = lanes.filter((l) => l.kind === 'text' || l.kind === 'actions' || l.kind === 'pains');
  const cards: string[] = [];
  cardTexts.forEach((text, i) => {
    const lane = textLanes[i % textLanes.length] ?? lanes[0]!;
    const r = addCard(doc, { mapId: mapId.value, stageId: stages[i % stages.length]!.id, laneId: lane.id }, text);
    if (r.ok) cards.push(r.value);
  });
  if (cards.length >= 2) addConnector(doc, cards[0]!, cards[1]!);
  const emotion = lanes.find((l) => l.kind === 'emotion');
  if (emotion) stages.forEach((s, i) => setEmotion(doc, emotion.id, s.id, (i % 5) - 2));
  const persona = createPersona(doc, `${title} buyer`);
  if (persona.ok) {
    attachPersona(doc, mapId.value, persona.value);
    if (pictureHash) setPersonaPicture(doc, persona.value, pictureHash);
  }
  return { mapId: mapId.value, stages, lanes: textLanes };
}

export interface SeedFile {
  readonly name: 'merge' | 'add';
  readonly projectId: string;
  readonly bytes: Uint8Array;
}

export interface Seeds {
  readonly files: readonly SeedFile[];
  /** Valid Yjs states of the two seed projects (for mutations that combine states). */
  readonly states: Readonly<Record<string, Uint8Array>>;
}

/** Builds the machine's database (made current with useDatabase) and the seed files. */
export async function setUpMachine(dbName = 'fuzz-machine'): Promise<Seeds> {
  return deterministic(async () => {
    const machine = new BatonDB(dbName);
    useDatabase(machine);
    const pics = [fakePng(1), fakePng(2), fakePng(3)];
    const hashes = await Promise.all(pics.map(sha256Hex));
    const assets = new Map(hashes.map((h, i) => [h, { mime: 'image/png', bytes: pics[i]! }]));
    const getAsset = async (h: string) => assets.get(h);

    // The two projects no file names; one has a picture stored, and a log of two rows.
    const a = newDoc(11);
    fillProject(a, EXISTING_ONLY[0], 'Existing A', ['Reads an analyst report', 'Asks a peer', 'Books a demo'], hashes[0]);
    await saveNewProject(a, EXISTING_ONLY[0]);
    const sv = Y.encodeStateVector(a);
    a.getMap('meta').set('title', 'Existing A (renamed)');
    await machine.updates.add({ projectId: EXISTING_ONLY[0], update: Y.encodeStateAsUpdate(a, sv) });
    await machine.assets.add({ hash: hashes[0]!, mime: 'image/png', bytes: pics[0]! });
    const b = newDoc(12);
    fillProject(b, EXISTING_ONLY[1], 'Existing B', ['Downloads the price list', 'Signs']);
    await saveNewProject(b, EXISTING_ONLY[1]);
    await machine.snapshots.add({ id: 'snap-b', projectId: EXISTING_ONLY[1], label: 'A version', at: FIXED_NOW, state: Y.encodeStateAsUpdate(b) });

    // The merge target: stored now, then edited further in "another copy" that becomes the file.
    const c = newDoc(21);
    const cm = fillProject(c, MERGE_TARGET, 'Merge target', ['Visits the site', 'Compares vendors'], hashes[1]);
    await saveNewProject(c, MERGE_TARGET);
    await machine.assets.add({ hash: hashes[1]!, mime: 'image/png', bytes: pics[1]! });
    const c2 = newDoc(22);
    Y.applyUpdate(c2, Y.encodeStateAsUpdate(c));
    addCard(c2, { mapId: cm.mapId, stageId: cm.stages[1]!.id, laneId: cm.lanes[0]!.id }, 'Added on the other laptop');

    const d = newDoc(31);
    fillProject(d, NEW_PROJECT, 'New from a file', ['Hears about us at a fair', 'Calls sales', 'Renews'], hashes[2]);

    const opts = { appVersion: '0.1.0-fuzz', now: new Date(FIXED_NOW) };
    const files: SeedFile[] = [
      { name: 'merge', projectId: MERGE_TARGET, bytes: await buildBatonFile(c2, getAsset, opts) },
      { name: 'add', projectId: NEW_PROJECT, bytes: await buildBatonFile(d, getAsset, opts) },
    ];
    const states = { [MERGE_TARGET]: Y.encodeStateAsUpdate(c2), [NEW_PROJECT]: Y.encodeStateAsUpdate(d) };
    for (const x of [a, b, c, c2, d]) x.destroy();
    return { files, states };
  });
}
