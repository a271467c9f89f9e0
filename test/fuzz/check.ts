/**
 * One fuzz case, start to finish, on the machine of seeds.ts: parseBatonFile, then the real
 * import (storage/importProject.ts) against the database that holds the existing projects,
 * then the invariants, then the database is put back exactly as it was for the next case.
 *
 * What counts as what:
 * - crash: anything thrown out of parseBatonFile or importBatonFile, or an import that fails
 *   with a storage error (the storage is healthy here, so a file made it fail);
 * - accepted-bad: a file of an 'refuse' mutation accepted, or any accepted file whose result
 *   breaks an invariant below;
 * - changed-existing: any stored byte of another project changed, or, for a merge into the
 *   file's own project, anything that was stored before and is not in the log now (merges only
 *   add; a big merge may rewrite the log as compaction's pieces, storeInPieces, so the check is
 *   on the document the rows hold, not on the rows); and for a refused file: any change at all.
 * Invariants of an accepted file: the parsed document's projectId is well formed and equals
 * project.json's; its schemaVersion is this Baton's; readSnapshot works and every record of
 * every collection is a Y.Map that its reader turns into an object with the right id; every
 * picture is one (by its first bytes) and matches its SHA-256 name. After the import: the
 * project is stored, listed (not deleted), loads, migrates and reads back with the same id.
 */
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import * as Y from 'yjs';
import type { FileErrorKind } from '../../renderer/src/document/file/limits';
import { parseBatonFile, type ParsedBatonFile } from '../../renderer/src/document/file/parse';
import { documentVersion, migrate } from '../../renderer/src/document/migrations';
import { readSnapshot } from '../../renderer/src/document/projection';
import { COLLECTIONS, collection, fieldsOf, metaMap, readers, SCHEMA_VERSION } from '../../renderer/src/document/schema';
import { sniffPictureType } from '../../renderer/src/domain/pictures';
import { db, type ProjectRow, type SnapshotRow, type AssetRow, type UpdateRow } from '../../renderer/src/storage/db';
import { importBatonFile } from '../../renderer/src/storage/importProject';
import { loadUpdates } from '../../renderer/src/storage/persistence';
import type { Expectation } from './mutations';

export interface CaseResult {
  readonly index: number;
  readonly mutation: string;
  readonly group: string;
  readonly expect: Expectation;
  readonly seedFile: string;
  readonly bytes: number;
  readonly outcome: 'refused' | 'accepted' | 'crash' | 'generator-error';
  /** The typed refusal (or 'storage'). */
  readonly error?: FileErrorKind | 'storage';
  readonly detail?: string;
  /** Refused through the parser's catch-all ("unexpected: …"): typed, but a library threw. */
  readonly untyped?: boolean;
  /** Merged into a project that was here (the file's projectId was stored). */
  readonly merged?: boolean;
  readonly crash?: string;
  readonly acceptedBad: readonly string[];
  readonly changedExisting: readonly string[];
  readonly ms: number;
}

const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const sha1 = (b: Uint8Array) => createHash('sha1').update(b).digest('hex');

interface Baseline {
  readonly projects: Map<string, { row: ProjectRow; digest: string }>;
  readonly updates: Map<number, { row: UpdateRow; digest: string }>;
  readonly snapshots: Map<string, { row: SnapshotRow; digest: string }>;
  readonly assets: Map<string, { row: AssetRow; digest: string }>;
}

async function readMachine(): Promise<Baseline> {
  const d = db();
  const [projects, updates, snapshots, assets] = await Promise.all([d.projects.toArray(), d.updates.toArray(), d.snapshots.toArray(), d.assets.toArray()]);
  return {
    projects: new Map(projects.map((r) => [r.id, { row: r, digest: JSON.stringify(r) }])),
    updates: new Map(updates.map((r) => [r.seq!, { row: r, digest: `${r.projectId}:${sha1(r.update)}` }])),
    snapshots: new Map(snapshots.map((r) => [r.id, { row: r, digest: JSON.stringify({ ...r, state: sha1(r.state) }) }])),
    assets: new Map(assets.map((r) => [r.hash, { row: r, digest: `${r.mime}:${sha1(r.bytes)}` }])),
  };
}

let baseline: Baseline | undefined;

/** Remembers the machine as it is now: every case must leave it like this. */
export async function takeBaseline(): Promise<void> {
  baseline = await readMachine();
}

