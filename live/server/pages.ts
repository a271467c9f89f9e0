/**
 * The live server's pages: Baton's web build for browsers in the room, behind the same door
 * as the sync socket (door.ts). A browser that opens the join link gets its token as an
 * HttpOnly cookie, registered only when the page is actually served.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Verdict } from './admission';
import { admitRequest, cookieName, type DoorContext } from './door';
import { resolveFile, SECURITY_HEADERS } from './files';

export interface PagesContext extends DoorContext {
  readonly webRoot?: string;
  /** Someone new was admitted (the host's list changed). */
  readonly admitted: () => void;
}

export async function servePage(ctx: PagesContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const send = (status: number, text: string, headers: Record<string, string | number> = {}) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS, ...headers });
    res.end(req.method === 'HEAD' ? undefined : text);
  };
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    const url = new URL(req.url ?? '/', 'http://localhost');
    const verdict = admitRequest(ctx, req, url, false);
    if (!verdict.ok) {
      const text =
        verdict.status === 429
          ? 'Too many wrong join codes from this device. Wait a minute, then open the join link again.'
          : verdict.status === 403 && ctx.admission.locked
            ? 'The facilitator has locked this live session: no one new can join now.'
            : 'This is a Baton live session. Open the join link (or scan the QR code) the facilitator shows.';
      return send(verdict.status, text, verdict.retryAfter ? { 'Retry-After': verdict.retryAfter } : {});
    }
    if (!ctx.webRoot) return send(404, 'This live session serves no pages; join it from Baton.');
    const file = await resolveFile(ctx.webRoot, url.pathname);
    if (file.status !== 200) return send(file.status, file.status === 404 ? 'Not found.' : 'Refused.');
    const headers: Record<string, string> = { 'Content-Type': file.type, 'Cache-Control': 'no-cache', ...SECURITY_HEADERS };
    const ok = verdict as Extract<Verdict, { ok: true }>;
    if (!ctx.ended()) {
      const isNew = !ok.person;
      ctx.admission.commit(ok, false);
      if (isNew) ctx.admitted();
    }
    if (ok.newToken) headers['Set-Cookie'] = `${cookieName(ctx.port())}=${ok.newToken}; Path=/; HttpOnly; SameSite=Strict`;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : file.body);
  } catch {
    if (!res.headersSent) send(500, 'Something went wrong.');
    else res.destroy();
  }
}
