/**
 * Issue 20 item 2's last part through the real UI: a HubSpot contacts export (the fixture's
 * HubSpot Score column, made-up people) checks the MQL → SQL contract's score threshold of 60
 * against what the leads did. The handoff panel, the KPI screen and the leadership report say
 * the same counts, which this test works out by hand from the rows; no person reaches any of them.
 */
import { expect, test, type Page } from '@playwright/test';
import { HUBSPOT_CONTACT_COLUMNS, hubspotContacts, toCsvText } from '../crm/fixtures';
import { contract, fillAndLeave, openMap, openSection } from './alignment-helpers';
import { createProject, waitSaved } from './helpers';
import { openReport } from './report-helpers';

async function mapStage(page: Page, index: number, hubspot: string) {
  await page.getByTestId('stage').nth(index).getByTestId('stage-owner').click();
  const panel = page.getByTestId('alignment-panel');
  await panel.getByLabel('HubSpot lifecycle stage').selectOption({ label: hubspot });
  await panel.getByRole('button', { name: 'Close the panel' }).click();
}

/** By hand: per month created, the leads at or above 60 and below it, and how many of each reached SQL. */
function byHand() {
  const out = new Map<string, number[]>();
  for (const r of hubspotContacts()) {
    const month = r['Create Date']!.slice(0, 7);
    const e = out.get(month) ?? [0, 0, 0, 0];
    const i = Number(r['HubSpot Score']) >= 60 ? 0 : 2;
    e[i]!++;
    if (r['Became a Sales Qualified Lead Date']) e[i + 1]!++;
    out.set(month, e);
  }
  const share = (a: number, b: number) => `${Math.round((a / b) * 1000) / 10}%`;
  return [...out].map(([m, [a, ac, b, bc]]) => `${m}: at or above 60, ${ac} of ${a} converted (${share(ac!, a!)}); below, ${bc} of ${b} (${share(bc!, b!)}).`);
}

test('the score threshold against outcomes: the same counts on the handoff panel, the KPI screen and in the leadership report', async ({ page }) => {
  test.setTimeout(120_000);
  const lines = byHand();
  expect(lines).toEqual(['2024-01: at or above 60, 2 of 3 converted (66.7%); below, 0 of 2 (0%).', '2024-02: at or above 60, 2 of 2 converted (100%); below, 0 of 1 (0%).']);
  await createProject(page, 'Threshold check');
  await mapStage(page, 0, 'Lead');
  await mapStage(page, 1, 'Marketing qualified lead (MQL)');
  await mapStage(page, 2, 'Sales qualified lead (SQL)');
  await mapStage(page, 3, 'Customer');
  await page.getByTestId('stage').nth(1).getByRole('button', { name: 'Owner, handoff and KPI of stage Consideration' }).click();
  await page.getByRole('menuitem', { name: 'Add handoff after this stage' }).click();
  await contract(page).getByLabel('Handoff name').fill('MQL to SQL');
  await fillAndLeave(contract(page).getByLabel('Threshold (a lead passes at this score or above)'), '60');
  await waitSaved(page);

  await openSection(page, /KPIs and funnel/);
  await expect(page.getByTestId('threshold-checks')).toHaveCount(0);
  await page.getByTestId('crm-import-open').click();
  await page.getByTestId('crm-file').setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(toCsvText(HUBSPOT_CONTACT_COLUMNS, hubspotContacts())) });
  // The preview says it before anything is written, in the same words.
  await expect(page.locator('section[aria-labelledby="crm-scoring-title"] li')).toHaveText(lines);
  await page.getByTestId('crm-confirm').click();
  await expect(page.getByTestId('crm-import')).toHaveCount(0);

  // The KPI screen.
  const onKpis = page.getByTestId('threshold-checks');
  await expect(onKpis.getByText('MQL to SQL: threshold 60')).toBeVisible();
  await expect(onKpis.getByTestId('threshold-line')).toHaveText(lines);
  await onKpis.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/threshold-kpis-1280.png' });

  // The handoff panel, after a reload (kept in the project as totals).
  await waitSaved(page);
  await page.reload();
  await openMap(page);
  await page.getByTestId('handoff-marker').click();
  const inPanel = contract(page).getByTestId('threshold-checks');
  await expect(inPanel.getByTestId('threshold-line')).toHaveText(lines);
  await inPanel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/threshold-handoff-1280.png' });

  // The leadership report.
  await openReport(page);
  const inReport = page.getByTestId('report-thresholds');
  await expect(inReport).toContainText('Lead score threshold against outcomes');
  await expect(inReport.getByTestId('report-threshold-line')).toHaveText(lines);
  await expect(inReport).not.toContainText(/Quillfeather|@example\.com|Hopperton/);
  await inReport.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/threshold-report-1280.png' });
});
