import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, serveAppFile } from '../../electron/main/appFiles';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/constants';
import {
  FileRefusedError,
  atomicWriteFile,
  readFileLimited,
  whenWritesSettled,
} from '../../electron/main/files';
import {
  addRecent,
  loadRecentList,
  parseRecentList,
  removeRecent,
  saveRecentList,
} from '../../electron/main/recent';

let dir = '';
let root = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-files-'));
  root = path.join(dir, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Baton</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'style.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'blob.xyz'), 'x');
  await writeFile(path.join(dir, 'secret.txt'), 'do not serve');
  await mkdir(path.join(dir, 'renderer-evil'));
  await writeFile(path.join(dir, 'renderer-evil', 'index.html'), 'evil');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('serveAppFile (what app:// answers)', () => {
  it('serves index.html for / and for its own name, with the CSP and the right type', async () => {
    for (const url of ['app://baton/', 'app://baton/index.html']) {
      const r = await serveAppFile(root, url);
      expect(r.status).toBe(200);
      expect(new TextDecoder().decode(r.body!)).toContain('<title>Baton</title>');
      expect(r.headers['Content-Type']).toBe('text/html; charset=utf-8');
      expect(r.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });

  it('serves assets with their MIME types', async () => {
    expect(
      (await serveAppFile(root, 'app://baton/assets/index-abc.js')).headers['Content-Type'],
    ).toBe('text/javascript; charset=utf-8');
    expect((await serveAppFile(root, 'app://baton/assets/style.css')).headers['Content-Type']).toBe(
      'text/css; charset=utf-8',
    );
    expect((await serveAppFile(root, 'app://baton/assets/blob.xyz')).headers['Content-Type']).toBe(
      'application/octet-stream',
    );
  });

  it.each([
    'app://baton/missing.js',
    'app://baton/assets',
    'app://baton/..%2fsecret.txt',
    'app://baton/%2e%2e%2fsecret.txt',
    'app://baton/assets%2f..%2f..%2fsecret.txt',
    'app://baton/..%2frenderer-evil%2findex.html',
    'app://baton/index.html%00',
    'app://evil/index.html',
    'app://baton.evil.com/index.html',
  ])('answers 404 to %s', async (url) => {
    const r = await serveAppFile(root, url);
    expect(r.status).toBe(404);
    expect(r.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('keeps dot segments inside the folder', async () => {
    const r = await serveAppFile(root, 'app://baton/../../secret.txt');
    expect(r.status).toBe(404); // resolved to <root>/secret.txt, which does not exist
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await serveAppFile(root, 'app://baton/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect((await serveAppFile(root, 'app://baton/index.html', 'POST')).status).toBe(405);
  });

  it('knows the usual types', () => {
    expect(contentTypeFor('a.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('noext')).toBe('application/octet-stream');
  });
});

describe('atomicWriteFile', () => {
  it('replaces a file in one step and leaves no temporary file behind', async () => {
    const target = path.join(dir, 'out', 'project.baton');
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, 'old');
    await atomicWriteFile(target, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    expect(await readdir(path.dirname(target))).toEqual(['project.baton']);
  });

  it('rejects when the folder does not exist', async () => {
    await expect(atomicWriteFile(path.join(dir, 'nope', 'x.baton'), 'x')).rejects.toThrow();
    await whenWritesSettled();
  });

  it('removes its temporary file when the rename fails', async () => {
    const folder = path.join(dir, 'rename-fails');
    await mkdir(path.join(folder, 'target.baton', 'inside'), { recursive: true }); // a folder in the way
    await expect(atomicWriteFile(path.join(folder, 'target.baton'), 'x')).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['target.baton']);
  });

  it('lets quitting wait for writes in flight', async () => {
    const target = path.join(dir, 'pending.json');
    void atomicWriteFile(target, '{"a":1}');
    await whenWritesSettled();
    expect(await readFile(target, 'utf8')).toBe('{"a":1}');
  });
});

describe('readFileLimited', () => {
  it('reads a file as a Uint8Array', async () => {
    const f = path.join(dir, 'small.baton');
    await writeFile(f, Buffer.from([9, 8, 7]));
    const data = await readFileLimited(f);
    expect(data).toBeInstanceOf(Uint8Array);
    expect([...data]).toEqual([9, 8, 7]);
  });

  it('refuses files over the limit, and folders', async () => {
    const f = path.join(dir, 'big.baton');
    await writeFile(f, Buffer.alloc(1025));
    await expect(readFileLimited(f, 1024)).rejects.toBeInstanceOf(FileRefusedError);
    await expect(readFileLimited(f, 1024)).rejects.toThrow('big.baton is larger than');
    await expect(readFileLimited(root)).rejects.toBeInstanceOf(FileRefusedError);
  });

  it('passes on "file not found"', async () => {
    await expect(readFileLimited(path.join(dir, 'missing.baton'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe('recent files', () => {
  it('puts the newest first, without duplicates, at most ten', () => {
    let list: string[] = [];
    for (let i = 0; i < 12; i++) list = addRecent(list, `/p/${i}.baton`, false);
    expect(list).toHaveLength(10);
    expect(list[0]).toBe('/p/11.baton');
    list = addRecent(list, '/p/5.baton', false);
    expect(list[0]).toBe('/p/5.baton');
    expect(list.filter((p) => p === '/p/5.baton')).toHaveLength(1);
  });

  it('treats letter case as the same file where the file system does', () => {
    expect(addRecent(['C:\\A.baton'], 'c:\\a.baton', true)).toEqual(['c:\\a.baton']);
    expect(addRecent(['/A.baton'], '/a.baton', false)).toEqual(['/a.baton', '/A.baton']);
  });

  it('removes, parses and persists', async () => {
    expect(removeRecent(['/a', '/b'], '/a')).toEqual(['/b']);
    expect(parseRecentList(['/a', 3, null, '', '/b'])).toEqual(['/a', '/b']);
    expect(parseRecentList({})).toEqual([]);
    const f = path.join(dir, 'recent-files.json');
    await saveRecentList(f, ['/x.baton']);
    expect(await loadRecentList(f)).toEqual(['/x.baton']);
    expect(await loadRecentList(path.join(dir, 'none.json'))).toEqual([]);
  });
});
