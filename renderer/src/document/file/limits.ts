/**
 * What a .baton file may contain, and the typed ways it can be refused. Each error kind has
 * one sentence for the user in features/files/strings.ts.
 */

export const FILE_LIMITS = {
  /** The file itself, and everything in it once unpacked. */
  maxFileBytes: 100 * 1024 * 1024,
  maxUnpackedBytes: 100 * 1024 * 1024,
  /** project.json + state.bin + one entry per picture; a real project has a few dozen. */
  maxEntries: 2000,
  /** Entries larger than `ratioFloorBytes` may not unpack to more than this many times their
   * packed size. Real JSON and Yjs state pack 3-20:1; a zip bomb packs 1000:1. */
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  /** Nesting of objects and arrays, in project.json and inside the document. */
  maxDepth: 64,
  /** Any one string (a card's text is at most 2,000 characters). */
  maxStringLength: 100_000,
  maxImageBytes: 10 * 1024 * 1024,
} as const;

export type FileLimits = { readonly [K in keyof typeof FILE_LIMITS]: number };

export const FILE_ERRORS = [
  'not-a-baton-file',
  'newer-version',
  'migration-failed',
  'invalid-records',
  'too-large',
  'too-many-entries',
  'zip-bomb',
  'too-deep',
  'text-too-long',
  'image-too-large',
] as const;
export type FileErrorKind = (typeof FILE_ERRORS)[number];

/** Keys that must never become properties of an object we build. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Thrown inside the parser, turned into a ParseResult at its edge. */
export class FileError extends Error {
  constructor(
    readonly kind: FileErrorKind,
    /** For developers and logs; the user reads the sentence for `kind`. */
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
  }
}
