import { expect, type Locator, type Page } from '@playwright/test';

/** Opens a project section from the sidebar. */
export async function openSection(page: Page, label: RegExp | string) {
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: label }).click();
}

export async function openMap(page: Page, title = 'Customer journey') {
  await page.getByRole('link', { name: `Open map ${title}` }).first().click();
  await expect(page.getByTestId('stage').first()).toBeVisible();
}

/** The number of open points the alignment overview lists (0 when it says nothing is open). */
export async function openPoints(page: Page): Promise<number> {
  await openSection(page, /Alignment overview/);
  const status = page.getByTestId('open-count');
  await expect(status).toBeVisible();
  const text = (await status.textContent()) ?? '';
  const m = /^(\d+) open point/.exec(text);
  return m ? Number(m[1]) : 0;
}

/** Types into a field and leaves it (every field saves while typing; leaving ends the undo step). */
export async function fillAndLeave(field: Locator, value: string) {
  await field.fill(value);
  await field.press('Tab');
}

/** The handoff contract in the side panel. */
export const contract = (page: Page) => page.getByTestId('handoff-contract');

/** Adds a fit rule (attribute, value, points) as the next row of the contract. */
export async function addFitRule(page: Page, n: number, attribute: string, value: string, points: string) {
  const c = contract(page);
  await c.getByRole('button', { name: '+ Add fit rule' }).click();
  await c.getByLabel(`Attribute, fit rule ${n}`, { exact: true }).fill(attribute);
  await c.getByLabel(`Value, fit rule ${n}`, { exact: true }).fill(value);
  await fillAndLeave(c.getByLabel(`Points, fit rule ${n}`, { exact: true }), points);
}

export async function addEngagementRule(page: Page, n: number, action: string, points: string, decay: string) {
  const c = contract(page);
  await c.getByRole('button', { name: '+ Add engagement rule' }).click();
  await c.getByLabel(`Action, engagement rule ${n}`, { exact: true }).fill(action);
  await fillAndLeave(c.getByLabel(`Points, engagement rule ${n}`, { exact: true }), points);
  await fillAndLeave(c.getByLabel(`Decay per week, engagement rule ${n}`, { exact: true }), decay);
}
