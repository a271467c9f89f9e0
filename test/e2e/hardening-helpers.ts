/**
 * Helpers for the hardening tests (crashes, storage failures, CSP): fault injection into the
 * page's real IndexedDB, raw database access from a second page, and reading a downloaded
 * .baton file back.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * Installed before any page script: IndexedDB writes (add/put) and opens fail on demand.
 * `window.__batonStorageFault` (set by the test at any moment) or the localStorage key
 * `baton-test:fault` (survives a reload) says how: 'quota' (QuotaExceededError, as a full
 * disk), 'broken' (UnknownError on every write, as a damaged database), 'open' (indexedDB.open
 * throws UnknownError, as Chromium does when it can't open the backing store).
 */
export async function installStorageFaults(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const fault = (): string | null => {
      const w = window as unknown as { __batonStorageFault?: string };
      try {
        return w.__batonStorageFault ?? localStorage.getItem('baton-test:fault');
      } catch {
        return w.__batonStorageFault ?? null;
      }
    };
    for (const name of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[name] as (...a: unknown[]) => IDBRequest;
      (IDBObjectStore.prototype as unknown as Record<string, unknown>)[name] = function (this: IDBObjectStore, ...args: unknown[]) {
        const f = fault();
        if (f === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        if (f === 'broken') throw new DOMException('An internal error was encountered in the Indexed Database server', 'UnknownError');
        return original.apply(this, args);
      };
    }
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      if (fault() === 'open') throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      return open.apply(this, args);
    };
  });
}

export async function setFault(page: Page, fault: 'quota' | 'broken' | null): Promise<void> {
  await page.evaluate((f) => {
    (window as unknown as { __batonStorageFault?: string | null }).__batonStorageFault = f;
  }, fault);
}

/** A page of the app's origin that runs no app code (the server's 404 page): a "second window". */
export async function bareOriginPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/no-app-here');
  return page;
}

export const banner = (page: Page) => page.getByTestId('storage-banner');

/** Clicks "Download a backup" and returns the card texts and title of the saved .baton file. */
export async function downloadBackup(page: Page): Promise<{ title: string; cards: string[]; name: string }> {
  const download = page.waitForEvent('download');
  await banner(page).getByRole('button', { name: 'Download a backup' }).click();
  const d = await download;
  const file = await d.path();
  const entries = unzipSync(new Uint8Array(await readFile(file)));
  const json = JSON.parse(strFromU8(entries['project.json']!)) as {
    project: { info: { title: string }; cards: Record<string, { text: string }> };
  };
  expect(entries['state.bin']?.length).toBeGreaterThan(0);
  return { title: json.project.info.title, cards: Object.values(json.project.cards).map((c) => c.text).sort(), name: d.suggestedFilename() };
}

/** Every project row and update row of the database `name`, read raw (no Dexie) in `page`. */
export async function rawProjects(page: Page, name = 'baton'): Promise<{ titles: string[]; updates: number }> {
  return page.evaluate(
    (dbName) =>
      new Promise<{ titles: string[]; updates: number }>((resolve, reject) => {
        const req = indexedDB.open(dbName);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const idb = req.result;
          const tx = idb.transaction(['projects', 'updates'], 'readonly');
          const projects = tx.objectStore('projects').getAll();
          const updates = tx.objectStore('updates').count();
          tx.oncomplete = () => {
            idb.close();
            resolve({ titles: (projects.result as { title: string }[]).map((p) => p.title).sort(), updates: updates.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    name,
  );
}

// ---- Reading the stored project in Node (for the crash tests) ----------------------------

/** Every stored Yjs update of a project, read raw from the page's IndexedDB. */
export async function storedUpdates(page: Page, projectId: string, dbName = 'baton'): Promise<Uint8Array[]> {
  const rows = await page.evaluate(
    ({ dbName, projectId }) =>
      new Promise<number[][]>((resolve, reject) => {
        const req = indexedDB.open(dbName);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const idb = req.result;
          const tx = idb.transaction('updates', 'readonly');
          const all = tx.objectStore('updates').index('projectId').getAll(projectId);
          tx.oncomplete = () => {
            idb.close();
            resolve((all.result as { update: Uint8Array }[]).map((r) => Array.from(r.update)));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { dbName, projectId },
  );
  return rows.map((r) => new Uint8Array(r));
}
