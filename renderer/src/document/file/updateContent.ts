/**
 * The app's content limits for a Yjs update that arrives from the network: the rules a .baton
 * file passes (limits.ts) hold for what a peer or a server sends too, so a project can never
 * hold what Baton would refuse to open. Read from the decoded update, before anything is
 * applied. Baton's live server checks every update it relays (live/server/messages.ts: a breach
 * closes the sender's connection); the renderer checks what any server sends it
 * (live/guard.ts: a breach ends the connection before the update reaches the project).
 *
 * - every string (a map value, a piece of text, a key) at most `maxStringLength` characters;
 * - values nested at most `maxDepth` deep, plain objects only (no "__proto__" games);
 * - binary values at most `maxImageBytes`; no subdocuments (Baton has none).
 */
import * as Y from 'yjs';
import { FILE_LIMITS, FORBIDDEN_KEYS, type FileLimits } from './limits';

export type ContentLimits = Pick<FileLimits, 'maxStringLength' | 'maxDepth' | 'maxImageBytes'>;

/** Thrown for an update that breaks a limit; `tooLarge` tells the close code (1009 or 1007). */
export class ContentError extends Error {
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

/** A decoded update's structs (Y.decodeUpdate) against the limits; throws a ContentError. */
export function checkStructs(structs: readonly (Y.Item | Y.GC | Y.Skip)[], limits: ContentLimits = FILE_LIMITS): void {
  const key = (k: string) => {
    if (FORBIDDEN_KEYS.has(k)) throw new ContentError(`a "${k}" key`);
    if (k.length > limits.maxStringLength) throw new ContentError('a key too long', true);
  };
  const string = (s: string) => {
    if (s.length > limits.maxStringLength) throw new ContentError(`a string of ${s.length} characters`, true);
  };
  const value = (root: unknown) => {
    const stack: [unknown, number][] = [[root, 1]];
    while (stack.length) {
      const [v, d] = stack.pop()!;
      if (d > limits.maxDepth) throw new ContentError(`a value nested deeper than ${limits.maxDepth}`);
      if (typeof v === 'string') string(v);
      else if (v instanceof Uint8Array) {
        if (v.length > limits.maxImageBytes) throw new ContentError('a binary value too large', true);
      } else if (Array.isArray(v)) for (const x of v) stack.push([x, d + 1]);
      else if (v && typeof v === 'object') {
        // lib0 builds objects by assignment: a "__proto__" key arrives as a changed prototype.
        if (Object.getPrototypeOf(v) !== Object.prototype) throw new ContentError('an object with a foreign prototype');
        for (const [k, x] of Object.entries(v)) {
          key(k);
          stack.push([x, d + 1]);
        }
      }
    }
  };
  for (const s of structs) {
    if (!(s instanceof Y.Item)) continue;
    if (typeof s.parent === 'string') key(s.parent);
    if (s.parentSub !== null) key(s.parentSub);
    const c = s.content;
    if (c instanceof Y.ContentAny || c instanceof Y.ContentJSON) for (const v of c.arr) value(v);
    else if (c instanceof Y.ContentString) string(c.str);
    else if (c instanceof Y.ContentBinary) {
      if (c.content.length > limits.maxImageBytes) throw new ContentError('a binary value too large', true);
    } else if (c instanceof Y.ContentEmbed) value(c.embed);
    else if (c instanceof Y.ContentFormat) {
      key(c.key);
      value(c.value);
    } else if (c instanceof Y.ContentDoc) throw new ContentError('a subdocument');
  }
}

/** A whole update (as a sync step 2 or an update message carries it) against the limits; throws a ContentError. */
export function checkUpdate(update: Uint8Array, limits: ContentLimits = FILE_LIMITS): void {
  let structs: (Y.Item | Y.GC | Y.Skip)[];
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch {
    throw new ContentError('an update that does not decode');
  }
  for (const s of structs) {
    if (!Number.isSafeInteger(s.id.client) || !Number.isSafeInteger(s.id.clock) || s.length < 0) throw new ContentError('an impossible struct id');
  }
  checkStructs(structs, limits);
}