/** What changed since the baseline that a case with this outcome is not allowed to change. */
function compare(before: Baseline, after: Baseline, acceptedId: string | null): string[] {
  const out: string[] = [];
  for (const [seq, b] of before.updates) {
    if (b.row.projectId === acceptedId) continue; // its log may be rewritten in pieces: mergeLost checks it
    if (after.updates.get(seq)?.digest !== b.digest) out.push(`update row ${seq} of ${b.row.projectId} changed or vanished`);
  }
  for (const [id, b] of before.snapshots) {
    if (after.snapshots.get(id)?.digest !== b.digest) out.push(`version ${id} of ${b.row.projectId} changed or vanished`);
  }
  for (const [hash, b] of before.assets) {
    if (after.assets.get(hash)?.digest !== b.digest) out.push(`picture ${hash.slice(0, 8)} changed or vanished`);
  }
  for (const [id, b] of before.projects) {
    const a = after.projects.get(id);
    if (!a) out.push(`project row ${id} vanished`);
    else if (id !== acceptedId && a.digest !== b.digest) out.push(`project row ${id} changed`);
    else if (id === acceptedId && (a.row.id !== id || (!b.row.deletedAt && a.row.deletedAt))) out.push(`project row ${id} was damaged by the merge`);
  }
  for (const [seq, a] of after.updates) {
    if (!before.updates.has(seq) && a.row.projectId !== acceptedId) out.push(`a new update row for ${a.row.projectId}`);
  }
  for (const [id, a] of after.snapshots) {
    if (!before.snapshots.has(id) && a.row.projectId !== acceptedId) out.push(`a new version for ${a.row.projectId}`);
  }
  for (const id of after.projects.keys()) {
    if (!before.projects.has(id) && id !== acceptedId) out.push(`a new project row ${id}`);
  }
  if (acceptedId === null) for (const hash of after.assets.keys()) if (!before.assets.has(hash)) out.push(`a new picture after a refusal`);
  return out;
}

/**
 * For a merge into a stored project: what of its log before the merge the log after it lacks.
 * Everything stored before, applied to the document the rows hold now, must change nothing
 * (no struct and no deletion it did not already have).
 */
function mergeLost(before: Baseline, after: Baseline, projectId: string): string[] {
  const rows = (b: Baseline) => [...b.updates.values()].filter((u) => u.row.projectId === projectId).map((u) => u.row.update);
  const old = rows(before);
  if (!old.length) return [];
  const now = rows(after);
  if (!now.length) return [`the log of ${projectId} vanished`];
  const doc = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(doc, Y.mergeUpdates(now));
    const held = Y.encodeStateAsUpdate(doc);
    Y.applyUpdate(doc, Y.mergeUpdates(old));
    const pending = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
    return pending || sha1(Y.encodeStateAsUpdate(doc)) !== sha1(held) ? [`the log of ${projectId} lost what was stored before the merge`] : [];
  } finally {
    doc.destroy();
  }
}

/** Puts the machine back to the baseline (removes what the case added, restores rows). */
async function restore(before: Baseline): Promise<void> {
  const now = await readMachine();
  const d = db();
  await d.transaction('rw', d.projects, d.updates, d.snapshots, d.assets, async () => {
    await d.updates.bulkDelete([...now.updates.keys()].filter((k) => !before.updates.has(k)));
    await d.snapshots.bulkDelete([...now.snapshots.keys()].filter((k) => !before.snapshots.has(k)));
    await d.assets.bulkDelete([...now.assets.keys()].filter((k) => !before.assets.has(k)));
    await d.projects.bulkDelete([...now.projects.keys()].filter((k) => !before.projects.has(k)));
    for (const [id, b] of before.projects) if (now.projects.get(id)?.digest !== b.digest) await d.projects.put(b.row);
    for (const [seq, b] of before.updates) if (now.updates.get(seq)?.digest !== b.digest) await d.updates.put(b.row);
    for (const [id, b] of before.snapshots) if (now.snapshots.get(id)?.digest !== b.digest) await d.snapshots.put(b.row);
    for (const [h, b] of before.assets) if (now.assets.get(h)?.digest !== b.digest) await d.assets.put(b.row);
  });
}

/** The invariants of a parsed (accepted) file. Returns what is wrong, if anything. */
export async function documentProblems(file: ParsedBatonFile, bytes: Uint8Array): Promise<string[]> {
  const out: string[] = [];
  const doc = file.doc;
  const metaId = metaMap(doc).get('projectId');
  if (!PROJECT_ID.test(file.projectId)) out.push(`projectId ${JSON.stringify(file.projectId).slice(0, 80)} is not well formed`);
  if (metaId !== file.projectId) out.push('the document names another project than the result');
  if (documentVersion(doc) !== SCHEMA_VERSION) out.push(`schemaVersion ${String(metaMap(doc).get('schemaVersion'))} after migration`);
  try {
    // An independent reader of the zip: when fflate can read it, its project.json must agree.
    const entries = unzipSync(bytes, { filter: (f) => f.name === 'project.json' });
    const json = entries['project.json'];
    if (json) {
      const id = (JSON.parse(new TextDecoder().decode(json)) as { project?: { info?: { projectId?: unknown } } })?.project?.info?.projectId;
      if (id !== file.projectId) out.push('project.json names another project');
    }
  } catch {
    // fflate is stricter or looser in places; our parser's own checks are what matter here.
  }
  try {
    const snap = readSnapshot(doc);
    JSON.stringify(snap);
    if (snap.info.projectId !== file.projectId) out.push('readSnapshot reads another projectId');
    for (const name of COLLECTIONS) {
      const read = readers[name] as (id: string, f: Record<string, unknown>) => { id?: unknown };
      collection(doc, name).forEach((rec, id) => {
        if (!(rec instanceof Y.Map)) out.push(`${name}/${id} is not a Y.Map`);
        const r = read(id, fieldsOf(rec));
        if (!r || typeof r !== 'object' || r.id !== id) out.push(`${name}/${id} does not read back`);
      });
    }
  } catch (err) {
    out.push(`reading the document threw: ${String((err as Error)?.message ?? err).slice(0, 200)}`);
  }
  for (const a of file.assets) {
    if (!sniffPictureType(a.bytes)) out.push(`asset ${a.hash.slice(0, 8)} is not a picture`);
    if (createHash('sha256').update(a.bytes).digest('hex') !== a.hash) out.push(`asset ${a.hash.slice(0, 8)} does not match its name`);
  }
  return out;
}

