/**
 * Issue 20 item 3's last part through the real UI: the alignment score per session drawn as a
 * trend on the KPI screen, with the leadership report's words and points (both from
 * domain/trends.ts trendsOf). Two sessions answer the questionnaire; by hand, the first has one
 * question both teams agree on (100%), the second that one and one they split on (3 of 4
 * agreements: 75%).
 */
import { expect, test, type Page } from '@playwright/test';
import { openSection } from './alignment-helpers';
import { createProject } from './helpers';
import { openReport } from './report-helpers';
import { createSession, openWorkshop, workshopTab } from './workshop-helpers';

const Q1 = 'Did marketing and sales build the customer profiles together?';
const Q2 = 'Do both teams name the same customers as our best ones?';

async function agree(page: Page, question: string, marketing: 'Agree' | 'Disagree', sales: 'Agree' | 'Disagree') {
  await page.getByRole('radio', { name: `Marketing: ${marketing}, on “${question}”` }).check();
  await page.getByRole('radio', { name: `Sales: ${sales}, on “${question}”` }).check();
}

/** The chart's points as [label under the point, value]. */
const pointsOf = (chart: ReturnType<Page['getByTestId']>) =>
  chart.getByTestId('kpi-reading').evaluateAll((els) => els.map((e) => [e.querySelector('.crm-period')?.textContent ?? '', Number(e.getAttribute('data-value'))]));

test('the alignment score per session is a trend on the KPI screen, the same as in the leadership report', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await createProject(page, 'Score over time');
  await openWorkshop(page);
  await createSession(page, /^Alignment workshop/);
  await createSession(page, /^Weekly check-in/);

  // One answered session is a score, not a trend: nothing drawn yet.
  await workshopTab(page, 'Questionnaire');
  const pick = page.getByLabel('Answers of the session');
  await pick.selectOption({ label: (await pick.locator('option').allInnerTexts()).find((o) => o.startsWith('Alignment workshop'))! });
  await agree(page, Q1, 'Agree', 'Agree');
  await expect(page.getByTestId('score-answered')).toHaveText(/Overall: 100%/);
  await openSection(page, /KPIs and funnel/);
  await expect(page.getByRole('heading', { name: 'KPIs and funnel' })).toBeVisible();
  await expect(page.getByTestId('kpi-score-trend')).toHaveCount(0);

  await openWorkshop(page);
  await workshopTab(page, 'Questionnaire');
  await pick.selectOption({ label: (await pick.locator('option').allInnerTexts()).find((o) => o.startsWith('Weekly check-in'))! });
  await agree(page, Q1, 'Agree', 'Agree');
  await agree(page, Q2, 'Agree', 'Disagree');
  await expect(page.getByTestId('score-answered')).toHaveText(/Overall: 75%/);

  // The KPI screen: the report's title, a point per session, oldest first, with its value.
  await openSection(page, /KPIs and funnel/);
  const trend = page.getByTestId('kpi-score-trend');
  await expect(trend.getByRole('heading', { name: 'Alignment score per session' })).toBeVisible();
  const chart = trend.getByTestId('score-trend-chart');
  await expect(chart.getByTestId('kpi-reading')).toHaveCount(2);
  const onScreen = await pointsOf(chart);
  expect(onScreen.map(([, v]) => v)).toEqual([100, 75]);
  expect(onScreen.map(([l]) => l)).toEqual([expect.stringMatching(/^Alignment workshop/), expect.stringMatching(/^Weekly check-in/)]);
  await expect(chart.getByRole('img')).toHaveAttribute('aria-label', /Alignment score per session.*100%.*75%/);
  // Each session's title is read whole: no label runs off the chart.
  const box = (await chart.locator('svg').boundingBox())!;
  for (const label of await chart.locator('.crm-period').all()) {
    const b = (await label.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(box.x - 1);
    expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 1);
  }
  await trend.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/kpi-score-trend-1280-light.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('button', { name: 'Theme', exact: true }).click();
  await page.getByRole('menuitemradio', { name: /projector/i }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await trend.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/kpi-score-trend-1920-projector.png' });

  // The leadership report's trend page: the same points and words.
  await openReport(page);
  const inReport = page.getByTestId('report-trends-score');
  await expect(inReport).toContainText('Alignment score per session');
  expect(await pointsOf(inReport)).toEqual(onScreen);
});
