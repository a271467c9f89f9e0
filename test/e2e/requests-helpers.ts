import { expect, type Page } from '@playwright/test';

/** Opens the project's "Content requests" section from the sidebar. */
export async function openRequests(page: Page) {
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: /Content requests/ }).click();
  await expect(page.getByRole('heading', { name: 'Content requests', level: 2 })).toBeVisible();
}

export const askForm = (page: Page) => page.getByTestId('ask-form');
export const column = (page: Page, status: 'new' | 'accepted' | 'in-progress' | 'delivered' | 'declined') =>
  page.getByTestId(`rq-column-${status}`);
export const card = (page: Page, what: string) => page.getByTestId('rq-card').filter({ hasText: what });
export const detail = (page: Page) => page.getByTestId('rq-detail');

/** Files a request with the fast form: what, and optionally some details. */
export async function ask(
  page: Page,
  what: string,
  details: { stage?: string; persona?: string; askedBy?: string; why?: string; due?: string } = {},
) {
  const form = askForm(page);
  if (Object.keys(details).length) {
    const more = form.locator('details');
    if ((await more.getAttribute('open')) === null) await form.getByText('More details (optional)').click();
    if (details.why) await form.getByLabel('Why: the deal, objection or question behind it').fill(details.why);
    if (details.stage) await form.getByLabel('Stage', { exact: true }).selectOption({ label: details.stage });
    if (details.persona) await form.getByLabel('Persona', { exact: true }).selectOption({ label: details.persona });
    if (details.askedBy) await form.getByLabel('Asked by').fill(details.askedBy);
    if (details.due) await form.getByLabel('Needed by').fill(details.due);
  }
  const field = form.getByRole('textbox', { name: 'What do you need?' });
  await field.fill(what);
  await field.press('Enter');
  await expect(field).toHaveValue('');
  await expect(card(page, what)).toBeVisible();
}

/** A local calendar day `offset` days from today in the browser, YYYY-MM-DD. */
export function localDayIn(page: Page, offset: number): Promise<string> {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offset);
}
