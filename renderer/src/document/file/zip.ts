/**
 * Reading a zip without trusting it. We read the central directory ourselves (rather than
 * fflate's unzipSync) so that every declared size, count and ratio can be checked BEFORE a
 * single byte is inflated, and each entry is then inflated in small steps that stop as soon
 * as it produces more than it declared: a zip bomb costs us a few megabytes, never gigabytes.
 * Pure: no DOM, no storage (the fuzzer runs it in Node).
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflate; anything else is refused before we get here. */
  readonly method: 0 | 8;
  readonly compressedSize: number;
  /** As declared by the directory: checked before inflating, enforced while inflating. */
  readonly size: number;
  readonly crc: number;
  /** Where the entry's compressed bytes start in the archive. */
  readonly dataStart: number;
}

export class ZipError extends Error {
  constructor(
    readonly reason: 'not-a-zip' | 'too-many-entries' | 'damaged' | 'too-large' | 'zip-bomb',
    detail: string,
  ) {
    super(detail);
  }
}

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Lists a zip's entries from its central directory; throws ZipError on anything odd. */
export function readZipDirectory(b: Uint8Array, maxEntries: number): ZipEntry[] {
  if (b.length < 22 || u32(b, 0) !== LOCAL_SIG) throw new ZipError('not-a-zip', 'no local header at start');
  // The end record sits in the last 22 bytes plus at most a 64 KiB comment.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('not-a-zip', 'no end of central directory (truncated?)');
  const count = u16(b, eocd + 10);
  const cdSize = u32(b, eocd + 12);
  const cdOffset = u32(b, eocd + 16);
  if (u16(b, eocd + 4) !== 0 || u16(b, eocd + 6) !== 0 || u16(b, eocd + 8) !== count) {
    throw new ZipError('not-a-zip', 'multi-disk archives are not Baton files');
  }
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError('too-large', 'zip64 archive');
  if (count > maxEntries) throw new ZipError('too-many-entries', `${count} entries`);
  if (cdOffset + cdSize > eocd) throw new ZipError('damaged', 'central directory out of bounds');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || u32(b, p) !== CENTRAL_SIG) throw new ZipError('damaged', `bad directory record ${n}`);
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const crc = u32(b, p + 16);
    const compressedSize = u32(b, p + 20);
    const size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    const localOffset = u32(b, p + 42);
    if (p + 46 + nameLen > eocd) throw new ZipError('damaged', 'name out of bounds');
    let name: string;
    try {
      name = utf8.decode(b.subarray(p + 46, p + 46 + nameLen));
    } catch {
      throw new ZipError('damaged', 'entry name is not UTF-8');
    }
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 1) throw new ZipError('damaged', `${name} is encrypted`);
    if (method !== 0 && method !== 8) throw new ZipError('damaged', `${name} uses compression ${method}`);
    if (compressedSize === 0xffffffff || size === 0xffffffff) throw new ZipError('too-large', 'zip64 entry');
    if (names.has(name)) throw new ZipError('damaged', `${name} appears twice`);
    names.add(name);
    if (localOffset + 30 > cdOffset || u32(b, localOffset) !== LOCAL_SIG) {
      throw new ZipError('damaged', `${name}: bad local header`);
    }
    const dataStart = localOffset + 30 + u16(b, localOffset + 26) + u16(b, localOffset + 28);
    if (dataStart + compressedSize > cdOffset) throw new ZipError('damaged', `${name}: data out of bounds`);
    if (method === 0 && compressedSize !== size) throw new ZipError('damaged', `${name}: stored sizes differ`);
    entries.push({ name, method, compressedSize, size, crc, dataStart });
  }
  return entries;
}

/** Feeding the inflater this much input at a time bounds one step's output to ~4 MB (deflate's
 * best ratio is about 1032:1), so an entry that lies about its size is stopped early. */
const STEP = 4096;

/**
 * Inflates one entry into exactly its declared size, which the caller has already checked.
 * Stops as soon as it would produce more: ZipError('zip-bomb') when that is far more (a
 * bomb that lies in its directory: over a megabyte more, or past `maxRatio` times the packed
 * size), ZipError('damaged') otherwise, and also when it produces less or its checksum is wrong.
 */
export function inflateEntry(
  b: Uint8Array,
  e: ZipEntry,
  limits: { readonly maxRatio: number; readonly ratioFloorBytes: number },
): Uint8Array {
  const input = b.subarray(e.dataStart, e.dataStart + e.compressedSize);
  let out: Uint8Array;
  if (e.method === 0) {
    out = input.slice();
  } else {
    out = new Uint8Array(e.size);
    let written = 0;
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      if (written + chunk.length > e.size) {
        const produced = written + chunk.length;
        const bomb = produced > e.size + limits.ratioFloorBytes || produced > limits.maxRatio * Math.max(1, e.compressedSize);
        throw new ZipError(bomb ? 'zip-bomb' : 'damaged', `${e.name} inflates past its declared size`);
      }
      out.set(chunk, written);
      written += chunk.length;
      if (final) ended = true;
    });
    try {
      for (let i = 0; i < input.length; i += STEP) {
        inflater.push(input.subarray(i, Math.min(input.length, i + STEP)), i + STEP >= input.length);
      }
      if (input.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof ZipError) throw err;
      throw new ZipError('damaged', `${e.name}: ${(err as Error)?.message ?? err}`);
    }
    if (!ended || written !== e.size) throw new ZipError('damaged', `${e.name} is shorter than declared`);
  }
  if (crc32(out) !== e.crc) throw new ZipError('damaged', `${e.name}: checksum mismatch`);
  return out;
}

let crcTable: Uint32Array | undefined;
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
