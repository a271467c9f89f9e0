/**
 * What a .baton file may contain, and the typed ways it can be refused. Each error kind has
 * one sentence for the user in features/files/strings.ts.
 */
import type { CollectionName } from '../schema';

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

/**
 * How many records of each collection a project may hold, and how many stages, lanes and cards
 * one map may hold: bounded by what the editor shows smoothly, measured in Chromium by
 * bench/record-limits.mjs (the figures and the reasons are in the README, Reliability). A map
 * draws all its stages and lanes at once and its cards as they scroll into view, so the
 * per-map limits are what keep a map openable; the project-wide ones bound what every screen
 * that lists a collection (home, the maps overview, the report) and the import itself read.
 * Each is well above what Baton's own actions let one person make (domain/limits.ts: 200
 * stages, 40 lanes and 20,000 cards a map), so that two copies merged still fit.
 */
export const RECORD_LIMITS: { readonly [K in CollectionName]: number } = {
  maps: 1000,
  stages: 5000,
  lanes: 2000,
  cards: 50_000,
  connectors: 20_000,
  emotions: 50_000,
  teams: 500,
  handoffs: 5000,
  kpis: 5000,
  kpiReadings: 100_000,
  glossary: 5000,
  funnels: 100,
  personas: 1000,
  personaSignoffs: 20_000,
  personaPins: 10_000,
  sessions: 1000,
  participants: 5000,
  agendaItems: 10_000,
  questionSets: 1000,
  questions: 10_000,
  answers: 100_000,
  voteRounds: 5000,
  votes: 100_000,
  locks: 5000,
  parkingLot: 10_000,
  decisions: 10_000,
  actionItems: 10_000,
  sessionTemplates: 500,
  contentRequests: 10_000,
  requestRules: 100,
};

/** What one map may hold (by the records' `mapId`). */
export const MAP_RECORD_LIMITS = {
  stages: 400,
  lanes: 80,
  cards: 25_000,
} as const satisfies { readonly [K in CollectionName]?: number };

export type RecordLimits = {
  readonly project: { readonly [K in CollectionName]: number };
  readonly map: { readonly [K in keyof typeof MAP_RECORD_LIMITS]: number };
};
export const RECORD_LIMITS_ALL: RecordLimits = { project: RECORD_LIMITS, map: MAP_RECORD_LIMITS };

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
  'too-many-records',
  'parts-disagree',
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
