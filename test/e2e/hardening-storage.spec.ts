/**
 * Storage failures in a real Chromium with its real IndexedDB: a full disk, a database that
 * breaks under an open project, another window upgrading the database, our own opening blocked
 * by another window, a database that can't be opened, and one with an incompatible schema.
 * Each shows a sentence with a way out (Try again, Download a backup, Start fresh keeping the
 * old database), and nothing already saved is lost.
 */
import { expect, test } from '@playwright/test';
import { addCardByDoubleClick, cardTexts, createProject, waitSaved } from './helpers';
import { banner, bareOriginPage, downloadBackup, installStorageFaults, rawProjects, setFault } from './hardening-helpers';

test.beforeEach(async ({ context }) => {
  await installStorageFaults(context);
});

for (const fault of ['quota', 'broken'] as const) {
  test(`writes fail (${fault === 'quota' ? 'the disk is full' : 'the database breaks'}): the facilitator sees why, downloads a backup with the unsaved card, and Try again saves it`, async ({
    page,
  }) => {
    await createProject(page, `Storage ${fault}`, 'b2b');
    await addCardByDoubleClick(page, 0, 0, 'Saved before the failure');
    await waitSaved(page);

    await setFault(page, fault);
    await addCardByDoubleClick(page, 1, 0, 'Made while saving fails');
    await expect(banner(page)).toBeVisible();
    await expect(banner(page)).toHaveAttribute('data-problem', fault === 'quota' ? 'quota' : 'unreadable');
    await expect(banner(page)).toContainText(fault === 'quota' ? /disk .* is full/ : /could not read its database/);
    await expect(page.getByTestId('saved-indicator')).toHaveCount(0);
    if (fault === 'broken') await expect(banner(page).getByRole('button', { name: /Start fresh/ })).toBeVisible();

    // The way out: a backup of everything on screen, the unsaved card included.
    const backup = await downloadBackup(page);
    expect(backup.name).toBe(`Storage ${fault}.baton`);
    expect(backup.cards).toEqual(['Made while saving fails', 'Saved before the failure']);

    // Still failing: Try again says so again, nothing is dropped.
    await banner(page).getByRole('button', { name: 'Try again' }).click();
    await expect(banner(page)).toBeVisible();

    await setFault(page, null);
    await banner(page).getByRole('button', { name: 'Try again' }).click();
    await expect(banner(page)).toHaveCount(0);
    await waitSaved(page);
    await page.reload();
    await expect.poll(() => cardTexts(page).then((t) => t.sort())).toEqual(['Made while saving fails', 'Saved before the failure']);
  });
}

test('another window upgrades the database: this one lets go at once, says so, keeps its changes and saves them after Try again', async ({
  page,
  context,
}) => {
  await createProject(page, 'Upgraded elsewhere', 'b2b');
  await addCardByDoubleClick(page, 0, 0, 'Saved before the upgrade');
  await waitSaved(page);

  // A newer Baton in another window opens the database with a higher version.
  const other = await bareOriginPage(context);
  const upgrade = await other.evaluate(
    () =>
      new Promise<{ blocked: boolean; opened: boolean; version: number }>((resolve) => {
        let blocked = false;
        const req = indexedDB.open('baton', 1000);
        req.onblocked = () => (blocked = true);
        req.onupgradeneeded = () => undefined; // a compatible upgrade: the stores stay
        req.onsuccess = () => {
          const version = req.result.version;
          req.result.close();
          resolve({ blocked, opened: true, version });
        };
        req.onerror = () => resolve({ blocked, opened: false, version: 0 });
        setTimeout(() => resolve({ blocked, opened: false, version: 0 }), 8000);
      }),
  );
  expect(upgrade).toEqual({ blocked: false, opened: true, version: 1000 });
  await expect(banner(page)).toHaveAttribute('data-problem', 'closed');
  await expect(banner(page)).toContainText('updated or reset in another window');

  // Work goes on in memory while the database is handed over.
  await addCardByDoubleClick(page, 1, 0, 'Made after the upgrade');
  await expect(banner(page)).toHaveAttribute('data-problem', 'closed');
  await banner(page).getByRole('button', { name: 'Try again' }).click();
  await expect(banner(page)).toHaveCount(0);
  await waitSaved(page);
  expect((await rawProjects(other)).titles).toEqual(['Upgraded elsewhere']);
  await page.reload();
  await expect.poll(() => cardTexts(page).then((t) => t.sort())).toEqual(['Made after the upgrade', 'Saved before the upgrade']);
});

