/**
 * Reading a .baton file without trusting anything in it. The checks run from the cheapest to
 * the most expensive, and nothing is inflated, parsed or applied before the numbers that bound
 * its cost have been checked:
 *   1. the zip's directory: entry count, declared sizes, compression ratios, picture sizes;
 *   2. project.json: nesting depth (scanned before parsing), string lengths and forbidden keys
 *      (a JSON reviver), then its shape (zod), then how many records it lists (RECORD_LIMITS);
 *   3. state.bin: applied to a fresh Y.Doc in try/catch, its records counted per collection and
 *      per map (a 200,000-stage map is refused here, not drawn), then every key, string, value
 *      and nesting level of the resulting document is walked before anything reads it, then
 *      migrated, then its records' shape and its projectId are checked against project.json;
 *   4. project.json against the state (checkAgreement): the readable part must say what the
 *      file imports, or the file is refused (parts-disagree);
 *   5. pictures: a known image type by their first bytes and a SHA-256 equal to their name.
 * The result is a typed error (as tldraw's file parser: not-a-baton-file, newer-version,
 * migration-failed, invalid-records, plus one per limit) or a migrated document ready to add
 * or merge. No DOM and no storage: the fuzzer calls `parseBatonFile` in Node.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { sniffPictureType } from '../../domain/pictures';
import { documentVersion, migrate } from '../migrations';
import { readSnapshot, type ProjectSnapshot } from '../projection';
import { COLLECTIONS, collection, metaMap, SCHEMA_VERSION } from '../schema';
import { sameValue } from './changes';
import { ASSETS_DIR, BATON_FORMAT, FORMAT_VERSION, PROJECT_JSON, referencedAssetHashes, STATE_BIN } from './format';
import { FILE_LIMITS, FileError, FORBIDDEN_KEYS, RECORD_LIMITS_ALL, type FileErrorKind, type FileLimits, type RecordLimits } from './limits';
import { listedOverflow, overflowError, recordOverflow } from './records';
import { inflateEntry, readZipDirectory, ZipError, type ZipEntry } from './zip';

export interface ParsedAsset {
  readonly hash: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

export interface ParsedBatonFile {
  /** The project's document, migrated to this version of Baton. Not attached to anything. */
  readonly doc: Y.Doc;
  readonly projectId: string;
  readonly title: string;
  /** The document's schema version as written in the file. */
  readonly schemaVersion: number;
  readonly appVersion: string;
  readonly exportedAt: string;
  /** Pictures the document refers to, checked. */
  readonly assets: readonly ParsedAsset[];
  /** Picture entries left out because they were not what their name said. */
  readonly droppedAssets: number;
}

export type ParseResult =
  | { readonly ok: true; readonly file: ParsedBatonFile }
  | { readonly ok: false; readonly error: FileErrorKind; readonly detail: string };

/** A project id must fit the app's routes (see ui/router.ts). */
const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const ASSET_NAME = /^assets\/([0-9a-f]{64})$/;

