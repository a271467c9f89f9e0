/**
 * Saving back to an opened .baton file (electron/main/projectFiles.ts) against a temporary
 * folder: only files handed a token are written, a file changed on disk is a conflict (not
 * overwritten), one rewritten with the same bytes is not, and the write leaves no temp file.
 */
import { mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFiles, checkFileVersion } from '../../electron/main/projectFiles';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-project-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (s: string) => new TextEncoder().encode(s);
const text = async (file: string) => (await readFile(file)).toString('utf8');

async function opened(name = 'Q3.baton', content = 'first') {
  const file = path.join(dir, name);
  await writeFile(file, content);
  const files = new ProjectFiles(false);
  return { file, files, read: await files.read(file) };
}

describe('ProjectFiles', () => {
  it('reads a file with an opaque token and its version', async () => {
    const { read } = await opened();
    expect(read.name).toBe('Q3.baton');
    expect(new TextDecoder().decode(read.data)).toBe('first');
    expect(read.token).toMatch(/^[0-9a-f]{32}$/);
    expect(read.token).not.toContain('Q3');
    expect(read.version.size).toBe(5);
    expect(read.version.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('saves back to the opened file, atomically, and answers the new version', async () => {
    const { file, files, read } = await opened();
    const result = await files.save(read.token, bytes('second, longer'), read.version);
    expect(result).toMatchObject({ ok: true, name: 'Q3.baton' });
    expect(await text(file)).toBe('second, longer');
    expect(await readdir(dir)).toEqual(['Q3.baton']); // no temporary file left
    // The new version is the next save's expectation: no conflict with itself.
    if (!result.ok) throw new Error('not saved');
    expect(result.version.size).toBe(14);
    expect(await files.save(read.token, bytes('third'), result.version)).toMatchObject({ ok: true });
    expect(await text(file)).toBe('third');
  });

  it('refuses a file changed on disk since it was read, and leaves it as it is', async () => {
    const { file, files, read } = await opened();
    await writeFile(file, 'a colleague saved this');
    expect(await files.save(read.token, bytes('mine'), read.version)).toEqual({ ok: false, reason: 'changed' });
    expect(await text(file)).toBe('a colleague saved this');
  });

  it('sees a change of the same size and a new time by its content', async () => {
    const { file, files, read } = await opened();
    await writeFile(file, 'FIRST');
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    expect(await files.save(read.token, bytes('mine'), read.version)).toEqual({ ok: false, reason: 'changed' });
  });

  it('is no conflict when the file was only touched (same bytes, a new time)', async () => {
    const { file, files, read } = await opened();
    await writeFile(file, 'first');
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    expect(await files.save(read.token, bytes('mine'), read.version)).toMatchObject({ ok: true });
    expect(await text(file)).toBe('mine');
  });

  it('overwrites a changed file when asked to (expected null)', async () => {
    const { file, files, read } = await opened();
    await writeFile(file, 'theirs');
    expect(await files.save(read.token, bytes('mine'), null)).toMatchObject({ ok: true });
    expect(await text(file)).toBe('mine');
  });

  it('says when the file is gone, and writes it again only when asked', async () => {
    const { file, files, read } = await opened();
    await rm(file);
    expect(await files.save(read.token, bytes('mine'), read.version)).toEqual({ ok: false, reason: 'missing' });
    expect(await readdir(dir)).toEqual([]);
    expect(await files.save(read.token, bytes('mine'), null)).toMatchObject({ ok: true });
    expect(await text(file)).toBe('mine');
  });

  it('writes nothing for a token it did not hand out, nor for a path', async () => {
    const { files, read } = await opened();
    for (const token of ['0'.repeat(32), path.join(dir, 'Q3.baton'), '../x', 42, undefined]) {
      expect(await files.save(token, bytes('x'), null)).toEqual({ ok: false, reason: 'unknown-file' });
    }
    expect(await files.save(read.token.toUpperCase(), bytes('x'), null)).toEqual({ ok: false, reason: 'unknown-file' });
    expect(await readdir(dir)).toEqual(['Q3.baton']);
  });

  it('grants the file picked in Save as… and saves back to it', async () => {
    const files = new ProjectFiles(false);
    const target = path.join(dir, 'New plan.baton');
    const saved = await files.saveAs(target, bytes('as'));
    expect(saved.name).toBe('New plan.baton');
    expect(await text(target)).toBe('as');
    expect(files.pathOf(saved.token)).toBe(target);
    expect(await files.save(saved.token, bytes('again'), saved.version)).toMatchObject({ ok: true });
    expect(await text(target)).toBe('again');
  });

  it('hands the same file one token (in another letter case too where paths ignore case)', async () => {
    const files = new ProjectFiles(true);
    expect(files.grant(path.join(dir, 'A.baton'))).toBe(files.grant(path.join(dir, 'a.baton')));
    expect(new ProjectFiles(false).grant('/x/A.baton')).not.toBe(new ProjectFiles(false).grant('/x/A.baton'));
  });
});

describe('checkFileVersion', () => {
  it('accepts a version and refuses anything else', () => {
    const ok = { mtimeMs: 1.5, size: 3, sha256: 'a'.repeat(64) };
    expect(checkFileVersion({ ...ok, extra: 1 })).toEqual(ok);
    for (const bad of [null, 'v', { ...ok, size: -1 }, { ...ok, size: 1.5 }, { ...ok, mtimeMs: NaN }, { ...ok, sha256: 'xyz' }]) {
      expect(checkFileVersion(bad)).toBeNull();
    }
  });
});
