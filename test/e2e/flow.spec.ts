/**
 * The workshop's own flow (issue 23), as a facilitator runs it: every step leaves a true
 * status, an owner and a next step.
 */
import { expect, test, type Page } from '@playwright/test';
import { createSession, openWorkshop, workshopTab } from './workshop-helpers';

const SHOTS = 'test-results/flow';

async function openSample(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await expect(page.getByRole('application', { name: /Journey map/ })).toBeVisible();
}

const Q_GOOD_LEAD = 'Do both teams agree what makes a good lead?';

test('questionnaire per session: each team states its agreement, last time’s answers are the starting point, the score moves', async ({ page }) => {
  await openSample(page);
  await openWorkshop(page);
  // The past workshop: the score comes from the teams' own statements, said in words.
  await workshopTab(page, 'Questionnaire');
  await expect(page.getByTestId('score-answered')).toHaveText('8 of 20 questions answered · Overall: 50%');
  const lead = page.getByTestId('question').filter({ hasText: Q_GOOD_LEAD });
  await expect(lead.getByRole('radio', { name: `Sales: Disagree, on “${Q_GOOD_LEAD}”` })).toBeChecked();
  await expect(lead.getByRole('group', { name: 'Does Sales agree?' })).toBeVisible();

  // A new session: its questionnaire starts empty and offers last time's answers.
  await createSession(page, /^Weekly check-in/);
  await workshopTab(page, 'Questionnaire');
  await expect(page.getByTestId('score-answered')).toHaveText('0 of 20 questions answered');
  await expect(lead.getByText('Last time: Disagree')).toHaveCount(2);
  await page.getByRole('button', { name: /^Start from the answers of Alignment workshop/ }).click();
  await expect(page.locator('.toasts')).toContainText('16 answers from last time copied in');
  await expect(page.getByTestId('score-answered')).toHaveText('8 of 20 questions answered · Overall: 50%');
  await expect(page.getByTestId('score-change')).toHaveText(/^No change since Alignment workshop/);
  // The teams moved on what makes a good lead: both agree now.
  await lead.getByRole('radio', { name: `Marketing: Agree, on “${Q_GOOD_LEAD}”` }).check();
  await lead.getByRole('radio', { name: `Sales: Agree, on “${Q_GOOD_LEAD}”` }).check();
  await expect(lead.getByTestId('verdict')).toHaveText('The teams that answered agree.');
  // 50% of 8 = 4 points; q-leads-1 from 0 to 1: 5 of 8 = 62.5%, shown 63%, up 13 points.
  await expect(page.getByTestId('score-answered')).toHaveText('8 of 20 questions answered · Overall: 63%');
  await expect(page.getByTestId('score-change')).toHaveText(/^Up 13 points since Alignment workshop/);
  await page.screenshot({ path: `${SHOTS}/questionnaire-per-session.png`, fullPage: false });

  // The last session's answers are still its own.
  await page.getByLabel('Answers of the session').selectOption({ label: (await page.getByLabel('Answers of the session').locator('option').allInnerTexts()).find((o) => o.startsWith('Alignment workshop'))! });
  await expect(page.getByTestId('score-answered')).toHaveText('8 of 20 questions answered · Overall: 50%');
  await expect(lead.getByRole('radio', { name: `Sales: Disagree, on “${Q_GOOD_LEAD}”` })).toBeChecked();
  // After a reload, everything is where it was.
  await page.reload();
  await expect(page.getByTestId('score-answered')).toHaveText('8 of 20 questions answered · Overall: 63%');
});