const RecordSchema = z.looseObject({ id: z.string() });
const ProjectJsonSchema = z.looseObject({
  format: z.literal(BATON_FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(100),
  exportedAt: z.string().max(100),
  project: z
    .object({
      info: z.looseObject({
        projectId: z.string().regex(PROJECT_ID),
        title: z.string(),
        schemaVersion: z.number(),
      }),
    })
    .catchall(z.record(z.string(), RecordSchema)),
  assets: z
    .array(z.looseObject({ hash: z.string(), mime: z.string(), bytes: z.number() }))
    .optional(),
});

export async function parseBatonFile(
  bytes: Uint8Array,
  limits: FileLimits = FILE_LIMITS,
  records: RecordLimits = RECORD_LIMITS_ALL,
): Promise<ParseResult> {
  try {
    return { ok: true, file: await parse(bytes, limits, records) };
  } catch (err) {
    if (err instanceof FileError) return { ok: false, error: err.kind, detail: err.detail };
    // Anything unforeseen (a library throwing on malformed input) is still a refusal, never a crash.
    return { ok: false, error: 'invalid-records', detail: `unexpected: ${String((err as Error)?.message ?? err)}` };
  }
}

async function parse(bytes: Uint8Array, limits: FileLimits, records: RecordLimits): Promise<ParsedBatonFile> {
  if (!(bytes instanceof Uint8Array)) throw new FileError('not-a-baton-file', 'not bytes');
  if (bytes.length > limits.maxFileBytes) throw new FileError('too-large', `file is ${bytes.length} bytes`);

  // 1. The directory, and every limit that can be checked from declared sizes alone.
  const entries = readDirectory(bytes, limits);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const jsonEntry = byName.get(PROJECT_JSON);
  const stateEntry = byName.get(STATE_BIN);
  if (!jsonEntry) throw new FileError('not-a-baton-file', 'no project.json');
  if (!stateEntry) throw new FileError('not-a-baton-file', 'no state.bin');
  const assetEntries = entries.filter((e) => e.name.startsWith(ASSETS_DIR));
  for (const e of assetEntries) {
    if (e.size > limits.maxImageBytes) throw new FileError('image-too-large', `${e.name} is ${e.size} bytes`);
  }
  // Only what we will unpack counts; other entries (a future layout's) are never inflated.
  const unpacked = [jsonEntry, stateEntry, ...assetEntries];
  const total = unpacked.reduce((n, e) => n + e.size, 0);
  if (total > limits.maxUnpackedBytes) throw new FileError('too-large', `unpacks to ${total} bytes`);
  for (const e of unpacked) {
    if (e.size > limits.ratioFloorBytes && e.size > limits.maxRatio * Math.max(1, e.compressedSize)) {
      throw new FileError('zip-bomb', `${e.name}: ${e.size} bytes from ${e.compressedSize}`);
    }
  }

  // 2. project.json.
  const json = parseProjectJson(unpack(bytes, jsonEntry, limits), limits, records);
  const listed = listedOverflow(json.project, records);
  if (listed) throw overflowError(listed, ' in project.json');

  // 3. state.bin.
  const doc = loadState(unpack(bytes, stateEntry, limits), limits, records);
  try {
    const schemaVersion = (metaMap(doc).get('schemaVersion') as number | undefined) ?? 1;
    const writtenVersion = documentVersion(doc);
    const projectId = metaMap(doc).get('projectId');
    if (typeof projectId !== 'string' || !PROJECT_ID.test(projectId)) {
      throw new FileError('invalid-records', 'the document has no valid projectId');
    }
    if (projectId !== json.project.info.projectId) {
      throw new FileError('invalid-records', 'project.json and state.bin name different projects');
    }
    const outcome = migrate(doc);
    if (!outcome.ok) {
      throw outcome.error === 'newer-version'
        ? new FileError('newer-version', `document version ${outcome.version}`)
        : new FileError('migration-failed', `${outcome.migration}: ${String((outcome.cause as Error)?.message ?? outcome.cause)}`);
    }
    checkRecords(doc);
    const snapshot = readSnapshot(doc);

    // 4. The readable part says what the file imports.
    checkAgreement(json, writtenVersion, snapshot);

    // 4. Pictures: only those the document refers to, each checked against its name.
    const wanted = new Set(referencedAssetHashes(doc));
    const assets: ParsedAsset[] = [];
    let droppedAssets = 0;
    for (const e of assetEntries) {
      const hash = ASSET_NAME.exec(e.name)?.[1];
      if (!hash || !wanted.has(hash)) {
        droppedAssets += hash ? 0 : 1;
        continue;
      }
      const data = unpack(bytes, e, limits);
      const mime = sniffPictureType(data);
      if (!mime || (await sha256Hex(data)) !== hash) {
        droppedAssets += 1;
        continue;
      }
      assets.push({ hash, mime, bytes: data });
    }

    return {
      doc,
      projectId,
      title: snapshot.info.title,
      schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
      appVersion: json.appVersion,
      exportedAt: json.exportedAt,
      assets,
      droppedAssets,
    };
  } catch (err) {
    doc.destroy();
    throw err;
  }
}

function readDirectory(bytes: Uint8Array, limits: FileLimits): ZipEntry[] {
  try {
    return readZipDirectory(bytes, limits.maxEntries);
  } catch (err) {
    if (!(err instanceof ZipError)) throw err;
    if (err.reason === 'too-many-entries') throw new FileError('too-many-entries', err.message);
    if (err.reason === 'too-large') throw new FileError('too-large', err.message);
    throw new FileError('not-a-baton-file', err.message);
  }
}

function unpack(bytes: Uint8Array, entry: ZipEntry, limits: FileLimits): Uint8Array {
  try {
    return inflateEntry(bytes, entry, limits);
  } catch (err) {
    if (err instanceof ZipError) throw new FileError(err.reason === 'zip-bomb' ? 'zip-bomb' : 'not-a-baton-file', err.message);
    throw err;
  }
}

// ---- project.json ----

type ProjectJsonChecked = z.infer<typeof ProjectJsonSchema>;

function parseProjectJson(raw: Uint8Array, limits: FileLimits, records: RecordLimits): ProjectJsonChecked {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new FileError('not-a-baton-file', 'project.json is not UTF-8 text');
  }
  const { depth, listed } = scanJson(text, limits.maxDepth);
  if (depth > limits.maxDepth) throw new FileError('too-deep', `project.json nests deeper than ${limits.maxDepth}`);
  const over = listedOverflow(Object.fromEntries([...listed].map(([name, n]) => [name, { length: n }])), records, true);
  if (over) throw overflowError(over, ' in project.json');
  let value: unknown;
  try {
    value = JSON.parse(text, function reviver(key, v: unknown) {
      if (FORBIDDEN_KEYS.has(key)) throw new FileError('invalid-records', `project.json has a "${key}" key`);
      if (key.length > limits.maxStringLength) throw new FileError('text-too-long', 'a key in project.json is too long');
      if (typeof v === 'string' && v.length > limits.maxStringLength) {
        throw new FileError('text-too-long', `a string of ${v.length} characters in project.json`);
      }
      return v;
    });
  } catch (err) {
    if (err instanceof FileError) throw err;
    throw new FileError('not-a-baton-file', 'project.json is not JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value) || (value as { format?: unknown }).format !== BATON_FORMAT) {
    throw new FileError('not-a-baton-file', 'project.json does not say it is a Baton file');
  }
  const { formatVersion, schemaVersion } = value as { formatVersion?: unknown; schemaVersion?: unknown };
  if (typeof formatVersion === 'number' && formatVersion > FORMAT_VERSION) {
    throw new FileError('newer-version', `format version ${formatVersion}`);
  }
  if (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION) {
    throw new FileError('newer-version', `schema version ${schemaVersion}`);
  }
  const checked = ProjectJsonSchema.safeParse(value);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new FileError('invalid-records', `project.json: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`);
  }
  return checked.data;
}

