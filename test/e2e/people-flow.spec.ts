/**
 * Issue 23 (items 1, 2, 6, 7, 12): the people side of a workshop leaves a true status and no
 * dead end — persona sign-off per team, a persona created from the map, the glossary's
 * proposed and disputed terms, lead scoring's status, and a phone that never scrolls sideways.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { addCardByDoubleClick, createProject, waitSaved } from './helpers';
import { addEngagementRule, addFitRule, contract, fillAndLeave, openMap, openSection } from './alignment-helpers';
import { addItems, newPersona, openPersonas, status } from './personas-helpers';
import { joinAs, startSession } from './live-helpers';

const shots = 'test-results/people-flow';

test('persona sign-off per team: Marketing 5/5, Sales 4/5, Customer success steps out, and it reads "Agreed by Marketing and Sales"', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await createProject(page, 'Sign-off per team', 'b2b');
  await openPersonas(page);
  await newPersona(page, 'Dana Ortiz');
  await page.getByRole('textbox', { name: 'A typical quote' }).fill('I need fewer tools, not more.');
  await page.getByRole('textbox', { name: 'Budget' }).fill('40k a year');
  await addItems(page, 'goal', ['Cut the number of tools']);
  await addItems(page, 'pain', ['Shadow IT everywhere']);

  await page.getByRole('button', { name: 'Marketing agrees with every open section' }).click();
  await page.getByRole('button', { name: 'Sales agrees with every open section' }).click();
  await page.getByRole('button', { name: 'Sales agrees with Pains' }).click(); // pressing again withdraws
  const headline = page.getByTestId('persona-status-headline');
  await expect(headline).toHaveText(/Draft: Marketing 5 of 5, Sales 4 of 5, Customer success 0 of 5/);
  await expect(page.getByTestId('persona-status-progress')).toHaveText('Marketing 5/5 · Sales 4/5 · Customer success 0/5');

  // Customer success is not part of this persona's sign-off.
  await page.getByRole('checkbox', { name: 'Customer success takes part in this persona’s sign-off' }).uncheck();
  await expect(page.getByTestId('persona-status-progress')).toHaveText('Marketing 5/5 · Sales 4/5 · Customer success not signing');
  await expect(headline).toHaveText(/Draft: Marketing 5 of 5, Sales 4 of 5$/);
  await expect(page.getByRole('button', { name: 'Customer success agrees with Pains' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Sales agrees with Pains' }).click();
  await expect(headline).toHaveText(/Agreed by Marketing and Sales$/);
  await expect(status(page)).toHaveAttribute('data-agreed', 'true');
  await status(page).screenshot({ path: `${shots}/persona-badge-1280.png` });
  await page.screenshot({ path: `${shots}/persona-editor-1280.png` });

  // Undo: Sales's last word, then Customer success is back in the sign-off.
  await page.getByRole('button', { name: '↶ Undo' }).click();
  await page.getByRole('button', { name: '↶ Undo' }).click();
  await expect(page.getByRole('checkbox', { name: 'Customer success takes part in this persona’s sign-off' })).toBeChecked();
  await expect(headline).toHaveText(/Customer success 0 of 5/);
  await page.getByRole('button', { name: '↷ Redo' }).click();
  await page.getByRole('button', { name: '↷ Redo' }).click();
  await expect(headline).toHaveText(/Agreed by Marketing and Sales$/);

  // It is kept, and the gallery and the one-page view (the report's page) say the same.
  await waitSaved(page);
  await page.reload();
  await expect(headline).toHaveText(/Agreed by Marketing and Sales$/);
  await expect(page.getByRole('checkbox', { name: 'Customer success takes part in this persona’s sign-off' })).not.toBeChecked();
  await page.getByRole('button', { name: 'One-page view' }).click();
  await expect(page.getByTestId('persona-onepager')).toContainText('Agreed by Marketing and Sales');
  await expect(page.getByTestId('persona-onepager')).toContainText('Customer success not signing');
  await page.getByRole('button', { name: /Back to editing/ }).click();
  await page.getByRole('link', { name: /All personas/ }).click();
  const card = page.getByTestId('persona-card').filter({ hasText: 'Dana Ortiz' });
  await expect(card.getByTestId('persona-card-status')).toContainText('Agreed');
  await expect(card.getByTestId('persona-card-progress')).toHaveText('Marketing 5/5 · Sales 5/5 · Customer success not signing');
  await card.screenshot({ path: `${shots}/persona-card-1280.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await card.getByRole('link', { name: /Open persona Dana Ortiz/ }).click();
  await expect(headline).toHaveText(/Agreed by Marketing and Sales$/);
  await page.screenshot({ path: `${shots}/persona-editor-1920.png` });
});

test('"Add a persona to this map" with no personas creates one on the map, in one undo step, and its page leads back to the map', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await createProject(page, 'From the map', 'b2b');
  const mapUrl = page.url();
  await page.getByRole('button', { name: 'Add a persona to this map' }).click();
  await page.getByRole('menuitem', { name: 'Create a persona…' }).click();
  const dialog = page.getByTestId('create-persona-dialog');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Carl, CFO (economic buyer)');
  await dialog.getByRole('button', { name: 'Create and add to the map' }).click();
  await expect(dialog).toHaveCount(0);

  // Still on the map, and he is on it, with initials from his name (not from "buyer").
  expect(page.url()).toBe(mapUrl);
  const chip = page.getByTestId('persona-chip');
  await expect(chip).toHaveText(/Carl, CFO \(economic buyer\)/);
  await expect(chip.getByRole('img', { name: 'Initials of Carl, CFO (economic buyer)' })).toHaveText('CA');
  await expect(page.getByRole('status')).toContainText('Carl, CFO (economic buyer) is on this map.');

  // One undo step takes back both the persona and its place on the map; redo brings them back.
  await page.getByTestId('stage').first().click();
  await page.keyboard.press('Control+z');
  await expect(chip).toHaveCount(0);
  await page.getByRole('button', { name: 'Add a persona to this map' }).click();
  await expect(page.getByRole('menuitem', { name: 'Create a persona…' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByTestId('stage').first().click();
  await page.keyboard.press('Control+Shift+z');
  await expect(chip).toHaveCount(1);

  // With a persona in the project, the menu offers both: add one and create another.
  await page.getByRole('button', { name: 'Add a persona to this map' }).click();
  await expect(page.getByRole('menuitem', { name: 'Every persona is already on this map.' })).toBeDisabled();
  await expect(page.getByRole('menuitem', { name: 'Create a new persona…' })).toBeEnabled();
  await page.keyboard.press('Escape');

  // His page (opened from the chip) offers the way back to the map, and it is all kept.
  await waitSaved(page);
  await page.reload();
  await chip.getByRole('link', { name: /Open persona Carl/ }).click();
  await expect(page.getByTestId('persona-editor')).toBeVisible();
  await page.getByRole('link', { name: '← Back to the map Customer journey' }).click();
  expect(page.url()).toBe(mapUrl);
  await expect(chip).toHaveCount(1);
});

test('glossary: a new term is asked who proposes it and starts "Proposed by …", a disputed term says so in words, and the list is searched and sorted', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await createProject(page, 'Same language', 'b2b');
  await openSection(page, /Glossary/);
  const form = page.locator('.al-add-form');
  await form.getByLabel('New term').fill('MQL');
  await form.getByRole('button', { name: '+ Add term' }).click();
  await expect(form.getByRole('alert')).toHaveText('Say which team proposes “MQL”.');
  await expect(form.getByLabel('Proposed by')).toBeFocused();
  const terms = page.getByTestId('term');
  await expect(terms).toHaveCount(0);
  await form.getByLabel('Proposed by').selectOption({ label: 'Marketing' });
  await form.getByRole('button', { name: '+ Add term' }).click();
  await expect(terms).toHaveCount(1);
  await expect(terms.nth(0).getByTestId('term-state')).toHaveText(/Proposed by Marketing: waiting for the other teams to agree\./);
  await expect(terms.nth(0).getByLabel('Status')).toHaveValue('proposed');
  await expect(terms.nth(0).getByTestId('definition-missing')).toBeVisible();
  await expect(terms.nth(0).getByLabel('Definition')).toHaveAttribute('placeholder', /What does it mean/);

  // The next term is prefilled with the team chosen last; Sales proposes SQL.
  await form.getByLabel('New term').fill('Nurture');
  await expect(form.getByLabel('Proposed by').locator('option:checked')).toHaveText('Marketing');
  await form.getByRole('button', { name: '+ Add term' }).click();
  await form.getByLabel('New term').fill('SQL');
  await form.getByLabel('Proposed by').selectOption({ label: 'Sales' });
  await form.getByRole('button', { name: '+ Add term' }).click();
  await expect(terms).toHaveCount(3);
  await expect(terms.nth(1).getByTestId('term-state')).toHaveText(/Proposed by Marketing/);
  await expect(terms.nth(2).getByTestId('term-state')).toHaveText(/Proposed by Sales/);

  // Writing a definition ends the prompt; agreeing says so.
  await terms.nth(0).getByLabel('Definition').fill('Marketing qualified lead: scored 60 or more.');
  await terms.nth(0).getByLabel('Definition').press('Tab');
  await expect(terms.nth(0).getByTestId('definition-missing')).toHaveCount(0);
  await terms.nth(0).getByLabel('Status').selectOption('agreed');
  await expect(terms.nth(0).getByTestId('term-state')).toHaveText(/Agreed: both teams use it this way\./);

  // Disputed, in words.
  await terms.nth(1).getByLabel('Status').selectOption('disputed');
  await expect(terms.nth(1).getByTestId('term-state')).toHaveText(/Disputed: the teams do not agree on this term yet \(proposed by Marketing\)/);

  // Search (term, synonyms, definition) and sort.
  const search = page.getByRole('searchbox', { name: 'Search the glossary' });
  await search.fill('scored');
  await expect(terms).toHaveCount(1);
  await expect(page.getByTestId('terms-shown')).toHaveText('1 of 3 terms');
  await search.fill('nothing like it');
  await expect(page.getByText('No term matches “nothing like it”.')).toBeVisible();
  await search.fill('');
  const order = () => terms.evaluateAll((els) => els.map((e) => (e.querySelector('input') as HTMLInputElement).value));
  await page.getByLabel('Sort terms').selectOption({ label: 'A to Z' });
  await expect.poll(order).toEqual(['MQL', 'Nurture', 'SQL']);
  await page.getByLabel('Sort terms').selectOption({ label: 'Disputed first' });
  await expect.poll(order).toEqual(['Nurture', 'SQL', 'MQL']);
  await page.screenshot({ path: `${shots}/glossary-1280.png` });

  // Kept; and a card on the map that uses the disputed term says it is disputed.
  await waitSaved(page);
  await page.reload();
  await expect(terms.nth(1).getByTestId('term-state')).toHaveText(/Disputed/);
  await openMap(page);
  await page.getByRole('button', { name: 'Fit map to screen' }).click();
  await addCardByDoubleClick(page, 2, 0, 'Nurture the leads that are not ready');
  await expect(page.getByTestId('card').getByTestId('term-chip')).toHaveText(/Nurture · disputed/);
});

test('lead scoring: with rules and a threshold but no sample lead the status asks for one, said once; the rule tables line up', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await createProject(page, 'Scoring', 'b2b');
  await page.getByTestId('stage').nth(1).getByRole('button', { name: 'Owner, handoff and KPI of stage Consideration' }).click();
  await page.getByRole('menuitem', { name: 'Add handoff after this stage' }).click();
  const panel = contract(page);
  await expect(panel).toBeVisible();
  const result = page.getByTestId('score-result');
  await expect(panel.getByTestId('score-calculator')).toHaveCount(0);

  await addFitRule(page, 1, 'Company size', '200-1000', '20');
  await addEngagementRule(page, 1, 'Requested a demo', '40', '5');
  await addEngagementRule(page, 2, 'Visited pricing page', '10', '0');
  // Rules, no threshold, no sample lead.
  await expect(result).toHaveText('Set a threshold, then add a sample lead to test it.');
  await fillAndLeave(panel.getByLabel('Threshold (a lead passes at this score or above)'), '60');
  await expect(result).toHaveText('Add a sample lead to test the threshold of 60.');
  await expect(result).not.toContainText('Score 0');

  // A sample lead: the score and the verdict, each said once.
  const calc = page.getByTestId('score-calculator');
  await calc.getByLabel(/Sample lead.s Company size/).fill('200-1000');
  await expect(result).toHaveText('Score 20 — below the threshold of 60: does not pass yet.');
  await calc.getByRole('checkbox', { name: /did .Requested a demo/ }).check();
  await expect(result).toHaveText('Score 60 — at or above the threshold of 60: passes.');
  // A threshold that is not a number is said once, in the status, not again under it.
  await fillAndLeave(panel.getByLabel('Threshold (a lead passes at this score or above)'), '');
  await expect(result).toHaveText('Score 60 — set a threshold to see whether it passes.');
  await fillAndLeave(panel.getByLabel('Threshold (a lead passes at this score or above)'), '60');
  await calc.getByRole('button', { name: 'Clear the sample lead' }).click();
  await expect(result).toHaveText('Add a sample lead to test the threshold of 60.');

  // A grid: every field starts under its column's header and fills it, and each remove button
  // sits in its own column right after its row's last field, on that row.
  // (The fit rules' grid, whose Rule column stacks the operator over the values, is checked in fit-rules.spec.ts.)
  for (const table of ['engagement-rules']) {
    const t = panel.getByTestId(table);
    const headers = t.locator('thead th');
    const cols = (await headers.count()) - 1;
    const rows = t.locator('tbody tr');
    const n = await rows.count();
    expect(n).toBeGreaterThan(0);
    const removeHeader = (await headers.nth(cols).boundingBox())!;
    for (let i = 0; i < n; i++) {
      const fields = rows.nth(i).locator('input');
      for (let c = 0; c < cols; c++) {
        const h = (await headers.nth(c).boundingBox())!;
        const f = (await fields.nth(c).boundingBox())!;
        expect(Math.abs(f.x - h.x), `${table} row ${i + 1} column ${c + 1} starts under its header`).toBeLessThan(8);
        expect(h.x + h.width - (f.x + f.width), `${table} row ${i + 1} column ${c + 1} fills its column`).toBeLessThan(16);
      }
      const last = (await fields.nth(cols - 1).boundingBox())!;
      const b = (await rows.nth(i).getByRole('button', { name: /^Remove / }).boundingBox())!;
      expect(b.x - (last.x + last.width), `${table} row ${i + 1}: remove follows the last field`).toBeLessThan(16);
      expect(b.x - 1).toBeGreaterThanOrEqual(last.x + last.width - 1);
      expect(Math.abs(b.x + b.width / 2 - (removeHeader.x + removeHeader.width / 2))).toBeLessThan(4);
      expect(Math.abs(b.y + b.height / 2 - (last.y + last.height / 2)), `${table} row ${i + 1}: remove is on its row`).toBeLessThan(4);
    }
  }
  await panel.getByTestId('fit-rules').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/scoring-1280.png` });
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** How far the page can scroll sideways (0 on a page that fits the screen). */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return Math.max(el.scrollWidth, document.body.scrollWidth) - el.clientWidth;
  });

