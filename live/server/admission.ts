/**
 * Who may come in: the people of a live session, their tokens, the join code, the lock and
 * the wrong-code limiter. No sockets here; index.ts asks `check` for every HTTP request and
 * WebSocket upgrade, and `commit`s what it accepted.
 *
 * - A person is every token ever presented together (a browser's cookie and the pid its page
 *   sends, a desktop's pid): one entry in the host's list, removed as one.
 * - Known tokens are looked at BEFORE the wrong-code limiter, so wrong codes from a shared
 *   address (a NAT, the host's own laptop) never lock out people already in or the host.
 * - Nothing is registered for a request that is refused later (wrong room, no slot): `check`
 *   only reads; `commit` writes, once the server has said yes.
 * - Bounded: at most `maxPeople` people (the oldest not connected are forgotten first),
 *   `maxPendingPerAddress` people per address that never opened a socket (a flood of HEAD
 *   requests forgets its own oldest, never a newcomer), `maxTokensPerPerson` tokens each and
 *   `maxBannedTokens` tokens of removed people.
 * - Removing a person bans every token of theirs. "Remove and rotate" also changes the join
 *   code and voids every token issued before it except the host's and those of people in the
 *   room at that moment (they are re-admitted as they are): a spare identity kept aside before
 *   the removal (another pid, a cookie from a plain GET of the link) is worth nothing after it.
 */
import { DEFAULT_CODE_BYTES, DEFAULT_LIMITS, FailureLimiter, isSecretShaped, newSecret, sameSecret, type LimiterOptions } from './guards';

/** Public participant ids need only be unique, not secret. */
const PUBLIC_ID_BYTES = 10;

export interface Person {
  readonly id: string;
  readonly tokens: Set<string>;
  readonly host: boolean;
  readonly joinedAt: number;
  address: string;
  /** Open WebSockets (any object: index.ts keeps its own connections here). */
  readonly sockets: Set<object>;
  /** When this person last connected or was seen; the oldest idle people are forgotten first. */
  seenAt: number;
  /** True once a WebSocket of theirs was accepted (a page load alone is "pending"). */
  connected: boolean;
}

export interface AdmissionOptions {
  readonly codeBytes: number;
  readonly rateLimit: LimiterOptions;
  readonly maxPeople: number;
  readonly maxPendingPerAddress: number;
  readonly maxTokensPerPerson: number;
  readonly maxBannedTokens: number;
}

export const DEFAULT_ADMISSION: AdmissionOptions = {
  codeBytes: DEFAULT_CODE_BYTES,
  rateLimit: DEFAULT_LIMITS,
  maxPeople: 256,
  maxPendingPerAddress: 8,
  maxTokensPerPerson: 16,
  maxBannedTokens: 4096,
};

export interface Presented {
  readonly address: string;
  readonly code: string | null;
  readonly tokens: readonly string[];
  /** A WebSocket brings its own token (pid); a page request is given one (a cookie). */
  readonly socket: boolean;
}

export type Verdict =
  | { readonly ok: true; readonly person: Person | null; readonly tokens: readonly string[]; readonly address: string; readonly newToken?: string }
  | { readonly ok: false; readonly status: 401 | 403 | 429 | 503; readonly retryAfter?: number };

export class Admission {
  joinCode: string;
  locked = false;
  readonly hostToken = newSecret(24);
  readonly hostPerson: Person;
  private readonly people = new Map<string, Person>();
  private readonly byToken = new Map<string, Person>();
  /** Tokens of removed people (insertion order = age, so the oldest is forgotten first). */
  private readonly banned = new Set<string>();
  private readonly limiter: FailureLimiter;

  constructor(private readonly opts: AdmissionOptions = DEFAULT_ADMISSION) {
    this.joinCode = newSecret(opts.codeBytes);
    this.limiter = new FailureLimiter(opts.rateLimit);
    this.hostPerson = this.add([this.hostToken], '', true);
  }

