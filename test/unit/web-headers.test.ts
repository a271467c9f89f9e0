/**
 * One Content-Security-Policy, one set of security headers and one MIME table (web/headers.mjs)
 * for Baton's three file servers: the desktop app's app:// protocol, the live session's server
 * and scripts/serve.mjs. Nobody else writes the policy; the page's <meta> tag repeats it.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAppFile } from '../../electron/main/appFiles';
import { resolveFile, SECURITY_HEADERS as LIVE_HEADERS } from '../../live/server/files';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  MIME_TYPES,
  SECURITY_HEADERS,
  contentTypeFor,
} from '../../web/headers.mjs';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'baton-web-'));
  await mkdir(path.join(root, 'assets'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html>');
  await writeFile(path.join(root, 'assets', 'app.manifest.webmanifest'), '{}');
  await writeFile(path.join(root, 'assets', 'a.WOFF2'), 'x');
  await writeFile(path.join(root, 'assets', 'x.unknown'), 'x');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('web/headers.mjs', () => {
  it('is the policy with frame-ancestors as a header, and without it for <meta>', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('gives each file the type of its extension, whatever its case, and bytes for the rest', () => {
    expect(contentTypeFor('/a/index.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('C:\\b\\x.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/a/.bashrc')).toBe('application/octet-stream');
    expect(contentTypeFor('/a/README')).toBe('application/octet-stream');
    expect(contentTypeFor('/a/x.toString')).toBe('application/octet-stream');
    expect(contentTypeFor('/a/x.constructor')).toBe('application/octet-stream');
    expect(Object.isFrozen(MIME_TYPES) && Object.isFrozen(SECURITY_HEADERS)).toBe(true);
  });

  it('is what the desktop app and the live session send, types included', async () => {
    const app = await serveAppFile(root, 'app://baton/assets/a.WOFF2');
    expect(app.headers).toMatchObject(SECURITY_HEADERS);
    expect(app.headers['Content-Type']).toBe('font/woff2');
    expect((await serveAppFile(root, 'app://baton/missing')).headers).toMatchObject(SECURITY_HEADERS);
    expect(LIVE_HEADERS).toBe(SECURITY_HEADERS);
    for (const [file, type] of [
      ['/assets/app.manifest.webmanifest', 'application/manifest+json'],
      ['/assets/a.WOFF2', 'font/woff2'],
      ['/assets/x.unknown', 'application/octet-stream'],
      ['/', 'text/html; charset=utf-8'],
    ] as const) {
      const live = await resolveFile(root, file);
      expect(live.status === 200 && live.type, file).toBe(type);
      expect((await serveAppFile(root, `app://baton${file}`)).headers['Content-Type'], file).toBe(type);
    }
  });

  it('is the page’s own <meta> tag', async () => {
    const html = await readFile('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
  });

  it('is the only place that writes a policy or a MIME table', async () => {
    const writers: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const e of await readdir(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) await walk(p);
        else if (/\.(ts|tsx|mjs|js)$/.test(e.name) && p !== path.join('web', 'headers.mjs')) {
          const text = await readFile(p, 'utf8');
          if (/default-src|frame-ancestors|['"]\.(js|html)['"]\s*:/.test(text)) writers.push(p);
        }
      }
    };
    for (const dir of ['electron', 'live', 'scripts', 'renderer', 'web']) await walk(dir);
    expect(writers).toEqual([]);
  });
});
