/**
 * Which text encoding a CRM export is in, from its first bytes, and a decoder for it. HubSpot
 * and Salesforce write UTF-8 (with or without a byte-order mark); Excel re-saves "Unicode text"
 * as UTF-16 LE with a mark, and a European "CSV (semicolon)" as Windows-1252. Decoding is done
 * by the platform's TextDecoder in streaming mode, so a character split between two chunks of
 * a large file is never broken.
 */

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type CrmEncoding = (typeof ENCODINGS)[number];

export interface DetectedEncoding {
  readonly encoding: CrmEncoding;
  /** Whether the text starts with a byte-order mark (the decoder drops it). */
  readonly bom: boolean;
}

/**
 * The encoding of a file from its first bytes (a few kilobytes are plenty). A byte-order mark
 * decides; without one, a file whose every other byte is zero is UTF-16 (ASCII letters in two
 * bytes), bytes that are valid UTF-8 are UTF-8, and anything else is Windows-1252, the
 * spreadsheet's legacy code page in Western Europe and the Americas.
 */
export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const pairs = Math.min(head.length >> 1, 2048);
  if (pairs >= 2) {
    let evenZero = 0;
    let oddZero = 0;
    for (let i = 0; i < pairs; i++) {
      if (head[2 * i] === 0) evenZero++;
      if (head[2 * i + 1] === 0) oddZero++;
    }
    if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return { encoding: 'utf-16le', bom: false };
    if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return { encoding: 'utf-16be', bom: false };
  }
  return { encoding: isUtf8(head) ? 'utf-8' : 'windows-1252', bom: false };
}

/**
 * Whether bytes are valid UTF-8; a multi-byte character cut off at the end of the sample is
 * allowed (the sample is the head of a larger file).
 */
export function isUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return false;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return true;
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return false;
    }
    i += need + 1;
  }
  return true;
}

/** A streaming decoder for the encoding: call `decode(chunk, true)` per chunk, then `decode()` at the end. */
export function decoderFor(encoding: CrmEncoding): TextDecoder {
  // ignoreBOM false: the mark is dropped, so the first header is 'Create Date', not '\uFEFFCreate Date'.
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
}

/** The whole of a small file as text (tests, the first rows). */
export function decodeAll(bytes: Uint8Array): { text: string } & DetectedEncoding {
  const d = detectEncoding(bytes.subarray(0, 8192));
  return { ...d, text: decoderFor(d.encoding).decode(bytes) };
}
