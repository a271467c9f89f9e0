/**
 * The one set of tolerant readers every collection's reader is made of (document/schema.ts,
 * document/alignmentReaders.ts, domain/personas.ts, domain/requests.ts,
 * domain/workshop/readers.ts). Each takes whatever a field holds (an older file, a peer, a
 * tampered file) and returns a value of its type, never throwing: the fallback when the value
 * is not one. The value always comes first.
 */

/** A record's fields as read from the document (a Y.Map's JSON). */
export type Fields = Record<string, unknown>;

/** A string, or the fallback. */
export const str = (v: unknown, d = ''): string => (typeof v === 'string' ? v : d);

/** A finite number, or the fallback. */
export const num = (v: unknown, d = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);

/** A number that may be unset: anything but a finite number reads as null. */
export const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** One of the allowed values, or the fallback. */
export const oneOf = <T extends string>(v: unknown, list: readonly T[], d: T): T =>
  (list as readonly unknown[]).includes(v) ? (v as T) : d;

/** Every string of a list, in order (anything else is dropped). */
export const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The distinct non-empty strings of a list, in order of first appearance. */
export const distinctStrList = (v: unknown): string[] =>
  Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string' && x !== ''))] : [];
