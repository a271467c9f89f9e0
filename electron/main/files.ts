/**
 * Disk access of the main process: atomic writes and size-limited reads. No `electron`
 * import (tested in test/unit/electron-files.test.ts against a temporary folder).
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_FILE_BYTES } from './constants';

/** Writes still in flight, so that quitting can wait for them (see whenWritesSettled). */
const pending = new Set<Promise<unknown>>();

/**
 * Writes `data` to `target` atomically: into a temporary file in the same folder (so the
 * rename never crosses file systems), then renamed over the target. A crash or a full disk
 * leaves either the old file or the new one, never half of each. On Windows, Node's rename
 * replaces an existing file too.
 */
export function atomicWriteFile(target: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const job = (async () => {
    try {
      // 'wx': never follow or reuse an existing file at the temporary name.
      await writeFile(temp, data, { flag: 'wx' });
      await rename(temp, target);
    } catch (err) {
      await rm(temp, { force: true }).catch(() => undefined);
      throw err;
    }
  })();
  pending.add(job);
  void job.catch(() => undefined).finally(() => pending.delete(job));
  return job;
}

/** Resolves once every write started so far has finished (successfully or not). */
export async function whenWritesSettled(): Promise<void> {
  await Promise.allSettled([...pending]);
}

/** Thrown for files Baton will not read; its message is meant for the user. */
export class FileRefusedError extends Error {
  override readonly name = 'FileRefusedError';
}

/**
 * Reads a regular file of at most `limit` bytes. The size is checked on the open handle
 * before reading, so an oversized file is never loaded into memory.
 */
export async function readFileLimited(file: string, limit = MAX_FILE_BYTES): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new FileRefusedError(`${path.basename(file)} is not a file.`);
    if (info.size > limit) {
      throw new FileRefusedError(
        `${path.basename(file)} is larger than ${Math.round(limit / 1024 / 1024)} MB.`,
      );
    }
    const data = await handle.readFile();
    // The file could have grown between stat and read.
    if (data.byteLength > limit) {
      throw new FileRefusedError(
        `${path.basename(file)} is larger than ${Math.round(limit / 1024 / 1024)} MB.`,
      );
    }
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  } finally {
    await handle.close();
  }
}
