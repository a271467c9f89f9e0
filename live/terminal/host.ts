/**
 * `npm run host`: a live session hosted from a terminal, for a facilitator who runs Baton in a
 * browser (no desktop app). Two servers, both plain Node:
 *
 * - the live session itself: live/server/host.ts `createLiveHost`, the very object the desktop
 *   app's main process drives over IPC (same checks: join code, Host and Origin, rate limits,
 *   sizes, slots), listening on the room's network only while a session runs;
 * - the facilitator's page, on 127.0.0.1 only: the web build, plus the hosting API the desktop
 *   shell gives its window (LiveHostApi), as same-origin POSTs under /baton-host/. The page
 *   knows it may host by a <meta name="baton-terminal-host"> this server adds to index.html
 *   (renderer/src/platform/terminalHost.ts). The API needs the host key: the host link
 *   (`/?key=…`, printed in the terminal) sets it as an HttpOnly, SameSite=Strict cookie; every
 *   call must also come from the page's own origin with the right Host header.
 *
 * The terminal prints the host link, then, when the facilitator starts a session from the live
 * panel, the join link, the code, a QR code and every address the session listens on (again
 * whenever the code changes after a removal).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import QRCode from 'qrcode';
import { DESKTOP_ORIGIN } from '../server/index';
import { createLiveHost, lanAddresses, type HostedSession, type HostedParticipant, type LiveHost } from '../server/host';
import { resolveFile, SECURITY_HEADERS } from '../server/files';
import { isAllowedHostHeader, readCookie } from '../server/guards';

/** The marker the renderer looks for (renderer/src/platform/terminalHost.ts reads the same name). */
export const TERMINAL_HOST_META = 'baton-terminal-host';
/** Where the page's hosting API lives. */
export const API_PATH = '/baton-host/';
const MAX_BODY_BYTES = 4096;
const METHODS = ['addresses', 'start', 'current', 'setLocked', 'remove', 'end', 'participants'] as const;
type Method = (typeof METHODS)[number];

export interface TerminalHostOptions {
  /** The built renderer (out/renderer). */
  readonly webRoot: string;
  /** Where the session listens: '0.0.0.0', '127.0.0.1' or one of `lanAddresses()`. When given,
   * it wins over what the page asks for; otherwise the page's choice (the desktop's form). */
  readonly address?: string;
  /** The session's port (0: any free one); like `address`. */
  readonly port?: number;
  /** The facilitator's page on 127.0.0.1 (default 5173, the port `npm start`'s web app uses, so
   * the browser's projects are the same; another free one when it is taken; 0: any). */
  readonly appPort?: number;
  /** Where the lines go (default console.log). */
  readonly log?: (text: string) => void;
}

export interface TerminalHost {
  /** The facilitator's link, with the host key (this computer only). */
  readonly hostLink: string;
  /** http://127.0.0.1:<appPort> */
  readonly appOrigin: string;
  readonly live: LiveHost;
  /** Ends the session (if any) and closes both servers. */
  close(): Promise<void>;
}

const secret = () => randomBytes(24).toString('base64url');

function sameSecret(a: string | null | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolveListen, rejectListen) => {
    const onError = (err: Error) => rejectListen(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolveListen();
    });
  });
}

/** The lines the terminal shows for a running session (join link, code, QR, addresses). */
export async function sessionText(s: HostedSession): Promise<string> {
  const qr = await QRCode.toString(s.url, { type: 'terminal', small: true });
  const only = s.host === '127.0.0.1';
  return [
    '',
    `Live session running for project ${s.projectId}${s.locked ? ' (locked: no one new can join)' : ''}.`,
    `  Join link: ${s.url}`,
    `  Code:      ${s.joinCode}`,
    qr.trimEnd(),
    only ? '  Listening on this computer only (127.0.0.1): people in the room cannot reach it.' : '  Listening on:',
    ...(only ? [] : s.urls.map((u) => `    ${u}`)),
    '',
  ].join('\n');
}