/** The deepest nesting of objects and arrays in a JSON text, without parsing it; stops
 * counting once past `max`. Brackets inside strings do not count. */
export function jsonDepth(text: string, max: number): number {
  return scanJson(text, max).depth;
}

interface Frame {
  readonly object: boolean;
  /** The key this container sits under in its parent object. */
  readonly key: string | undefined;
  /** The collection whose records this object holds (root.project.<name>), counted. */
  readonly counts: string | undefined;
  expectKey: boolean;
}

/**
 * One pass over a JSON text, before it is parsed: its deepest nesting (stops once past `max`)
 * and how many members each object at `project.<name>` has, i.e. how many records of each
 * collection project.json lists. Parsing a listing of 200,000 records took 10 s (JSON.parse with
 * the reviver, then zod); counting them here takes a fraction of that and refuses the file
 * first. Brackets and keys inside strings do not count.
 */
export function scanJson(text: string, max: number): { depth: number; listed: Map<string, number> } {
  const listed = new Map<string, number>();
  const stack: Frame[] = [];
  let deepest = 0;
  let stringStart = -1;
  let stringIsKey = false;
  let escaped = false;
  let lastKey: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (stringStart >= 0) {
      if (c === 0x5c) {
        escaped = true;
        i++; // backslash: skip the escaped character
      } else if (c === 0x22) {
        if (stringIsKey) {
          const raw = text.slice(stringStart + 1, i);
          lastKey = !escaped ? raw : raw.length <= 200 ? decodeKey(raw) : undefined;
          const top = stack[stack.length - 1];
          if (top?.counts !== undefined) listed.set(top.counts, (listed.get(top.counts) ?? 0) + 1);
        }
        stringStart = -1;
      }
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === 0x22) {
      stringStart = i;
      escaped = false;
      stringIsKey = !!top?.object && top.expectKey;
    } else if (c === 0x7b || c === 0x5b) {
      const key = top?.object ? lastKey : undefined;
      const counts = c === 0x7b && stack.length === 2 && stack[1]!.key === 'project' && stack[0]!.key === undefined && key !== undefined ? key : undefined;
      stack.push({ object: c === 0x7b, key, counts, expectKey: c === 0x7b });
      if (stack.length > deepest) deepest = stack.length;
      if (deepest > max) return { depth: deepest, listed };
    } else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x3a) {
      if (top) top.expectKey = false;
    } else if (c === 0x2c) {
      if (top?.object) top.expectKey = true;
    }
  }
  return { depth: deepest, listed };
}

