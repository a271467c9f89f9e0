/**
 * platform/fileAccess.ts, the renderer's side of saving back to a file: the desktop's token
 * calls and a browser's file handle (faked here; files-save.spec.ts runs the real one in
 * Chromium). A changed file is never written over unless asked; a touched one is no conflict.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BatonDesktopApi, FileVersion } from '../../renderer/src/platform/contract';
import { chooseSaveTarget, ensureWritable, linkOfOpened, pickProjectFile, saveBack, type FileLink } from '../../renderer/src/platform/fileAccess';

afterEach(() => vi.unstubAllGlobals());

const version: FileVersion = { mtimeMs: 1, size: 3, sha256: 'a'.repeat(64) };
const bytes = (s: string) => new TextEncoder().encode(s);

/** A file handle over one in-memory file that "someone else" can write to. */
function fakeHandle(name: string, content: string, permission: PermissionState = 'granted') {
  const disk: { data: Uint8Array; lastModified: number; gone: boolean } = { data: bytes(content), lastModified: 1000, gone: false };
  const handle = {
    kind: 'file' as const,
    name,
    async getFile() {
      if (disk.gone) throw new DOMException('gone', 'NotFoundError');
      return new File([disk.data as BlobPart], name, { lastModified: disk.lastModified });
    },
    async createWritable() {
      const chunks: Uint8Array[] = [];
      return {
        async write(d: BufferSource | Blob) {
          chunks.push(d as Uint8Array);
        },
        async close() {
          disk.data = chunks[0]!;
          disk.lastModified += 1000;
          disk.gone = false;
        },
      };
    },
    queryPermission: async () => permission,
    requestPermission: vi.fn(async () => permission),
  };
  return { handle, disk };
}

