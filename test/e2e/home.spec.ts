import { expect, test } from '@playwright/test';
import { createProject, waitSaved } from './helpers';

test('the home screen lists projects with their counts; rename, duplicate, search, delete and undo', async ({
  page,
}) => {
  await createProject(page, 'Acme EMEA', 'b2b');
  await waitSaved(page);
  await page.getByRole('button', { name: /All projects/ }).click();
  await createProject(page, 'Globex', 'blank');
  await waitSaved(page);
  await page.getByRole('button', { name: /All projects/ }).click();

  const rows = page.getByTestId('project-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Acme EMEA' })).toContainText('1 map · 0 cards');

  await rows.filter({ hasText: 'Globex' }).getByRole('button', { name: /Actions for project/ }).click();
  await page.getByRole('menuitem', { name: 'Rename project' }).click();
  await page.getByRole('textbox', { name: 'Rename project' }).fill('Globex North');
  await page.getByRole('textbox', { name: 'Rename project' }).press('Enter');
  await expect(rows.filter({ hasText: 'Globex North' })).toHaveCount(1);

  await rows.filter({ hasText: 'Acme EMEA' }).getByRole('button', { name: /Actions for project/ }).click();
  await page.getByRole('menuitem', { name: 'Duplicate project' }).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Copy of Acme EMEA' })).toHaveCount(1);

  await page.getByRole('searchbox', { name: 'Search projects by title' }).fill('globex');
  await expect(rows).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search projects by title' }).fill('');

  await rows.filter({ hasText: 'Globex North' }).getByRole('button', { name: /Actions for project/ }).click();
  await page.getByRole('menuitem', { name: 'Delete project' }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(3);

  await page.reload();
  await expect(rows).toHaveCount(3);
  await rows.filter({ hasText: 'Copy of Acme EMEA' }).getByRole('link').click();
  await expect(page.getByRole('link', { name: 'Open map Customer journey' }).first()).toBeVisible();
});

test('a project holds several maps: create, rename, duplicate, delete and open them', async ({ page }) => {
  await createProject(page, 'Maps', 'b2b');
  await page.getByRole('button', { name: '+ New journey map' }).click();
  const maps = page.getByRole('region', { name: 'Journey maps' }).getByRole('listitem');
  await expect(maps).toHaveCount(2);
  await maps.nth(1).getByRole('button', { name: /Actions for map/ }).click();
  await page.getByRole('menuitem', { name: 'Rename map' }).click();
  await page.getByRole('textbox', { name: 'Rename map' }).fill('SMB buyer');
  await page.getByRole('textbox', { name: 'Rename map' }).press('Enter');
  await expect(maps.nth(1)).toContainText('SMB buyer');
  await maps.nth(1).getByRole('button', { name: /Actions for map/ }).click();
  await page.getByRole('menuitem', { name: 'Duplicate map' }).click();
  await expect(maps).toHaveCount(3);
  await expect(maps.nth(2)).toContainText('Copy of SMB buyer');
  await maps.nth(0).getByRole('button', { name: /Actions for map/ }).click();
  await page.getByRole('menuitem', { name: 'Delete map' }).click();
  await expect(maps).toHaveCount(2);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(maps).toHaveCount(3);
  await waitSaved(page);
  await page.reload();
  await expect(maps).toHaveCount(3);
  await page.getByRole('link', { name: 'Open map SMB buyer' }).click();
  await expect(page.getByTestId('stage')).toHaveCount(7);
});