function decodeKey(raw: string): string | undefined {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return undefined;
  }
}

// ---- state.bin ----

function loadState(state: Uint8Array, limits: FileLimits, records: RecordLimits): Y.Doc {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
  } catch (err) {
    doc.destroy();
    throw new FileError('invalid-records', `state.bin could not be read: ${String((err as Error)?.message ?? err)}`);
  }
  try {
    // Structs or deletions waiting for something the file does not hold: not a whole project.
    if (doc.store.pendingStructs || doc.store.pendingDs) {
      throw new FileError('invalid-records', 'state.bin is incomplete');
    }
    // Counted before anything else walks or reads the records.
    const over = recordOverflow(doc, records);
    if (over) throw overflowError(over);
    checkDocumentContent(doc, limits);
  } catch (err) {
    doc.destroy();
    throw err;
  }
  return doc;
}

type SharedType = NonNullable<ReturnType<Y.Doc['share']['get']>>;

/**
 * Walks every item of every shared type (live or deleted, so nothing is hidden in history),
 * iteratively, before anything calls toJSON on the document: keys, strings, binary sizes,
 * nesting of types and of the JSON values inside them. Subdocuments are not part of Baton.
 */
function checkDocumentContent(doc: Y.Doc, limits: FileLimits): void {
  const checkKey = (key: string) => {
    if (FORBIDDEN_KEYS.has(key)) throw new FileError('invalid-records', `the document has a "${key}" key`);
    if (key.length > limits.maxStringLength) throw new FileError('text-too-long', 'a key in the document is too long');
  };
  const checkString = (s: string) => {
    if (s.length > limits.maxStringLength) throw new FileError('text-too-long', `a string of ${s.length} characters`);
  };
  const checkValue = (root: unknown, depth: number) => {
    const stack: [unknown, number][] = [[root, depth]];
    while (stack.length) {
      const [v, d] = stack.pop()!;
      if (d > limits.maxDepth) throw new FileError('too-deep', `the document nests deeper than ${limits.maxDepth}`);
      if (typeof v === 'string') checkString(v);
      else if (v instanceof Uint8Array) {
        if (v.length > limits.maxImageBytes) throw new FileError('image-too-large', 'binary value too large');
      } else if (Array.isArray(v)) for (const x of v) stack.push([x, d + 1]);
      else if (v && typeof v === 'object') {
        // The decoder builds objects by assignment, so a "__proto__" key arrives as a changed
        // prototype rather than as a key: refuse any object that is not a plain one.
        if (Object.getPrototypeOf(v) !== Object.prototype) {
          throw new FileError('invalid-records', 'the document holds an object with a foreign prototype');
        }
        for (const [k, x] of Object.entries(v)) {
          checkKey(k);
          stack.push([x, d + 1]);
        }
      }
    }
  };

  const types: [SharedType, number][] = [];
  doc.share.forEach((type, name) => {
    checkKey(name);
    types.push([type, 1]);
  });
  while (types.length) {
    const [type, depth] = types.pop()!;
    if (depth > limits.maxDepth) throw new FileError('too-deep', `the document nests deeper than ${limits.maxDepth}`);
    let textLength = 0;
    const checkItem = (item: Y.Item) => {
      const c = item.content;
      if (c instanceof Y.ContentAny || c instanceof Y.ContentJSON) for (const v of c.arr) checkValue(v, depth + 1);
      else if (c instanceof Y.ContentString) {
        textLength += c.str.length;
        checkString(c.str);
      } else if (c instanceof Y.ContentBinary) {
        if (c.content.length > limits.maxImageBytes) throw new FileError('image-too-large', 'binary value too large');
      } else if (c instanceof Y.ContentEmbed) checkValue(c.embed, depth + 1);
      else if (c instanceof Y.ContentFormat) {
        checkKey(c.key);
        checkValue(c.value, depth + 1);
      } else if (c instanceof Y.ContentType) types.push([c.type as SharedType, depth + 1]);
      else if (c instanceof Y.ContentDoc) throw new FileError('invalid-records', 'the document holds a subdocument');
    };
    type._map.forEach((item, key) => {
      checkKey(key);
      for (let it: Y.Item | null = item; it; it = it.left) checkItem(it);
    });
    for (let it = type._start; it; it = it.right) checkItem(it);
    if (textLength > limits.maxStringLength) throw new FileError('text-too-long', `a text of ${textLength} characters`);
  }
}

