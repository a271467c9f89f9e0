import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { addCardByDoubleClick, cardTexts, createProject, renameStage, stageNames, waitSaved } from './helpers';
import { readFile } from 'node:fs/promises';
import { dropFile, goHome, openFileFromHome, saveCopyFromHeader, toast } from './files-helpers';

test('a project saved as a .baton file, deleted, and opened again from the home screen comes back whole', async ({
  page,
}) => {
  await createProject(page, 'Acme: round trip', 'b2b');
  await addCardByDoubleClick(page, 0, 0, 'Reads an analyst report');
  await waitSaved(page);
  const file = await saveCopyFromHeader(page);
  expect(file.name).toBe('Acme round trip.baton');
  await expect(toast(page)).toContainText('Saved a copy as “Acme round trip.baton”.');

  await goHome(page);
  const rows = page.getByTestId('project-row');
  await expect(page.getByTestId('recent-file')).toContainText(['Acme round trip.baton']);
  await rows.filter({ hasText: 'Acme: round trip' }).getByRole('button', { name: /Actions for project/ }).click();
  await page.getByRole('menuitem', { name: 'Delete project' }).click();
  await expect(rows).toHaveCount(0);

  await openFileFromHome(page, file.path);
  await expect(toast(page)).toContainText('“Acme: round trip” is back on this computer');
  await expect(rows).toHaveCount(1);
  // The recent files list leads to the project.
  await expect(page.getByTestId('recent-file')).toHaveCount(1);
  await expect(page.getByTestId('recent-file')).toContainText('opened');
  await page.getByRole('button', { name: 'Open the project of Acme round trip.baton' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme: round trip');
  await page.getByRole('link', { name: 'Open map Customer journey' }).first().click();
  await expect.poll(() => cardTexts(page)).toEqual(['Reads an analyst report']);

  // Opened again after more editing: the file holds nothing new.
  await addCardByDoubleClick(page, 1, 0, 'Asks a peer');
  await waitSaved(page);
  await goHome(page);
  await openFileFromHome(page, file.path);
  await expect(toast(page)).toContainText('Nothing new: this file holds nothing that isn’t here already.');
  await expect(rows).toHaveCount(1);
});

test('two people edit the same project apart; opening one’s file on the other’s machine merges it, says what changed, and can be undone', async ({
  page,
  browser,
}) => {
  await createProject(page, 'Shared project', 'b2b');
  await waitSaved(page);
  const original = await saveCopyFromHeader(page);

  // Ben, on another machine (its own browser storage), opens the file, adds a card, renames a stage.
  const ben = await (await browser.newContext()).newPage();
  await ben.goto('/');
  await openFileFromHome(ben, original.path);
  await expect(toast(ben)).toContainText('Added the project “Shared project” from the file.');
  await ben.getByTestId('project-row').getByRole('link').click();
  await ben.getByRole('link', { name: 'Open map Customer journey' }).first().click();
  await expect(ben.getByTestId('stage').first()).toBeVisible();
  await addCardByDoubleClick(ben, 0, 0, 'Ben: cold call');
  await renameStage(ben, 3, 'Contract');
  await waitSaved(ben);
  const bensFile = await saveCopyFromHeader(ben);
  await ben.context().close();

  // Anna adds her own card meanwhile, then opens Ben's file while the project is open.
  await addCardByDoubleClick(page, 1, 0, 'Anna: webinar');
  await waitSaved(page);
  await goHome(page);
  await openFileFromHome(page, bensFile.path);
  await expect(toast(page)).toContainText('Merged the file into “Shared project”: 1 card added, 1 stage renamed.');
  await page.getByTestId('project-row').getByRole('link').click();
  await page.getByRole('link', { name: 'Open map Customer journey' }).first().click();
  await expect.poll(async () => (await cardTexts(page)).sort()).toEqual(['Anna: webinar', 'Ben: cold call']);
  expect(await stageNames(page)).toContain('Contract');

  // Undo the merge from the toast: Anna's work stays, Ben's goes.
  await page.getByRole('status').getByRole('button', { name: 'Undo the merge' }).click();
  await expect(toast(page)).toContainText('The merge was undone');
  await expect.poll(() => cardTexts(page)).toEqual(['Anna: webinar']);
  expect(await stageNames(page)).not.toContain('Contract');
});

test('a broken file is refused with a sentence and changes nothing, whether picked or dropped', async ({ page }) => {
  await createProject(page, 'Untouched', 'b2b');
  await waitSaved(page);
  const file = await saveCopyFromHeader(page);
  await goHome(page);
  // A copy cut short (as by a failed transfer), dropped onto the window.
  const bytes = await readFile(file.path);
  await dropFile(page, 'cut-short.baton', bytes.subarray(0, Math.floor(bytes.length / 2)));
  await expect(toast(page)).toContainText('This is not a Baton file, or it is damaged');
  await dropFile(page, 'notes.txt', Buffer.from('hello'));
  await expect(toast(page)).toContainText('“notes.txt” is not a .baton file.');
  await openFileFromHome(page, { name: 'holiday-photos.baton', buffer: Buffer.from('this is not a zip at all') });
  await expect(toast(page)).toContainText('This is not a Baton file, or it is damaged');
  await expect(page.getByTestId('project-row')).toHaveCount(1);
  await expect(page.getByTestId('project-row')).toContainText('Untouched');
  await expect(page.getByTestId('recent-file')).toHaveCount(1); // only the copy saved above
  await expect(page.getByTestId('recent-file')).toContainText('saved');
});

test('version history: save a version, change the map, preview and restore it, then undo the restore', async ({ page }) => {
  await createProject(page, 'Versions', 'b2b');
  await addCardByDoubleClick(page, 0, 0, 'Before the workshop');
  await waitSaved(page);

  await page.getByRole('link', { name: 'Version history' }).click();
  await page.getByLabel('Name of the version').fill('Before the workshop');
  await page.getByRole('button', { name: 'Save a version' }).click();
  const versions = page.getByTestId('version');
  await expect(versions.filter({ hasText: 'Before the workshop' })).toHaveCount(1);

  await page.getByRole('link', { name: 'Open map Customer journey' }).first().click();
  await addCardByDoubleClick(page, 1, 0, 'Added in the workshop');
  await renameStage(page, 0, 'Discovery');
  await waitSaved(page);

  await page.getByRole('link', { name: 'Version history' }).click();
  await page.getByRole('link', { name: 'Preview “Before the workshop”' }).click();
  const preview = page.getByRole('region', { name: 'Preview “Before the workshop”' });
  await expect(preview.getByTestId('version-card')).toHaveText(['Before the workshop']);
  await expect(preview.getByRole('columnheader', { name: 'Awareness' })).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('.history').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await preview.getByRole('button', { name: 'Restore this version' }).click();
  await expect(toast(page)).toContainText('Restored “Before the workshop”.');
  await expect(versions.filter({ hasText: 'Before restoring “Before the workshop”' })).toHaveCount(1);

  await page.getByRole('link', { name: 'Open map Customer journey' }).first().click();
  await expect.poll(() => cardTexts(page)).toEqual(['Before the workshop']);
  expect((await stageNames(page))[0]).toBe('Awareness');

  // The restore is one ordinary step: Undo brings the workshop's changes back.
  await page.getByRole('button', { name: /Undo/ }).first().click();
  await expect.poll(async () => (await cardTexts(page)).sort()).toEqual(['Added in the workshop', 'Before the workshop']);
  expect((await stageNames(page))[0]).toBe('Discovery');
  await waitSaved(page);
  await page.reload();
  await expect.poll(async () => (await cardTexts(page)).sort()).toEqual(['Added in the workshop', 'Before the workshop']);
});
