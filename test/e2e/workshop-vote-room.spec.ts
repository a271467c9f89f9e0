import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createProject } from './helpers';
import { addCardIn, addParticipant, cardByText, createSession, openWorkshop } from './workshop-helpers';

const PAINS = ['Slow follow-up', 'Pricing unclear', 'Demo is about features'];

async function seriousAxe(page: Page, include?: string) {
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).withRules(['target-size']);
  if (include) axe = axe.include(include);
  const r = await axe.analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.use({ viewport: { width: 1400, height: 1200 } });

test('three participants pass one laptop: the voter step, every dot lands with one click, results numbered once, in the presenter view', async ({
  page,
}) => {
  await createProject(page, 'Room vote');
  await addCardIn(page, 'Awareness', 'Pain points', PAINS[0]!);
  await addCardIn(page, 'Consideration', 'Pain points', PAINS[1]!);
  await addCardIn(page, 'Evaluation', 'Pain points', PAINS[2]!);
  await openWorkshop(page);
  await createSession(page, /^Alignment workshop/);
  await addParticipant(page, 'Ana', 'Marketing');
  await addParticipant(page, 'Ben', 'Sales');
  await addParticipant(page, 'Cleo', 'Customer success');
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('link', { name: 'Open map Customer journey' }).first().click();
  await page.getByRole('button', { name: /Start a dot vote/ }).click();
  await page.getByLabel('Dots per participant').fill('2');
  await page.getByRole('button', { name: 'Start the vote' }).click();

  // The facilitator is told why they place no dots; the voter step names everyone.
  const step = page.getByTestId('voter-step');
  await expect(step.getByRole('heading').or(step.locator('.voter-title'))).toHaveText('Who is voting?');
  await expect(page.getByTestId('facilitator-no-dots')).toContainText('places no dots');
  await expect(step.getByTestId('voter')).toHaveText(['Ana · 2', 'Ben · 2', 'Cleo · 2']);
  await step.getByRole('button', { name: 'Ana votes (2 dots left)' }).click();
  await expect(step.getByRole('button', { name: 'Ana votes (2 dots left)' })).toHaveAttribute('aria-pressed', 'true');

  // Where each card's "+" is, measured once before the first dot; each is a big target.
  const plus = async (text: string) => {
    const b = await cardByText(page, text).getByRole('button', { name: /Add a dot/ }).boundingBox();
    if (!b) throw new Error(`no dot button on ${text}`);
    expect(b.width).toBeGreaterThanOrEqual(32);
    expect(b.height).toBeGreaterThanOrEqual(32);
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  const at: Record<string, { x: number; y: number }> = {};
  for (const p of PAINS) at[p] = await plus(p);
  const nextVoter = await page.getByTestId('next-voter').boundingBox();
  if (!nextVoter) throw new Error('no next-voter button');
  const next = { x: nextVoter.x + nextVoter.width / 2, y: nextVoter.y + nextVoter.height / 2 };
  const vote = (text: string) => page.mouse.click(at[text]!.x, at[text]!.y);

  await vote(PAINS[0]!);
  await vote(PAINS[0]!); // the second click on the same spot: the "+" did not move
  await expect(page.getByTestId('dots-left')).toHaveText('You have 0 dots left');
  // Voting selected no card and opened no editor.
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Card text' })).toHaveCount(0);
  await expect(page.getByTestId('next-voter')).toHaveText('Next voter: Ben');
  await page.mouse.click(next.x, next.y);
  await expect(page.getByTestId('dots-left')).toHaveText('You have 2 dots left');
  await vote(PAINS[1]!);
  await vote(PAINS[2]!);
  await expect(page.getByTestId('next-voter')).toHaveText('Next voter: Cleo');
  await page.mouse.click(next.x, next.y);
  await vote(PAINS[0]!);
  await vote(PAINS[2]!);
  await expect(page.getByTestId('dots-left')).toHaveText('You have 0 dots left');
  await expect(step.getByTestId('voter')).toHaveText(['Ana · 0', 'Ben · 0', 'Cleo · 0']);
  expect(await seriousAxe(page, '[data-testid="workshop-strip"]')).toEqual([]);

  await step.getByRole('button', { name: 'Back to facilitator' }).click();
  await expect(cardByText(page, PAINS[0]!).getByTestId('vote-count')).toHaveAttribute('aria-label', '3 dots');
  await expect(cardByText(page, PAINS[2]!).getByTestId('vote-count')).toHaveAttribute('aria-label', '2 dots');
  await expect(cardByText(page, PAINS[1]!).getByTestId('vote-count')).toHaveAttribute('aria-label', '1 dot');

  // Closing folds the vote into a small chip; its results are numbered once.
  await page.getByRole('button', { name: 'Close the vote' }).click();
  const controls = page.getByTestId('vote-controls');
  await expect(controls).toHaveAttribute('data-state', 'closed');
  await expect(page.getByTestId('voter-step')).toHaveCount(0);
  await expect(controls).toContainText('Vote on Pain points closed');
  await controls.getByRole('button', { name: 'Results' }).click();
  const rows = page.getByTestId('workshop-strip').getByTestId('result-row');
  await expect(rows.getByTestId('result-line')).toHaveText(['1. Slow follow-up — 3 dots', '2. Demo is about features — 2 dots', '3. Pricing unclear — 1 dot']);
  const marker = await rows.first().evaluate((el) => getComputedStyle(el).listStyleType);
  expect(marker).toBe('none');

  // The presenter view shows the results, large, and fits a 1280x720 projector.
  await page.getByTestId('stage').first().getByRole('button', { name: /Focus this stage/ }).click();
  const presenter = await page.context().newPage();
  await presenter.setViewportSize({ width: 1280, height: 720 });
  await presenter.goto(page.url().replace(/#\/p\/([^/]+)\/.*$/, '#/p/$1/workshop/present'));
  const results = presenter.getByTestId('presenter-results');
  await expect(results.getByTestId('result-row')).toHaveText([
    '1. Slow follow-up — 3 dots',
    '2. Demo is about features — 2 dots',
    '3. Pricing unclear — 1 dot',
  ]);
  const fontSize = await results.getByTestId('result-row').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(28);
  const stage = presenter.getByTestId('presenter-stage');
  await expect(stage).toContainText('Awareness');
  const box = await stage.getByRole('heading', { name: 'Awareness' }).boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(720);
  const resultsBox = await results.boundingBox();
  expect(resultsBox!.y).toBeLessThan(720);
  // It follows the facilitator's focus.
  await page.getByTestId('stage').nth(1).getByRole('button', { name: /Focus this stage/ }).click();
  await expect(stage.getByRole('heading', { level: 2 })).toHaveText('Consideration');
  expect(await seriousAxe(presenter)).toEqual([]);
  await presenter.screenshot({ path: 'test-results/presenter-1280x720.png' });
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await presenter.screenshot({ path: 'test-results/presenter-1920x1080.png' });
  await page.screenshot({ path: 'test-results/vote-closed.png' });
});
