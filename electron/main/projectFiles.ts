/**
 * Saving back to the .baton file a project came from (issue 23 item 13). The renderer never
 * names a path: every file the person opened (a dialog, the file manager, Open recent) or
 * picked in Save as… gets an opaque token here, and a save names the token. A token the main
 * process did not hand out writes nothing.
 *
 * Before a save overwrites the file, it checks the file is still the one the renderer last
 * read or wrote (its `FileVersion`): the same size and modification time is enough; when
 * either differs (a sync tool touched it, a colleague saved over it) the content's SHA-256
 * decides, so a file rewritten with the same bytes is not a conflict. The write itself is
 * atomic (files.ts: a temporary file renamed over the target), so a crash leaves the old
 * file or the new one. The check and the rename are not one step: a write by another
 * program in the milliseconds between them is not seen (no portable file lock exists).
 *
 * No `electron` import: tested against a temporary folder (test/unit/electron-project-files.test.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileVersion, SaveToFileResult } from '../../renderer/src/platform/contract';
import { MAX_FILE_BYTES } from './constants';
import { FileRefusedError, atomicWriteFile } from './files';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The version of `data` as it now lies on disk at `file`. */
async function versionOnDisk(file: string, data: Uint8Array): Promise<FileVersion> {
  const info = await stat(file);
  return { mtimeMs: info.mtimeMs, size: info.size, sha256: sha256(data) };
}

/** A well-formed version from the renderer, or null. */
export function checkFileVersion(value: unknown): FileVersion | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.mtimeMs !== 'number' || !Number.isFinite(v.mtimeMs)) return null;
  if (typeof v.size !== 'number' || !Number.isInteger(v.size) || v.size < 0) return null;
  if (typeof v.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(v.sha256)) return null;
  return { mtimeMs: v.mtimeMs, size: v.size, sha256: v.sha256 };
}

const TOKEN = /^[0-9a-f]{32}$/;

export interface ReadProjectFile {
  readonly name: string;
  readonly data: Uint8Array;
  readonly token: string;
  readonly version: FileVersion;
}

/** The allow-list of project files of this run of the app: token → path. */
export class ProjectFiles {
  private readonly paths = new Map<string, string>();
  private readonly tokens = new Map<string, string>();

  constructor(private readonly caseInsensitive = process.platform === 'win32' || process.platform === 'darwin') {}

  /** The token of `file`, handed out once per path (the same file opened twice shares it). */
  grant(file: string): string {
    const resolved = path.resolve(file);
    const key = this.caseInsensitive ? resolved.toLowerCase() : resolved;
    let token = this.tokens.get(key);
    if (!token) {
      token = randomBytes(16).toString('hex');
      this.tokens.set(key, token);
      this.paths.set(token, resolved);
    }
    return token;
  }

  /** The path behind a token, or null for anything this process did not hand out. */
  pathOf(token: unknown): string | null {
    return typeof token === 'string' && TOKEN.test(token) ? (this.paths.get(token) ?? null) : null;
  }

  /** Reads a project file (at most `limit` bytes) and grants it: its bytes, token and version. */
  async read(file: string, limit = MAX_FILE_BYTES): Promise<ReadProjectFile> {
    const handle = await open(file, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new FileRefusedError(`${path.basename(file)} is not a file.`);
      const tooLarge = () =>
        new FileRefusedError(`${path.basename(file)} is larger than ${Math.round(limit / 1024 / 1024)} MB.`);
      if (info.size > limit) throw tooLarge();
      const buf = await handle.readFile();
      if (buf.byteLength > limit) throw tooLarge();
      const data = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      return {
        name: path.basename(file),
        data,
        token: this.grant(file),
        // The handle's stat: the time of the bytes read, not of a later write by someone else.
        version: { mtimeMs: info.mtimeMs, size: data.byteLength, sha256: sha256(data) },
      };
    } finally {
      await handle.close();
    }
  }

  /**
   * Writes `data` over the file behind `token` when the file on disk is still `expected`
   * (null: overwrite whatever is there, the person chose to). A missing file is written again
   * only when overwriting.
   */
  async save(token: unknown, data: Uint8Array, expected: FileVersion | null): Promise<SaveToFileResult> {
    const file = this.pathOf(token);
    if (!file) return { ok: false, reason: 'unknown-file' };
    if (expected) {
      const conflict = await this.conflict(file, expected);
      if (conflict) return { ok: false, reason: conflict };
    }
    await atomicWriteFile(file, data);
    return { ok: true, name: path.basename(file), version: await versionOnDisk(file, data) };
  }

  /** Grants a file the person picked in Save as… and writes it. */
  async saveAs(file: string, data: Uint8Array): Promise<{ token: string; name: string; version: FileVersion }> {
    await atomicWriteFile(file, data);
    return { token: this.grant(file), name: path.basename(file), version: await versionOnDisk(file, data) };
  }

  /** Why the file on disk is not `expected` any more, or null when it still is. */
  private async conflict(file: string, expected: FileVersion): Promise<'changed' | 'missing' | null> {
    let info;
    try {
      info = await stat(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
      throw err;
    }
    if (!info.isFile()) return 'changed';
    if (info.size === expected.size && info.mtimeMs === expected.mtimeMs) return null;
    if (info.size !== expected.size || info.size > MAX_FILE_BYTES) return 'changed';
    // Same size, another time: read it and compare the content.
    const handle = await open(file, 'r');
    try {
      return sha256(await handle.readFile()) === expected.sha256 ? null : 'changed';
    } finally {
      await handle.close();
    }
  }
}
