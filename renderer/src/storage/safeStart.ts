/**
 * Safe start (issue 16): a project or map that hung or crashed the page while it was opening
 * is not reopened by itself at the next start, which would hang again. Before a project screen
 * opens (the start, every change of address), its address is written to localStorage; once its
 * first frame has painted (two animation frames after it rendered, so the browser did paint
 * it) the mark is taken off. A mark still there at the next start means that opening never
 * finished: the page died (a crash, a kill) or hung until someone closed it. The start then
 * goes to the home screen instead and says what it skipped, with a button to open it anyway.
 *
 * localStorage rather than IndexedDB: it is written synchronously, before the opening starts,
 * and read before the first render.
 */
const KEY = 'baton:opening';

interface Mark {
  readonly hash: string;
  readonly at: number;
}

function read(): Mark | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return undefined;
    const m = JSON.parse(raw) as Partial<Mark>;
    return typeof m.hash === 'string' && typeof m.at === 'number' ? { hash: m.hash, at: m.at } : undefined;
  } catch {
    return undefined;
  }
}

function write(mark: Mark | undefined): void {
  try {
    if (mark) globalThis.localStorage?.setItem(KEY, JSON.stringify(mark));
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Storage refused (private mode, full): safe start is a help, not a requirement.
  }
}

/** The project an address opens, or undefined for the home screen (and addresses that open nothing). */
export function projectOfHash(hash: string): string | undefined {
  return /^#?\/p\/([A-Za-z0-9_-]{1,64})(?:\/|$)/.exec(hash)?.[1];
}

/** The mark this page wrote last (so that leaving the page takes off its own mark only). */
let ownMark: Mark | undefined;

/** Called as an address is about to open: marks a project's, clears the mark for home. */
export function markOpening(hash: string): void {
  ownMark = projectOfHash(hash) ? { hash, at: Date.now() } : undefined;
  write(ownMark);
}

/**
 * The page is being left on purpose (a reload, a close, another address) while its opening is
 * still marked: that is no hang, so the mark goes. A hung page can't run this (its main thread
 * is busy) and a crashed or killed one never gets it, so their marks stay. Without this, a
 * reload pressed before the first frame painted sent the next start to the home screen.
 */
function leavingPage(): void {
  const mark = read();
  if (mark && ownMark && mark.hash === ownMark.hash && mark.at === ownMark.at) write(undefined);
}

/** Called once the screen of `hash` has painted its first frame. */
export function markOpened(hash: string): void {
  if (read()?.hash === hash) write(undefined);
}

/** Runs `fn` after the next frame has really been painted (or soon, in a hidden tab). */
export function afterPaint(fn: () => void): () => void {
  let cancelled = false;
  let frame = 0;
  const run = () => {
    if (!cancelled) fn();
  };
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
    const t = setTimeout(run, 0);
    return () => {
      cancelled = true;
      clearTimeout(t);
    };
  }
  frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(run);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}

/**
 * Whether opening `hash` now would reopen what did not finish opening last time: it is in the
 * same project as the mark (the project itself may be what hangs). Returns the address that
 * did not finish, and takes the mark off (the person now decides).
 */
export function unfinishedOpening(hash: string): string | undefined {
  const mark = read();
  if (!mark) return undefined;
  const project = projectOfHash(hash);
  if (!project || project !== projectOfHash(mark.hash)) return undefined;
  write(undefined);
  return mark.hash;
}

/**
 * At start, before the first render: when the address would reopen what did not finish
 * opening, goes to the home screen instead and returns what it skipped. Then keeps marking
 * every address that is opened from here on.
 */
export function startSafely(): string | undefined {
  const skipped = unfinishedOpening(location.hash);
  if (skipped) history.replaceState(history.state, '', '#/');
  // A start on home leaves the mark alone: the desktop app reads its last screen later (App.tsx).
  else if (projectOfHash(location.hash)) markOpening(location.hash);
  window.addEventListener('hashchange', () => markOpening(location.hash));
  window.addEventListener('pagehide', leavingPage);
  return skipped;
}
