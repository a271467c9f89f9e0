/**
 * The live server's public shapes: its options, what it tells about people and itself, and
 * the handle `startLiveServer` returns (index.ts).
 */
import type { EventEmitter } from 'node:events';
import type { LimiterOptions } from './guards';

export interface LiveServerOptions {
  /** The address to listen on: 127.0.0.1 (this machine only) or 0.0.0.0 (the room's network). */
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly projectId: string;
  /** The built renderer (out/renderer) served to browsers; without it only sync is offered. */
  readonly webRoot?: string;
  /** Random bytes in a join code (at least 10 = 80 bits; default 16). */
  readonly codeBytes?: number;
  readonly maxMessageBytes?: number;
  /** Bytes queued for one connection at most before it is cut off (default 16 MB). */
  readonly maxBufferedBytes?: number;
  /** Simultaneous WebSocket connections at most (default 64)… */
  readonly maxConnections?: number;
  /** …of which this many only the host may use (default 4)… */
  readonly hostReservedConnections?: number;
  /** …and one person may hold this many at most (default 8: a few tabs and devices). */
  readonly maxConnectionsPerPerson?: number;
  /** Presence (awareness) client ids one connection may claim in its life (default 4). */
  readonly maxPresenceIdsPerConnection?: number;
  /** A new TCP socket must send a whole request within this time (default 10 s). */
  readonly headerTimeoutMs?: number;
  /** Exact origins allowed besides this server's own pages (default: Baton desktop's). */
  readonly allowedOrigins?: readonly string[];
  /** Host names allowed besides IP addresses and localhost (e.g. a laptop's .local name). */
  readonly allowedHosts?: readonly string[];
  readonly rateLimit?: Partial<LimiterOptions>;
  /** The project's state to start the room with (tests; a host may instead just connect). */
  readonly initialState?: Uint8Array;
}

export interface ParticipantInfo {
  /** A public id for the host's list and `removeParticipant`; never a credential. */
  readonly id: string;
  /** From the participant's presence (awareness); empty until they set it. */
  readonly name: string;
  readonly team: string;
  readonly color: string;
  readonly host: boolean;
  readonly address: string;
  /** Open connections; 0 for someone admitted who is not connected now (they may come back). */
  readonly connections: number;
  readonly joinedAt: number;
}

/** What the server holds, for tests, the fuzz and the README's figures. */
export interface LiveServerStats {
  readonly people: number;
  readonly tokens: number;
  readonly bannedTokens: number;
  readonly connections: number;
  readonly presence: number;
  readonly rawSockets: number;
  readonly pendingSockets: number;
  readonly roomBytes: number;
}

export interface LiveServerEvents {
  /** The list of people changed (join, leave, name, removal). */
  participants: [ParticipantInfo[]];
  /** The join code changed (after a removal). */
  code: [string];
  ended: [];
}

export interface LiveServer {
  readonly host: string;
  readonly port: number;
  readonly projectId: string;
  /** The join link for browsers and other Batons, with the current code. */
  readonly url: string;
  readonly joinCode: string;
  /** The WebSocket base URL (the provider's serverUrl; the room is the project id). */
  readonly wsUrl: string;
  /** Join links for every address of this machine (when listening on all of them). */
  readonly urls: readonly string[];
  /** A token for the host's own window: admitted always, never removable. */
  readonly hostToken: string;
  readonly locked: boolean;
  lock(): void;
  unlock(): void;
  /**
   * Disconnects and bans a participant (every token of theirs). With `rotate` (the default),
   * also a new join code, and every token issued before it is void except the host's and those
   * of people connected now. False if unknown/host.
   */
  removeParticipant(id: string, opts?: { rotate?: boolean }): boolean;
  participants(): ParticipantInfo[];
  stats(): LiveServerStats;
  /** The server's copy of the project (for a host that wants to save what the room made). */
  state(): Uint8Array;
  end(): Promise<void>;
  readonly events: EventEmitter<LiveServerEvents>;
}