test('our database can’t open while another window holds an older version: we say so, and go on as soon as it lets go', async ({
  context,
}) => {
  const other = await bareOriginPage(context);
  // The other window holds an old version open and ignores requests to let go.
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('baton', 1);
        req.onsuccess = () => {
          (window as unknown as { held: IDBDatabase }).held = req.result;
          resolve();
        };
        req.onerror = () => reject(req.error);
      }),
  );
  const page = await context.newPage();
  await page.goto('/');
  await expect(banner(page)).toHaveAttribute('data-problem', 'blocked');
  await expect(banner(page)).toContainText('open in another window');

  await other.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
  await expect(banner(page)).toHaveCount(0);
  await createProject(page, 'After the block', 'blank');
  await addCardByDoubleClick(page, 0, 0, 'Saved after the block');
  await waitSaved(page);
  await page.reload();
  await expect.poll(() => cardTexts(page)).toEqual(['Saved after the block']);
});

test('a database that can’t be opened: a clear message, and Try again once it can brings every project back', async ({ page }) => {
  await createProject(page, 'Survives a bad start', 'b2b');
  await addCardByDoubleClick(page, 0, 0, 'Saved before the bad start');
  await waitSaved(page);

  await page.evaluate(() => localStorage.setItem('baton-test:fault', 'open'));
  await page.goto('/');
  await expect(banner(page)).toHaveAttribute('data-problem', 'unreadable');
  await expect(banner(page)).toContainText('could not read its database');
  await expect(banner(page).getByRole('button', { name: /Start fresh/ })).toBeVisible();
  // Nothing is open, so there is nothing to back up from memory.
  await expect(banner(page).getByRole('button', { name: 'Download a backup' })).toHaveCount(0);

  await page.evaluate(() => localStorage.removeItem('baton-test:fault'));
  await banner(page).getByRole('button', { name: 'Try again' }).click();
  await expect(banner(page)).toHaveCount(0);
  const row = page.getByTestId('project-row').filter({ hasText: 'Survives a bad start' });
  await expect(row).toHaveCount(1);
  await row.getByRole('link').first().click();
  await page.getByRole('link', { name: /Open map/ }).first().click();
  await expect.poll(() => cardTexts(page)).toEqual(['Saved before the bad start']);
});

test('a database with an incompatible schema: Start fresh opens an empty one and keeps the old one untouched', async ({ context }) => {
  // A database named like ours, at our version, whose project store has another key: Dexie
  // can't use it, and it must not be "repaired" by deleting anything.
  const other = await bareOriginPage(context);
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('baton', 10);
        req.onupgradeneeded = () => {
          const idb = req.result;
          idb.createObjectStore('projects', { keyPath: 'uuid' }).put({ uuid: 'old-1', title: 'Old data' });
          idb.createObjectStore('updates', { autoIncrement: true });
        };
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      }),
  );
  await other.close();
  const page = await context.newPage();
  await page.goto('/');
  await expect(banner(page)).toHaveAttribute('data-problem', 'unreadable');
  await banner(page).getByRole('button', { name: /Start fresh/ }).click();
  await expect(banner(page)).toHaveCount(0);
  await createProject(page, 'A fresh start', 'blank');
  await addCardByDoubleClick(page, 0, 0, 'In the new database');
  await waitSaved(page);
  await page.reload();
  await expect.poll(() => cardTexts(page)).toEqual(['In the new database']);
  // The old database is still there, as it was.
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).sort());
  expect(names).toContain('baton');
  expect(names.some((n) => n?.startsWith('baton-fresh-'))).toBe(true);
  const old = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = indexedDB.open('baton');
        req.onsuccess = () => {
          const tx = req.result.transaction('projects', 'readonly');
          const all = tx.objectStore('projects').getAll();
          tx.oncomplete = () => {
            req.result.close();
            resolve(all.result);
          };
        };
        req.onerror = () => reject(req.error);
      }),
  );
  expect(old).toEqual([{ uuid: 'old-1', title: 'Old data' }]);
});