/** The stored project after an accepted import, read back as the app would open it. */
async function storedProblems(projectId: string): Promise<string[]> {
  const out: string[] = [];
  const row = await db().projects.get(projectId);
  if (!row) return ['no project row after the import'];
  if (row.deletedAt) out.push('the project is still deleted after the import');
  if (typeof row.title !== 'string') out.push('the project row has no title');
  const state = await loadUpdates(projectId);
  if (!state) return [...out, 'nothing stored after the import'];
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const m = migrate(doc);
    if (!m.ok) out.push(`the stored project does not open: ${m.error}`);
    const snap = readSnapshot(doc);
    if (snap.info.projectId !== projectId) out.push('the stored project names another id');
  } catch (err) {
    out.push(`the stored project does not read: ${String((err as Error)?.message ?? err).slice(0, 200)}`);
  } finally {
    doc.destroy();
  }
  return out;
}

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const ARRAY_PROTO_KEYS = Object.getOwnPropertyNames(Array.prototype).sort().join(',');

export interface CaseInput {
  readonly index: number;
  readonly mutation: string;
  readonly group: string;
  readonly expect: Expectation;
  readonly seedFile: string;
  readonly bytes: Uint8Array;
}

export async function runCase(input: CaseInput): Promise<CaseResult> {
  if (!baseline) throw new Error('takeBaseline() first');
  const started = performance.now();
  const base = { index: input.index, mutation: input.mutation, group: input.group, expect: input.expect, seedFile: input.seedFile, bytes: input.bytes.length };
  const acceptedBad: string[] = [];
  let crash: string | undefined;
  let outcome: CaseResult['outcome'] = 'refused';
  let error: CaseResult['error'];
  let detail: string | undefined;
  let acceptedId: string | null = null;
  let merged = false;

  try {
    const parsed = await parseBatonFile(input.bytes);
    if (parsed.ok) {
      try {
        acceptedBad.push(...(await documentProblems(parsed.file, input.bytes)));
      } finally {
        parsed.file.doc.destroy();
      }
    }
    merged = parsed.ok && !!(await db().projects.get(parsed.file.projectId));
    const imported = await importBatonFile(input.bytes, `case-${input.index}.baton`);
    if (imported.ok) {
      outcome = 'accepted';
      acceptedId = imported.projectId;
      if (!parsed.ok) acceptedBad.push('the import accepted what the parser refused');
      if (input.expect === 'refuse') acceptedBad.push(`a '${input.mutation}' file must be refused`);
      acceptedBad.push(...(await storedProblems(imported.projectId)));
    } else if (imported.error === 'storage') {
      outcome = 'crash';
      crash = `the import failed with a storage error: ${imported.detail.slice(0, 300)}`;
    } else {
      error = imported.error;
      detail = imported.detail.slice(0, 300);
      if (parsed.ok) acceptedBad.push(`the parser accepted what the import refused (${imported.error})`);
    }
  } catch (err) {
    outcome = 'crash';
    crash = `threw: ${String((err as Error)?.stack ?? err).slice(0, 600)}`;
  }

  if (Object.getOwnPropertyNames(Object.prototype).sort().join(',') !== PROTO_KEYS || ARRAY_PROTO_KEYS !== Object.getOwnPropertyNames(Array.prototype).sort().join(',')) {
    acceptedBad.push('a prototype was polluted');
  }
  if (({} as Record<string, unknown>).polluted !== undefined) acceptedBad.push('Object.prototype.polluted is set');

  const after = await readMachine();
  const changedExisting = compare(baseline, after, outcome === 'accepted' ? acceptedId : null);
  if (outcome === 'accepted' && acceptedId) changedExisting.push(...mergeLost(baseline, after, acceptedId));
  await restore(baseline);
  return {
    ...base,
    outcome,
    ...(error ? { error } : {}),
    ...(detail ? { detail } : {}),
    ...(detail?.startsWith('unexpected:') ? { untyped: true } : {}),
    ...(outcome === 'accepted' ? { merged } : {}),
    ...(crash ? { crash } : {}),
    acceptedBad,
    changedExisting,
    ms: Math.round(performance.now() - started),
  };
}