/** Whether two elements' boxes overlap on screen. */
async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const x = await a.boundingBox();
  const y = await b.boundingBox();
  if (!x || !y) return false;
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

test('phone: the facilitator’s header folds into a menu and no screen scrolls sideways', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await createProject(page, 'On the phone', 'b2b');
  await page.screenshot({ path: `${shots}/phone-map-390.png` });
  // One row of header: the title, Saved, and two buttons the rest folds behind.
  expect((await page.locator('.app-header').boundingBox())!.height).toBeLessThan(70);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await expect(page.getByRole('button', { name: 'Save a copy' })).toBeHidden();

  // The header's buttons are behind "Project actions", each still there and named.
  const actions = page.getByRole('button', { name: 'Project actions' });
  await actions.click();
  await expect(actions).toHaveAttribute('aria-expanded', 'true');
  for (const name of [/Save a copy/, /^Export/, /Start live session/, /Search and commands/]) await expect(page.getByRole('button', { name }).first()).toBeVisible();
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${shots}/phone-menu-390.png` });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Save a copy' })).toBeHidden();

  // The sections are behind "Sections and maps"; every screen fits the phone's width.
  for (const section of [/Personas/, /Glossary/, /Workshop/, /Alignment overview/, /KPIs and funnel/, /Leadership report/, /Teams/]) {
    await page.getByRole('button', { name: 'Sections and maps' }).click();
    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: section }).click();
    await expect(page.getByRole('navigation', { name: 'Project' })).toBeHidden();
    await expect(page.locator('.project-main h2').first()).toBeVisible();
    expect(await sideways(page), `${section.source} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.screenshot({ path: `${shots}/phone-report-390.png` });
  await page.getByRole('button', { name: 'Sections and maps' }).click();
  await page.screenshot({ path: `${shots}/phone-sections-390.png` });
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: /Customer journey/ }).first().click();
  await expect(page.getByTestId('stage').first()).toBeVisible();
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await context.close();
});

