/**
 * Hosting from a browser page that `npm run host` serves (live/terminal/host.ts): the same
 * LiveHostApi the desktop shell gives its window, as same-origin POSTs to the terminal's page
 * server, which drives the desktop's own live/server/host.ts. The page knows it may host by a
 * <meta name="baton-terminal-host" content="/baton-host/"> that server adds; the host key
 * travels as an HttpOnly cookie (set by the host link), never through this code.
 */
import type { LiveHostApi, LiveHostParticipant } from './contract';

export const TERMINAL_HOST_META = 'baton-terminal-host';
/** How often the page asks who is here (the desktop pushes it over IPC). */
const POLL_MS = 1000;

/** The API path the page server announced, or null on any other page. */
export function terminalHostPath(doc: Pick<Document, 'querySelector'> | undefined = typeof document !== 'undefined' ? document : undefined): string | null {
  const content = doc?.querySelector(`meta[name="${TERMINAL_HOST_META}"]`)?.getAttribute('content') ?? null;
  return content && /^\/[a-z-]+\/$/.test(content) ? content : null;
}

export function terminalLiveHost(path: string, fetcher: typeof fetch = (...a) => fetch(...a)): LiveHostApi {
  const call = async <T>(method: string, arg?: unknown): Promise<T> => {
    let res: Response;
    try {
      res = await fetcher(`${path}${method}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ arg }),
      });
    } catch {
      throw new Error('The terminal that hosts this page does not answer: is `npm run host` still running?');
    }
    if (!res.ok) throw new Error((await res.text().catch(() => '')) || `The host refused (${res.status}).`);
    const out = (await res.json()) as { ok: boolean; value?: T; message?: string };
    if (!out.ok) throw new Error(out.message ?? 'The host refused.');
    return out.value as T;
  };
  return {
    addresses: () => call('addresses'),
    start: (req) => call('start', req),
    current: () => call('current'),
    setLocked: (locked) => call('setLocked', locked),
    remove: (id) => call('remove', id),
    end: () => call('end'),
    onParticipants(listener) {
      let live = true;
      const tick = () =>
        void call<LiveHostParticipant[]>('participants').then(
          (list) => live && listener(list),
          () => undefined,
        );
      tick();
      const timer = setInterval(tick, POLL_MS);
      return () => {
        live = false;
        clearInterval(timer);
      };
    },
  };
}
