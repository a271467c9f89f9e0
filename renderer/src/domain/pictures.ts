/**
 * Rules for pictures people drop on a persona: which files are pictures (by their first bytes,
 * not their name), how big they may be, and how large they are before decoding them. Pure.
 */

export const PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type PictureType = (typeof PICTURE_TYPES)[number];

export const PICTURE_LIMITS = {
  /** Largest file accepted, before resizing. */
  maxBytes: 15 * 1024 * 1024,
  /** Stored pictures fit in this many pixels on their longer side. */
  maxSide: 512,
  /** Pictures with more pixels than this are refused before decoding (a "pixel bomb"). */
  maxPixels: 80_000_000,
} as const;

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, at: number, len: number) => String.fromCharCode(...b.subarray(at, at + len));

/** The picture type of a file from its magic bytes, or null when it is none we accept. */
export function sniffPictureType(b: Uint8Array): PictureType | null {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'image/webp';
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'image/gif';
  return null;
}

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, i: number) => u16le(b, i) | ((b[i + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, i: number) => u16be(b, i) * 65536 + u16be(b, i + 2);

/** Width and height read from the file's header, without decoding it; null when unreadable. */
export function pictureSize(b: Uint8Array, type: PictureType): { width: number; height: number } | null {
  let size: { width: number; height: number } | null = null;
  if (type === 'image/png' && b.length >= 24 && ascii(b, 12, 4) === 'IHDR') {
    size = { width: u32be(b, 16), height: u32be(b, 20) };
  } else if (type === 'image/gif' && b.length >= 10) {
    size = { width: u16le(b, 6), height: u16le(b, 8) };
  } else if (type === 'image/webp' && b.length >= 30) {
    const chunk = ascii(b, 12, 4);
    if (chunk === 'VP8X') size = { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
    else if (chunk === 'VP8L') {
      const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24);
      size = { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    } else if (chunk === 'VP8 ') size = { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  } else if (type === 'image/jpeg') {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return null;
      const marker = b[i + 1] ?? 0;
      if (marker === 0xff) {
        i += 1; // fill byte
        continue;
      }
      const len = u16be(b, i + 2);
      // Start-of-frame markers (not DHT C4, JPG C8, DAC CC) carry the height and width.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        size = { height: u16be(b, i + 5), width: u16be(b, i + 7) };
        break;
      }
      if (len < 2) return null;
      i += 2 + len;
    }
  }
  return size && size.width > 0 && size.height > 0 ? size : null;
}

export type PictureCheck =
  | { ok: true; type: PictureType; width: number; height: number }
  | { ok: false; problem: 'empty' | 'too-large' | 'not-a-picture' | 'unreadable' | 'too-many-pixels' };

/** Checks a file's size and first bytes. `bytes` may be only the start of the file. */
export function checkPicture(byteLength: number, bytes: Uint8Array): PictureCheck {
  if (byteLength === 0) return { ok: false, problem: 'empty' };
  if (byteLength > PICTURE_LIMITS.maxBytes) return { ok: false, problem: 'too-large' };
  const type = sniffPictureType(bytes);
  if (!type) return { ok: false, problem: 'not-a-picture' };
  const size = pictureSize(bytes, type);
  if (!size) return { ok: false, problem: 'unreadable' };
  if (size.width * size.height > PICTURE_LIMITS.maxPixels) return { ok: false, problem: 'too-many-pixels' };
  return { ok: true, type, ...size };
}

/** The size a picture is stored at: fits in maxSide, never enlarged. */
export function fittedSize(width: number, height: number, maxSide: number = PICTURE_LIMITS.maxSide) {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
