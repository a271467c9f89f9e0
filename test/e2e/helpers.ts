import { expect, type Page } from '@playwright/test';

/** Creates a project from the home screen and waits for its first map to open. */
export async function createProject(page: Page, title: string, template: 'b2b' | 'blank' = 'b2b') {
  await page.goto('/');
  await page.getByLabel('Project title').fill(title);
  await page.getByLabel('Start from').selectOption(template);
  await page.getByRole('button', { name: '+ New project' }).click();
  await expect(page.getByRole('application', { name: /Journey map/ })).toBeVisible();
  await expect(page.getByTestId('stage').first()).toBeVisible();
}

export const stageNames = (page: Page) => page.getByTestId('stage').locator('.stage-name').allInnerTexts();
export const laneNames = (page: Page) => page.getByTestId('lane').locator('.lane-name').allInnerTexts();
export const cardTexts = (page: Page) => page.getByTestId('card').locator('.card-text').allInnerTexts();

/** Waits until every change is on disk (the quiet "Saved" indicator). */
export async function waitSaved(page: Page) {
  await expect(page.getByTestId('saved-indicator')).toHaveAttribute('data-state', 'saved');
  await page.waitForTimeout(100);
}

export async function renameStage(page: Page, index: number, name: string) {
  const stage = page.getByTestId('stage').nth(index);
  await stage.getByRole('button', { name: /Actions for stage/ }).click();
  await page.getByRole('menuitem', { name: 'Rename stage' }).click();
  const input = page.getByRole('textbox', { name: 'Rename stage' });
  await input.fill(name);
  await input.press('Enter');
}

export async function renameLane(page: Page, index: number, name: string) {
  const lane = page.getByTestId('lane').nth(index);
  await lane.getByRole('button', { name: /Actions for lane/ }).click();
  await page.getByRole('menuitem', { name: 'Rename lane' }).click();
  const input = page.getByRole('textbox', { name: 'Rename lane' });
  await input.fill(name);
  await input.press('Enter');
}

/** Double-clicks the middle of a cell (stage i, lane j) and types a card's text. */
export async function addCardByDoubleClick(page: Page, stageIndex: number, laneIndex: number, text: string) {
  const stage = await page.getByTestId('stage').nth(stageIndex).boundingBox();
  const lane = await page.getByTestId('lane').nth(laneIndex).boundingBox();
  if (!stage || !lane) throw new Error('stage or lane not visible');
  await page.mouse.dblclick(stage.x + stage.width / 2, lane.y + lane.height - 12);
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await expect(editor).toBeFocused();
  await editor.fill(text);
  await editor.press('Enter');
  await expect(editor).toHaveCount(0);
}

/** Waits until the map's view has stopped moving (room mode's readable view is animated). */
export async function viewSettled(page: Page) {
  const transform = () => page.evaluate(() => getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
  let last = '';
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(150);
    const now = await transform();
    if (now === last) return;
    last = now;
  }
}
