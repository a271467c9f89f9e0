import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BatonDB, useDatabase, db } from '../../renderer/src/storage/db';
import { checkPicture, fittedSize, pictureSize, sniffPictureType } from '../../renderer/src/domain/pictures';
import { sha256Hex, storePicture } from '../../renderer/src/shared/pictures';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)));
const u32be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const u16le = (n: number) => [n & 255, (n >>> 8) & 255];

const PNG_SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (w: number, h: number) => bytes(PNG_SIG, u32be(13), 'IHDR', u32be(w), u32be(h), [8, 6, 0, 0, 0]);
const gif = (w: number, h: number) => bytes('GIF89a', u16le(w), u16le(h), [0, 0, 0]);
const jpeg = (w: number, h: number) =>
  bytes([0xff, 0xd8], [0xff, 0xe0, 0, 16], 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0], [0xff, 0xc0, 0, 17, 8], [h >> 8, h & 255, w >> 8, w & 255], [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
const webpX = (w: number, h: number) =>
  bytes('RIFF', [0, 0, 0, 0], 'WEBP', 'VP8X', [10, 0, 0, 0], [0, 0, 0, 0], [(w - 1) & 255, ((w - 1) >> 8) & 255, 0], [(h - 1) & 255, ((h - 1) >> 8) & 255, 0]);

describe('picture rules', () => {
  it('knows a picture by its first bytes, not its name', () => {
    expect(sniffPictureType(png(1, 1))).toBe('image/png');
    expect(sniffPictureType(jpeg(1, 1))).toBe('image/jpeg');
    expect(sniffPictureType(gif(1, 1))).toBe('image/gif');
    expect(sniffPictureType(webpX(1, 1))).toBe('image/webp');
    expect(sniffPictureType(bytes('%PDF-1.7 hello'))).toBeNull();
    expect(sniffPictureType(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffPictureType(new Uint8Array())).toBeNull();
  });

  it('reads the size from the header of each type without decoding', () => {
    expect(pictureSize(png(640, 480), 'image/png')).toEqual({ width: 640, height: 480 });
    expect(pictureSize(gif(33, 44), 'image/gif')).toEqual({ width: 33, height: 44 });
    expect(pictureSize(jpeg(1024, 768), 'image/jpeg')).toEqual({ width: 1024, height: 768 });
    expect(pictureSize(webpX(300, 200), 'image/webp')).toEqual({ width: 300, height: 200 });
  });

  it('refuses empty, oversized, non-picture and pixel-bomb files with a reason', () => {
    expect(checkPicture(0, new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    expect(checkPicture(16 * 1024 * 1024, png(10, 10))).toEqual({ ok: false, problem: 'too-large' });
    expect(checkPicture(20, bytes('just some notes.txt'))).toEqual({ ok: false, problem: 'not-a-picture' });
    expect(checkPicture(33, png(40000, 40000))).toEqual({ ok: false, problem: 'too-many-pixels' });
    expect(checkPicture(33, png(0, 10))).toEqual({ ok: false, problem: 'unreadable' });
    expect(checkPicture(33, png(800, 600))).toEqual({ ok: true, type: 'image/png', width: 800, height: 600 });
  });

  it('fits a picture in 512 px without enlarging a small one', () => {
    expect(fittedSize(1024, 768)).toEqual({ width: 512, height: 384 });
    expect(fittedSize(300, 2000)).toEqual({ width: 77, height: 512 });
    expect(fittedSize(64, 64)).toEqual({ width: 64, height: 64 });
  });
});

describe('picture storage', () => {
  let name = '';
  beforeEach(() => {
    name = `pictures-${Math.random()}`;
    useDatabase(new BatonDB(name));
  });
  afterEach(async () => {
    db().close();
    await BatonDB.delete(name);
  });

  it('stores a picture once by the SHA-256 of its bytes, however often it is added', async () => {
    const a = png(2, 2);
    const h1 = await storePicture(a, 'image/png');
    const h2 = await storePicture(png(2, 2), 'image/png');
    expect(h1).toBe(h2);
    expect(h1).toMatch(/^[0-9a-f]{64}$/);
    expect(h1).toBe(await sha256Hex(a));
    expect(await db().assets.count()).toBe(1);
    const h3 = await storePicture(png(3, 2), 'image/png');
    expect(h3).not.toBe(h1);
    expect(await db().assets.count()).toBe(2);
    const row = await db().assets.get(h1);
    expect(row?.mime).toBe('image/png');
    expect(Array.from(row!.bytes)).toEqual(Array.from(a));
  });
});
