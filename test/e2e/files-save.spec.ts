/**
 * Save back to the opened .baton file, the Edited marker, a file changed behind Baton's back,
 * and Save as… (issue 23 item 13), in Chromium with the File System Access API. The pickers are
 * stubbed with files of the origin's private file system (files-helpers.ts stubFilePickers), so
 * the test reads the very file Baton wrote.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { addCardByDoubleClick, createProject, waitSaved } from './helpers';
import {
  goHome,
  nextSaveName,
  openWithPicker,
  readPickerFile,
  saveCopyFromHeader,
  stubFilePickers,
  toast,
  writePickerFile,
} from './files-helpers';

/** The project.json of a .baton file, as text. */
const projectJson = (bytes: Buffer) => strFromU8(unzipSync(new Uint8Array(bytes))['project.json']!);

const fileGroup = (page: Page) => page.getByRole('group', { name: 'Project file' });
const edited = (page: Page) => page.getByTestId('edited-marker');

async function saveWithKeys(page: Page, keys: string) {
  // Out of any field: the map has the focus after adding a card; the body otherwise.
  await page.keyboard.press(keys);
}

test('Save writes the edit back to the opened file, Edited comes and goes, a file changed on disk is asked about, Save as… picks a new file', async ({
  page,
}) => {
  await stubFilePickers(page);
  await createProject(page, 'Acme plan', 'b2b');
  await addCardByDoubleClick(page, 0, 0, 'Reads the pricing page');
  await waitSaved(page);
  const copy = await saveCopyFromHeader(page);
  await writePickerFile(page, 'Acme.baton', await readFile(copy.path));

  // Open the file through the file picker: the project remembers it.
  await goHome(page);
  await openWithPicker(page, 'Acme.baton');
  await expect(toast(page)).toContainText('Nothing new');
  await page.getByTestId('project-row').getByRole('link').click();
  await page.getByRole('link', { name: 'Open map Customer journey' }).first().click();
  await expect(fileGroup(page)).toContainText('Acme.baton');
  await expect(fileGroup(page).getByRole('button', { name: 'Save to Acme.baton' })).toBeVisible();
  await expect(edited(page)).toHaveCount(0);
  await expect(page).toHaveTitle('Acme plan — Baton');

  // An edit: Edited in the header and the window's title.
  await addCardByDoubleClick(page, 1, 0, 'Books a demo');
  await expect(edited(page)).toHaveText('Edited');
  await expect(page).toHaveTitle('Edited · Acme plan — Baton');

  // Ctrl+S writes it back to the same file: the edit is in it, the marker goes.
  await saveWithKeys(page, 'Control+s');
  await expect(toast(page)).toContainText('Saved to “Acme.baton”.');
  await expect(edited(page)).toHaveCount(0);
  await expect(page).toHaveTitle('Acme plan — Baton');
  expect(projectJson(await readPickerFile(page, 'Acme.baton'))).toContain('Books a demo');

  // Someone else saves the file meanwhile; Baton's next save asks first and writes nothing yet.
  const theirs = await readFile(copy.path);
  await writePickerFile(page, 'Acme.baton', theirs);
  await addCardByDoubleClick(page, 2, 0, 'Signs the contract');
  await expect(edited(page)).toBeVisible();
  await saveWithKeys(page, 'Control+s');
  const dialog = page.getByRole('dialog', { name: 'The file changed on disk' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('“Acme.baton” was changed outside Baton');
  // The safe choice has the focus; the others are a Tab away.
  await expect(dialog.getByRole('button', { name: 'Save as a new file…' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Replace “Acme.baton”' })).toBeFocused();
  expect((await new AxeBuilder({ page }).include('[data-testid="save-conflict"]').analyze()).violations).toEqual([]);
  // Escape cancels: nothing written, still Edited.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(Buffer.compare(await readPickerFile(page, 'Acme.baton'), theirs)).toBe(0);
  await expect(edited(page)).toBeVisible();

  // Again, and save as a new file: theirs stays as it is, ours goes to the new one.
  await saveWithKeys(page, 'Control+s');
  await nextSaveName(page, 'Acme (mine).baton');
  await dialog.getByRole('button', { name: 'Save as a new file…' }).click();
  await expect(toast(page)).toContainText('Saved to “Acme (mine).baton”.');
  expect(Buffer.compare(await readPickerFile(page, 'Acme.baton'), theirs)).toBe(0);
  expect(projectJson(await readPickerFile(page, 'Acme (mine).baton'))).toContain('Signs the contract');
  await expect(fileGroup(page)).toContainText('Acme (mine).baton');
  await expect(edited(page)).toHaveCount(0);

  // Changed on disk again, and this time replaced.
  await writePickerFile(page, 'Acme (mine).baton', theirs);
  await addCardByDoubleClick(page, 3, 0, 'Renews early');
  await saveWithKeys(page, 'Control+s');
  await dialog.getByRole('button', { name: 'Replace “Acme (mine).baton”' }).click();
  await expect(toast(page)).toContainText('Saved to “Acme (mine).baton”.');
  expect(projectJson(await readPickerFile(page, 'Acme (mine).baton'))).toContain('Renews early');

  // Save as… (Ctrl+Shift+S) picks a new file even with one already.
  await nextSaveName(page, 'Acme v2.baton');
  await saveWithKeys(page, 'Control+Shift+S');
  await expect(toast(page)).toContainText('Saved to “Acme v2.baton”.');
  expect(projectJson(await readPickerFile(page, 'Acme v2.baton'))).toContain('Renews early');
  await expect(fileGroup(page)).toContainText('Acme v2.baton');
});

test('with no file yet, Save asks where (the project’s name suggested) and then saves back there', async ({ page }) => {
  await stubFilePickers(page);
  await createProject(page, 'Fresh start', 'b2b');
  await expect(fileGroup(page)).toHaveCount(0);
  await addCardByDoubleClick(page, 0, 0, 'First touch');
  await saveWithKeys(page, 'Control+s');
  await expect(toast(page)).toContainText('Saved to “Fresh start.baton”.');
  expect(await page.evaluate(() => (window as unknown as { __picks: { saveCalls: string[] } }).__picks.saveCalls)).toEqual([
    'Fresh start.baton',
  ]);
  await expect(fileGroup(page)).toContainText('Fresh start.baton');
  // The next Save writes back without asking.
  await addCardByDoubleClick(page, 1, 0, 'Second touch');
  await expect(edited(page)).toBeVisible();
  await page.getByRole('button', { name: 'Save to Fresh start.baton' }).click();
  await expect(edited(page)).toHaveCount(0);
  expect(projectJson(await readPickerFile(page, 'Fresh start.baton'))).toContain('Second touch');
  expect(await page.evaluate(() => (window as unknown as { __picks: { saveCalls: string[] } }).__picks.saveCalls)).toHaveLength(1);
});

test('Ctrl+S pressed while typing saves what was just typed, and works while a menu button has the focus', async ({ page }) => {
  await stubFilePickers(page);
  await createProject(page, 'Typed plan', 'b2b');
  await addCardByDoubleClick(page, 0, 0, 'First touch');
  await saveWithKeys(page, 'Control+s');
  await expect(toast(page)).toContainText('Saved to “Typed plan.baton”.');

  // Back into the card's text: the keys go straight on to Ctrl+S, with no pause to save on.
  await page.locator('[data-card-id]').filter({ hasText: 'First touch' }).dblclick();
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await expect(editor).toBeFocused();
  await editor.press('End');
  await page.keyboard.type(' from the webinar', { delay: 0 });
  await page.keyboard.press('Control+s');
  await expect(edited(page)).toHaveCount(0);
  // The browser's own "Save page" did not take the key; the field keeps the focus and the text.
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue('First touch from the webinar');
  expect(projectJson(await readPickerFile(page, 'Typed plan.baton'))).toContain('First touch from the webinar');
  await editor.press('Enter');

  // A menu button with the focus lets the app's shortcuts through (it keeps only its own keys).
  await addCardByDoubleClick(page, 1, 0, 'Second touch');
  await page.getByRole('button', { name: 'Theme' }).focus();
  await page.keyboard.press('Control+s');
  await expect(edited(page)).toHaveCount(0);
  expect(projectJson(await readPickerFile(page, 'Typed plan.baton'))).toContain('Second touch');
});
