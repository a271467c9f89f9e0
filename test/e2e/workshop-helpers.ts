import { expect, type Page } from '@playwright/test';

export const toasts = (page: Page) => page.locator('.toasts');

/** Closes every message at the bottom of the screen (they cover the lower lanes of the map). */
export async function dismissToasts(page: Page) {
  const close = toasts(page).getByRole('button', { name: 'Close' });
  while ((await close.count()) > 0) await close.first().click();
}

/** Opens the project's Workshop section from the sidebar. */
export async function openWorkshop(page: Page) {
  await page
    .getByRole('navigation', { name: 'Project' })
    .getByRole('link', { name: /Workshop/ })
    .click();
  await expect(page.getByRole('navigation', { name: 'Workshop screens' })).toBeVisible();
}

export async function workshopTab(
  page: Page,
  name: 'Sessions' | 'Questionnaire' | 'Actions and parking lot' | 'Agenda templates',
) {
  await page
    .getByRole('navigation', { name: 'Workshop screens' })
    .getByRole('link', { name, exact: true })
    .click();
}

/** Creates a session from a template on the Sessions screen and waits for its screen. */
export async function createSession(page: Page, template: RegExp) {
  await workshopTab(page, 'Sessions');
  // The Sessions tab lands on the running session when one runs; the list is one link away.
  const list = page.getByLabel('Agenda template');
  const all = page.getByRole('link', { name: '← All sessions' });
  await expect(list.or(all)).toBeVisible();
  if (await all.isVisible()) await all.click();
  const select = page.getByLabel('Agenda template');
  const options = await select.locator('option').allInnerTexts();
  const label = options.find((o) => template.test(o));
  if (!label) throw new Error(`no template ${template} in ${options.join(', ')}`);
  await select.selectOption({ label });
  await page.getByRole('button', { name: '+ Create session' }).click();
  await expect(page.getByTestId('session-status')).toHaveText('Planned');
}

export async function addParticipant(page: Page, name: string, team: string) {
  const before = await page.getByTestId('participant').count();
  await page.getByPlaceholder('Participant’s name').fill(name);
  await page.getByRole('combobox', { name: 'Team', exact: true }).selectOption({ label: team });
  await page.getByRole('button', { name: '+ Add participant' }).click();
  await expect(page.getByTestId('participant')).toHaveCount(before + 1);
  await expect(page.getByTestId('participant').last().getByRole('textbox')).toHaveValue(name);
}

/** Picks who is at the keyboard with the switcher above the map ('Facilitator' or a participant). */
export async function actAs(page: Page, who: string) {
  await page.getByTestId('participant-switcher').selectOption({ label: who });
}

export const cardByText = (page: Page, text: string) =>
  page.getByTestId('card').filter({ hasText: text });

/** Double-clicks the lower part of the cell at a stage and a lane, found by their names. */
export async function doubleClickCell(page: Page, stageName: string, laneName: string) {
  const where = async () => {
    const stage = await page
      .getByTestId('stage')
      .filter({ has: page.getByRole('heading', { name: stageName, exact: true }) })
      .boundingBox();
    const lane = await page
      .getByTestId('lane')
      .filter({ has: page.getByRole('heading', { name: laneName, exact: true }) })
      .boundingBox();
    if (!stage || !lane) throw new Error('stage or lane not visible');
    return { x: stage.x + stage.width / 2, y: lane.y + lane.height - 12 };
  };
  // Click the cell first: panels above the map may change height when the cursor moves,
  // which would move the map under a double-click in flight.
  const first = await where();
  await page.mouse.click(first.x, first.y);
  await page.waitForTimeout(150);
  const at = await where();
  await page.mouse.dblclick(at.x, at.y);
}

/** Adds a card in a cell (stage and lane by name) by double-clicking it and typing. */
export async function addCardIn(page: Page, stageName: string, laneName: string, text: string) {
  await dismissToasts(page);
  await doubleClickCell(page, stageName, laneName);
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await expect(editor).toBeFocused();
  await editor.fill(text);
  await editor.press('Enter');
  await expect(editor).toHaveCount(0);
  await expect(page.getByTestId('card').filter({ hasText: text })).toHaveAttribute(
    'aria-label',
    new RegExp(`in ${stageName}, ${laneName}$`),
  );
}
