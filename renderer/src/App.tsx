import { useEffect } from 'react';
import { FileDrop } from './features/files/FileDrop';
import { saveProjectCopy } from './features/files/fileCommands';
import { HomeScreen } from './features/home/HomeScreen';
import { ProjectScreen } from './features/project/ProjectScreen';
import { platform } from './platform';
import { db, getSetting, putSetting } from './storage/db';
import { purgeDeleted } from './storage/projects';
import { reportStorageError } from './storage/storageStatus';
import { StorageBanner } from './ui/StorageBanner';
import { Toasts } from './ui/Toasts';
import { parseRoute, useHash } from './ui/router';
import { AppLayer } from './features/help/AppLayer';
import { TourBar } from './features/tour/TourBar';

/** Projects deleted longer ago than this are purged at start-up (their undo has long passed). */
const PURGE_AFTER_MS = 60 * 60 * 1000;

export function App() {
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
        if (r && parseRoute(r).name !== 'home') location.hash = r;
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
      <TourBar placement="top" />
      {route.name === 'home' ? (
        <HomeScreen />
      ) : (
        <ProjectScreen
          key={route.projectId}
          projectId={route.projectId}
          mapId={route.name === 'map' ? route.mapId : undefined}
          section={route.name === 'project' ? route.section : undefined}
          itemId={route.name === 'project' ? route.itemId : undefined}
        />
      )}
      <FileDrop />
      <AppLayer />
      <Toasts />
    </>
  );
}