test('phone: joining a live session, the "You joined" toast never covers Add card, and nothing scrolls sideways', async ({ browser }) => {
  const { server } = await startSession();
  try {
    const phone = await joinAs(browser, server.url, 'Pat', PHONE);
    const page = phone.page;
    await expect(page.getByTestId('phone-view')).toBeVisible();
    const toast = page.locator('.toast').filter({ hasText: 'You joined' });
    await expect(toast).toBeVisible();
    const add = page.getByRole('button', { name: '+ Add card' });
    await add.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/phone-joined-390.png` });
    expect(await overlaps(toast, add)).toBe(false);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    // With the on-screen keyboard up (a shorter window) Add card sits at the bottom: the toasts
    // that follow its use move out of its way.
    await page.setViewportSize({ width: 390, height: 560 });
    await page.getByLabel('Your card').fill('Pat: the pricing page is confusing');
    await add.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await add.click();
    await expect(page.getByTestId('phone-card').filter({ hasText: 'Pat: the pricing page is confusing' })).toBeVisible();
    await expect(page.locator('.toast').filter({ hasText: /added/i })).toBeVisible();
    // The next idea: Add card at the bottom edge again while the toasts are up.
    await add.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    const box = (await add.boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(560 - 40);
    await page.waitForTimeout(100);
    const toasts = page.locator('.toast');
    expect(await toasts.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await toasts.count()); i++) expect(await overlaps(toasts.nth(i), add), `toast ${i + 1} covers Add card`).toBe(false);
    await page.screenshot({ path: `${shots}/phone-added-390.png` });
    await phone.context.close();
  } finally {
    await server.end();
  }
});
