import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createProject, waitSaved } from './helpers';
import { newPersona, openPersonas } from './personas-helpers';
import { printToPdfFile } from './report-helpers';
import { ask, askForm, card, column, detail, localDayIn, openRequests } from './requests-helpers';
import { createSession, dismissToasts, openWorkshop } from './workshop-helpers';

const WHAT = 'Case study from a bank';
const LINK = 'https://example.com/stories/bank';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}

const evaluationStage = (page: Page) =>
  page.getByTestId('stage').filter({ has: page.getByRole('heading', { name: 'Evaluation', exact: true }) });

test('sales asks for a case study, marketing accepts, prioritises and delivers it; the map, the persona and the next check-in show it, and it all survives a reload', async ({
  page,
}) => {
  await createProject(page, 'Content for deals', 'b2b');
  await openPersonas(page);
  await newPersona(page, 'Priya Shah');

  // A salesperson asks, in a few keystrokes, for the evaluation stage and Priya.
  await openRequests(page);
  await expect(page.getByText('Nothing asked yet')).toBeVisible();
  await ask(page, WHAT, {
    stage: 'Evaluation',
    persona: 'Priya Shah',
    askedBy: 'Sam',
    why: 'Northbank asks whether a bank like them has done this',
  });
  // Only "what" is needed; the team is Sales unless said otherwise.
  await ask(page, 'Pricing one-pager');
  await expect(column(page, 'new')).toContainText('New (2)');
  await expect(card(page, WHAT)).toContainText('Evaluation · Priya Shah');
  await expect(card(page, WHAT)).toContainText('Sam, Sales');
  await expect(card(page, 'Pricing one-pager')).toContainText('Sales');

  // Marketing opens it and accepts it.
  await dismissToasts(page);
  await card(page, WHAT).getByRole('button', { name: `Open request “${WHAT}”` }).click();
  await expect(detail(page).getByRole('heading', { name: WHAT })).toBeVisible();
  await detail(page).getByRole('button', { name: 'Accept' }).click();
  await expect(detail(page).getByTestId('rq-status')).toHaveText('Accepted');
  await expect(column(page, 'accepted')).toContainText(WHAT);

  // Priority: impact 5, needed in five days → urgency 4 → 20, with the reason in words.
  await expect(detail(page).getByTestId('rq-priority')).toContainText('Impact 3 × urgency 1 (no due date) = 3');
  await detail(page).getByLabel('How much it matters').selectOption({ label: '5 · deals are lost without it' });
  await detail(page).getByLabel('Needed by').fill(await localDayIn(page, 5));
  await expect(detail(page).getByTestId('rq-priority')).toContainText('Priority 20');
  await expect(detail(page).getByTestId('rq-priority')).toContainText('Impact 5 × urgency 4 (due in 5 days, within 7 days) = 20');

  // The room changes the rule: urgency within 7 days becomes 3; the explanation follows.
  await page.getByText('Change the rule').click();
  const band1 = page.getByRole('spinbutton', { name: 'Band 1: urgency' });
  await band1.fill('3');
  await band1.press('Enter');
  await expect(page.getByTestId('rq-rule-text')).toContainText('due within 7 days 3;');
  await expect(detail(page).getByTestId('rq-priority')).toContainText('Impact 5 × urgency 3 (due in 5 days, within 7 days) = 15');

  // No delivery without an owner: the panel asks for one.
  await dismissToasts(page);
  await detail(page).getByRole('button', { name: 'Deliver' }).click();
  await expect(page.locator('.toasts')).toContainText('Name an owner before it is delivered');
  await expect(detail(page).getByTestId('rq-status')).toHaveText('Accepted');
  await expect(detail(page).getByRole('textbox', { name: 'Owner (who makes it)' })).toBeFocused();
  await detail(page).getByRole('textbox', { name: 'Owner (who makes it)' }).fill('Mia');

  // A link that is not a web link is refused in words; a real one is kept.
  const delivered = detail(page).getByTestId('rq-delivered-input');
  await delivered.fill('javascript:alert(1)');
  await delivered.press('Enter');
  await expect(detail(page).getByRole('alert')).toContainText('Only web links (http or https)');
  await delivered.fill(LINK);
  await delivered.press('Enter');
  await expect(detail(page).getByRole('alert')).toHaveCount(0);
  await detail(page).getByRole('button', { name: 'Deliver' }).click();
  await expect(detail(page).getByTestId('rq-status')).toHaveText('Delivered');
  await expect(detail(page).getByTestId('rq-delivered-link')).toHaveAttribute('href', LINK);
  await expect(column(page, 'delivered')).toContainText(WHAT);
  await expect(card(page, WHAT)).toContainText('Owner: Mia');

  // On the map the evaluation stage shows it in words, and lists the delivered piece with its link.
  await page.locator('.map-list a').first().click();
  const badge = evaluationStage(page).getByTestId('stage-requests');
  await expect(badge).toHaveText('✉ 0 asked · 1 delivered');
  await expect(badge).toHaveAccessibleName('Content for stage Evaluation: 0 asked, 1 delivered');
  await badge.click();
  const popover = page.getByTestId('stage-requests-popover');
  await expect(popover.getByRole('heading', { name: 'Content for Evaluation' })).toBeVisible();
  await expect(popover.getByRole('link', { name: new RegExp(WHAT) })).toHaveAttribute('href', LINK);
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(badge).toBeFocused();
  // Stages without requests stay quiet.
  await expect(page.getByTestId('stage-requests')).toHaveCount(1);

  // The persona shows the content made for her.
  await openPersonas(page);
  await expect(page.getByTestId('persona-content-line')).toHaveText('✉ Content: 1 delivered · 0 asked');
  await page.getByRole('link', { name: /Open persona Priya Shah/ }).click();
  const block = page.getByTestId('persona-content');
  await expect(block.getByRole('heading', { name: 'Content made for this persona' })).toBeVisible();
  await expect(block.getByRole('link', { name: new RegExp(WHAT) })).toHaveAttribute('href', LINK);

  // The next weekly check-in lists what was asked since the last session.
  await openWorkshop(page);
  await createSession(page, /^Weekly check-in/);
  const item = page.getByTestId('agenda-item').filter({ hasText: 'Content requests' });
  await expect(item.getByTestId('checkin-requests')).toContainText('Content requests: 2 new, 0 overdue');
  await expect(item.getByTestId('checkin-requests')).toContainText(WHAT);
  await expect(item.getByTestId('checkin-requests')).toContainText('Delivered');
  await expect(item.getByRole('button', { name: 'Open the content requests →' })).toBeVisible();

  // The leadership PDF's summary counts requested, delivered and declined content per stage.
  await waitSaved(page);
  const sessionUrl = page.url();
  const pdf = await printToPdfFile(page);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(text).toContain('Content requests by stage');
  expect(text).toMatch(/Evaluation\s+1\s+1\s+0/);
  expect(text).toMatch(/Without a stage\s+1\s+0\s+0/);

  // Reload: everything is still there.
  await page.goto(sessionUrl);
  await page.reload();
  await expect(page.getByTestId('agenda-item').filter({ hasText: 'Content requests' }).getByTestId('checkin-requests')).toContainText(
    'Content requests: 2 new, 0 overdue',
  );
  await openRequests(page);
  await expect(column(page, 'delivered')).toContainText(WHAT);
  await expect(page.getByTestId('rq-rule-text')).toContainText('due within 7 days 3;');
  await card(page, WHAT).getByRole('button', { name: `Open request “${WHAT}”` }).click();
  await expect(detail(page).getByTestId('rq-delivered-link')).toHaveAttribute('href', LINK);
  await expect(detail(page).getByRole('textbox', { name: 'Owner (who makes it)' })).toHaveValue('Mia');
  await page.locator('.map-list a').first().click();
  await expect(evaluationStage(page).getByTestId('stage-requests')).toHaveText('✉ 0 asked · 1 delivered');
});

