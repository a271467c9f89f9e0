/**
 * The presenter view as the room's second screen (issue 18 item 5): the facilitator's laptop and
 * the projector's window in one browser, the second opened from the header's presenter button
 * (window.open). The focused stage fits a 1280x720 and a 1920x1080 window with nothing below the
 * fold; next and previous stage on the laptop move it; the questionnaire's score shows while the
 * agenda is on the questionnaire; a vote by three participants passing the laptop (every dot one
 * click) reads, numbered once and large, on the projector.
 */
import { viewSettled as settled } from './helpers';
import { expect, test, type Page } from '@playwright/test';
import { openSampleWithTimer } from './room-helpers';
import { cardByText, openWorkshop, workshopTab } from './workshop-helpers';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/**
 * What of the presenter a person in the room can't see: each piece of text outside the window
 * or cut by its panel, and the smallest text on screen (CSS px).
 */
function presenterFit(p: Page): Promise<{ hidden: string[]; smallest: number; texts: number }> {
  return p.evaluate(() => {
    const hidden: string[] = [];
    let smallest = Infinity;
    let texts = 0;
    const root = document.querySelector('[data-testid="presenter"]')!;
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!own || !el.checkVisibility()) continue;
      texts++;
      const r = el.getBoundingClientRect();
      const panel = el.closest('.presenter-fit')?.getBoundingClientRect();
      const box = panel ?? { top: 0, left: 0, bottom: innerHeight, right: innerWidth };
      const cut = r.bottom > Math.min(box.bottom, innerHeight) + 1 || r.right > Math.min(box.right, innerWidth) + 1 || r.top < box.top - 1;
      if (cut) hidden.push(`${el.tagName} "${el.textContent?.trim().slice(0, 30)}" bottom ${Math.round(r.bottom)}`);
      smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
    }
    return { hidden, smallest, texts };
  });
}

async function expectFits(p: Page, what: string) {
  for (const size of SIZES) {
    await p.setViewportSize(size);
    // The panels fit their type to the new size (a resize observer, then a layout).
    await expect.poll(async () => (await presenterFit(p)).hidden, { message: `${what} at ${size.width}x${size.height}` }).toEqual([]);
    const fit = await presenterFit(p);
    expect(fit.smallest, `${what}: smallest text at ${size.width}x${size.height}`).toBeGreaterThanOrEqual(14);
    await p.screenshot({ path: `test-results/presenter-${what}-${size.width}x${size.height}.png` });
  }
}

const stageHeading = (p: Page) => p.getByTestId('presenter-stage').getByRole('heading', { level: 2 });

test.use({ viewport: { width: 1400, height: 900 } });

