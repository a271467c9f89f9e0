import { expect, test } from '@playwright/test';
import { addCardByDoubleClick, cardTexts, createProject, waitSaved } from './helpers';
import { assetCount, dropFile, makePng, newPersona, openPersonas } from './personas-helpers';
import { contrastViolations, overflowing, runFromPalette, skipTour } from './polish-helpers';

test('a facilitator does a whole small task with the keyboard only, through the command palette', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('Project title')).toBeVisible();
  await runFromPalette(page, 'new project');
  await expect(page.getByLabel('Project title')).toBeFocused();
  await page.keyboard.type('Keyboard only');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('application', { name: /Journey map/ })).toBeVisible();

  // Go elsewhere, then open the map again by typing its name.
  await runFromPalette(page, 'go to glossary');
  await expect(page.getByRole('application', { name: /Journey map/ })).toHaveCount(0);
  await runFromPalette(page, 'customer journ', 'Customer journey');
  await expect(page.getByTestId('stage')).toHaveCount(7);

  await runFromPalette(page, 'add stage', 'Add stage');
  await expect(page.getByTestId('stage')).toHaveCount(8);

  await runFromPalette(page, 'add card', 'Add card');
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await expect(editor).toBeFocused();
  await page.keyboard.type('Reads a review');
  await page.keyboard.press('Enter');
  await expect.poll(() => cardTexts(page)).toEqual(['Reads a review']);

  // Rename it: the palette finds the command by another word ("rename").
  await runFromPalette(page, 'rename card', 'Edit card text');
  await expect(editor).toBeFocused();
  await page.evaluate(() => new Promise(requestAnimationFrame)); // the caret settles at the end first
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Reads three reviews');
  await page.keyboard.press('Enter');
  await expect.poll(() => cardTexts(page)).toEqual(['Reads three reviews']);

  await runFromPalette(page, 'undo', 'Undo');
  await expect.poll(() => cardTexts(page)).toEqual(['Reads a review']);

  // The palette finds cards too, and Escape closes it without doing anything.
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('review');
  await expect(page.getByTestId('command-palette').getByRole('option', { name: /Reads a review/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('command-palette')).toHaveCount(0);
});

test('? shows the shortcut sheet, but not while typing in a field', async ({ page }) => {
  await createProject(page, 'Shortcuts');
  await page.getByRole('application', { name: /Journey map/ }).focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Undo/ })).toContainText(/Ctrl\+Z|⌘Z/);
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  // Typing "?" in a search box types it.
  await page.getByRole('link', { name: /Personas/ }).first().click();
  const search = page.getByRole('searchbox', { name: /Search personas/ });
  await search.fill('who?');
  await search.press('?');
  await expect(search).toHaveValue('who??');
  await expect(sheet).toHaveCount(0);
});

