/**
 * A tiny zip writer with every field under the fuzzer's control (fflate's zipSync makes only
 * honest zips): declared sizes that lie, duplicate names, odd methods and flags, comments.
 */
import { deflateSync, strToU8, unzipSync } from 'fflate';
import { crc32 } from '../../renderer/src/document/file/zip';

export interface RawEntry {
  name: string | Uint8Array;
  /** The bytes as stored in the archive (already deflated when method is 8). */
  stored: Uint8Array;
  method: number;
  crc: number;
  /** Declared uncompressed size. */
  size: number;
  /** Declared compressed size (default: stored.length). */
  compressedSize?: number;
  flags?: number;
}

/** An honest entry: deflated (level 6) or stored. */
export function entry(name: string, data: Uint8Array, deflate = true): RawEntry {
  return deflate
    ? { name, stored: deflateSync(data, { level: 6 }), method: 8, crc: crc32(data), size: data.length }
    : { name, stored: data, method: 0, crc: crc32(data), size: data.length };
}

export function writeZip(entries: readonly RawEntry[], comment: Uint8Array = new Uint8Array(0)): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = typeof e.name === 'string' ? strToU8(e.name) : e.name;
    const compressedSize = e.compressedSize ?? e.stored.length;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, e.flags ?? 0x800, true);
    lv.setUint16(8, e.method, true);
    lv.setUint16(10, 0, true);
    lv.setUint16(12, 0x5a2f, true); // a fixed date (2025-01-15)
    lv.setUint32(14, e.crc >>> 0, true);
    lv.setUint32(18, compressedSize >>> 0, true);
    lv.setUint32(22, e.size >>> 0, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, 0, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, e.flags ?? 0x800, true);
    cv.setUint16(10, e.method, true);
    cv.setUint16(12, 0, true);
    cv.setUint16(14, 0x5a2f, true);
    cv.setUint32(16, e.crc >>> 0, true);
    cv.setUint32(20, compressedSize >>> 0, true);
    cv.setUint32(24, e.size >>> 0, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    parts.push(local, e.stored);
    central.push(cd);
    offset += local.length + e.stored.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22 + comment.length);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  ev.setUint16(20, comment.length, true);
  eocd.set(comment, 22);
  return concat([...parts, ...central, eocd]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The entries of an honest zip, in order. */
export function readEntries(bytes: Uint8Array): { name: string; data: Uint8Array }[] {
  return Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, data }));
}

/** Where the records of a zip are (for field-level corruption of an honest zip). */
export interface ZipLayout {
  readonly eocd: number;
  readonly central: readonly number[];
  readonly locals: readonly number[];
}

export function layoutOf(b: Uint8Array): ZipLayout {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let eocd = -1;
  for (let i = b.length - 22; i >= 0; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const central: number[] = [];
  const locals: number[] = [];
  for (let n = 0; n < count; n++) {
    central.push(p);
    locals.push(dv.getUint32(p + 42, true));
    p += 46 + dv.getUint16(p + 28, true) + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return { eocd, central, locals };
}
