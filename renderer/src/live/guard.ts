/**
 * What a server sends is read before a provider sees it. Both protocols carry the project's
 * changes as Yjs updates inside sync messages (step 2, update); each one must pass the rules a
 * .baton file passes (document/file/updateContent.ts: string lengths, nesting, picture sizes, no
 * subdocument, no "__proto__"), and a message must decode and stay under the size of a whole
 * project. A message that breaks them never reaches the provider, so the project is not changed;
 * the connection ends ("refused" with its own sentence) and the person's copy stays as it was.
 * Presence is read by domain/live.ts's readPeers; Hocuspocus's authentication reason is never
 * shown.
 *
 * The check sits on the WebSocket class the provider is given (both providers take one): every
 * message listener the provider installs, by `onmessage` or `addEventListener`, gets the message
 * only after the check, whatever WebSocket implementation is underneath (a browser's, or ws in Node).
 */
import * as decoding from 'lib0/decoding';
import { FILE_LIMITS } from '../document/file/limits';
import { checkUpdate, ContentError } from '../document/file/updateContent';
import type { ServerKind } from './transport';

const SYNC = 0;
/** Hocuspocus answers a client's sync step 1 with this type (its SyncReply). */
const HOCUSPOCUS_SYNC_REPLY = 4;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;

/** Why a message from a server is refused, or null when it may pass. */
export function checkServerMessage(kind: ServerKind, data: unknown): string | null {
  if (!(data instanceof ArrayBuffer) && !ArrayBuffer.isView(data)) return 'not a binary message';
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.byteLength > FILE_LIMITS.maxUnpackedBytes) return 'a message larger than a whole project';
  try {
    const decoder = decoding.createDecoder(bytes);
    if (kind === 'hocuspocus') {
      // A bare ping is one byte; everything else starts with the document name.
      if (bytes.byteLength === 1) return null;
      decoding.readVarString(decoder);
    }
    const type = decoding.readVarUint(decoder);
    if (type !== SYNC && !(kind === 'hocuspocus' && type === HOCUSPOCUS_SYNC_REPLY)) return null;
    const sub = decoding.readVarUint(decoder);
    if (sub === STEP1) return null;
    if (sub !== STEP2 && sub !== UPDATE) return 'an unknown sync message';
    checkUpdate(decoding.readVarUint8Array(decoder));
    return null;
  } catch (err) {
    return err instanceof ContentError ? `over Baton's limits: ${err.message}` : 'a message that does not decode';
  }
}

type Listener = (this: WebSocket, ev: MessageEvent) => unknown;

/**
 * A WebSocket class whose incoming messages are checked first. `onBreach` is told once; the
 * socket is closed (4400, never reconnected by y-websocket's provider) and no further message
 * gets through.
 */
export function guardedWebSocket(Base: typeof WebSocket, kind: ServerKind, onBreach: (why: string) => void): typeof WebSocket {
  class Guarded extends Base {
    #wrapped = new WeakMap<object, Listener>();
    #verdicts = new WeakMap<object, boolean>();
    #breached = false;

    #passes(ev: MessageEvent): boolean {
      if (this.#breached) return false;
      const known = this.#verdicts.get(ev);
      if (known !== undefined) return known;
      const why = checkServerMessage(kind, ev.data);
      this.#verdicts.set(ev, why === null);
      if (why !== null) {
        this.#breached = true;
        try {
          this.close(4400, 'refused content');
        } catch {
          /* already closing */
        }
        onBreach(why);
      }
      return why === null;
    }

    #wrap(fn: Listener): Listener {
      let w = this.#wrapped.get(fn);
      if (!w) {
        const passes = (ev: MessageEvent) => this.#passes(ev);
        w = function (this: WebSocket, ev: MessageEvent) {
          if (passes(ev)) return fn.call(this, ev);
        };
        this.#wrapped.set(fn, w);
      }
      return w;
    }

    override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void {
      if (type === 'message' && typeof listener === 'function') {
        super.addEventListener(type, this.#wrap(listener as Listener) as EventListener, options);
      } else if (listener) super.addEventListener(type, listener, options);
    }

    override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void {
      const w = type === 'message' && typeof listener === 'function' ? this.#wrapped.get(listener) : undefined;
      if (listener) super.removeEventListener(type, (w as EventListener | undefined) ?? listener, options);
    }

    override set onmessage(fn: Listener | null) {
      super.onmessage = fn ? this.#wrap(fn) : null;
    }

    override get onmessage(): Listener | null {
      return super.onmessage as Listener | null;
    }
  }
  return Guarded as unknown as typeof WebSocket;
}