/** Every record of every known collection is a Y.Map (the readers and actions rely on it). */
function checkRecords(doc: Y.Doc): void {
  for (const name of COLLECTIONS) {
    collection(doc, name).forEach((rec, id) => {
      if (!(rec instanceof Y.Map)) throw new FileError('invalid-records', `${name}/${id} is not a record`);
    });
  }
}

/**
 * project.json is the file's readable part: what a person who unzips it, or a tool that reads
 * it, sees. Import reads state.bin only, so the two must say the same, or the file shows one
 * project and imports another (issue 16, W10). Refusing a disagreement rather than ignoring
 * project.json: nobody is misled by the readable part, and a hand-edit of it (which import
 * never read) is told rather than silently dropped. What must agree:
 * - the document version project.json names and the one the state was written at;
 * - the title;
 * - every record project.json lists exists in the state, in the same collection, and every field
 *   that both carry is equal (a Baton of another release may write a field more or fewer);
 * - a file of this document version lists every record the state holds (no hidden records).
 *   Files of older versions may list fewer (Baton 0.0.x wrote the maps only; see
 *   test/fixtures/baton-document-v1.baton), so for them only what they list is checked.
 * `snapshot` is the state as this Baton reads it, after migration (migrations add fields and
 * the default teams; neither contradicts what an older project.json lists).
 */
function checkAgreement(json: ProjectJsonChecked, writtenVersion: number, snapshot: ProjectSnapshot): void {
  const disagree = (what: string) => new FileError('parts-disagree', `project.json and state.bin disagree: ${what}`);
  if (json.schemaVersion !== writtenVersion) throw disagree(`document version ${json.schemaVersion} vs ${writtenVersion}`);
  if (json.project.info.title !== snapshot.info.title) throw disagree('the title');
  const full = writtenVersion === SCHEMA_VERSION;
  const listedAll = json.project as Readonly<Record<string, unknown>>;
  for (const name of COLLECTIONS) {
    const held = snapshot[name] as unknown as Readonly<Record<string, Readonly<Record<string, unknown>>>>;
    const listed = (listedAll[name] ?? {}) as Readonly<Record<string, Readonly<Record<string, unknown>>>>;
    let listedCount = 0;
    for (const id of Object.keys(listed)) {
      listedCount++;
      const ours = held[id];
      const theirs = listed[id]!;
      if (!ours) throw disagree(`${name}/${id.slice(0, 64)} is listed but not in the state`);
      for (const key of Object.keys(theirs)) {
        if (Object.prototype.hasOwnProperty.call(ours, key) && !sameValue(theirs[key], ours[key])) {
          throw disagree(`${name}/${id.slice(0, 64)}.${key.slice(0, 64)}`);
        }
      }
    }
    if (full) {
      let heldCount = 0;
      for (const _ in held) heldCount++;
      if (heldCount !== listedCount) throw disagree(`${name}: ${heldCount} in the state, ${listedCount} listed`);
    }
  }
}

async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
