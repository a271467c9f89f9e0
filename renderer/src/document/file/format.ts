/**
 * The .baton file: a zip of
 *   project.json   readable and versioned: what Baton wrote, for people and other tools
 *   state.bin      the Yjs state (Y.encodeStateAsUpdate): what import reads, so two copies
 *                  of one project merge without conflicts
 *   assets/<hash>  each picture the document refers to by an `imageHash` field
 * Storage-free: pictures are looked up through a function the caller passes in.
 */
import { zipSync, strToU8, type Zippable } from 'fflate';
import * as Y from 'yjs';
import { readSnapshot, type ProjectSnapshot } from '../projection';
import { COLLECTIONS, collection, SCHEMA_VERSION } from '../schema';

export const BATON_FORMAT = 'baton';
/** The version of the file's layout (not of the document inside it, which is schemaVersion). */
export const FORMAT_VERSION = 1;
export const PROJECT_JSON = 'project.json';
export const STATE_BIN = 'state.bin';
export const ASSETS_DIR = 'assets/';
export { BATON_EXTENSION, BATON_MIME } from './names';

export interface AssetEntry {
  readonly hash: string;
  readonly mime: string;
  readonly bytes: number;
}

export interface ProjectJson {
  readonly format: typeof BATON_FORMAT;
  readonly formatVersion: number;
  readonly schemaVersion: number;
  readonly appVersion: string;
  readonly exportedAt: string;
  readonly project: ProjectSnapshot;
  readonly assets: readonly AssetEntry[];
}

export type AssetLookup = (hash: string) => Promise<{ mime: string; bytes: Uint8Array } | undefined>;

/** Every value of an `imageHash` field anywhere in the document's records. */
export function referencedAssetHashes(doc: Y.Doc): string[] {
  const found = new Set<string>();
  const visit = (v: unknown, depth: number): void => {
    if (depth > 64 || v === null || typeof v !== 'object' || v instanceof Uint8Array) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    for (const [k, x] of Object.entries(v)) {
      if (k === 'imageHash' && typeof x === 'string' && x) found.add(x);
      else visit(x, depth + 1);
    }
  };
  for (const name of COLLECTIONS) visit(collection(doc, name).toJSON(), 0);
  return [...found].sort();
}

export interface BuildOptions {
  readonly appVersion: string;
  readonly now?: Date;
}

export async function buildBatonFile(doc: Y.Doc, getAsset: AssetLookup, opts: BuildOptions): Promise<Uint8Array> {
  const files: Zippable = {};
  const assets: AssetEntry[] = [];
  for (const hash of referencedAssetHashes(doc)) {
    // Only names we would accept on import; a picture that is missing here is simply left out.
    if (!/^[0-9a-f]{64}$/.test(hash)) continue;
    const asset = await getAsset(hash);
    if (!asset) continue;
    assets.push({ hash, mime: asset.mime, bytes: asset.bytes.length });
    files[ASSETS_DIR + hash] = [asset.bytes, { level: 0 }]; // pictures are compressed already
  }
  const json: ProjectJson = {
    format: BATON_FORMAT,
    formatVersion: FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    appVersion: opts.appVersion,
    exportedAt: (opts.now ?? new Date()).toISOString(),
    project: readSnapshot(doc),
    assets,
  };
  // project.json and state.bin first, so a person unzipping it sees them at the top.
  return zipSync({
    [PROJECT_JSON]: [strToU8(JSON.stringify(json, null, 2)), { level: 6 }],
    [STATE_BIN]: [Y.encodeStateAsUpdate(doc), { level: 6 }],
    ...files,
  });
}
