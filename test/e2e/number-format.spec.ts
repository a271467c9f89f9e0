/**
 * The project's number format (issue 23 item 11) through the real UI on the sample project:
 * switched to German numbers and euros on the KPI screen, every figure follows — the funnel's
 * inputs (formatted while not being edited, typed back the German way), its result, a KPI's
 * figures, the leadership report's PDF (pdftotext), the slide deck's slides and the funnel CSV's
 * header. Undo takes the change back and Redo brings it again (nothing writes to the project
 * behind the undo, which would clear Redo).
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { fillAndLeave, openSection } from './alignment-helpers';
import { runFromPalette } from './polish-helpers';
import { openReport, printToPdfFile, readPdf } from './report-helpers';
import { readCsv } from '../csv';

/** No-break and narrow no-break spaces (Intl puts them between a figure and "€") as plain spaces. */
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const textOf = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).join(' ');

async function download(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return readFileSync((await d.path())!);
}

test('a project set to German numbers and euros writes every figure that way: funnel, KPIs, PDF, deck and CSV; undo and redo', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await expect(page.getByRole('application', { name: /Journey map/ })).toBeVisible();
  const skip = page.getByRole('button', { name: 'Skip the tour' });
  if (await skip.isVisible()) await skip.click();
  await openSection(page, /KPIs and funnel/);

  const box = page.getByTestId('number-format');
  const locale = box.getByRole('combobox', { name: 'Number format' });
  const currency = box.getByRole('combobox', { name: 'Currency' });
  await expect(locale).toHaveValue('en-US');
  await expect(currency).toHaveValue('USD');
  await expect(box.getByTestId('number-format-example')).toHaveText('Figures read like this: $4,000,000 · 1,234.5 · 35%');

  // The funnel in dollars: its money reads as money while not being edited.
  const funnel = page.getByTestId('funnel');
  const goal = funnel.getByLabel('Revenue goal');
  await fillAndLeave(goal, '4000000');
  await fillAndLeave(funnel.getByLabel('Average deal size'), '40000');
  for (const [step, rate] of [['Leads', '10'], ['MQLs', '30'], ['SQLs', '50'], ['Opportunities', '50']] as const)
    await fillAndLeave(funnel.getByLabel(`Planned rate from ${step} to the next step (%)`), rate);
  await fillAndLeave(funnel.getByLabel('Actual rate from MQLs to the next step (%)'), '15');
  await expect(goal).toHaveValue('$4,000,000');
  await expect(page.getByTestId('funnel-result')).toContainText('($2,000,000 of revenue)');
  const cac = page.getByTestId('kpi').filter({ has: page.locator('input[value="Customer acquisition cost"]') });
  await expect(cac.getByLabel('Target', { exact: true })).toHaveValue('$18,000');

  // German numbers, euros.
  await locale.selectOption('de-DE');
  await currency.selectOption('EUR');
  await expect(box.getByTestId('number-format-example')).toHaveText(/^Figures read like this: 4\.000\.000\s€ · 1\.234,5 · 35\s%$/);
  await expect(goal).toHaveValue(/^4\.000\.000\s€$/);
  await expect(funnel.getByTestId('funnel-needed')).toHaveText(['13.340', '1.334', '400', '200']);
  await expect(page.getByTestId('funnel-result')).toContainText(/\(2\.000\.000\s€ of revenue\)/);
  await expect(cac.getByLabel('Target', { exact: true })).toHaveValue(/^18\.000\s€$/);
  await page.screenshot({ path: 'test-results/number-format-kpis-de.png' });

  // Undo takes the currency back (the number format stays German); Redo brings the euros again.
  await runFromPalette(page, 'undo', 'Undo');
  await expect(currency).toHaveValue('USD');
  await expect(goal).toHaveValue(/^4\.000\.000\s\$$/);
  await runFromPalette(page, 'redo', 'Redo');
  await expect(currency).toHaveValue('EUR');
  await expect(goal).toHaveValue(/^4\.000\.000\s€$/);

  // Edited, the field shows the plain number; typed the German way (with or without "€"), it is kept.
  await goal.click();
  await expect(goal).toHaveValue('4000000');
  await goal.fill('4.250.000,5 €');
  await goal.press('Tab');
  await expect(goal).toHaveValue(/^4\.250\.000,50\s€$/);
  await expect(funnel.getByRole('alert')).toHaveCount(0);
  await goal.click();
  await expect(goal).toHaveValue('4250000,5');
  await goal.fill('4000000');
  await goal.press('Tab');
  await expect(goal).toHaveValue(/^4\.000\.000\s€$/);

  // The funnel plan's CSV: plain numbers, the currency in the money columns' headers.
  const csv = readCsv((await download(page, 'Download funnel plan (.csv)')).toString('utf8'));
  expect(csv[0]).toEqual(['Step', 'Planned rate (%)', 'Actual rate (%)', 'Leads needed', 'Leads at actual rates', 'Shortfall (leads)', 'Revenue goal (EUR)', 'Average deal size (EUR)']);
  expect(csv[1]).toEqual(['Leads', '10', '', '13340', '13340', '0', '4000000', '40000']);

  // The slide deck: the KPI chart's title and its figures in euros, the German way.
  const files = unzipSync(new Uint8Array(await download(page, 'Download slide deck (.pptx)')));
  const deck = nb(Object.keys(files).filter((n) => /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(n)).map((n) => textOf(strFromU8(files[n]!))).join('\n'));
  expect(deck).toContain('KPIs: target and actual (€)');
  expect(deck).toContain('18.000 €');
  expect(deck).toContain('21.500 €');
  // (The sample's own words say "$25k"; no figure Baton writes is in dollars.)
  for (const dollars of ['$18,000', '18.000 $', '$21,500', '21.500 $']) expect(deck).not.toContain(dollars);

  // The leadership report's PDF.
  await openReport(page);
  const pdf = nb(readPdf(await printToPdfFile(page)).map((p) => p.text).join('\n'));
  expect(pdf).toContain('18.000 €');
  expect(pdf).toContain('21.500 €');
  for (const dollars of ['$18,000', '18.000 $', '$21,500', '21.500 $']) expect(pdf).not.toContain(dollars);
});