  /** The one admission rule for page requests and WebSocket upgrades. Reads only. */
  check(req: Presented): Verdict {
    const tokens = [...new Set(req.tokens.filter(isSecretShaped))];
    if (tokens.some((t) => this.banned.has(t))) {
      this.limiter.fail(req.address);
      return { ok: false, status: 403 };
    }
    const known = tokens.map((t) => this.byToken.get(t)).find((p): p is Person => !!p);
    if (known) return { ok: true, person: known, tokens, address: req.address };
    const blocked = this.limiter.blockedFor(req.address);
    if (blocked) return { ok: false, status: 429, retryAfter: Math.ceil(blocked / 1000) };
    if (req.code === null) return { ok: false, status: 401 };
    if (!sameSecret(req.code, this.joinCode)) {
      this.limiter.fail(req.address);
      return { ok: false, status: 401 };
    }
    if (this.locked) return { ok: false, status: 403 };
    // A page gets a server-made token as a cookie; a socket brings its own (or has none, and
    // then must present the code again whenever it reconnects).
    const newToken = req.socket ? undefined : newSecret(18);
    return { ok: true, person: null, tokens: newToken ? [newToken, ...tokens] : tokens, address: req.address, ...(newToken ? { newToken } : {}) };
  }

  /** Registers what an accepted verdict brought: a new person, or new tokens of a known one. */
  commit(v: Extract<Verdict, { ok: true }>, socket: boolean): Person {
    let person = v.person && this.people.get(v.person.id) === v.person ? v.person : null;
    // Tokens of two people presented together: they are one person.
    for (const t of v.tokens) {
      const other = this.byToken.get(t);
      if (!other || other === person) continue;
      if (!person) person = other;
      else if (!other.host) this.merge(other, person);
    }
    if (!person) person = this.add([], v.address);
    for (const t of v.tokens) {
      if (person.tokens.size >= this.opts.maxTokensPerPerson) break;
      if (this.byToken.has(t)) continue;
      person.tokens.add(t);
      this.byToken.set(t, person);
    }
    if (!person.host) person.address = v.address;
    person.seenAt = Date.now();
    if (socket) person.connected = true;
    this.prune(person);
    return person;
  }

  /** Bans every token of a person. With `rotate`, also a new code and old tokens void. */
  remove(id: string, rotate: boolean): Person | null {
    const p = this.people.get(id);
    if (!p || p.host) return null;
    this.forget(p, true);
    if (rotate) {
      this.joinCode = newSecret(this.opts.codeBytes);
      for (const other of [...this.people.values()]) if (!other.host && !other.sockets.size) this.forget(other, false);
    }
    return p;
  }

  list(): Person[] {
    return [...this.people.values()];
  }

  stats() {
    return { people: this.people.size, tokens: this.byToken.size, bannedTokens: this.banned.size };
  }

  private add(tokens: string[], address: string, host = false): Person {
    const now = Date.now();
    const p: Person = { id: `p-${newSecret(PUBLIC_ID_BYTES)}`, tokens: new Set(tokens), host, joinedAt: now, address, sockets: new Set(), seenAt: now, connected: host };
    this.people.set(p.id, p);
    for (const t of tokens) this.byToken.set(t, p);
    return p;
  }

  private merge(from: Person, into: Person) {
    for (const t of from.tokens) {
      if (into.tokens.size < this.opts.maxTokensPerPerson) {
        into.tokens.add(t);
        this.byToken.set(t, into);
      } else this.byToken.delete(t);
    }
    for (const s of from.sockets) into.sockets.add(s);
    into.connected ||= from.connected;
    this.people.delete(from.id);
  }

  private forget(p: Person, ban: boolean) {
    this.people.delete(p.id);
    for (const t of p.tokens) {
      this.byToken.delete(t);
      if (!ban) continue;
      this.banned.add(t);
      if (this.banned.size > this.opts.maxBannedTokens) this.banned.delete(this.banned.values().next().value!);
    }
  }

  /** Keeps the tables within their bounds, never forgetting `keep`, the host or anyone connected now. */
  private prune(keep: Person) {
    const idle = (p: Person) => p !== keep && !p.host && !p.sockets.size;
    const pending = [...this.people.values()].filter((p) => idle(p) && !p.connected && p.address === keep.address);
    for (const p of pending.slice(0, Math.max(0, pending.length - this.opts.maxPendingPerAddress))) this.forget(p, false);
    if (this.people.size <= this.opts.maxPeople) return;
    const candidates = [...this.people.values()].filter(idle).sort((a, b) => Number(a.connected) - Number(b.connected) || a.seenAt - b.seenAt);
    for (const p of candidates.slice(0, this.people.size - this.opts.maxPeople)) this.forget(p, false);
  }
}
