import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createProject, waitSaved } from './helpers';
import { openReport, printToPdfFile } from './report-helpers';
import { addItems, assetCount, dropFile, makePng, newPersona, openPersonas, status } from './personas-helpers';

const TEAMS = ['Marketing', 'Sales', 'Customer success'];

test('a facilitator builds a persona with a picture, both teams sign it off, a change re-opens it, it goes on a map with its own emotion curve, and all of it survives a reload', async ({
  page,
}) => {
  await createProject(page, 'Persona workshop', 'b2b');
  await openPersonas(page);
  await expect(page.getByText('No persona yet')).toBeVisible();
  await newPersona(page, 'Dana Ortiz');
  await page.getByRole('textbox', { name: 'Role and seniority' }).fill('Head of IT, 12 years in the job');
  await page.getByRole('textbox', { name: 'Company type and size' }).fill('Logistics, 800 people');
  await page.getByRole('textbox', { name: 'A typical quote' }).fill('I need fewer tools, not more.');

  // Without a picture: her initials on her colour.
  await expect(page.getByRole('img', { name: 'Initials of Dana Ortiz' }).first()).toHaveText('DO');

  // A picture chosen from disk, larger than 512 px: stored resized.
  await page.getByLabel('Choose a picture…').setInputFiles({ name: 'dana.png', mimeType: 'image/png', buffer: makePng(900, 600, [40, 90, 200]) });
  const picture = page.getByRole('img', { name: 'Picture of Dana Ortiz' }).first();
  await expect(picture).toBeVisible();
  const width = await picture.evaluate(async (el: HTMLImageElement) => (await el.decode(), el.naturalWidth));
  expect(width).toBe(512);
  expect(await assetCount(page)).toBe(1);

  // A text file named like a picture is refused by its content, with a sentence.
  await page.getByLabel('Choose a picture…').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('meeting notes') });
  await expect(page.getByRole('status')).toContainText('“notes.png” is not a picture Baton can use');

  // Dropping another picture onto the editor replaces it; dropping the same one again stores nothing new.
  const editor = page.getByTestId('persona-editor');
  const small = makePng(64, 64, [200, 60, 40]);
  const firstSrc = await picture.getAttribute('src');
  await dropFile(page, editor, 'dana-small.png', 'image/png', small);
  await expect(picture).not.toHaveAttribute('src', firstSrc ?? '');
  expect(await picture.evaluate(async (el: HTMLImageElement) => (await el.decode(), el.naturalWidth))).toBe(64);
  await dropFile(page, editor, 'again.png', 'image/png', small);
  await expect(page.getByRole('status')).toContainText('Picture added');
  expect(await assetCount(page)).toBe(2);

  await addItems(page, 'goal', ['Cut the number of tools', 'Pass the security audit']);
  await addItems(page, 'pain', ['Shadow IT everywhere']);
  await expect(status(page)).toContainText('Draft');

  // Every team signs off the filled-in sections: who they are, quote, goals, pains.
  for (const team of ['Marketing', 'Sales']) {
    for (const section of ['Who they are', 'In their words', 'Goals', 'Pains']) {
      await page.getByRole('button', { name: `${team} agrees with ${section}` }).click();
    }
  }
  await expect(status(page)).toContainText('Draft: Marketing 4 of 4, Sales 4 of 4, Customer success 0 of 4');
  await expect(page.getByTestId('section-goals').getByTestId('signoff-team')).toHaveText([/Agrees/, /Agrees/, /Not signed off yet/]);
  // Sales changes its mind on the pains, with a comment.
  await page.getByRole('button', { name: 'Sales disagrees with Pains' }).click();
  await page.getByRole('textbox', { name: 'Comment from Sales on Pains' }).fill('Only true for large accounts');
  await page.getByRole('textbox', { name: 'Comment from Sales on Pains' }).press('Enter');
  await expect(status(page)).toContainText('Sales disagrees with Pains: “Only true for large accounts”');
  await page.getByRole('button', { name: 'Sales agrees with Pains' }).click();
  await page.getByRole('button', { name: 'Customer success agrees with every open section' }).click();
  await expect(status(page)).toContainText(/Agreed by Marketing, Sales,? and Customer success/);
  await expect(page.getByTestId('section-goals').getByTestId('signoff')).toHaveAttribute('data-state', 'agreed');

  // Changing a goal re-opens the goals' sign-off for every team, and only that section.
  await page.getByRole('textbox', { name: 'Goal 1' }).fill('Cut the number of tools by half');
  await page.getByRole('textbox', { name: 'Goal 1' }).press('Enter');
  await expect(status(page)).toContainText('Draft');
  for (const team of TEAMS) await expect(status(page)).toContainText(`Goals changed since ${team} signed it off`);
  await expect(page.getByTestId('section-goals').getByTestId('signoff-team')).toHaveText(Array(3).fill(/Re-opened/));
  await expect(page.getByTestId('section-pains').getByTestId('signoff')).toHaveAttribute('data-state', 'agreed');

  // The gallery shows it as a draft and says where.
  await page.getByRole('link', { name: /All personas/ }).click();
  const card = page.getByTestId('persona-card').filter({ hasText: 'Dana Ortiz' });
  await expect(card.getByTestId('persona-card-status')).toContainText('Draft');
  await expect(card.getByTestId('persona-card-status')).toContainText('Goals changed since Marketing signed it off');
  await expect(card.getByRole('img', { name: 'Picture of Dana Ortiz' })).toBeVisible();

  // On the journey map: attach her, then set her curve from the keyboard.
  await page.getByRole('link', { name: 'Open map Customer journey' }).first().click();
  await expect(page.getByRole('slider', { name: /^Emotion at/ })).toHaveCount(7);
  await page.getByRole('button', { name: 'Add a persona to this map' }).click();
  await page.getByRole('menuitem', { name: 'Add Dana Ortiz' }).click();
  const chip = page.getByTestId('persona-chip');
  await expect(chip).toHaveText(/Dana Ortiz/);
  await expect(chip.getByRole('img', { name: 'Dana Ortiz’s emotion curve' })).toBeVisible();
  const points = page.getByRole('slider', { name: /^Emotion of Dana Ortiz at/ });
  await expect(points).toHaveCount(7);
  // The curve without a persona held no points, so only hers is drawn.
  await expect(page.getByRole('slider', { name: /^Emotion at/ })).toHaveCount(0);
  await page.getByRole('slider', { name: 'Emotion of Dana Ortiz at Awareness' }).focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.getByRole('slider', { name: 'Emotion of Dana Ortiz at Evaluation' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(points.nth(0)).toHaveAttribute('aria-valuenow', '2');
  await expect(points.nth(2)).toHaveAttribute('aria-valuenow', '-1');
  await expect(page.getByTestId('emotion-curve-line').first()).toHaveAttribute('style', /--curve: #[0-9a-f]{6}/);

  // Reload: the map, its persona and her curve are all there; the chip opens her editor.
  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('persona-chip')).toHaveText(/Dana Ortiz/);
  await expect(points.nth(0)).toHaveAttribute('aria-valuenow', '2');
  await expect(points.nth(2)).toHaveAttribute('aria-valuenow', '-1');
  await expect(points.nth(2)).toHaveAttribute('aria-valuetext', 'negative');
  await page.getByRole('link', { name: 'Open persona Dana Ortiz' }).click();
  await expect(page).toHaveURL(/\/personas\//);
  await expect(page.locator('.persona-title')).toHaveText('Dana Ortiz');
  await expect(page.getByRole('textbox', { name: 'Role and seniority' })).toHaveValue('Head of IT, 12 years in the job');
  await expect(page.getByRole('textbox', { name: 'Goal 1' })).toHaveValue('Cut the number of tools by half');
  await expect(page.getByRole('img', { name: 'Picture of Dana Ortiz' }).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Comment from Sales on Pains' })).toHaveValue('Only true for large accounts');
  await expect(status(page)).toContainText('Goals changed since Sales signed it off');

  // Re-agreeing makes it agreed again.
  for (const team of TEAMS) await page.getByRole('button', { name: `${team} agrees with Goals` }).click();
  await expect(status(page)).toContainText(/Agreed by Marketing, Sales,? and Customer success/);
});

test('the persona library: duplicate, reorder by menu and by drag, search, and delete one that a map uses', async ({ page }) => {
  await createProject(page, 'Library', 'b2b');
  await openPersonas(page);
  await newPersona(page, 'Dana');
  await page.getByRole('link', { name: /All personas/ }).click();
  await newPersona(page, 'Sam');
  await page.getByRole('link', { name: /All personas/ }).click();
  const names = () => page.getByTestId('persona-card').locator('.persona-card-name').allInnerTexts();
  await expect.poll(names).toEqual(['Dana', 'Sam']);

  await page.getByRole('button', { name: 'Actions for persona Dana' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect.poll(names).toEqual(['Dana', 'Copy of Dana', 'Sam']);

  await page.getByRole('button', { name: 'Actions for persona Sam' }).click();
  await page.getByRole('menuitem', { name: 'Move left' }).click();
  await expect.poll(names).toEqual(['Dana', 'Sam', 'Copy of Dana']);

  // Drag Copy of Dana onto the first card.
  await page.getByTestId('persona-card').nth(2).dragTo(page.getByTestId('persona-card').nth(0));
  await expect.poll(names).toEqual(['Copy of Dana', 'Dana', 'Sam']);
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect.poll(names).toEqual(['Dana', 'Sam', 'Copy of Dana']);

  await page.getByRole('searchbox', { name: /Search personas/ }).fill('copy');
  await expect.poll(names).toEqual(['Copy of Dana']);
  await page.getByRole('searchbox', { name: /Search personas/ }).fill('nobody');
  await expect(page.getByText('No persona matches “nobody”.')).toBeVisible();
  await page.getByRole('searchbox', { name: /Search personas/ }).fill('');

  // Put Dana on the map and give her a point on the curve.
  await page.getByRole('link', { name: 'Open map Customer journey' }).first().click();
  await page.getByRole('button', { name: 'Add a persona to this map' }).click();
  await page.getByRole('menuitem', { name: 'Add Dana', exact: true }).click();
  await page.getByRole('slider', { name: 'Emotion of Dana at Purchase' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('slider', { name: 'Emotion of Dana at Purchase' })).toHaveAttribute('aria-valuenow', '-1');

  // Deleting her says which map uses her and what happens.
  await openPersonas(page);
  await page.getByRole('button', { name: 'Actions for persona Dana' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the persona “Dana”?' });
  await expect(dialog).toContainText('It is on 1 journey map: “Customer journey”');
  await expect(dialog).toContainText('deletes its emotion curve there (1 point)');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(names).toEqual(['Dana', 'Sam', 'Copy of Dana']);
  await page.getByRole('button', { name: 'Actions for persona Dana' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete persona' }).click();
  await expect.poll(names).toEqual(['Sam', 'Copy of Dana']);

  // The map no longer points at her.
  await page.getByRole('link', { name: 'Open map Customer journey' }).first().click();
  await expect(page.getByTestId('persona-chip')).toHaveCount(0);
  await expect(page.getByRole('slider', { name: /^Emotion at/ })).toHaveCount(7);
  // Undo brings her back on the map with her curve.
  await page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: /Undo/ }).click();
  await expect(page.getByTestId('persona-chip')).toHaveText(/Dana/);
  await expect(page.getByRole('slider', { name: 'Emotion of Dana at Purchase' })).toHaveAttribute('aria-valuenow', '-1');
});

test('the one-page view shows the persona as real text, and printing shows only that page', async ({ page }) => {
  await createProject(page, 'One pager', 'blank');
  await openPersonas(page);
  await newPersona(page, 'Lee Chen');
  await page.getByRole('textbox', { name: 'Segment' }).fill('Mid-market');
  await addItems(page, 'objection', ['We tried this before']);
  await page.getByRole('button', { name: 'Marketing agrees with Objections' }).click();
  await page.getByRole('button', { name: 'One-page view' }).click();
  const sheet = page.getByTestId('persona-onepager');
  await expect(sheet.getByRole('heading', { name: 'Lee Chen' })).toBeVisible();
  await expect(sheet).toContainText('Mid-market');
  await expect(sheet).toContainText('We tried this before');
  await expect(sheet.getByRole('table')).toContainText('Objections');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(sheet).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: /Back to editing/ }).click();
  await expect(page.getByTestId('persona-editor')).toBeVisible();

  // The leadership report prints the same page, as real text.
  await openReport(page);
  await expect(page.getByTestId('report-document')).toContainText('Lee Chen');
  const pdf = await printToPdfFile(page);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(text).toContain('Lee Chen');
  expect(text).toContain('We tried this before');
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}

test('an axe scan of the persona gallery, the editor and a map with personas finds no serious violations', async ({ page }) => {
  await createProject(page, 'Accessible personas', 'b2b');
  await openPersonas(page);
  await newPersona(page, 'Dana Ortiz');
  await addItems(page, 'goal', ['Fewer tools']);
  await page.getByRole('button', { name: 'Sales disagrees with Goals' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: /All personas/ }).click();
  await expect(page.getByTestId('persona-card')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Open map Customer journey' }).first().click();
  await page.getByRole('button', { name: 'Add a persona to this map' }).click();
  await page.getByRole('menuitem', { name: 'Add Dana Ortiz' }).click();
  await expect(page.getByTestId('persona-chip')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
});
