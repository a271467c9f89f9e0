import { lazy, Suspense, useEffect, useState } from 'react';
import { SafeStartNotice } from './features/files/SafeStartNotice';
import { saveProjectCopy } from './features/files/fileCommands';
import { HomeScreen } from './features/home/HomeScreen';
import { platform } from './platform';
import { db, getSetting, putSetting } from './storage/db';
import { purgeDeleted } from './storage/projects';
import { unfinishedOpening } from './storage/safeStart';
import { reportStorageError } from './storage/storageStatus';
import { StorageBanner } from './ui/StorageBanner';
import { Toasts } from './ui/Toasts';
import { parseRoute, useHash } from './ui/router';
import { AppBars, AppLayers } from './shared/screenSlots';
import { S } from './strings';
import { preloadParts } from './ui/lazyPart';

// The open project (the map editor, its sections and panels) is fetched when one is opened, not
// before the home screen: with it, every part the features registered lazily, so they show together.
const ProjectScreen = lazy(() =>
  Promise.all([import('./features/project/ProjectScreen'), preloadParts()]).then(([m]) => ({ default: m.ProjectScreen })),
);

/** Projects deleted longer ago than this are purged at start-up (their undo has long passed). */
const PURGE_AFTER_MS = 60 * 60 * 1000;

/** `skippedAtStart`: what a safe start did not reopen (storage/safeStart.ts, called by main.tsx). */
export function App({ skippedAtStart }: { skippedAtStart?: string } = {}) {
  const [skipped, setSkipped] = useState(skippedAtStart);
  const hash = useHash();
  const route = parseRoute(hash);

  useEffect(() => {
    // A database that can't be opened says so at once, on every screen (not only where a list fails).
    void db().open().catch((err: unknown) => reportStorageError(err));
    void platform.requestPersistentStorage();
    void purgeDeleted(Date.now() - PURGE_AFTER_MS).catch(() => undefined);
    // A restart of the desktop app opens on the screen it was closed on. (In a browser the
    // address itself keeps the screen, and opening the bare address means "home".)
    if (platform.isDesktop && (!location.hash || location.hash === '#')) {
      void getSetting<string>('lastRoute').then((r) => {
        if (!r || parseRoute(r).name === 'home') return;
        // Not what hung or crashed the app while it opened last time (safe start).
        const unfinished = unfinishedOpening(r);
        if (unfinished) setSkipped(unfinished);
        else location.hash = r;
      });
    }
  }, []);
  useEffect(() => {
    // Print views are for printing, not for coming back to after a restart.
    if (!/\/report\/print(-auto)?$/.test(hash)) void putSetting('lastRoute', hash || '#/').catch(() => undefined);
  }, [hash]);

  return (
    <>
      {/* The backup is built from the open project's document in memory, unsaved changes included. */}
      <StorageBanner onBackup={route.name === 'home' ? undefined : () => saveProjectCopy(route.projectId)} />
      <AppBars />
      {skipped && route.name === 'home' && <SafeStartNotice hash={skipped} onDone={() => setSkipped(undefined)} />}
      {route.name === 'home' ? (
        <HomeScreen />
      ) : (
        // The same words and place as the project's own "Opening…" while its document loads.
        <Suspense fallback={<p className="loading">{S.loading}</p>}>
          <ProjectScreen
            key={route.projectId}
            projectId={route.projectId}
            mapId={route.name === 'map' ? route.mapId : undefined}
            section={route.name === 'project' ? route.section : undefined}
            itemId={route.name === 'project' ? route.itemId : undefined}
          />
        </Suspense>
      )}
      <AppLayers />
      <Toasts />
    </>
  );
}
