/**
 * The small, pure checks of the live-session server: secrets, the Host and Origin headers,
 * cookies, and the per-address limit on wrong codes. No sockets here, so each rule has a
 * unit test of its own.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

/** 80 bits is the floor the issue asks for; we default to 128. */
export const MIN_CODE_BYTES = 10;
export const DEFAULT_CODE_BYTES = 16;

/** An unguessable, URL-safe secret (base64url of `bytes` random bytes). */
export function newSecret(bytes = DEFAULT_CODE_BYTES): string {
  return randomBytes(Math.max(MIN_CODE_BYTES, Math.floor(bytes))).toString('base64url');
}

/** The shape of every secret we accept from outside (join codes and participant tokens). */
const SECRET_SHAPE = /^[A-Za-z0-9_-]{16,128}$/;
export const isSecretShaped = (v: unknown): v is string => typeof v === 'string' && SECRET_SHAPE.test(v);

/** Compares two secrets in constant time (for equal lengths), so timing leaks nothing. */
export function sameSecret(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Splits a Host header (`name`, `name:port`, `[v6]:port`) into its name and port. */
export function parseHostHeader(host: string | undefined): { name: string; port: number | null } | null {
  if (!host || host.length > 300) return null;
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(host.trim());
  if (!m) return null;
  return { name: m[1]!.replace(/^\[|\]$/g, '').toLowerCase(), port: m[2] ? Number(m[2]) : null };
}

/**
 * Host names we answer to. Only IP addresses and `localhost` (plus names the caller lists):
 * a page of some web site whose DNS name is re-pointed at this laptop (DNS rebinding) sends
 * its own name in Host, and is refused before it can even try a code.
 */
export function isAllowedHostName(name: string, extraHosts: readonly string[] = []): boolean {
  const n = name.toLowerCase();
  return isIP(n) !== 0 || n === 'localhost' || extraHosts.map((h) => h.toLowerCase()).includes(n);
}

export function isAllowedHostHeader(host: string | undefined, port: number, extraHosts: readonly string[] = []): boolean {
  const parsed = parseHostHeader(host);
  if (!parsed || !isAllowedHostName(parsed.name, extraHosts)) return false;
  return parsed.port === null ? port === 80 : parsed.port === port;
}

/**
 * The Origin rule for WebSocket upgrades:
 * - absent: a native client (Node, another Baton's main process, y-websocket tools). They
 *   cannot be tricked by a web page, so the join code alone decides;
 * - the pages this server serves: http://<IP address or localhost>:<our port>;
 * - the exact origins listed in `allowedOrigins` (by default Baton desktop's app://baton,
 *   so a desktop joins or hosts from its own window).
 * Everything else (any other web site open in a participant's browser) is refused.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  port: number,
  allowedOrigins: readonly string[] = [],
  extraHosts: readonly string[] = [],
): boolean {
  if (origin === undefined) return true;
  const o = origin.trim().toLowerCase();
  if (allowedOrigins.some((a) => a.toLowerCase() === o)) return true;
  let url: URL;
  try {
    url = new URL(o);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' || url.username || url.password || (url.pathname !== '/' && url.pathname !== '')) return false;
  const urlPort = url.port ? Number(url.port) : 80;
  const name = url.hostname.replace(/^\[|\]$/g, '');
  return urlPort === port && isAllowedHostName(name, extraHosts);
}

/** Reads one cookie from a Cookie header (no decoding: our values are base64url). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header || header.length > 8192) return undefined;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return undefined;
}

export interface LimiterOptions {
  /** Wrong attempts allowed per address within `windowMs`… */
  readonly maxFailures: number;
  readonly windowMs: number;
  /** …after which the address gets 429 for this long, even with the right code. */
  readonly blockMs: number;
  /** Addresses remembered at most (oldest forgotten first), so memory stays bounded. */
  readonly maxTracked: number;
}

export const DEFAULT_LIMITS: LimiterOptions = { maxFailures: 5, windowMs: 60_000, blockMs: 60_000, maxTracked: 10_000 };

/** Counts wrong codes per remote address and blocks an address that guesses. */
export class FailureLimiter {
  private readonly entries = new Map<string, { failures: number[]; blockedUntil: number }>();

  constructor(
    private readonly opts: LimiterOptions = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the address may try again, or 0 when it is not blocked. */
  blockedFor(key: string): number {
    const e = this.entries.get(key);
    if (!e) return 0;
    const left = e.blockedUntil - this.now();
    return left > 0 ? left : 0;
  }

  /** Records a wrong attempt; returns true when this one blocks the address. */
  fail(key: string): boolean {
    const t = this.now();
    let e = this.entries.get(key);
    if (!e) {
      if (this.entries.size >= this.opts.maxTracked) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      e = { failures: [], blockedUntil: 0 };
      this.entries.set(key, e);
    }
    e.failures = e.failures.filter((f) => t - f < this.opts.windowMs);
    e.failures.push(t);
    if (e.failures.length >= this.opts.maxFailures) {
      e.blockedUntil = t + this.opts.blockMs;
      e.failures = [];
      return true;
    }
    return false;
  }
}