test('the board moves cards by keyboard and by drag, a decline needs a reason, the list sorts and filters, and axe finds nothing serious', async ({
  page,
}) => {
  await createProject(page, 'Board and list', 'b2b');
  await openRequests(page);
  await ask(page, 'Security FAQ', { stage: 'Evaluation', due: await localDayIn(page, -2) });
  await ask(page, 'Onboarding checklist', { stage: 'Onboarding', due: '' });
  await ask(page, 'Competitor comparison', { stage: 'Consideration' });
  await dismissToasts(page);
  await expect(card(page, 'Security FAQ')).toContainText('Overdue by 2 days');
  expect(await seriousViolations(page)).toEqual([]);

  // Keyboard: → moves a card to the next column and keeps the focus on it.
  const title = card(page, 'Security FAQ').getByRole('button', { name: 'Open request “Security FAQ”' });
  await title.focus();
  await page.keyboard.press('ArrowRight');
  await expect(column(page, 'accepted')).toContainText('Security FAQ');
  await expect(card(page, 'Security FAQ').getByRole('button', { name: 'Open request “Security FAQ”' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(column(page, 'in-progress')).toContainText('Security FAQ');
  // → again would deliver it: refused without an owner, and the request opens at the owner field.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.toasts')).toContainText('Name an owner before it is delivered');
  await expect(column(page, 'in-progress')).toContainText('Security FAQ');
  await expect(detail(page).getByRole('textbox', { name: 'Owner (who makes it)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(detail(page)).toHaveCount(0);
  // Closing goes back to the card.
  await expect(card(page, 'Security FAQ').getByRole('button', { name: 'Open request “Security FAQ”' })).toBeFocused();

  // The status menu on a card: new → accepted.
  await card(page, 'Onboarding checklist').getByRole('combobox', { name: 'Status of “Onboarding checklist”' }).selectOption('accepted');
  await expect(column(page, 'accepted')).toContainText('Onboarding checklist');

  // Drag: accepted → in progress.
  await card(page, 'Onboarding checklist').dragTo(column(page, 'in-progress'));
  await expect(column(page, 'in-progress')).toContainText('Onboarding checklist');

  // Declining needs a reason: the drop opens the request and asks why.
  // The board first in sight, as a person sees it before dragging: Playwright scrolls a target that
  // is partly below the fold between pressing and moving, and Chromium starts no drag then.
  await column(page, 'declined').scrollIntoViewIfNeeded();
  await card(page, 'Competitor comparison').dragTo(column(page, 'declined'));
  const reason = detail(page).getByRole('textbox', { name: 'Why is it declined?' });
  await expect(reason).toBeFocused();
  await expect(column(page, 'new')).toContainText('Competitor comparison');
  await detail(page).getByRole('button', { name: 'Decline with this reason' }).click();
  await expect(page.locator('.toasts')).toContainText('Say why it is declined');
  await reason.fill('The analyst report covers it');
  await detail(page).getByRole('button', { name: 'Decline with this reason' }).click();
  await expect(column(page, 'declined')).toContainText('Declined: The analyst report covers it');
  // …and it can be reopened.
  await detail(page).getByRole('button', { name: 'Reopen' }).click();
  await expect(column(page, 'accepted')).toContainText('Competitor comparison');
  await detail(page).getByRole('button', { name: 'Close the request' }).click();

  // The list: sortable and filterable, by keyboard.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const rows = page.getByTestId('rq-row');
  await expect(rows).toHaveCount(3);
  // Default: highest priority first (the overdue one: 3 × 5).
  await expect(rows.first()).toContainText('Security FAQ');
  await page.getByRole('button', { name: 'Sort by What' }).press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Sort by What' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.locator('td:first-child')).toHaveText(['Competitor comparison', 'Onboarding checklist', 'Security FAQ']);
  await page.getByRole('button', { name: 'Sort by What' }).press('Enter');
  await expect(rows.locator('td:first-child')).toHaveText(['Security FAQ', 'Onboarding checklist', 'Competitor comparison']);
  const filters = page.getByRole('group', { name: 'Filter requests' });
  await filters.getByLabel('Stage', { exact: true }).selectOption({ label: 'Onboarding' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Onboarding checklist');
  await filters.getByLabel('Stage', { exact: true }).selectOption({ label: 'Every stage' });
  await filters.getByLabel('Status', { exact: true }).selectOption({ label: 'In progress' });
  await expect(rows).toHaveCount(2);
  await filters.getByLabel('Team that asks', { exact: true }).selectOption({ label: 'Marketing' });
  await expect(page.getByText('No request matches these filters.')).toBeVisible();
  await filters.getByLabel('Team that asks', { exact: true }).selectOption({ label: 'Every team' });
  await filters.getByLabel('Status', { exact: true }).selectOption({ label: 'Every status' });
  await expect(rows).toHaveCount(3);
  expect(await seriousViolations(page)).toEqual([]);

  // The detail panel too.
  await rows.first().getByRole('link').click();
  await expect(detail(page)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Deleting a request is one undo step away from coming back.
  await detail(page).getByRole('button', { name: 'Delete request' }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect(rows).toHaveCount(3);

  // The whole list as a spreadsheet.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export requests as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Board and list content requests.csv');
  const csv = readFileSync((await file.path())!, 'utf8');
  expect(csv).toContain('What,Why,Stage,Persona,Channel,Team,Asked by,Needed by,Impact,Urgency,Priority,Status');
  expect(csv).toContain('Competitor comparison,,Consideration,,,Sales,,,3,1,3,Accepted');
  await expect(askForm(page)).toBeVisible();
});

test('a request whose stage was removed says so in its detail, and undoing the removal links it again', async ({ page }) => {
  await createProject(page, 'Removed stage', 'b2b');
  await openRequests(page);
  await ask(page, 'Security FAQ', { stage: 'Evaluation' });
  await expect(card(page, 'Security FAQ')).toContainText('Evaluation');

  // Delete the Evaluation stage from its menu on the map.
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Customer journey' }).click();
  const evaluation = page.getByTestId('stage').filter({ hasText: 'Evaluation' });
  await evaluation.getByRole('button', { name: /Actions for stage/ }).click();
  await page.getByRole('menuitem', { name: 'Delete stage' }).click();
  await expect(page.getByTestId('stage').filter({ hasText: 'Evaluation' })).toHaveCount(0);

  await openRequests(page);
  await expect(card(page, 'Security FAQ')).not.toContainText('Evaluation');
  await dismissToasts(page);
  await card(page, 'Security FAQ').getByRole('button', { name: 'Open request “Security FAQ”' }).click();
  const stage = detail(page).getByLabel('Stage', { exact: true });
  await expect(stage.locator('option:checked')).toHaveText('A stage that was removed');

  // Undo brings the stage back, and the request names it again.
  await page.keyboard.press('Escape');
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Customer journey' }).click();
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(page.getByTestId('stage').filter({ hasText: 'Evaluation' })).toHaveCount(1);
  await openRequests(page);
  await expect(card(page, 'Security FAQ')).toContainText('Evaluation');
});