test('the presenter view is the room’s second screen: it fits, follows the laptop’s next and previous stage, shows the score and a passed-laptop vote’s results', async ({ page }) => {
  test.setTimeout(120_000);
  await openSampleWithTimer(page);
  const stageNames = await page.getByTestId('stage').getByRole('heading', { level: 3 }).allInnerTexts();
  expect(stageNames.length).toBeGreaterThanOrEqual(4);

  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('timer-presenter').click()]);
  await presenter.setViewportSize(SIZES[0]);
  await expect(presenter.getByTestId('presenter-item')).toHaveText('Map the journey');
  // The past session's vote is not this agenda item's business: no results yet.
  await expect(presenter.getByTestId('presenter-results')).toHaveCount(0);

  // Next and previous stage on the laptop (room mode, PageDown / PageUp) move the projector's stage.
  await page.getByRole('button', { name: 'Room mode', exact: true }).click();
  await expect(page.locator('html')).toHaveClass(/room-mode/);
  const press = async (key: 'PageDown' | 'PageUp', times = 1) => {
    await settled(page);
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
  };
  await press('PageDown');
  await expect(stageHeading(presenter)).toHaveText(stageNames[1]!);
  await press('PageDown');
  await expect(stageHeading(presenter)).toHaveText(stageNames[2]!);
  await press('PageUp');
  await expect(stageHeading(presenter)).toHaveText(stageNames[1]!);
  // Two quick presses (a clicker's double tap) are two stages.
  await press('PageDown', 2);
  await expect(stageHeading(presenter)).toHaveText(stageNames[3]!);
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveClass(/room-mode/);
  await expect(presenter.getByTestId('presenter-stage')).toContainText(stageNames[3]!);
  // The busiest stage of the sample fits the projector, at either size.
  await expectFits(presenter, 'stage');

  // On the questionnaire, the projector shows the session's score: the questionnaire's own figure.
  await openWorkshop(page);
  await workshopTab(page, 'Sessions');
  await page.getByRole('button', { name: 'Start “Customer profiles”' }).click();
  await expect(presenter.getByTestId('presenter-item')).toHaveText('Customer profiles');
  await workshopTab(page, 'Questionnaire');
  const answered = (await page.getByTestId('score-answered').innerText()).match(/Overall: (\d+\s?%)/)?.[1];
  expect(answered, 'the questionnaire shows an overall score').toBeTruthy();
  const score = presenter.getByTestId('presenter-score');
  await expect(score.getByTestId('presenter-score-overall')).toHaveText(answered!);
  await expect(score.getByTestId('presenter-score-line').last()).toContainText(`Overall: ${answered}`);
  await expectFits(presenter, 'score');

  // The vote: three participants pass the laptop; every dot is one click on a "+" that stays put.
  await workshopTab(page, 'Sessions');
  await page.getByRole('button', { name: 'Start “Vote on the biggest pains”' }).click();
  await expect(presenter.getByTestId('presenter-score')).toHaveCount(0);
  await page.getByRole('button', { name: /Open the journey map/ }).click();
  // The last workshop's dots come off the map first.
  await page.getByTestId('vote-controls').getByRole('button', { name: 'Results' }).click();
  await page.getByRole('button', { name: 'Take the dots off the map' }).click();
  await page.getByRole('button', { name: /Start a dot vote/ }).click();
  await page.getByLabel('Dots per participant').fill('2');
  await page.getByRole('button', { name: 'Start the vote' }).click();
  await expect(presenter.getByTestId('presenter-results').getByRole('heading')).toHaveText(/^Voting on /);

  const step = page.getByTestId('voter-step');
  await step.getByRole('button', { name: /^Maya Chen votes/ }).click();
  // Three pain cards on screen, their "+" measured once before the first dot.
  const pains: { text: string; x: number; y: number }[] = [];
  for (const card of await page.getByTestId('card').filter({ has: page.getByRole('button', { name: /Add a dot/ }) }).all()) {
    const b = await card.getByRole('button', { name: /Add a dot/ }).boundingBox();
    if (!b || b.x < 0 || b.y < 0 || b.x + b.width > 1400 || b.y + b.height > 900) continue;
    const text = (await card.locator('.card-text').first().innerText()).trim();
    pains.push({ text, x: b.x + b.width / 2, y: b.y + b.height / 2 });
    if (pains.length === 3) break;
  }
  expect(pains.map((p) => p.text)).toHaveLength(3);
  const [a, b, c] = pains as [(typeof pains)[0], (typeof pains)[0], (typeof pains)[0]];
  const next = await page.getByTestId('next-voter').boundingBox();
  const dot = (p: { x: number; y: number }) => page.mouse.click(p.x, p.y);
  const nextVoter = () => page.mouse.click(next!.x + next!.width / 2, next!.y + next!.height / 2);
  await dot(a);
  await dot(a);
  await expect(page.getByTestId('dots-left')).toHaveText('You have 0 dots left');
  await expect(page.getByTestId('next-voter')).toHaveText('Next voter: Tom Berg');
  await nextVoter();
  await dot(b);
  await dot(c);
  await expect(page.getByTestId('next-voter')).toHaveText('Next voter: Luis Romero');
  await nextVoter();
  await dot(a);
  await dot(c);
  await expect(page.getByTestId('dots-left')).toHaveText('You have 0 dots left');
  await expect(cardByText(page, a.text).getByTestId('vote-count')).toHaveAttribute('aria-label', '3 dots');
  await step.getByRole('button', { name: 'Back to facilitator' }).click();
  await page.getByRole('button', { name: 'Close the vote' }).click();

  // The projector reads the results, numbered once, large, beside the stage in focus.
  const results = presenter.getByTestId('presenter-results');
  await expect(results.getByRole('heading')).toHaveText('Results of the vote on Pain points');
  await expect(results.getByTestId('result-row')).toHaveText([`1. ${a.text} — 3 dots`, `2. ${c.text} — 2 dots`, `3. ${b.text} — 1 dot`]);
  await expect(presenter.getByTestId('presenter-stage')).toBeVisible();
  await expectFits(presenter, 'vote');
  for (const size of SIZES) {
    await presenter.setViewportSize(size);
    await expect.poll(() => results.getByTestId('result-row').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(28);
  }
});