describe('in the desktop shell', () => {
  it('links a file the shell opened by its token, and saves back through it', async () => {
    const saveToFile = vi.fn<NonNullable<BatonDesktopApi['saveToFile']>>(async () => ({ ok: true, name: 'Q3.baton', version: { ...version, size: 9 } }));
    vi.stubGlobal('window', { baton: { saveToFile } });
    const link = linkOfOpened({ name: 'Q3.baton', data: bytes('abc'), file: { token: 't1', version } })!;
    expect(link).toMatchObject({ kind: 'desktop', token: 't1' });
    expect(linkOfOpened({ name: 'x.csv', data: bytes('') })).toBeUndefined();
    const data = bytes('new');
    const r = await saveBack(link, data, false);
    expect(saveToFile).toHaveBeenCalledWith('t1', data, version);
    expect(r).toMatchObject({ ok: true, link: { token: 't1', version: { size: 9 } } });
    await saveBack(link, data, true);
    expect(saveToFile).toHaveBeenLastCalledWith('t1', data, null);
  });

  it('answers changed as it is, and an unknown token as unavailable (Save as… then)', async () => {
    const saveToFile = vi.fn<NonNullable<BatonDesktopApi['saveToFile']>>();
    vi.stubGlobal('window', { baton: { saveToFile } });
    const link: FileLink = { kind: 'desktop', name: 'Q3.baton', token: 't1', version };
    saveToFile.mockResolvedValueOnce({ ok: false, reason: 'changed' });
    expect(await saveBack(link, bytes('x'), false)).toEqual({ ok: false, reason: 'changed' });
    saveToFile.mockResolvedValueOnce({ ok: false, reason: 'unknown-file' });
    expect(await saveBack(link, bytes('x'), false)).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('Save as… goes through the shell’s dialog, which answers the new token', async () => {
    const saveFileAs = vi.fn(async () => ({ name: 'B.baton', token: 't2', version }));
    vi.stubGlobal('window', { baton: { saveFileAs } });
    const download = vi.fn(async () => true);
    const target = await chooseSaveTarget('B.baton', download);
    expect(await target!.write(bytes('x'))).toMatchObject({ name: 'B.baton', link: { kind: 'desktop', token: 't2' } });
    expect(download).not.toHaveBeenCalled();
  });
});

describe('in a browser with the File System Access API', () => {
  it('writes over the file it opened, and then again', async () => {
    const { handle, disk } = fakeHandle('A.baton', 'one');
    vi.stubGlobal('window', { showOpenFilePicker: async () => [handle] });
    const picked = await pickProjectFile(async () => null);
    expect(picked?.name).toBe('A.baton');
    const first = await saveBack(picked!.link!, bytes('two'), false);
    expect(first.ok).toBe(true);
    expect(new TextDecoder().decode(disk.data)).toBe('two');
    if (!first.ok) throw new Error('not saved');
    expect((await saveBack(first.link, bytes('three'), false)).ok).toBe(true);
    expect(new TextDecoder().decode(disk.data)).toBe('three');
  });

  it('does not write over a file someone changed, unless asked; a touched one is no conflict', async () => {
    const { handle, disk } = fakeHandle('A.baton', 'one');
    vi.stubGlobal('window', { showOpenFilePicker: async () => [handle] });
    const { link } = (await pickProjectFile(async () => null))!;
    disk.data = bytes('ONE'); // same size, new content, new time
    disk.lastModified = 5000;
    expect(await saveBack(link!, bytes('mine'), false)).toEqual({ ok: false, reason: 'changed' });
    expect(new TextDecoder().decode(disk.data)).toBe('ONE');
    expect((await saveBack(link!, bytes('mine'), true)).ok).toBe(true);
    expect(new TextDecoder().decode(disk.data)).toBe('mine');

    const touched = fakeHandle('B.baton', 'same');
    vi.stubGlobal('window', { showOpenFilePicker: async () => [touched.handle] });
    const b = (await pickProjectFile(async () => null))!;
    touched.disk.lastModified = 9000; // only the time moved
    expect((await saveBack(b.link!, bytes('mine'), false)).ok).toBe(true);
  });

  it('says missing for a file that is gone, and denied without permission', async () => {
    const { handle, disk } = fakeHandle('A.baton', 'one');
    vi.stubGlobal('window', { showOpenFilePicker: async () => [handle] });
    const { link } = (await pickProjectFile(async () => null))!;
    disk.gone = true;
    expect(await saveBack(link!, bytes('x'), false)).toEqual({ ok: false, reason: 'missing' });

    const locked = fakeHandle('L.baton', 'one', 'denied');
    const lockedLink: FileLink = { kind: 'browser', name: 'L.baton', handle: locked.handle, version: { lastModified: 1000, size: 3, sha256: '' } };
    expect(await ensureWritable(lockedLink)).toBe(false);
    expect(locked.handle.requestPermission).toHaveBeenCalled();
    expect(await saveBack(lockedLink, bytes('x'), false)).toEqual({ ok: false, reason: 'denied' });
    expect(new TextDecoder().decode(locked.disk.data)).toBe('one');
  });

  it('a closed picker is a cancel; a picker that cannot show falls back to the file chooser', async () => {
    const fallback = vi.fn(async () => ({ name: 'in.baton', data: bytes('x') }));
    vi.stubGlobal('window', { showOpenFilePicker: async () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError')) });
    expect(await pickProjectFile(fallback)).toBeNull();
    expect(fallback).not.toHaveBeenCalled();
    // Chromium under a DevTools-protocol client that answers only <input> choosers.
    vi.stubGlobal('window', {
      showOpenFilePicker: async () =>
        Promise.reject(new DOMException("Failed to execute 'showOpenFilePicker' on 'Window': Intercepted by Page.setInterceptFileChooserDialog().", 'AbortError')),
    });
    expect(await pickProjectFile(fallback)).toEqual({ name: 'in.baton', data: bytes('x') });
    vi.stubGlobal('window', { showOpenFilePicker: async () => Promise.reject(new DOMException('no', 'SecurityError')) });
    expect((await pickProjectFile(fallback))?.link).toBeUndefined();
    expect(fallback).toHaveBeenCalledTimes(2);
  });

  it('without the API, Save as… downloads', async () => {
    vi.stubGlobal('window', {});
    const download = vi.fn(async () => true);
    const target = await chooseSaveTarget('A.baton', download);
    expect(await target!.write(bytes('x'))).toEqual({ name: 'A.baton' });
    expect(download).toHaveBeenCalled();
  });
});
