/**
 * A screen or a part of one whose code is fetched the first time it is needed (a chunk of its
 * own in the build), so the home screen loads only what it shows. The part's registration (a
 * module's section, slot or command) keeps a small synchronous stand-in; while the code comes,
 * the stand-in says what is loading, in the same place (a `.loading` line, no layout jump).
 * Once fetched, the part renders directly (no fallback again). `preloadParts()` fetches every
 * part registered so far: the open project awaits it so its map, badges and panels appear
 * together, without a line of "Loading…" for each.
 */
import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { U } from '../i18n/ui';
import { yieldToMain } from '../storage/yieldToMain';

export type LazyPart<P> = ((props: P) => ReactNode) & { preload: () => Promise<void> };

const loaders: (() => Promise<void>)[] = [];

/** `what`: the words after "Loading" (e.g. "the report"); undefined draws nothing while loading (a badge, a strip). */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, what?: string): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (c) => void (loaded = c),
      (err: unknown) => {
        pending = undefined; // a failed fetch (offline) is tried again next time
        throw err;
      },
    ));
  const Lazy = lazy(() => preload().then(() => ({ default: loaded as ComponentType<P> })));
  const Part = (props: P): ReactNode => {
    // Decided once per mount: switching from the Suspense tree to the direct one would remount the part (and lose what it holds).
    const [Loaded] = useState(() => loaded);
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={what ? <p className="loading" role="status">{U.progress.loadingPart(what)}</p> : null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
  loaders.push(preload);
  return Object.assign(Part, { preload });
}

/**
 * Parts whose fetch starts in one task. Starting a part's fetch appends a `modulepreload` link
 * per chunk it needs (Vite's preload helper), and the ~50 parts at once were a large share of
 * the first task of an open (issue 21: no task over 200 ms while opening a map).
 */
const PRELOAD_BATCH = 8;

/** Fetches every part registered so far (the ones that fail load when first shown), a few per task. */
export async function preloadParts(): Promise<void> {
  const fetching: Promise<void>[] = [];
  for (let i = 0; i < loaders.length; i++) {
    if (i > 0 && i % PRELOAD_BATCH === 0) await yieldToMain();
    fetching.push(loaders[i]!().catch(() => undefined));
  }
  await Promise.all(fetching);
}
