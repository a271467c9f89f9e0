/**
 * Issue 20 item 4 through the real UI: fit rules that compare numbers, ranges, lists and text.
 * A facilitator writes the contract's rules with their operators, mistypes a number and reads
 * the sentence (what was typed is kept, after a reload too), tries sample leads in the
 * calculator, then imports a HubSpot contacts export with company size, country and revenue
 * columns: the import scores each lead with the same rules, and its counts above and below the
 * threshold are the ones worked out by hand (test/unit/fit-rules.test.ts has the arithmetic).
 */
import { expect, test, type Page } from '@playwright/test';
import {
  HUBSPOT_FIRMOGRAPHIC_COLUMNS,
  hubspotContactsWithFirmographics,
  toCsvText,
} from '../crm/fixtures';
import { contract, fillAndLeave, openMap, openSection } from './alignment-helpers';
import { createProject, waitSaved } from './helpers';

async function mapStage(page: Page, index: number, hubspot: string) {
  await page.getByTestId('stage').nth(index).getByTestId('stage-owner').click();
  const panel = page.getByTestId('alignment-panel');
  await panel.getByLabel('HubSpot lifecycle stage').selectOption({ label: hubspot });
  await panel.getByRole('button', { name: 'Close the panel' }).click();
}

/** A fit rule as the next row: attribute, operator, value(s), points. */
async function addRule(
  page: Page,
  n: number,
  attribute: string,
  op: string,
  values: string[],
  points: string,
) {
  const c = contract(page);
  await c.getByRole('button', { name: '+ Add fit rule' }).click();
  await c.getByLabel(`Attribute, fit rule ${n}`, { exact: true }).fill(attribute);
  await c.getByLabel(`Compare, fit rule ${n}`, { exact: true }).selectOption({ label: op });
  if (values.length === 2) {
    await c.getByLabel(`Lowest value, fit rule ${n}`, { exact: true }).fill(values[0]!);
    await c.getByLabel(`Highest value, fit rule ${n}`, { exact: true }).fill(values[1]!);
  } else await c.getByLabel(`Value, fit rule ${n}`, { exact: true }).fill(values[0]!);
  await fillAndLeave(c.getByLabel(`Points, fit rule ${n}`, { exact: true }), points);
}

