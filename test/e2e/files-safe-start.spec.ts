/**
 * Safe start (issue 16): a map that hung or crashed the page while it was opening is not
 * reopened by itself at the next start; the app starts on the home screen, says in one sentence
 * what it skipped, and offers to open it anyway. A map that did open reopens as before.
 */
import { expect, test, type Page } from '@playwright/test';
import { createProject } from './helpers';

const MARK = 'baton:opening';

async function mapAddress(page: Page): Promise<string> {
  await expect(page).toHaveURL(/#\/p\/[^/]+\/m\/[^/]+$/);
  return new URL(page.url()).hash;
}

test('a map whose opening hung and then crashed the page is not reopened; the home screen says so and opens it on request', async ({
  page,
  context,
}) => {
  await createProject(page, 'Too big to open', 'b2b');
  const map = await mapAddress(page);
  // Opened and painted: no mark is left behind.
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), MARK)).toBeNull();

  // Leave the map, then open it again and hang the page as it opens: a listener that never
  // returns runs right after Baton's own (which marks the opening), so the map never paints.
  await page.getByRole('button', { name: /All projects/ }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(1);
  const cdp = await context.newCDPSession(page);
  await page.evaluate((address) => {
    window.addEventListener('hashchange', () => {
      for (;;) {
        // hung
      }
    });
    location.hash = address;
  }, map);
  // The page is stuck; the browser's renderer then dies (as a tab killed for hanging does).
  const died = page.waitForEvent('crash', { timeout: 15_000 });
  void cdp.send('Page.crash').catch(() => undefined);
  await died;
  await page.close().catch(() => undefined);

  // The next start, at the map's own address (a reload, or the desktop app's last screen).
  const next = await context.newPage();
  await next.goto(`/${map}`);
  const notice = next.getByTestId('safe-start');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(
    'Baton did not reopen the journey map you had open in “Too big to open”, because it did not finish opening last time',
  );
  expect(new URL(next.url()).hash).toBe('#/');
  await expect(next.getByRole('application', { name: /Journey map/ })).toHaveCount(0);
  await expect(next.getByTestId('project-row')).toHaveCount(1);

  // Open it anyway: the map opens, and once painted it is no longer marked.
  await notice.getByRole('button', { name: 'Open it anyway' }).click();
  await expect(next.getByTestId('stage').first()).toBeVisible();
  expect(new URL(next.url()).hash).toBe(map);
  await expect.poll(() => next.evaluate((k) => localStorage.getItem(k), MARK)).toBeNull();

  // A map that did open reopens after a reload, with nothing said.
  await next.reload();
  await expect(next.getByTestId('stage').first()).toBeVisible();
  await expect(next.getByTestId('safe-start')).toHaveCount(0);
});

test('an opening that never finished is skipped at start even without a crash, and "Stay here" keeps the home screen', async ({ page }) => {
  await createProject(page, 'Left hanging', 'b2b');
  const map = await mapAddress(page);
  // As a page killed mid-opening leaves it: the mark written, never taken off.
  await page.evaluate(([k, address]) => localStorage.setItem(k!, JSON.stringify({ hash: address, at: Date.now() })), [MARK, map]);
  await page.reload();
  const notice = page.getByTestId('safe-start');
  await expect(notice).toContainText('in “Left hanging”');
  await notice.getByRole('button', { name: 'Stay here' }).click();
  await expect(page.getByTestId('safe-start')).toHaveCount(0);
  await expect(page.getByTestId('project-row')).toHaveCount(1);
  // Asked once: the next start is an ordinary one.
  await page.goto(`/${map}`);
  await expect(page.getByTestId('stage').first()).toBeVisible();
  await expect(page.getByTestId('safe-start')).toHaveCount(0);
});

test('a reload pressed before the map has painted is no hang: the next start opens the map', async ({ page }) => {
  await createProject(page, 'Quick reload', 'b2b');
  const map = await mapAddress(page);
  await page.goto('/#/');
  // Go to the map and reload at once, before its first frame, a few times (as a person pressing
  // F5 or a test going to an address and reloading does): leaving on purpose takes the mark off.
  for (let i = 0; i < 5; i++) {
    await page.goto(`/${map}`, { waitUntil: 'domcontentloaded' });
    await page.reload({ waitUntil: 'domcontentloaded' });
  }
  await expect(page.getByTestId('stage').first()).toBeVisible();
  await expect(page.getByTestId('safe-start')).toHaveCount(0);
});
