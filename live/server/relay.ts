/**
 * The room relay: an admitted WebSocket joins the room through @y/websocket-server's own
 * `setupWSConnection`, behind a filter. Every message is read whole first (messages.ts: the
 * envelope, the update and the app's content limits, content.ts), and presence goes through
 * the PresenceGuard; a message that fails closes its own connection (1007 unreadable, 1008
 * too many presence ids, 1009 too large) and the room never sees it.
 */
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { setupWSConnection, type WSSharedDoc } from '@y/websocket-server/utils';
import type { WebSocket } from 'ws';
import { checkMessage, encodeAwarenessMessage } from './messages';
import type { PresenceGuard } from './presence';

export const CLOSE_MALFORMED = 1007;
export const CLOSE_POLICY = 1008;
export const CLOSE_TOO_LARGE = 1009;

/**
 * What setupWSConnection gets instead of the socket itself: the same surface it uses (send,
 * close, ping, readyState, events), but 'message' is only emitted for messages that passed
 * the checks. (Node's EventEmitter can't stop one listener from seeing an event.)
 */
export class CheckedConnection extends EventEmitter {
  binaryType = 'arraybuffer';
  constructor(
    readonly ws: WebSocket,
    private readonly maxBufferedBytes: number,
  ) {
    super();
  }
  get readyState() {
    return this.ws.readyState;
  }
  send(data: Uint8Array, opts: object, cb?: (err?: Error) => void) {
    // A peer that doesn't read is cut off rather than buffered for without bound.
    if (this.ws.bufferedAmount + data.length > this.maxBufferedBytes) {
      this.ws.terminate();
      cb?.(new Error('the peer is not reading'));
      return;
    }
    this.ws.send(data, opts, cb);
  }
  close() {
    this.ws.close();
  }
  ping() {
    this.ws.ping();
  }
}

export interface RoomContext {
  readonly room: WSSharedDoc;
  readonly docName: string;
  readonly presence: PresenceGuard;
  readonly maxBufferedBytes: number;
  /** Called for every accepted document update, with its size (the room's growth budget). */
  readonly grow: (bytes: number) => boolean;
}

/** Joins an admitted socket to the room; `onClose` runs once it has left. */
export function joinRoom(ws: WebSocket, req: IncomingMessage, ctx: RoomContext, onClose: () => void): CheckedConnection {
  const conn = new CheckedConnection(ws, ctx.maxBufferedBytes);
  ctx.presence.opened(conn);
  ws.on('error', () => undefined); // e.g. maxPayload exceeded: ws closes the socket itself (1009)
  ws.on('message', (data, isBinary) => {
    if (!isBinary) return ws.close(CLOSE_MALFORMED, 'binary messages only');
    const bytes = data instanceof Buffer ? new Uint8Array(data) : new Uint8Array(Buffer.concat(data as Buffer[]));
    const check = checkMessage(bytes);
    if (!check.ok) return ws.close(check.tooLarge ? CLOSE_TOO_LARGE : CLOSE_MALFORMED, check.tooLarge ? 'over the limits' : 'malformed message');
    if (check.kind === 'awareness') {
      const verdict = ctx.presence.filter(conn, check.entries);
      if (verdict.cut) return ws.close(CLOSE_POLICY, 'too many presence ids');
      if (!verdict.entries.length) return;
      if (verdict.entries.length !== check.entries.length) return conn.emit('message', encodeAwarenessMessage(verdict.entries));
    }
    if (check.kind === 'sync' && check.update && !ctx.grow(check.update)) return ws.close(CLOSE_TOO_LARGE, 'the room is full');
    conn.emit('message', bytes);
  });
  ws.on('close', () => {
    ctx.presence.closed(conn);
    conn.emit('close');
    onClose();
  });
  ws.on('pong', () => conn.emit('pong'));
  setupWSConnection(conn as unknown as WebSocket, req, { docName: ctx.docName, gc: true });
  return conn;
}