test('the projector theme passes an axe colour-contrast scan on the home screen, the editor and personas, and is remembered', async ({ page }) => {
  await createProject(page, 'Projector');
  await skipTour(page);
  await addCardByDoubleClick(page, 0, 0, 'Big enough for the back row');
  await page.getByRole('button', { name: 'Theme', exact: true }).click();
  await page.getByRole('menuitemradio', { name: /projector/i }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  expect(await contrastViolations(page)).toEqual([]);

  await openPersonas(page);
  await newPersona(page, 'Dana');
  expect(await contrastViolations(page)).toEqual([]);
  await page.getByRole('link', { name: /Personas/ }).first().click();
  await expect(page.getByTestId('persona-card')).toHaveCount(1);
  expect(await contrastViolations(page)).toEqual([]);

  await page.getByRole('button', { name: /All projects/ }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(1);
  expect(await contrastViolations(page)).toEqual([]);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(page.getByRole('button', { name: 'Theme', exact: true })).toBeVisible();
});

test('pictures dropped onto a persona and onto a card are stored once and shown', async ({ page }) => {
  await createProject(page, 'Pictures');
  await skipTour(page);
  await openPersonas(page);
  await newPersona(page, 'Lee');
  const png = makePng(64, 64, [30, 120, 60]);
  await dropFile(page, page.getByTestId('persona-editor'), 'lee.png', 'image/png', png);
  await expect(page.getByRole('img', { name: 'Picture of Lee' }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Open map Customer journey' }).click();
  await addCardByDoubleClick(page, 1, 0, 'Compares vendors');
  const card = page.getByTestId('card').first();
  await dropFile(page, card, 'vendors.png', 'image/png', png);
  await expect(card.getByRole('img', { name: 'Picture on the card “Compares vendors”' })).toBeVisible();
  // The same picture twice is one row in the assets table.
  expect(await assetCount(page)).toBe(1);
  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('card').first().locator('img.card-picture')).toBeVisible();

  // A file that is not a picture is refused in plain words, and the card keeps its picture.
  await dropFile(page, page.getByTestId('card').first(), 'notes.png', 'image/png', Buffer.from('not a picture'));
  await expect(page.getByRole('status')).toContainText('is not a picture');
  await expect(page.getByTestId('card').first().locator('img.card-picture')).toBeVisible();
});

test('right-clicking a card, or Shift+F10 on the map, opens its menu of commands', async ({ page }) => {
  await createProject(page, 'Context');
  await skipTour(page);
  await addCardByDoubleClick(page, 0, 0, 'Sees an ad');
  await addCardByDoubleClick(page, 1, 0, 'Downloads the guide');
  const card = page.getByTestId('card').filter({ hasText: 'Sees an ad' });
  await card.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Card menu' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await menu.getByRole('menuitem', { name: 'Card colour: Blue' }).click();
  await expect(card).toHaveClass(/card-blue/);
  await expect(card).toHaveAttribute('aria-description', 'Blue card');

  // From the keyboard: the menu of the card at the cursor, then Delete from it.
  await card.click();
  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeVisible();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Delete selected cards' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => cardTexts(page)).toEqual(['Downloads the guide']);

  // Stage menus are drawn above the map, never clipped by the stage header.
  await page.getByTestId('stage').nth(3).click({ button: 'right', position: { x: 40, y: 12 } });
  const stageMenu = page.getByRole('menu', { name: /Menu of stage Purchase/ });
  await expect(stageMenu.getByRole('menuitem', { name: 'Add a handoff after this stage' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByTestId('stage').nth(3).getByRole('button', { name: /Actions for stage/ }).click();
  const list = page.getByRole('menu', { name: /Actions for stage Purchase/ });
  const box = await list.boundingBox();
  const header = await page.getByTestId('stage').nth(3).boundingBox();
  expect(box!.height).toBeGreaterThan(150);
  expect(box!.y + box!.height).toBeGreaterThan(header!.y + header!.height);
});

test('the first-run tour takes a new facilitator to a first map with a persona and a handoff; a second profile skips it', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  const tour = page.getByRole('region', { name: 'Tour' });
  await expect(tour).toContainText('Step 1 of 5');
  await expect(tour).toContainText('Create a project');
  await page.getByLabel('Project title').fill('First map');
  await page.getByRole('button', { name: '+ New project' }).click();
  await expect(tour).toContainText('Step 2 of 5');
  await addCardByDoubleClick(page, 0, 0, 'Hears about us at a fair');
  await expect(tour).toContainText('Step 3 of 5');
  await openPersonas(page);
  await newPersona(page, 'Dana');
  await page.getByRole('link', { name: 'Open map Customer journey' }).click();
  await page.getByRole('button', { name: 'Add a persona to this map' }).click();
  await page.getByRole('menuitem', { name: 'Add Dana', exact: true }).click();
  await expect(tour).toContainText('Step 4 of 5');
  await page.getByRole('button', { name: /Handoff after Awareness/ }).click();
  await page.getByTestId('add-handoff-dialog').getByRole('button', { name: 'Add handoff' }).click();
  await expect(tour).toContainText('Step 5 of 5');
  await expect(tour).toContainText('Help');
  await tour.getByRole('button', { name: 'Finish the tour' }).click();
  await expect(tour).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('application', { name: /Journey map/ })).toBeVisible();
  await expect(tour).toHaveCount(0);

  // Help › Take the tour shows it again.
  await page.getByRole('button', { name: 'Help', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Take the tour' }).click();
  await expect(tour).toContainText('Step');

  // Someone else's computer (a fresh profile): the tour again, and Skip remembers.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto('/');
  const tour2 = second.getByRole('region', { name: 'Tour' });
  await expect(tour2).toContainText('Step 1 of 5');
  await tour2.getByRole('button', { name: 'Skip the tour' }).click();
  await expect(tour2).toHaveCount(0);
  await second.reload();
  await expect(second.getByLabel('Project title')).toBeVisible();
  await expect(tour2).toHaveCount(0);
  await other.close();
});

test('help is searchable and the About box lists the version and every bundled licence', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('Project title')).toBeVisible();
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Help' });
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill('MQL');
  await expect(help.locator('.help-topic')).toHaveCount(1);
  await expect(help).toContainText('Handoffs and their contracts');
  await help.getByRole('button', { name: /About Baton/ }).click();
  const about = page.getByRole('dialog', { name: 'About Baton' });
  await expect(about.getByTestId('about-version')).toHaveText(/Version \d+\.\d+\.\d+/);
  for (const dep of ['react', 'yjs', '@xyflow/react', 'dexie', 'zustand']) {
    await expect(about.getByRole('cell', { name: dep, exact: true }).first()).toBeVisible();
  }
});

test('longer words (pseudo-locale) and right-to-left layouts keep the toolbar, header and sidebar whole', async ({ page }, testInfo) => {
  await page.goto('/?pseudo');
  await page.locator('#new-project-title').fill('Lange Wörter');
  await page.locator('#new-project-title').press('Enter');
  await expect(page.getByTestId('stage').first()).toBeVisible();
  // Every catalogue string is longer (the toolbar's first button, for one).
  await expect(page.locator('[data-command="map.addStage"]')).toContainText('[Ádd stágé');
  await expect(page.locator('.section-nav')).toContainText('[Pérsóñás');
  await expect(page.getByTestId('tour')).toContainText('[Ádd á çárd');
  const KEY = ['.toolbar', '.sidebar', '.app-header', '.section-nav', '.map-list'];
  expect(await overflowing(page, KEY)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('pseudo-locale.png') });

  await page.evaluate(() => (document.documentElement.dir = 'rtl'));
  const sidebar = await page.locator('.sidebar').boundingBox();
  const main = await page.locator('.project-main').boundingBox();
  expect(sidebar!.x).toBeGreaterThan(main!.x); // the sidebar moved to the right-hand side
  expect(await overflowing(page, KEY)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  // User text follows its own direction.
  await expect(page.locator('.map-list a').first()).toHaveAttribute('dir', 'auto');
  await page.screenshot({ path: testInfo.outputPath('rtl.png') });
});