export async function startTerminalHost(opts: TerminalHostOptions): Promise<TerminalHost> {
  const log = opts.log ?? ((t: string) => console.log(t));
  const key = secret();
  const app = createServer((req, res) => void answer(req, res));
  await listen(app, opts.appPort ?? 5173, '127.0.0.1').catch(async (err: NodeJS.ErrnoException) => {
    if (err?.code !== 'EADDRINUSE' || opts.appPort === 0) throw err;
    await listen(app, 0, '127.0.0.1');
  });
  const appPort = (app.address() as { port: number }).port;
  const appOrigin = `http://127.0.0.1:${appPort}`;
  const live = createLiveHost({ webRoot: opts.webRoot, allowedOrigins: [DESKTOP_ORIGIN, appOrigin, `http://localhost:${appPort}`] });
  let shownCode = '';
  const show = async (s: HostedSession) => {
    if (s.joinCode === shownCode) return;
    shownCode = s.joinCode;
    log(await sessionText(s));
  };
  let lastList: HostedParticipant[] = [];
  live.onParticipants((list) => (lastList = list));

  const call = async (method: Method, arg: unknown): Promise<unknown> => {
    switch (method) {
      case 'addresses':
        return opts.address ? [opts.address].filter((a) => a !== '0.0.0.0' && a !== '127.0.0.1') : lanAddresses();
      case 'start': {
        const r = (arg ?? {}) as Record<string, unknown>;
        const s = await live.start({ ...r, ...(opts.address ? { host: opts.address } : {}), ...(opts.port !== undefined ? { port: opts.port } : {}) });
        lastList = [];
        shownCode = '';
        await show(s);
        return s;
      }
      case 'current':
        return live.current();
      case 'setLocked': {
        const s = await live.setLocked(arg);
        log(s.locked ? 'Locked: no one new can join.' : 'Unlocked: people with the link can join.');
        return s;
      }
      case 'remove': {
        const s = await live.remove(arg);
        log('Removed a participant; the join code changed:');
        await show(s);
        return s;
      }
      case 'end':
        await live.end();
        shownCode = '';
        log('The live session ended. The host page stays open: start another one from it, or press Ctrl+C here.');
        return null;
      case 'participants':
        return (await live.current()) ? lastList : [];
    }
  };

  async function answer(req: IncomingMessage, res: ServerResponse) {
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...SECURITY_HEADERS, ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      // The page is for this computer's browser: an IP or localhost Host header only (no DNS rebinding).
      if (!isAllowedHostHeader(req.headers.host, appPort)) return send(403, 'Refused.');
      const url = new URL(req.url ?? '/', 'http://localhost');
      const cookieName = `baton_host_${appPort}`;
      if (url.pathname.startsWith(API_PATH)) {
        if (req.method !== 'POST') return send(405, 'Method not allowed.', undefined, { Allow: 'POST' });
        const origin = req.headers.origin;
        if (origin !== appOrigin && origin !== `http://localhost:${appPort}`) return send(403, 'Refused.');
        if (!sameSecret(readCookie(req.headers.cookie, cookieName), key)) return send(401, 'Open the host link the terminal shows.');
        const method = url.pathname.slice(API_PATH.length) as Method;
        if (!METHODS.includes(method)) return send(404, 'Not found.');
        if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return send(415, 'JSON only.');
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const c of req as AsyncIterable<Buffer>) {
          size += c.length;
          if (size > MAX_BODY_BYTES) return send(413, 'Too large.');
          chunks.push(c);
        }
        let arg: unknown;
        try {
          arg = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { arg?: unknown }).arg : undefined;
        } catch {
          return send(400, 'Not JSON.');
        }
        try {
          const value = await call(method, arg);
          return send(200, JSON.stringify({ ok: true, value: value ?? null }), 'application/json');
        } catch (err) {
          return send(200, JSON.stringify({ ok: false, message: String((err as Error)?.message ?? err) }), 'application/json');
        }
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed.', undefined, { Allow: 'GET, HEAD' });
      const given = url.searchParams.get('key');
      if (given !== null) {
        if (!sameSecret(given, key)) return send(403, 'That host link is not this one: use the link the terminal shows now.');
        // The key leaves the address bar (and the history) at once; it lives on as a cookie.
        return send(303, '', undefined, { Location: '/', 'Set-Cookie': `${cookieName}=${key}; Path=/; HttpOnly; SameSite=Strict` });
      }
      const file = await resolveFile(opts.webRoot, url.pathname);
      if (file.status !== 200) return send(file.status, file.status === 404 ? 'Not found.' : 'Refused.');
      let body: Buffer | string = file.body;
      if (url.pathname === '/' || url.pathname === '/index.html') {
        body = file.body.toString('utf8').replace('<head>', `<head>\n    <meta name="${TERMINAL_HOST_META}" content="${API_PATH}" />`);
      }
      res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-cache', ...SECURITY_HEADERS });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      if (!res.headersSent) send(500, 'Something went wrong.');
      else res.destroy();
    }
  }

  const hostLink = `${appOrigin}/?key=${key}`;
  log(
    [
      'Baton is hosting from this terminal.',
      `  Your host page (this computer only): ${hostLink}`,
      '  Open it in your browser, open a project and click "Start live session": the join link, the code',
      '  and a QR code for the room appear here and on the page. Press Ctrl+C to end.',
    ].join('\n'),
  );

  let closed = false;
  return {
    hostLink,
    appOrigin,
    live,
    async close() {
      if (closed) return;
      closed = true;
      await live.end();
      await new Promise<void>((r) => {
        app.close(() => r());
        app.closeAllConnections();
      });
    },
  };
}
