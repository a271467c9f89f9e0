/**
 * Issue 23 (items 1, 2, 6, 7, 12): the people side of a workshop leaves a true status and no
 * dead end — persona sign-off per team, a persona created from the map, the glossary's
 * proposed and disputed terms, lead scoring's status, and a phone that never scrolls sideways.
 */
import { expect, test } from '@playwright/test';
import { createProject, waitSaved } from './helpers';
import { addItems, newPersona, openPersonas, status } from './personas-helpers';

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
});