test('fit rules with operators: checked as typed, kept when wrong, scored the same by the calculator and the import', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await createProject(page, 'Checked scoring');
  await mapStage(page, 0, 'Lead');
  await mapStage(page, 1, 'Marketing qualified lead (MQL)');
  await mapStage(page, 2, 'Sales qualified lead (SQL)');
  await mapStage(page, 3, 'Customer');
  await page
    .getByTestId('stage')
    .nth(1)
    .getByRole('button', { name: 'Owner, handoff and KPI of stage Consideration' })
    .click();
  await page.getByRole('menuitem', { name: 'Add handoff after this stage' }).click();
  const panel = contract(page);
  await panel.getByLabel('Handoff name').fill('MQL to SQL');
  await fillAndLeave(panel.getByLabel('Threshold (a lead passes at this score or above)'), '60');

  await addRule(page, 1, 'Company size', 'is between', ['50', 'lots'], '30');
  // A bad upper end: a sentence beside the row, the field marked, the text kept.
  const problem = panel.getByTestId('fit-rule-problem');
  await expect(problem).toHaveText(
    '“lots” is not a number: write it like 1,000 or 5M. Until then this rule counts for nobody; what you typed is kept.',
  );
  const upper = panel.getByLabel('Highest value, fit rule 1', { exact: true });
  await expect(upper).toHaveAttribute('aria-invalid', 'true');
  await expect(upper).toHaveValue('lots');
  await fillAndLeave(upper, '1,000');
  await expect(problem).toHaveCount(0);
  await addRule(page, 2, 'Company size', 'is at most', ['10'], '-20');
  await addRule(page, 3, 'Country', 'is any of', ['Germany, United Kingdom'], '20');
  await addRule(page, 4, 'Annual revenue', 'is at least', ['five million'], '15');
  await expect(problem).toHaveText(
    '“five million” is not a number: write it like 1,000 or 5M. Until then this rule counts for nobody; what you typed is kept.',
  );

  // Nothing lost: the mistyped value is there after a reload, with its sentence.
  await waitSaved(page);
  await page.reload();
  await openMap(page);
  await page.getByTestId('handoff-marker').click();
  await expect(panel.getByLabel('Value, fit rule 4', { exact: true })).toHaveValue('five million');
  await expect(panel.getByLabel('Compare, fit rule 4', { exact: true })).toHaveValue('gte');
  await expect(problem).toContainText('“five million” is not a number');
  await fillAndLeave(panel.getByLabel('Value, fit rule 4', { exact: true }), '5M');
  await expect(problem).toHaveCount(0);

  // A rule typed the old way, as text, becomes a range when switched to "is between".
  await panel.getByRole('button', { name: '+ Add fit rule' }).click();
  await panel.getByLabel('Attribute, fit rule 5', { exact: true }).fill('Job title');
  await fillAndLeave(panel.getByLabel('Value, fit rule 5', { exact: true }), '50–1,000');
  await panel
    .getByLabel('Compare, fit rule 5', { exact: true })
    .selectOption({ label: 'is between' });
  await expect(panel.getByLabel('Lowest value, fit rule 5', { exact: true })).toHaveValue('50');
  await expect(panel.getByLabel('Highest value, fit rule 5', { exact: true })).toHaveValue('1,000');
  await panel.getByRole('button', { name: 'Remove fit rule 5' }).click();

  // A grid: every control sits inside its column (the Rule column stacks the operator over the values), none cut off.
  const table = panel.getByTestId('fit-rules');
  const heads = await table
    .locator('thead th')
    .evaluateAll((els) =>
      els.map((e) => [e.getBoundingClientRect().left, e.getBoundingClientRect().right]),
    );
  const cells = await table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.children].map((td) =>
          [...td.querySelectorAll('input, select, button')].map((c) => [
            c.getBoundingClientRect().left,
            c.getBoundingClientRect().right,
            c.scrollWidth - c.clientWidth,
          ]),
        ),
      ),
    );
  for (const [r, row] of cells.entries())
    for (const [k, controls] of row.entries())
      for (const [left, right] of controls) {
        expect(left, `rule ${r + 1} column ${k + 1}`).toBeGreaterThanOrEqual(heads[k]![0]! - 2);
        expect(right, `rule ${r + 1} column ${k + 1}`).toBeLessThanOrEqual(heads[k]![1]! + 2);
      }
  expect(
    await table
      .locator('select')
      .evaluateAll((els) => els.map((e) => e.scrollWidth - e.clientWidth)),
  ).toEqual([0, 0, 0, 0]);

  // Every control of the rules is named and at least 24 px high.
  const controls = panel.getByTestId('fit-rules').locator('input, select, button');
  for (const box of await controls.evaluateAll((els) =>
    els.map((e) => ({ h: e.getBoundingClientRect().height, w: e.getBoundingClientRect().width })),
  )) {
    expect(box.h).toBeGreaterThanOrEqual(24);
    expect(box.w).toBeGreaterThanOrEqual(24);
  }

  // The calculator: Ada's company (200, United Kingdom, 12,000,000) passes; Finn's (1,001 people) does not.
  const calc = panel.getByTestId('score-calculator');
  const result = page.getByTestId('score-result');
  await calc.getByLabel(/Sample lead.s Company size/).fill('200');
  await calc.getByLabel(/Sample lead.s Country/).fill('united kingdom');
  await calc.getByLabel(/Sample lead.s Annual revenue/).fill('12,000,000');
  await expect(result).toHaveText('Score 65 — at or above the threshold of 60: passes.');
  await expect(calc.locator('.al-breakdown li')).toHaveText([
    'Company size is between 50 and 1,000: +30',
    'Country is any of Germany, United Kingdom: +20',
    'Annual revenue is at least 5M: +15',
  ]);
  await calc.getByLabel(/Sample lead.s Company size/).fill('1,001');
  await expect(result).toHaveText('Score 35 — below the threshold of 60: does not pass yet.');
  await calc.getByLabel(/Sample lead.s Company size/).fill('8');
  await expect(result).toHaveText('Score 15 — below the threshold of 60: does not pass yet.');
  await panel.getByTestId('fit-rules').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/fit-rules-1280-light.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('button', { name: 'Theme', exact: true }).click();
  await page.getByRole('menuitemradio', { name: /projector/i }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await panel.getByTestId('fit-rules').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/fit-rules-1920-projector.png' });
  await page.setViewportSize({ width: 1280, height: 720 });

  // The import scores each lead with the same rules, on the file's columns.
  await openSection(page, /KPIs and funnel/);
  await page.getByTestId('crm-import-open').click();
  const dialog = page.getByTestId('crm-import');
  await dialog
    .getByTestId('crm-file')
    .setInputFiles({
      name: 'contacts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        toCsvText(HUBSPOT_FIRMOGRAPHIC_COLUMNS, hubspotContactsWithFirmographics()),
      ),
    });
  const preview = page.getByTestId('crm-preview');
  await expect(preview.getByTestId('crm-scored-by')).toHaveText(
    "MQL to SQL: each lead scored with the contract's fit rules on Company size (Number of Employees), Country (Country/Region), Annual revenue (engagement is not in an export, so only fit points count).",
  );
  // By hand: January Ada 65 (reached SQL) at or above; Bob 50 (reached SQL), Cara 45, Dan 0, Eve 0 below.
  // February Hal 65 (reached SQL) at or above; Finn 35 (reached SQL), Gina 35 below.
  await expect(preview.locator('section[aria-labelledby="crm-scoring-title"] li')).toHaveText([
    '2024-01: at or above 60, 1 of 1 converted (100%); below, 1 of 4 (25%).',
    '2024-02: at or above 60, 1 of 1 converted (100%); below, 1 of 2 (50%).',
  ]);
  await page.screenshot({ path: 'test-results/fit-rules-import-1280.png' });
});
