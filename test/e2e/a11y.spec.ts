import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createProject } from './helpers';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}

test('an axe scan of the home screen and the editor finds no serious or critical violations', async ({ page }) => {
  await createProject(page, 'Accessible', 'b2b');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: /All projects/ }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
});
